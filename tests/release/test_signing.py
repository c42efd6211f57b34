"""Signing round trip and every kind of tampering, with throwaway keys (never the release key)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess

import pytest
from faceledger.cli import main
from faceledger.release import minisign
from faceledger.release.checksums import parse_sums
from faceledger.release.keys import RELEASE_KEY_ID, release_public_key
from faceledger.release.minisign import MinisignFormatError, PublicKey, SecretKey, Signature
from faceledger.release.signing import SigningError, generate_keypair, load_release_key, sign_release
from faceledger.release.verify import verify_release

TARBALL = "faceledger-0.1.0-linux-x86_64.tar.gz"


def test_round_trip(release_dir, test_key):
    sums = (release_dir / "SHA256SUMS").read_text()
    assert parse_sums(sums).bad_lines == []
    assert sorted(e.name for e in parse_sums(sums).entries) == sorted(
        [TARBALL, "faceledger.desktop", "update.json"])
    report = verify_release(release_dir, test_key.public_key())
    assert report.ok, report.lines()
    assert report.lines()[-1].startswith("VERIFIED")
    assert "FaceLedger" in report.trusted_comment


def test_sums_file_is_sha256sum_format(release_dir):
    if not shutil.which("sha256sum"):
        pytest.skip("sha256sum not installed")
    r = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=release_dir, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"{TARBALL}: OK" in r.stdout


def test_artifact_byte_flipped(release_dir, test_key):
    p = release_dir / TARBALL
    data = bytearray(p.read_bytes())
    data[5000] ^= 0x01
    p.write_bytes(bytes(data))
    report = verify_release(release_dir, test_key.public_key())
    assert not report.ok and report.signature_ok
    [failure] = report.failures()
    assert failure.startswith(TARBALL) and "checksum does not match" in failure


def test_artifact_missing(release_dir, test_key):
    (release_dir / "faceledger.desktop").unlink()
    report = verify_release(release_dir, test_key.public_key())
    assert not report.ok
    assert report.failures() == ["faceledger.desktop: missing from the folder"]


def test_sums_line_changed(release_dir, test_key):
    sums = release_dir / "SHA256SUMS"
    lines = sums.read_text().splitlines(keepends=True)
    # an attacker swaps in the hash of their own file
    lines[0] = "0" * 64 + lines[0][64:]
    sums.write_text("".join(lines))
    report = verify_release(release_dir, test_key.public_key())
    assert not report.ok and not report.signature_ok
    assert "file or its signature was changed" in report.signature_message
    assert any("unverified SHA256SUMS" in line for line in report.lines())


def test_sums_line_added(release_dir, test_key):
    sums = release_dir / "SHA256SUMS"
    (release_dir / "evil.sh").write_text("rm -rf ~\n")
    import hashlib
    sums.write_text(sums.read_text() + hashlib.sha256(b"rm -rf ~\n").hexdigest() + "  evil.sh\n")
    report = verify_release(release_dir, test_key.public_key())
    assert not report.signature_ok and not report.ok


def test_signature_swapped(release_dir, tmp_path, test_key):
    """A valid signature by the same key, but over a different file (another release)."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.tar.gz").write_bytes(b"another release")
    sign_release(other, test_key)
    shutil.copy(other / "SHA256SUMS.minisig", release_dir / "SHA256SUMS.minisig")
    report = verify_release(release_dir, test_key.public_key())
    assert not report.signature_ok and "was changed" in report.signature_message


def test_trusted_comment_changed(release_dir, test_key):
    sig = release_dir / "SHA256SUMS.minisig"
    lines = sig.read_text().splitlines()
    lines[2] = "trusted comment: timestamp:0\tfile:SHA256SUMS\tFaceLedger 9.9.9"
    sig.write_text("\n".join(lines) + "\n")
    report = verify_release(release_dir, test_key.public_key())
    assert not report.signature_ok and "trusted comment was changed" in report.signature_message


def test_wrong_key(release_dir, test_key, other_key):
    report = verify_release(release_dir, other_key.public_key())
    assert not report.signature_ok
    assert test_key.public_key().key_id_hex in report.signature_message
    assert "different key" in report.signature_message


def test_wrong_key_same_id(release_dir, test_key, other_key):
    """A forged key id: an attacker's key claiming our id still fails on the signature itself."""
    forged = SecretKey(key_id=test_key.key_id, seed=other_key.seed)
    sign_release(release_dir, forged)
    report = verify_release(release_dir, test_key.public_key())
    assert not report.signature_ok and "was changed" in report.signature_message


def test_unsigned_and_garbage_signature(release_dir, test_key):
    sig = release_dir / "SHA256SUMS.minisig"
    sig.write_text("not a signature\n")
    report = verify_release(release_dir, test_key.public_key())
    assert not report.signature_ok and "minisign's format" in report.signature_message
    sig.unlink()
    report = verify_release(release_dir, test_key.public_key())
    assert not report.ok and "unsigned" in report.signature_message


