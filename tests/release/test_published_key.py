"""The release key printed in the README and docs/release.md is the one pinned in the app."""

from pathlib import Path

from faceledger.release.keys import RELEASE_KEY_ID, RELEASE_PUBLIC_KEY

ROOT = Path(__file__).resolve().parents[2]


def test_readme_and_release_docs_print_the_pinned_key():
    for doc in ("README.md", "docs/release.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        assert f"untrusted comment: minisign public key {RELEASE_KEY_ID}\n{RELEASE_PUBLIC_KEY}\n" in text, doc
        assert f"-P {RELEASE_PUBLIC_KEY}" in text, doc
