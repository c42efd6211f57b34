"""Unlocking a vault from the command line: passphrase from env, file or prompt; never echoed."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from faceledger.errors import FaceLedgerError, VaultError
from faceledger.vault.store import Vault, open_vault


def read_passphrase_file(pf: str | Path, what: str = "passphrase file") -> str:
    """The passphrase in ``pf`` (UTF-8, its line end removed); unreadable or non-UTF-8 files are named."""
    try:
        text = Path(pf).read_text(encoding="utf-8")
    except OSError as err:
        raise FaceLedgerError(f"Cannot read the {what} {pf}: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise FaceLedgerError(f"The {what} {pf} is not UTF-8 text.",
                              "Save the passphrase as UTF-8 text, on one line.") from None
    return text.rstrip("\r\n")


def passphrase_from_args(args: argparse.Namespace, *, prompt: str = "Vault passphrase: ",
                         confirm: bool = False) -> str | None:
    """--passphrase-file (given explicitly, so it wins), then FACELEDGER_PASSPHRASE, then an interactive prompt
    (None if no terminal)."""
    pf = getattr(args, "passphrase_file", None)
    if pf:
        text = read_passphrase_file(pf)
        if not text:
            raise FaceLedgerError(f"The passphrase file {pf} is empty.")
        return text
    env = os.environ.get("FACELEDGER_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        return None
    pw = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != pw:
        raise FaceLedgerError("The two passphrases differ; nothing was changed.")
    return pw


def open_from_args(args: argparse.Namespace) -> Vault:
    """Open the vault named by --vault (default 'default'), asking for a passphrase only if needed."""
    name = getattr(args, "vault", None) or "default"

    def provider() -> str:
        pw = passphrase_from_args(args)
        if pw is None:
            raise VaultError(f"Vault {name!r} needs its passphrase.",
                             "Set FACELEDGER_PASSPHRASE or use --passphrase-file FILE.")
        return pw

    return open_vault(name, provider)
