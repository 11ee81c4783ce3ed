"""Names in direct address: the form a greeting needs, derived by the locale's own rules.

Some languages inflect a name when they speak to its bearer: Latvian greets Jānis
as "Jāni" and Pēteris as "Pēteri". A phrase bank cannot paste the nominative there.
A locale that needs this ships `locales/<lang>/address.yaml`: names whose form of
address must be known one by one (`names:`; Georgian ლევანი → ლევან but გიორგი
stays, which no ending can tell), then endings and what they become, tried longest
first on each word of the name (`rules:`). A name neither covers (a foreign name,
an unusual ending) is not guessed at: the letter greets without it, so the customer
never reads a wrongly inflected name. A locale without the file addresses people by
the name as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import BankError

ADDRESS_FILE = "address.yaml"


@dataclass(frozen=True)
class AddressRules:
    path: Path
    endings: tuple[tuple[str, str], ...]  # (ending, what it becomes), longest ending first
    names: dict[str, str] = field(default_factory=dict)  # a name -> its form of address

    def address(self, name: str) -> str | None:
        """`name` as spoken to its bearer, or None when no rule covers one of its words."""
        spoken = []
        for word in name.split():
            if word in self.names:
                spoken.append(self.names[word])
                continue
            for ending, becomes in self.endings:
                if word.endswith(ending) and len(word) > len(ending):
                    spoken.append(word[: len(word) - len(ending)] + becomes)
                    break
            else:
                return None
        return " ".join(spoken) if spoken else None


def inflects(folder: Path) -> bool:
    """Whether this locale changes a name in direct address (a helpdesk placeholder cannot)."""
    return (folder / ADDRESS_FILE).is_file()


@lru_cache(maxsize=64)
def load(folder: Path) -> AddressRules | None:
    """The locale's address rules, or None when it addresses people by the name as given."""
    import yaml

    path = folder / ADDRESS_FILE
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise BankError(f"{path}: cannot be read as UTF-8 YAML ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != 1 or set(data) - {"version", "rules", "names"}:
        raise BankError(f"{path}: must hold `version: 1`, `rules:` (a list of {{ending: .., becomes: ..}}) and optionally `names:`")
    rules = data.get("rules")
    names = data.get("names") or {}
    if not isinstance(rules, list) or (not rules and not names):
        raise BankError(f"{path}: `rules:` must be a list of {{ending: .., becomes: ..}}, non-empty unless `names:` is given")
    if not isinstance(names, dict) or not all(
        isinstance(k, str) and k.strip() and " " not in k and isinstance(v, str) and v.strip() for k, v in names.items()
    ):
        raise BankError(f"{path}: `names:` must map single names to their form of address (both non-empty text)")
    endings = []
    for number, rule in enumerate(rules, 1):
        if (
            not isinstance(rule, dict)
            or set(rule) != {"ending", "becomes"}
            or not isinstance(rule["ending"], str)
            or not rule["ending"]
            or not isinstance(rule["becomes"], str)
        ):
            raise BankError(f"{path}: rule {number} must be {{ending: TEXT, becomes: TEXT}} (becomes may be empty)")
        endings.append((rule["ending"], rule["becomes"]))
    endings.sort(key=lambda pair: len(pair[0]), reverse=True)
    return AddressRules(path, tuple(endings), dict(names))


__all__ = ["ADDRESS_FILE", "AddressRules", "inflects", "load"]
