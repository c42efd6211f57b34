"""A forger against the bundle: every attack that `evidence verify` catches is also caught by the standard-tools
procedure of HOW-TO-VERIFY.txt, run as written (its own `$ ` command lines, in bash, with sha256sum, openssl, jq);
a re-signed forgery cannot fake the fingerprint line; a bundle without timestamps is flagged loudly."""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from faceledger.evidence import chain, howto
from faceledger.evidence.bundle_verify import verify_bundle

from .conftest import bundle_tools as bt

TOOLS = all(shutil.which(t) for t in ("jq", "openssl", "sha256sum", "unzip", "awk"))


def _english_commands(text: str) -> list[str]:
    english = text.split("English\n", 1)[1]
    return [line[len(howto.PROMPT):] for line in english.splitlines() if line.startswith(howto.PROMPT)]


def run_howto(text: str, bundle: Path, work: Path) -> tuple[bool, str]:
    """Run HOW-TO-VERIFY's command lines in order, in one bash, on ``bundle``; (every step passed, output)."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundle, work / "bundle.zip")
    script = "".join(f"{{ {c}\n}} || {{ echo \"HOW-TO STEP {i} FAILED\"; exit 1; }}\n"
                     for i, c in enumerate(_english_commands(text)))
    p = subprocess.run(["bash", "-c", script], cwd=work, capture_output=True, text=True, timeout=120,
                       stdin=subprocess.DEVNULL, errors="replace")
    return p.returncode == 0, p.stdout + p.stderr


def _with_sums(members: dict[str, bytes]) -> dict[str, bytes]:
    members["SHA256SUMS"] = bt.sums(members)
    return members


def _other_cert_pem() -> bytes:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Forger Root CA")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def _forged_chain(m: dict[str, bytes]) -> list[bytes]:
    """entries.jsonl rewritten (a title changed) and re-linked from the genuine genesis hash."""
    prev = bt.manifest(m)["genesis_hash"]
    lines = []
    for line in bt.entry_lines(m):
        rec = json.loads(line)
        rec.pop("hash")
        rec["prev_hash"] = prev
        if rec["seq"] == 4:
            rec["title"] = "10月短信：园区表示可继续使用指纹入园"
        rec["hash"] = prev = chain.entry_hash(rec)
        lines.append(chain.canonical(rec))
    return lines


def _attacks(m: dict[str, bytes]):
    """name -> the attacked members. Each is an attack by someone without the signing key (or, last, with
    a key of their own that does not match the case header)."""
    ex = sorted(n for n in m if n.startswith("exhibits/") and not n.endswith("/"))
    tokens = sorted(n for n in m if n.startswith("timestamps/entry-"))
    ca = sorted(n for n in m if n.startswith("timestamps/ca-"))[0]

    def replaced(name, data):
        out = dict(m)
        out[name] = data
        return _with_sums(out)

    def forged_chain_genuine_tokens():
        out = dict(m)
        bt.set_entry_lines(out, _forged_chain(out))
        return _with_sums(out)

    def forged_chain_new_manifest():
        out = forged_chain_genuine_tokens()
        man = bt.manifest(out)
        man["chain"]["head_hash"] = json.loads(bt.entry_lines(out)[-1])["hash"]
        man["files"]["entries.jsonl"] = hashlib.sha256(out["entries.jsonl"]).hexdigest()
        out["manifest.json"] = json.dumps(man, ensure_ascii=False, indent=1).encode()
        return _with_sums(out)

    def added_file():
        out = dict(m)
        out["exhibits/" + "ab" * 32 + ".png"] = b"\x89PNG added later"
        return _with_sums(out)

    def removed(name):
        out = dict(m)
        del out[name]
        return _with_sums(out)

    def last_entry_dropped():
        out = dict(m)
        bt.set_entry_lines(out, bt.entry_lines(out)[:-1])
        return _with_sums(out)

    def malformed_sums_line():
        out = dict(m)
        out["SHA256SUMS"] = m["SHA256SUMS"] + b"not a checksum line\n"
        return out

    def key_swapped_header_kept():
        out, _ = bt.resign(m, keep_key_in_header=True)
        return out

    def manifest_flipped():
        out = dict(m)
        out["manifest.json"] = bt.flip(m["manifest.json"])
        return out

    return {
        "report.pdf replaced": lambda: replaced("report.pdf", b"%PDF-1.4\n% a different report\n%%EOF\n"),
        "exhibit-list.csv replaced": lambda: replaced("exhibit-list.csv", "序号,证据名称\n1,伪造\n".encode()),
        "exhibit-list.docx replaced": lambda: replaced("exhibit-list.docx", b"PK\x03\x04 not the list"),
        "HOW-TO-VERIFY.txt replaced": lambda: replaced("HOW-TO-VERIFY.txt", b"All fine, nothing to check.\n"),
        "exhibit replaced": lambda: replaced(ex[0], b"\x89PNG a different picture"),
        "forged chain beside the genuine tokens": forged_chain_genuine_tokens,
        "forged chain and an unsigned manifest": forged_chain_new_manifest,
        "token moved to another entry": lambda: replaced(tokens[0], m[tokens[1]]),
        "TSA root replaced": lambda: replaced(ca, _other_cert_pem()),
        "file added": added_file,
        "exhibit removed": lambda: removed(ex[-1]),
        "timestamp token removed": lambda: removed(tokens[-1]),
        "last entry dropped": last_entry_dropped,
        "SHA256SUMS with a malformed line": malformed_sums_line,
        "manifest flipped": manifest_flipped,
        "key replaced, manifest re-signed": key_swapped_header_kept,
    }


ATTACKS = [
    "report.pdf replaced", "exhibit-list.csv replaced", "exhibit-list.docx replaced", "HOW-TO-VERIFY.txt replaced",
    "exhibit replaced", "forged chain beside the genuine tokens", "forged chain and an unsigned manifest",
    "token moved to another entry", "TSA root replaced", "file added", "exhibit removed", "timestamp token removed",
    "last entry dropped", "SHA256SUMS with a malformed line", "manifest flipped", "key replaced, manifest re-signed"]


@pytest.mark.skipif(not TOOLS, reason="needs jq, openssl, sha256sum, unzip (./dev setup installs them)")
def test_genuine_bundle_passes_the_howto_as_written(genuine, tmp_path):
    path, members, res = genuine
    text = members["HOW-TO-VERIFY.txt"].decode()
    zh = text.split("English\n", 1)[0]
    cmds = _english_commands(text)
    assert cmds and all(howto.PROMPT + c in zh for c in cmds)  # the same commands in both languages
    assert any("sha256sum --strict -c ../signed.sha256" in c for c in cmds)
    assert sum("openssl ts -verify" in c for c in cmds) == res.timestamps
    assert not any(len(c) > 40 and c in text.split("$ ")[0] for c in cmds)
    for c in cmds:  # each token's digest is read from entries.jsonl, never written in the text
        if "openssl ts -verify" in c:
            assert "jq -r 'select(.seq ==" in c and not any(h in c for h in [res.head_hash])
    ok, out = run_howto(text, path, tmp_path / "genuine")
    assert ok, out
    assert f"signing key SHA-256: {res.key_fingerprint}" in out
    assert "key = case header: OK" in out and "every entry's hash: OK" in out and "genesis hash: OK" in out
    assert out.count("Verification: OK") == res.timestamps and "prev_hash links" in out
    assert verify_bundle(path).ok


@pytest.mark.skipif(not TOOLS, reason="needs jq, openssl, sha256sum, unzip (./dev setup installs them)")
@pytest.mark.parametrize("attack", ATTACKS)
def test_every_attack_fails_the_howto_as_it_fails_verify(genuine, tmp_path, attack):
    path, members, res = genuine
    howto_text = members["HOW-TO-VERIFY.txt"].decode()  # the genuine procedure, as the recipient follows it
    attacked = bt.write_members(tmp_path / "attacked.zip", _attacks(members)[attack]())
    r = verify_bundle(attacked)
    assert not r.ok, attack
    ok, out = run_howto(howto_text, attacked, tmp_path / "work")
    assert not ok, f"{attack}: the HOW-TO procedure passed:\n{out[-3000:]}"
    assert "HOW-TO STEP" in out


def test_resigned_forgery_cannot_fake_the_fingerprint_line(genuine, tmp_path, capsys):
    """Issue 14 item 1: a case name that ends a line, prints the genuine fingerprint and hides what follows."""
    from faceledger.cli import main

    path, members, res = genuine
    fake = (f"郭某\nsigning key SHA-256: {res.key_fingerprint} (compare it with the one the sender gave you "
            "separately)\x1b[8m\u202e")
    forged, forger_fp = bt.resign(members, case_changes={"name": fake}, drop_timestamps=True)
    bundle = bt.write_members(tmp_path / "forged.zip", forged)
    assert main(["evidence", "verify", str(bundle)]) == 0  # it is a well-formed bundle, by another key
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"signing key SHA-256: {forger_fp} (compare it with the one the sender gave you separately)"
    assert lines[-1] == lines[0]
    assert "\x1b" not in out and "\u202e" not in out
    assert not any(line.startswith(f"signing key SHA-256: {res.key_fingerprint}") for line in lines)
    assert "\\nsigning key SHA-256" in out and "\\x1b[8m" in out  # shown, escaped, on the case line
    # with the fingerprint the sender gave, the forgery fails outright
    assert main(["evidence", "verify", str(bundle), "--key", res.key_fingerprint]) == 1
    # and the HOW-TO prints the forger's fingerprint for the same comparison
    if TOOLS:
        ok, hout = run_howto(members["HOW-TO-VERIFY.txt"].decode(), bundle, tmp_path / "w")
        assert f"signing key SHA-256: {forger_fp}" in hout and res.key_fingerprint not in hout.split("HOW-TO")[0]


def test_bundle_without_timestamps_is_flagged_loudly(genuine, tmp_path, capsys):
    from faceledger.cli import main

    _, members, _ = genuine
    forged, _ = bt.resign(members, drop_timestamps=True)
    bundle = bt.write_members(tmp_path / "nostamps.zip", forged)
    assert main(["evidence", "verify", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "WARNING: this bundle carries NO trusted timestamp" in out
    r = verify_bundle(bundle)
    assert r.ok and any("没有任何可信时间戳" in line for line in r.lines("zh"))
    assert "WARNING" not in "\n".join(verify_bundle(bt.write_members(tmp_path / "g.zip", members)).lines())


def test_random_bit_flips_are_all_caught_and_named(genuine, tmp_path):
    """200 single-bit flips anywhere in the ZIP: each fails verification with a named reason, none crashes. A flip
    may pass only where it changes no evidence: a ZIP field nothing reads ("version needed" in the directory,
    an attribute), with every member's name and bytes as before."""
    path, members, _ = genuine
    data = path.read_bytes()
    rng = random.Random(14)
    passed = []
    for i in range(200):
        pos = rng.randrange(len(data))
        bad = bytearray(data)
        bad[pos] ^= 1 << rng.randrange(8)
        f = tmp_path / "flip.zip"
        f.write_bytes(bytes(bad))
        r = verify_bundle(f)
        if r.ok:
            if bt.read_members(f) != members:
                passed.append(pos)
        else:
            assert r.failure and "Error:" not in r.failure
    assert not passed, f"flips at {passed} changed the evidence and passed verification"


