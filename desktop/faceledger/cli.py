"""The `faceledger` command. With no arguments it starts the GUI.

Each package contributes its sub-commands through a ``cli`` module with
``register(subparsers, parents)``; handlers take the parsed args and return an exit code.
Those modules must stay light to import: heavy libraries load inside the handlers.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from faceledger import __version__
from faceledger.errors import FaceLedgerError

COMMAND_MODULES = (
    "faceledger.vault.cli",
    "faceledger.ledger.cli",
    "faceledger.law.cli",
    "faceledger.letters.cli",
    "faceledger.photos.cli",
    "faceledger.evidence.cli",
    "faceledger.release.cli",
)


def vault_options() -> argparse.ArgumentParser:
    """Options shared by every command that opens a vault."""
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("vault")
    g.add_argument("--vault", default=os.environ.get("FACELEDGER_VAULT", "default"), metavar="NAME",
                   help="which vault to use (default: %(default)s; env FACELEDGER_VAULT)")
    g.add_argument("--passphrase-file", metavar="FILE",
                   help="read the vault passphrase from FILE (or set FACELEDGER_PASSPHRASE)")
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faceledger",
        description="FaceLedger (人脸账本): who holds your face, letters to them, photo checks, evidence.",
    )
    parser.add_argument("--version", action="version", version=f"FaceLedger {__version__}")
    parser.add_argument("--selftest", action="store_true",
                        help="check detection, PDF letters and the vault in this installation, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop app (the default)", parents=[vault_options()])
    gui.add_argument("--lang", choices=["zh_CN", "en"], help="interface language for this run")
    gui.set_defaults(handler=_run_gui)
    parents = {"vault": vault_options()}
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub, parents)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from faceledger.gui.app import run

    return run(vault=getattr(args, "vault", None), lang=getattr(args, "lang", None))


def _gui_parser() -> argparse.ArgumentParser:
    """Starting the GUI is the common case: parse only what it takes, skip the sub-command tree."""
    p = argparse.ArgumentParser(prog="faceledger gui", parents=[vault_options()])
    p.add_argument("--lang", choices=["zh_CN", "en"])
    p.set_defaults(handler=_run_gui, selftest=False)
    return p


def _quick_gui_args(argv: list[str]) -> argparse.Namespace | None:
    """`faceledger`, `faceledger gui [--vault NAME] [--lang L]`: parsed without building any parser
    (argparse's parsers cost tens of milliseconds of start-up). Anything else returns None."""
    rest = argv[1:] if argv[:1] == ["gui"] else argv
    opts: dict[str, str | None] = {"vault": os.environ.get("FACELEDGER_VAULT", "default"), "lang": None,
                                   "passphrase_file": None}
    it = iter(rest)
    for arg in it:
        key, _, value = arg.partition("=")
        name = {"--vault": "vault", "--lang": "lang", "--passphrase-file": "passphrase_file"}.get(key)
        if name is None:
            return None
        if not value:
            value = next(it, "")
        if not value or (name == "lang" and value not in ("zh_CN", "en")):
            return None
        opts[name] = value
    return argparse.Namespace(handler=_run_gui, selftest=False, **opts)


# options that name files: they may hold any bytes the file system allows (a GBK name on Linux arrives as
# surrogate escapes and is kept as it is); every other text option must be clean UTF-8 text
PATH_OPTIONS = frozenset({"file", "output", "out", "csv", "facts", "folder", "input", "paths", "report", "ca_file",
                          "tsa_ca", "passphrase_file", "new_passphrase_file", "ics", "provision", "add_box"})
MAX_ERROR_CHARS = 4000


def check_text_options(args: argparse.Namespace) -> None:
    """Refuse text options that are not valid UTF-8 (bytes from a terminal in another encoding) or that hold
    control characters, with a message naming the option, before anything is stored or printed."""
    from faceledger.safetext import refuse_unsafe

    for dest, value in vars(args).items():
        if dest in PATH_OPTIONS or not isinstance(value, str):
            continue
        refuse_unsafe(value, f"--{dest.replace('_', '-')} value", f"--{dest.replace('_', '-')} 的值",
                      keep_lines=dest in ("description", "note", "notes", "context"))


def error_text(text: str) -> str:
    """An error for stderr: controls escaped (a name from a file cannot drive the terminal) and no line longer
    than MAX_ERROR_CHARS (a 50 MB holder name is not echoed whole)."""
    from faceledger.safetext import clip, for_document

    return "\n".join(clip(line, MAX_ERROR_CHARS) for line in for_document(text).splitlines())


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # vaults, settings and exports are private to this user (0600 files, 0700 folders)
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    if not argv or argv[0] in ("gui", "--vault", "--lang"):
        args = _quick_gui_args(argv)
        if args is None and argv[0] == "--vault" and len(argv) > 2 and not argv[2].startswith("-"):
            argv = [*argv[2:], *argv[:2]]  # `faceledger --vault NAME holder list`: the option follows the command
        elif args is None:  # argparse explains what was wrong, about the GUI's own options
            args = _gui_parser().parse_args(argv[1:] if argv[:1] == ["gui"] else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        if args.selftest:
            from faceledger.release.selftest import run_selftest

            return run_selftest()
        check_text_options(args)
        handler = getattr(args, "handler", None)
        if handler is None:
            return _run_gui(args)
        return int(handler(args) or 0)
    except FaceLedgerError as err:
        print(f"faceledger: error: {error_text(err.full())}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("faceledger: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # a bug: say so plainly, no traceback unless asked for
        if os.environ.get("FACELEDGER_DEBUG"):
            raise
        print(f"faceledger: internal error: {type(err).__name__}: {error_text(str(err))}\n"
              "This is a bug in FaceLedger; nothing was changed by the failed step. "
              "Run again with FACELEDGER_DEBUG=1 for details.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
