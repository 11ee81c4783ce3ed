"""Credentials for `macros push`: from the environment, or from a file named on the command line.

Never from an argument: `ps` shows every process's arguments to every user of the
machine, and shells keep them in their history. The names are the ones targets.yaml's
`auth` uses (ZENDESK_API_TOKEN...), so the admin sets exactly what the error lists.
A credentials file holds `NAME=value` lines (blank lines and `#` comments allowed),
the same names as the environment variables; when a file is named it is the only
source, so a forgotten variable in the shell cannot mix two accounts.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from .api import PushError, credential_names


def read(spec: Mapping, label: str, file: str | Path | None = None, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The values of every credential the target's auth names; a one-line error listing the missing ones."""
    names = credential_names(spec)
    if file is not None:
        source, where = _parse(Path(file)), f"the credentials file {str(file)!r}"
    else:
        source, where = (os.environ if environ is None else environ), "the environment"
    found = {name: source[name] for name in names if source.get(name)}
    missing = [name for name in names if name not in found]
    if missing:
        how = (
            f"add {' and '.join(f'{name}=...' for name in missing)} lines to it"
            if file is not None
            else f"export {' and '.join(missing)}, or name a file of NAME=value lines with --credentials FILE"
        )
        raise PushError(f"{label} needs {', '.join(names)}; {where} lacks {', '.join(missing)}: {how}")
    return found


def _parse(path: Path) -> dict[str, str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PushError(f"credentials file {str(path)!r} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PushError(f"cannot read the credentials file {str(path)!r}: {type(exc).__name__}") from None
    values: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        if not sep or not name.strip():
            # the line itself is not shown: it may be a secret written without its name
            raise PushError(f"credentials file {str(path)!r} line {number}: expected NAME=value")
        values[name.strip().removeprefix("export ").strip()] = value.strip().strip('"').strip("'")
    return values