def test_malformed_sums_line_reported(release_dir, test_key):
    sums = release_dir / "SHA256SUMS"
    sums.write_text(sums.read_text() + "deadbeef  ../../etc/passwd\n")
    sign_release_text = sums.read_text()
    # re-sign the malformed file with the right key: the signature is good, the line is still rejected
    from faceledger.release.signing import sign_file
    sums.write_text(sign_release_text)
    sign_file(test_key, sums)
    report = verify_release(release_dir, test_key.public_key())
    assert report.signature_ok and not report.ok
    assert any("line 4" in p for p in report.sums_problems)


def test_unlisted_file_is_noted_not_vouched(release_dir, test_key):
    (release_dir / "README.txt").write_text("hello")
    report = verify_release(release_dir, test_key.public_key())
    assert report.ok
    assert report.not_listed == ["README.txt"]


def test_cli_verify_release(release_dir, test_key, tmp_path, capsys):
    pub = tmp_path / "k.pub"
    pub.write_text(test_key.public_key().to_file_text())
    assert main(["verify-release", str(release_dir), "--key", str(pub)]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    (release_dir / TARBALL).write_bytes(b"tampered")
    assert main(["verify-release", str(release_dir), "--key", test_key.public_key().base64()]) == 1
    out = capsys.readouterr().out
    assert f"FAILED   {TARBALL}: checksum does not match" in out and "NOT VERIFIED" in out
    # the pinned key did not sign this throwaway release
    assert main(["verify-release", str(release_dir)]) == 1
    assert "different key" in capsys.readouterr().out


def test_cli_verify_missing_folder(tmp_path, capsys):
    assert main(["verify-release", str(tmp_path / "nope")]) != 0
    assert "is not a folder" in capsys.readouterr().err


def test_pinned_key():
    key = release_public_key()
    assert key.key_id_hex == RELEASE_KEY_ID and len(key.key) == 32


def test_key_files_round_trip_and_permissions(tmp_path):
    sk_path, pk_path = tmp_path / "k" / "release.key", tmp_path / "k" / "release.pub"
    pub = generate_keypair(sk_path, pk_path)
    assert stat.S_IMODE(sk_path.stat().st_mode) == 0o600
    assert PublicKey.from_file_text(pk_path.read_text()) == pub
    key = load_release_key({"FACELEDGER_RELEASE_KEY_FILE": str(sk_path)})
    assert key.public_key() == pub
    assert load_release_key({"FACELEDGER_RELEASE_KEY": sk_path.read_text()}).public_key() == pub
    with pytest.raises(SigningError, match="already exists"):
        generate_keypair(sk_path, pk_path)
    os.chmod(sk_path, 0o644)
    with pytest.raises(SigningError, match="readable by other users"):
        load_release_key({"FACELEDGER_RELEASE_KEY_FILE": str(sk_path)})
    with pytest.raises(SigningError, match="No release key"):
        load_release_key({})


def test_damaged_secret_key(tmp_path, test_key):
    import base64
    text = test_key.to_file_text().splitlines()
    raw = bytearray(base64.b64decode(text[1]))
    raw[100] ^= 1
    with pytest.raises(MinisignFormatError, match="damaged"):
        SecretKey.from_file_text(text[0] + "\n" + base64.b64encode(bytes(raw)).decode() + "\n")


def test_parse_rejects_garbage():
    for data in (b"", b"\xff\xfe", b"untrusted comment: x\n!!!\ntrusted comment: y\nAAAA\n", b"x" * 100000):
        with pytest.raises(MinisignFormatError):
            Signature.parse(data)
    with pytest.raises(MinisignFormatError):
        PublicKey.from_base64("RWQ")


def test_scrypt_params_match_libsodium():
    # minisign's defaults (libsodium OPSLIMIT/MEMLIMIT_SENSITIVE) give N=2^20, r=8, p=1
    assert minisign._scrypt_params(33554432, 1073741824) == (20, 8, 1)
    # the interactive limits give N=2^14, r=8, p=1
    assert minisign._scrypt_params(524288, 16777216) == (14, 8, 1)


def test_cli_verify_with_a_key_that_is_not_a_key(release_dir, tmp_path, capsys):
    notakey = tmp_path / "notes.txt"
    notakey.write_text("hello world\n")
    assert main(["verify-release", str(release_dir), "--key", str(notakey)]) != 0
    err = capsys.readouterr().err
    assert f"{notakey} is not a minisign public key file" in err and ".pub file" in err
    assert main(["verify-release", str(release_dir), "--key", "nonsense"]) != 0
    assert "neither a file nor a minisign public key" in capsys.readouterr().err
