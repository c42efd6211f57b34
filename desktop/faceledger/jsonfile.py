"""Reading a JSON file the user gave us: one set of clear messages for every importer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound

MAX_BYTES = 512 * 1024 * 1024


def read_json_file(path: str | Path, *, what: str = "file", hint: str | None = None,
                   max_bytes: int = MAX_BYTES) -> Any:
    """Parse ``path`` as UTF-8 JSON (a BOM is accepted). Errors name the file, the line and what to do."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"{p}: no such file.", hint) from None
    except OSError as err:
        raise FaceLedgerError(f"{p}: cannot be read ({err.strerror or err}).") from None
    if p.is_dir():
        raise FaceLedgerError(f"{p} is a folder, not a {what}.", hint)
    if not p.is_file():  # /dev/zero, a pipe: would be read forever
        raise FaceLedgerError(f"{p} is not an ordinary file (a device or a pipe?); give the {what} itself.", hint)
    if size > max_bytes:
        raise FaceLedgerError(f"{p} is too large for a {what} ({size // (1 << 20)} MiB).")
    try:
        return json.loads(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise FaceLedgerError(f"{p}: not UTF-8 text.", f"Save the {what} as UTF-8.") from None
    except json.JSONDecodeError as err:
        raise InvalidValue(f"{p}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg}); "
                           "nothing was read from it.", hint, field="file") from None
    except RecursionError:  # [[[[...]]]] thousands deep: damaged or hostile, never one of ours
        raise InvalidValue(f"{p}: not a {what} (its JSON is nested far too deeply); nothing was read from it.",
                           hint, field="file") from None
    except OSError as err:
        raise FaceLedgerError(f"{p}: cannot be read ({err.strerror or err}).") from None
