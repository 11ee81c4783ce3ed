"""Names in direct address: the form a greeting needs, derived by the locale's own rules.

Some languages inflect a name when they speak to its bearer: Latvian greets Jānis
as "Jāni" and Pēteris as "Pēteri". A phrase bank cannot paste the nominative there.
A locale that needs this ships `locales/<lang>/address.yaml`: endings and what they
become, tried longest first on each word of the name. A name no rule covers (a
foreign name, an unusual ending) is not guessed at: the letter greets without it,
so the customer never reads a wrongly inflected name. A locale without the file
addresses people by the name as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import BankError

ADDRESS_FILE = "address.yaml"


@dataclass(frozen=True)
class AddressRules:
    path: Path
    endings: tuple[tuple[str, str], ...]  # (ending, what it becomes), longest ending first

    def address(self, name: str) -> str | None:
        """`name` as spoken to its bearer, or None when no rule covers one of its words."""
        spoken = []
        for word in name.split():
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
    rules = data.get("rules") if isinstance(data, dict) and data.get("version") == 1 else None
    if not isinstance(rules, list) or not rules:
        raise BankError(f"{path}: must hold `version: 1` and a non-empty list `rules:` of {{ending: .., becomes: ..}}")
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
    return AddressRules(path, tuple(endings))


__all__ = ["ADDRESS_FILE", "AddressRules", "inflects", "load"]