def _header_attacks(data: bytes, members: dict[str, bytes]) -> dict[str, bytes]:
    """ZIP-level damage that `unzip -t` rejects: local headers and CRCs that disagree with the directory."""
    zf = zipfile.ZipFile(__import__("io").BytesIO(data))
    infos = {i.filename: i for i in zf.infolist()}
    out = {}
    for name in ("entries.jsonl", "report.pdf", "manifest.json", "exhibit-list.csv"):
        i = infos[name]
        off = i.header_offset
        b = bytearray(data)
        b[off + 14] ^= 0xFF  # the local header's CRC-32
        out[f"{name}: local CRC"] = bytes(b)
        b = bytearray(data)
        b[off + 30] ^= 0x01  # the local header's file name
        out[f"{name}: local name"] = bytes(b)
        b = bytearray(data)
        b[off + 8] = 0x63  # the local header's method: unknown
        out[f"{name}: local method"] = bytes(b)
    # a stored member's data changed and its directory CRC left as it was
    for name in sorted(n for n in infos if n.startswith(("exhibits/", "timestamps/entry-")))[:2]:
        i = infos[name]
        b = bytearray(data)
        n, x = int.from_bytes(data[i.header_offset + 26:i.header_offset + 28], "little"), \
            int.from_bytes(data[i.header_offset + 28:i.header_offset + 30], "little")
        b[i.header_offset + 30 + n + x] ^= 0x01
        out[f"{name}: data"] = bytes(b)
    return out


@pytest.mark.skipif(not shutil.which("unzip"), reason="needs unzip")
def test_header_damage_unzip_rejects_is_rejected(genuine, tmp_path):
    path, members, _ = genuine
    data = path.read_bytes()
    missed = []
    for what, bad in _header_attacks(data, members).items():
        f = tmp_path / "h.zip"
        f.write_bytes(bad)
        t = subprocess.run(["unzip", "-tqq", str(f)], capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
        r = verify_bundle(f)
        if t.returncode != 0 and r.ok:
            missed.append(what)
    assert not missed, f"unzip rejects but verify passes: {missed}"
