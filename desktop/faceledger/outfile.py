"""Files the user names: one set of clear messages for every exporter (and no half-written files), and a
check that an input is an ordinary file (a device or a pipe such as /dev/zero would be read forever)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from faceledger.errors import FaceLedgerError


def check_input_file(path: str | os.PathLike[str], what: str = "file") -> Path:
    """Refuse a missing path, a folder, or anything that is not an ordinary file, naming it."""
    p = Path(path).expanduser()
    if not p.exists():
        raise FaceLedgerError(f"{p}: no such file.", f"Check the path of the {what}.")
    if p.is_dir():
        raise FaceLedgerError(f"{p} is a folder, not a {what}.")
    if not p.is_file():
        raise FaceLedgerError(f"{p} is not an ordinary file (a device or a pipe?); give the {what} itself.")
    return p


def check_output_path(path: str | os.PathLike[str], what: str = "file") -> Path:
    """Refuse, before any work is done, an output path that cannot be written: a folder, a folder that does
    not exist, or a 'folder' that is really a file."""
    out = Path(path).expanduser()
    if out.is_dir():
        raise FaceLedgerError(f"{out} is a folder: give a file name for the {what}.",
                              f"For example {out / ('faceledger-' + what.replace(' ', '-'))}.")
    if out.exists() and not out.is_file():  # os.replace would put a file in place of /dev/null or a pipe
        raise FaceLedgerError(f"{out} is not an ordinary file (a device or a pipe?); it cannot take the {what}.",
                              "Give a new file name.")
    parent = out.parent
    if not parent.exists():
        raise FaceLedgerError(f"The folder {parent} does not exist.", "Choose an existing folder.")
    if not parent.is_dir():
        raise FaceLedgerError(f"{parent} is a file, not a folder: cannot write {out}.", "Choose an existing folder.")
    return out


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, what: str = "file") -> Path:
    """Write ``data`` to ``path`` through a temporary file, so that a failure leaves no partial file behind."""
    out = check_output_path(path, what)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as err:
        raise FaceLedgerError(f"Could not write the {what} {out}: {err.strerror or err}.",
                              "Check that the folder is writable and has free space.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return out
