#!/usr/bin/env python3
"""Sign a folder of release artifacts (for example every platform's, gathered after per-OS builds).

    FACELEDGER_RELEASE_KEY_FILE=/secure/faceledger-release.key \
        .venv/bin/python packaging/sign_release.py DIR [--base-url https://…/releases/0.1.0]

Writes DIR/SHA256SUMS over every file in DIR (except signatures), DIR/SHA256SUMS.minisig, and with
--base-url a signed DIR/update.json naming each artifact's platform from its file name
(faceledger-<version>-<platform>.<ext>). Then verifies the folder against the key pinned in the app.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from faceledger import __version__  # noqa: E402
from faceledger.errors import FaceLedgerError  # noqa: E402
from faceledger.release.keys import release_public_key  # noqa: E402
from faceledger.release.manifest import MANIFEST_NAME, artifact_entry, write_signed_manifest  # noqa: E402
from faceledger.release.signing import artifact_names, load_release_key, sign_release  # noqa: E402
from faceledger.release.verify import verify_release  # noqa: E402

ARTIFACT = re.compile(r"^faceledger-(?P<version>[0-9.]+)-(?P<platform>[a-z0-9_]+-[a-z0-9_]+)"
                      r"\.(tar\.gz|zip|dmg|msi|AppImage)$")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--base-url", help="where the artifacts will be published: also write a signed update.json")
    ap.add_argument("--version", default=__version__, help="release version for update.json (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        key = load_release_key()
        if args.base_url:
            arts = []
            for name in artifact_names(args.folder):
                m = ARTIFACT.match(name)
                if m and name != MANIFEST_NAME:
                    arts.append(artifact_entry(args.folder / name, m["platform"], args.base_url))
            if not arts:
                raise FaceLedgerError(f"No faceledger-<version>-<platform> artifacts in {args.folder}.")
            write_signed_manifest(args.folder, key, args.version, arts)
        signed = sign_release(args.folder, key)
        report = verify_release(args.folder, key.public_key())
    except FaceLedgerError as err:
        print(f"sign_release: error: {err.full()}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    if key.public_key() != release_public_key():
        print(f"WARNING: signed with key {signed.key_id}, not the release key pinned in the app "
              f"({release_public_key().key_id_hex}).", file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
