"""`faceledger vault init | info | list | backup FILE | restore FILE | rekey`."""

from __future__ import annotations

import argparse
import os
import sys

from faceledger.errors import FaceLedgerError, KeychainUnavailable


def register(sub, parents) -> None:
    p = sub.add_parser("vault", help="create, inspect, back up and restore encrypted vaults")
    vs = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    v = [parents["vault"]]

    a = vs.add_parser("init", parents=v, help="create a vault (key in the OS keychain, or a passphrase)")
    mode = a.add_mutually_exclusive_group()
    mode.add_argument("--passphrase", dest="use_passphrase", action="store_true",
                      help="protect the key with a passphrase instead of the OS keychain")
    mode.add_argument("--keychain", dest="use_keychain", action="store_true",
                      help="keep the key in the OS keychain (the default when one is available)")
    a.set_defaults(handler=cmd_init)

    a = vs.add_parser("info", parents=v, help="show a vault's details")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_info)

    a = vs.add_parser("list", help="list vaults")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_list)

    a = vs.add_parser("backup", parents=v, help="write an encrypted backup file, restorable on any machine")
    a.add_argument("file")
    a.set_defaults(handler=cmd_backup)

    a = vs.add_parser("restore", parents=v, help="restore a backup file as a new vault (--vault NAME)")
    a.add_argument("file")
    a.add_argument("--keychain", action="store_true",
                   help="keep the restored vault's key in the OS keychain instead of the passphrase")
    a.set_defaults(handler=cmd_restore)

    a = vs.add_parser("rekey", parents=v, help="replace the vault key (and the passphrase)")
    a.add_argument("--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE")
    to = a.add_mutually_exclusive_group()
    to.add_argument("--to-passphrase", action="store_const", const="passphrase", dest="mode",
                    help="protect the key with a passphrase from now on (e.g. before moving the vault)")
    to.add_argument("--to-keychain", action="store_const", const="keychain", dest="mode",
                    help="keep the key in the OS keychain from now on")
    a.set_defaults(handler=cmd_rekey)


def _pw(args, prompt: str = "Vault passphrase: ", confirm: bool = False) -> str:
    from faceledger.vault.session import passphrase_from_args

    pw = passphrase_from_args(args, prompt=prompt, confirm=confirm)
    if pw is None:
        raise FaceLedgerError("A passphrase is needed.", "Set FACELEDGER_PASSPHRASE or use --passphrase-file FILE.")
    return pw


def cmd_init(args: argparse.Namespace) -> int:
    from faceledger.vault import keys
    from faceledger.vault.store import create_vault

    have_pw = bool(os.environ.get("FACELEDGER_PASSPHRASE") or args.passphrase_file)
    want_pw = args.use_passphrase or (have_pw and not args.use_keychain)
    if not want_pw:
        ok, why = keys.keychain_status()
        if not ok:
            if args.use_keychain or not sys.stdin.isatty():
                raise KeychainUnavailable(f"Cannot keep the vault key in the OS keychain: {why}.",
                                          "Use a passphrase: `faceledger vault init --passphrase` (with "
                                          "FACELEDGER_PASSPHRASE or --passphrase-file in scripts).")
            print(f"The OS keychain cannot be used ({why}); the vault key will be protected by a passphrase.")
            want_pw = True
    if want_pw:
        pw = _pw(args, "New vault passphrase: ", confirm=True)
        s = keys.passphrase_strength(pw)
        vault = create_vault(args.vault, passphrase=pw, use_keychain=False)
        print(f"Created vault {vault.name!r} at {vault.path} (key protected by your passphrase; "
              f"strength: {s.label_en}).")
    else:
        vault = create_vault(args.vault, use_keychain=True)
        print(f"Created vault {vault.name!r} at {vault.path} (key kept in the OS keychain).")
    vault.close()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from faceledger.output import print_json
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        info = vault.info()
    if args.json:
        print_json(info)
    else:
        for k, val in info.items():
            print(f"{k:16} {val}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from faceledger.output import print_json, print_table
    from faceledger.vault.store import list_vaults

    vaults = list_vaults()
    rows = [{"name": m.name, "key_mode": m.key_mode, "created_at": m.created_at, "path": str(m.path)}
            for m in vaults]
    if args.json:
        print_json(rows)
    elif not rows:
        print("No vaults yet. Create one with `faceledger vault init`.")
    else:
        print_table(["name", "key", "created", "path"], [list(r.values()) for r in rows])
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from faceledger.vault.backup import backup
    from faceledger.vault.session import open_from_args

    with open_from_args(args) as vault:
        if vault.meta.key_mode == "passphrase":
            pw = _pw(args)  # the vault's own passphrase also protects the backup
        else:
            pw = _pw(args, "Passphrase for the backup file: ", confirm=True)
        res = backup(vault, args.file, pw)
    print(f"Backup written to {res['file']} ({res['bytes']} bytes, {res['attachments']} attachments). "
          "Keep its passphrase: without it the backup cannot be opened.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from faceledger.vault.backup import restore

    pw = _pw(args, "Backup passphrase: ")
    vault = restore(args.file, args.vault, pw, use_keychain=args.keychain)
    info = vault.info()
    vault.close()
    print(f"Restored vault {info['name']!r}: {info['holders']} holders, {info['requests']} requests, "
          f"{info['attachments']} attachments.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from faceledger.vault.session import open_from_args, read_passphrase_file

    with open_from_args(args) as vault:
        new_pw = None
        if (args.mode or vault.meta.key_mode) == "passphrase":
            if args.new_passphrase_file:
                try:
                    new_pw = read_passphrase_file(args.new_passphrase_file, "new passphrase file")
                except FaceLedgerError as err:
                    raise FaceLedgerError(f"{err.message.rstrip('.')}. Nothing was changed.", err.hint) from None
            elif sys.stdin.isatty():
                import getpass

                new_pw = getpass.getpass("New passphrase: ")
                if getpass.getpass("Repeat the new passphrase: ") != new_pw:
                    raise FaceLedgerError("The two passphrases differ; nothing was changed.")
            else:
                raise FaceLedgerError("A new passphrase is needed.", "Use --new-passphrase-file FILE.")
        vault.rekey(new_passphrase=new_pw, mode=args.mode)
    print("The vault now has a new key" + (", protected by the new passphrase." if new_pw
                                           else ", kept in the OS keychain."))
    return 0
