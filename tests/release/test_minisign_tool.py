"""Cross-check with the real `minisign` tool (Debian package minisign); skipped when it is absent."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from faceledger.release.minisign import PublicKey, SecretKey, Signature, verify
from faceledger.release.signing import sign_release

MINISIGN = shutil.which("minisign")
pytestmark = pytest.mark.skipif(MINISIGN is None, reason="minisign not installed (apt-get install minisign)")


def test_minisign_verifies_our_release(release_dir, test_key):
    r = subprocess.run([MINISIGN, "-Vm", "SHA256SUMS", "-P", test_key.public_key().base64()],
                       cwd=release_dir, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "Signature and comment signature verified" in r.stdout


def test_minisign_rejects_tampered_sums(release_dir, test_key):
    sums = release_dir / "SHA256SUMS"
    sums.write_text(sums.read_text().replace("faceledger.desktop", "faceledger.desktoq"))
    r = subprocess.run([MINISIGN, "-Vm", "SHA256SUMS", "-P", test_key.public_key().base64()],
                       cwd=release_dir, capture_output=True, text=True)
    assert r.returncode != 0


def test_we_verify_minisign_and_it_uses_our_keys(tmp_path):
    """minisign signs with a secret key file we wrote; we verify a signature minisign made."""
    key = SecretKey.generate()
    (tmp_path / "k.key").write_text(key.to_file_text())
    (tmp_path / "k.pub").write_text(key.public_key().to_file_text())
    (tmp_path / "msg").write_bytes(b"FaceLedger \xe4\xba\xba\xe8\x84\xb8\n")
    r = subprocess.run([MINISIGN, "-S", "-s", "k.key", "-m", "msg", "-t", "from the tool"],
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    sig = Signature.parse((tmp_path / "msg.minisig").read_bytes())
    assert sig.trusted_comment == "from the tool"
    verify((tmp_path / "msg").read_bytes(), sig, PublicKey.from_file_text((tmp_path / "k.pub").read_text()))


def test_we_read_minisign_generated_keys(tmp_path):
    r = subprocess.run([MINISIGN, "-G", "-W", "-p", "t.pub", "-s", "t.key"], cwd=tmp_path,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    sk = SecretKey.from_file_text((tmp_path / "t.key").read_text())
    assert sk.public_key() == PublicKey.from_file_text((tmp_path / "t.pub").read_text())
    folder = tmp_path / "rel"
    folder.mkdir()
    (folder / "a.bin").write_bytes(b"abc")
    sign_release(folder, sk)
    r = subprocess.run([MINISIGN, "-Vm", "SHA256SUMS", "-p", str(tmp_path / "t.pub")], cwd=folder,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
