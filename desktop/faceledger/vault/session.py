"""Unlocking a vault from the command line: passphrase from env, file or prompt; never echoed."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from faceledger.errors import FaceLedgerError, VaultError
from faceledger.vault.store import Vault, open_vault


MAX_PASSPHRASE_FILE = 64 * 1024


def read_passphrase_file(pf: str | Path, what: str = "passphrase file") -> str:
    """The passphrase in ``pf`` (UTF-8, its line end removed); unreadable or non-UTF-8 files are named.

    At most 64 KiB is read, so a device given by mistake (/dev/zero, /dev/urandom) is refused at once instead of
    filling the memory; a pipe (``--passphrase-file <(pass show vault)``) still works."""
    from faceledger.errors import os_reason_zh
    from faceledger.safetext import display_path

    shown = display_path(pf)
    try:
        with open(pf, "rb") as f:
            raw = f.read(MAX_PASSPHRASE_FILE + 1)
    except OSError as err:
        raise FaceLedgerError(f"Cannot read the {what} {shown}: {err.strerror or err}",
                              zh=f"无法读取口令文件 {shown}：{os_reason_zh(err)}") from None
    if len(raw) > MAX_PASSPHRASE_FILE:
        raise FaceLedgerError(f"The {what} {shown} holds more than 64 KiB: not a passphrase (a device such as "
                              "/dev/zero?).", "Give a file that holds the passphrase on one line.",
                              zh=f"口令文件 {shown} 超过 64 KiB，不可能是口令（是 /dev/zero 之类的设备？）。",
                              hint_zh="请给出一个只有一行口令的文件。")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FaceLedgerError(f"The {what} {shown} is not UTF-8 text.",
                              "Save the passphrase as UTF-8 text, on one line.",
                              zh=f"口令文件 {shown} 不是 UTF-8 文本。",
                              hint_zh="请把口令以 UTF-8 编码保存在一行中。") from None
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
