"""The FaceLedger release public key, pinned in the app.

Releases (SHA256SUMS.minisig) and update manifests are signed with the matching secret key, which is
kept offline by the release manager and never enters this repository. Check a download by hand with
``minisign -Vm SHA256SUMS -P RWSyw51vCWXuWv4Bfp8On4N5E8ifAOLF7alslm5y/mBegZ2yP/BFcZsN`` (docs/release.md).
Rotating the key means a new app release that pins the new key, announced signed by the old one.
"""

from __future__ import annotations

from faceledger.release.minisign import PublicKey

RELEASE_KEY_ID = "5AEE65096F9DC3B2"
RELEASE_PUBLIC_KEY = "RWSyw51vCWXuWv4Bfp8On4N5E8ifAOLF7alslm5y/mBegZ2yP/BFcZsN"

# Where the signed update manifest is published. Empty until the project has a release host: the
# update check then asks for an address (Settings, `faceledger update-check --url`, or
# FACELEDGER_UPDATE_URL) instead of guessing one.
UPDATE_MANIFEST_URL = ""


def release_public_key() -> PublicKey:
    key = PublicKey.from_base64(RELEASE_PUBLIC_KEY)
    assert key.key_id_hex == RELEASE_KEY_ID, "keys.py: RELEASE_KEY_ID does not match RELEASE_PUBLIC_KEY"
    return key
