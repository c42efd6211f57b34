"""Fixtures for the release tests: a throwaway key and a small signed release folder."""

from __future__ import annotations

import pytest
from faceledger.release.minisign import SecretKey
from faceledger.release.signing import sign_release


@pytest.fixture(scope="session")
def test_key() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture(scope="session")
def other_key() -> SecretKey:
    return SecretKey.generate()


@pytest.fixture
def release_dir(tmp_path, test_key):
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "faceledger-0.1.0-linux-x86_64.tar.gz").write_bytes(bytes(range(256)) * 40)
    (folder / "faceledger.desktop").write_text("[Desktop Entry]\nName=FaceLedger\n", encoding="utf-8")
    (folder / "update.json").write_text('{"version": "0.1.0"}\n', encoding="utf-8")
    sign_release(folder, test_key)
    return folder
