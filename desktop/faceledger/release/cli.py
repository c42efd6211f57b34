"""`faceledger verify-release DIR` and `faceledger update-check [--url URL]`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub, parents) -> None:  # noqa: ARG001 - neither command opens a vault
    p = sub.add_parser(
        "verify-release",
        help="check a downloaded release: the signature on SHA256SUMS and every file's checksum",
        description="Check that the files in DIR are what the FaceLedger project released: the minisign "
                    "signature on SHA256SUMS against the release key built into this app, then the SHA-256 "
                    "of every file it lists. Exits 0 only if everything checks out.")
    p.add_argument("folder", metavar="DIR", type=Path, help="folder holding SHA256SUMS, SHA256SUMS.minisig "
                                                            "and the downloaded files")
    p.add_argument("--key", metavar="PUBKEY",
                   help="check against this minisign public key (base64 or a .pub file) instead of "
                        "the pinned release key")
    p.set_defaults(handler=_verify_release)

    u = sub.add_parser(
        "update-check",
        help="ask the project's server whether a newer version exists (nothing is downloaded or installed)",
        description="Fetch the signed update manifest, check its signature against the pinned release key, "
                    "and say whether a newer FaceLedger exists. Nothing is downloaded or installed.")
    u.add_argument("--url", help="manifest address (default: FACELEDGER_UPDATE_URL or the built-in one)")
    u.add_argument("--json", action="store_true", help="print the result as JSON")
    u.set_defaults(handler=_update_check)


def _load_key(text: str):
    from faceledger.release.minisign import MinisignFormatError, PublicKey

    p = Path(text)
    hint = "Give the minisign public key (the line starting with RW…) or the path of its .pub file."
    try:
        if p.is_file():
            return PublicKey.from_file_text(p.read_text(encoding="utf-8", errors="replace"))
        return PublicKey.from_base64(text)
    except MinisignFormatError as err:
        what = f"{p} is not a minisign public key file" if p.is_file() else \
            f"--key {text[:40]!r} is neither a file nor a minisign public key"
        raise MinisignFormatError(f"{what}: {err.message}", hint) from None


def _verify_release(args: argparse.Namespace) -> int:
    from faceledger.release.verify import verify_release

    key = _load_key(args.key) if args.key else None
    report = verify_release(args.folder, key)
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def _update_check(args: argparse.Namespace) -> int:
    from faceledger.net.update import check_for_update
    from faceledger.output import print_json

    status = check_for_update(args.url)
    if args.json:
        print_json(status.to_dict())
    else:
        for line in status.lines("en"):
            print(line)
    return 0
