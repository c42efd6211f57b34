"""Export a Guo-Bing-shaped case and verify it; every kind of tampering is detected and named."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import zipfile

import pytest

from faceledger.evidence import chain
from faceledger.evidence.bundle_export import export_case
from faceledger.evidence.bundle_verify import verify_bundle

from . import bundle_tools as bt
from . import guo_bing


@pytest.fixture(scope="module")
def exported(tmp_path_factory, tsa_server):
    """(bundle path, its members) for the example case, stamped by the local TSA, built once per module."""
    tsa_server.mode = "ok"
    out, members, res = guo_bing.exported_bundle(tmp_path_factory.mktemp("bundlehome"), tsa_server)
    assert res.entries == 9 and res.timestamps == 9
    return out, members, res


def _verify_members(tmp_path, members, **kw):
    return verify_bundle(bt.write_members(tmp_path / "t.zip", members), **kw)


def test_bundle_holds_everything_and_verifies(exported):
    path, members, res = exported
    r = verify_bundle(path)
    assert r.ok, r.failure
    assert r.entries == 9 and r.exhibits == 7 and len(r.timestamps) == 9
    assert r.key_fingerprint == res.key_fingerprint and r.head_hash == res.head_hash
    names = set(members)
    for fixed in ("manifest.json", "manifest.json.sig", "public-key.pem", "entries.jsonl", "SHA256SUMS",
                  "report.pdf", "exhibit-list.docx", "exhibit-list.csv", "HOW-TO-VERIFY.txt"):
        assert fixed in names
    exhibits = [n for n in names if n.startswith("exhibits/")]
    assert len(exhibits) == 7 and any(n.endswith(".pdf") for n in exhibits)
    for n in exhibits:
        assert chain.sha256_hex(members[n]) == n.split("/")[1].split(".")[0]
    assert sum(n.endswith(".tsr") for n in names) == 9
    assert any(n.startswith("timestamps/ca-") for n in names) and any(n.startswith("timestamps/tsa-") for n in names)
    assert r.lines()[0].startswith("signing key SHA-256: " + res.key_fingerprint) and r.lines()[-1] == r.lines()[0]
    assert r.lines()[1].startswith("OK")
    json.dumps(r.as_json())


def test_standard_tools_alone_verify_the_bundle(exported, tmp_path):
    path, members, res = exported
    d = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(d)
    out = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=d, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    out = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin", "-in",
                          "manifest.json", "-sigfile", "manifest.json.sig"], cwd=d, capture_output=True, text=True)
    assert "Signature Verified Successfully" in out.stdout, out.stderr
    howto = (d / "HOW-TO-VERIFY.txt").read_text(encoding="utf-8")
    assert "如何核验" in howto and "HOW TO VERIFY" in howto and res.key_fingerprint in howto
    cmds = [line.strip()[2:] for line in howto.splitlines() if line.strip().startswith("$ openssl ts -verify")]
    assert len(cmds) == 18  # nine tokens, listed in both languages
    if shutil.which("jq"):  # each token over its entry's hash, read from entries.jsonl (tests/hostile runs it all)
        for cmd in cmds[:9]:
            out = subprocess.run(["bash", "-c", cmd], cwd=d, capture_output=True, text=True)
            assert "Verification: OK" in out.stdout, (cmd, out.stderr)
    fp = subprocess.run("openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum", shell=True,
                        cwd=d, capture_output=True, text=True).stdout.split()[0]
    assert fp == res.key_fingerprint


def test_exhibit_list_csv_and_docx(exported):
    _, members, _ = exported
    text = members["exhibit-list.csv"].decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["序号", "证据名称", "证据来源", "证明对象", "页码", "SHA-256", "备注"]
    body = rows[1:]
    assert len(body) == 7
    # numbered in order; the two-page PDF takes pages 2-3
    assert [r[0] for r in body][:3] == ["1", "2", "3"] and body[1][4] == "2-3" and body[2][4] == "4"
    assert body[0][3] == "证明双方服务合同关系及年卡价款"
    assert all(len(r[5]) == 64 for r in body)
    from docx import Document

    doc = Document(io.BytesIO(members["exhibit-list.docx"]))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:5] == ["序号", "证据名称", "证据来源", "证明对象", "页码"]
    assert len(table.rows) == 8
    assert body[0][5] in table.rows[1].cells[5].text.replace("\n", "")


def test_report_pdf_text(exported, tmp_path):
    _, members, res = exported
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(members["report.pdf"])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for s in ("证据报告", "案件概要", "事件经过", "证据目录", "序号", "证据名称", "证据来源", "证明对象", "页码",
              "如何核验", "10月短信", "sha256sum --strict -c", "openssl ts -verify"):
        assert s in text, s
    assert res.head_hash[:32] in text


# ---------------------------------------------------------------- tampering: each detected and named

def _entry_hash(members, seq):
    return json.loads(bt.entry_lines(members)[seq - 1])["hash"]


def _exhibit_names(members):
    return sorted(n for n in members if n.startswith("exhibits/"))


def test_flip_one_byte_in_an_exhibit(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    name = _exhibit_names(m)[0]
    m[name] = bt.flip(m[name])
    r = _verify_members(tmp_path, m)
    assert not r.ok and name in r.failure and "was changed" in r.failure


@pytest.mark.parametrize("where", ["title", "prev_hash", "hash", "seq", "start", "end"])
def test_flip_one_byte_in_an_entry(exported, tmp_path, where):
    _, members, _ = exported
    m = dict(members)
    lines = bt.entry_lines(m)
    line = lines[3]
    pos = {"title": line.index(b'"title":"') + 12, "prev_hash": line.index(b'"prev_hash":"') + 20,
           "hash": line.index(b'"hash":"') + 10, "seq": line.index(b'"seq":') + 6, "start": 0,
           "end": len(line) - 1}[where]
    lines[3] = bt.flip(line, pos)
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok
    assert "entry 4" in r.failure or "line 4" in r.failure or ("seq" == where and "entry 5" in r.failure), r.failure


def test_flip_one_byte_in_the_manifest(exported, tmp_path):
    _, members, _ = exported
    for pos in (10, len(members["manifest.json"]) // 2, len(members["manifest.json"]) - 3):
        m = dict(members)
        m["manifest.json"] = bt.flip(m["manifest.json"], pos)
        r = _verify_members(tmp_path, m)
        assert not r.ok and "manifest.json" in r.failure, r.failure


def test_flip_one_byte_in_a_token(exported, tmp_path):
    _, members, _ = exported
    tok = "timestamps/entry-0004.tsr"
    for pos in (len(members[tok]) // 3, len(members[tok]) // 2, len(members[tok]) - 5):
        m = dict(members)
        m[tok] = bt.flip(m[tok], pos)
        r = _verify_members(tmp_path, m)
        assert not r.ok and tok in r.failure and "entry 4" in r.failure, r.failure


def test_token_valid_but_moved_to_another_entry(exported, tmp_path):
    """A genuine token re-labelled for another entry: its manifest record and its imprint disagree."""
    _, members, _ = exported
    m = dict(members)
    m["timestamps/entry-0004.tsr"], m["timestamps/entry-0005.tsr"] = m["timestamps/entry-0005.tsr"], \
        m["timestamps/entry-0004.tsr"]
    r = _verify_members(tmp_path, m)
    assert not r.ok and "timestamps/entry-0004.tsr" in r.failure


def test_drop_an_entry(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    lines = bt.entry_lines(m)
    del lines[4]
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok and "entry 6" in r.failure and "removed" in r.failure, r.failure


def test_drop_the_last_entry(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    bt.set_entry_lines(m, bt.entry_lines(m)[:-1])
    r = _verify_members(tmp_path, m)
    assert not r.ok and "removed from the end" in r.failure and "entry 9" in r.failure


def test_reorder_entries(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    lines = bt.entry_lines(m)
    lines[2], lines[3] = lines[3], lines[2]
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok and "entry 4 is at line 3" in r.failure, r.failure


def test_duplicate_an_entry(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    lines = bt.entry_lines(m)
    lines.insert(3, lines[2])
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok and "entry 3" in r.failure and "duplicate" in r.failure, r.failure


def test_insert_an_entry(exported, tmp_path):
    _, members, _ = exported
    case_uid = bt.manifest(members)["case"]["case"]
    # a well-formed entry linked to entry 2, slipped in as entry 3
    m = dict(members)
    lines = bt.entry_lines(m)
    lines.insert(2, bt.forged_entry(_entry_hash(m, 2), case_uid, 3))
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok and "entry 3" in r.failure, r.failure
    # renumbering everything after it breaks the hashes of those entries
    # a well-formed entry appended after the head
    m = dict(members)
    lines = bt.entry_lines(m)
    lines.append(bt.forged_entry(_entry_hash(m, 9), case_uid, 10))
    bt.set_entry_lines(m, lines)
    r = _verify_members(tmp_path, m)
    assert not r.ok and "added after signing" in r.failure and "entry 10" in r.failure


def test_swap_two_exhibits(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    a, b = _exhibit_names(m)[:2]
    m[a], m[b] = m[b], m[a]
    r = _verify_members(tmp_path, m)
    assert not r.ok and "exhibit" in r.failure and (a in r.failure or b in r.failure), r.failure


def test_remove_an_exhibit(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    name = _exhibit_names(m)[1]
    del m[name]
    r = _verify_members(tmp_path, m)
    assert not r.ok and "missing" in r.failure and name.split("/")[1][:16] in r.failure


def _new_key_pem_and_signer():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    k = Ed25519PrivateKey.generate()
    pem = k.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    raw = k.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return pem, k.sign, chain.sha256_hex(raw)


def test_replace_the_public_key(exported, tmp_path):
    _, members, res = exported
    pem, sign, fp = _new_key_pem_and_signer()
    # 1. only the key replaced
    m = dict(members)
    m["public-key.pem"] = pem
    r = _verify_members(tmp_path, m)
    assert not r.ok and "public key was replaced" in r.failure
    # 2. key replaced and the manifest re-signed with it
    m["manifest.json.sig"] = sign(m["manifest.json"])
    r = _verify_members(tmp_path, m)
    assert not r.ok and "public key was replaced" in r.failure and res.key_fingerprint in r.failure
    # 3. the forger also rewrites the case header's key and the genesis hash: the chain exposes it
    man = bt.manifest(members)
    man["case"]["signing_key"]["sha256"] = fp
    man["genesis_hash"] = chain.genesis_hash(man["case"])
    m["manifest.json"] = json.dumps(man, ensure_ascii=False, indent=1).encode()
    m["manifest.json.sig"] = sign(m["manifest.json"])
    r = _verify_members(tmp_path, m)
    assert not r.ok and "entry 1's link is broken" in r.failure, r.failure
    # 4. a verifier who knows the sender's key fingerprint rejects any other key at once
    r = verify_bundle(exported[0], expected_key=fp)
    assert not r.ok and "expected key" in r.failure


def test_not_a_key(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    m["public-key.pem"] = b"-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n"
    r = _verify_members(tmp_path, m)
    assert not r.ok and "public-key.pem" in r.failure


@pytest.mark.parametrize("name", ["report.pdf", "exhibit-list.docx", "exhibit-list.csv", "HOW-TO-VERIFY.txt",
                                  "SHA256SUMS", "manifest.json.sig"])
def test_flip_one_byte_in_any_other_file(exported, tmp_path, name):
    _, members, _ = exported
    m = dict(members)
    m[name] = bt.flip(m[name])
    r = _verify_members(tmp_path, m)
    assert not r.ok and (name in r.failure or (name == "manifest.json.sig" and "signature" in r.failure)), r.failure


def test_every_member_flipped_is_detected(exported, tmp_path):
    _, members, _ = exported
    for name in members:
        m = dict(members)
        m[name] = bt.flip(m[name])
        r = _verify_members(tmp_path, m)
        assert not r.ok, name


def test_added_file_is_refused(exported, tmp_path):
    _, members, _ = exported
    for extra in ("notes.txt", "exhibits/" + "0" * 64 + ".jpg", "timestamps/entry-0010.tsr"):
        m = dict(members)
        m[extra] = b"extra"
        r = _verify_members(tmp_path, m)
        assert not r.ok and extra in r.failure, r.failure


# ---------------------------------------------------------------- hostile or broken files

def test_path_escaping_zip_is_refused_and_nothing_written(exported, tmp_path):
    _, members, _ = exported
    for evil in ("../evil.txt", "/etc/evil", "exhibits/../../evil", "C:/evil.txt", "a\\..\\evil"):
        p = tmp_path / "evil.zip"
        with zipfile.ZipFile(p, "w") as zf:
            for n, d in members.items():
                zf.writestr(n, d)
            zf.writestr(evil, b"owned")
        r = verify_bundle(p)
        assert not r.ok and "unsafe path" in r.failure, (evil, r.failure)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_truncated_not_zip_empty_missing(exported, tmp_path):
    path, _, _ = exported
    data = path.read_bytes()
    cases = {
        "truncated.zip": data[: len(data) // 2],
        "tail-cut.zip": data[:-10],
        "notzip.zip": b"This is not a zip file at all\n" * 10,
        "empty.zip": b"",
        "pdf.zip": b"%PDF-1.7\n",
    }
    for name, content in cases.items():
        p = tmp_path / name
        p.write_bytes(content)
        r = verify_bundle(p)
        assert not r.ok and ("ZIP" in r.failure or "truncated" in r.failure), (name, r.failure)
    assert "does not exist" in verify_bundle(tmp_path / "missing.zip").failure
    assert "not a file" in verify_bundle(tmp_path).failure


def test_random_byte_flips_in_the_zip_never_crash(exported, tmp_path):
    path, members, _ = exported
    data = bytearray(path.read_bytes())
    import random

    rnd = random.Random(1)
    with zipfile.ZipFile(path) as zf:
        spans = [(i.header_offset + 30 + len(i.filename.encode()), i.compress_size) for i in zf.infolist()]
    for _ in range(60):
        off = rnd.randrange(len(data))
        bad = bytearray(data)
        bad[off] ^= 0xFF
        p = tmp_path / "flip.zip"
        p.write_bytes(bad)
        r = verify_bundle(p)  # never raises
        inside = any(s <= off < s + n for s, n in spans)
        if inside:
            assert not r.ok, off


def test_zip_bomb_like_member_is_bounded(tmp_path, exported):
    _, members, _ = exported
    m = dict(members)
    m["manifest.json"] = b"{" + b" " * (80 * 1024 * 1024) + b"}"
    p = bt.write_members(tmp_path / "bomb.zip", m)
    assert p.stat().st_size < 5 * 1024 * 1024
    r = verify_bundle(p)
    assert not r.ok and "too large" in r.failure


def test_verify_cli_exit_codes(exported, tmp_path, capsys):
    from faceledger.cli import main

    path, members, _ = exported
    assert main(["evidence", "verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("OK") and "timestamp on entry 9" in out
    m = dict(members)
    name = _exhibit_names(m)[2]
    m[name] = bt.flip(m[name])
    bad = bt.write_members(tmp_path / "bad.zip", m)
    assert main(["evidence", "verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("FAILED") and name in out
    assert main(["evidence", "verify", str(bad), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ok"] is False
    (tmp_path / "x.zip").write_bytes(b"junk")
    assert main(["evidence", "verify", str(tmp_path / "x.zip")]) == 1


def test_verify_with_pinned_tsa_root(exported, tsa_server, tmp_path):
    path, _, _ = exported
    r = verify_bundle(path, tsa_ca_pem=tsa_server.ca_pem)
    assert r.ok and not r.tsa_roots_from_bundle
    r = verify_bundle(path, tsa_ca_pem=(tsa_server.root / "forged" / "ca.crt").read_bytes())
    assert not r.ok and "does not verify" in r.failure and "timestamps/entry-0001.tsr" in r.failure


def test_export_refuses_bad_targets(vault, tmp_path):
    from faceledger.errors import FaceLedgerError
    from faceledger.evidence import store
    from faceledger.evidence.model import NewEntry

    case = store.create_case(vault, "c")
    with pytest.raises(FaceLedgerError, match="no entries"):
        export_case(vault, case, tmp_path / "b.zip")
    store.add_entry(vault, case, NewEntry(kind="note", title="t", occurred_at="2020-01-01"))
    with pytest.raises(FaceLedgerError, match="folder"):
        export_case(vault, case, tmp_path)
    with pytest.raises(FaceLedgerError, match="does not exist"):
        export_case(vault, case, tmp_path / "nope" / "b.zip")
    res = export_case(vault, case, tmp_path / "b.zip", with_pdf=False)
    assert verify_bundle(res.path).ok
    assert not list(tmp_path.glob(".*part"))
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as root: permissions not enforced")
        with pytest.raises(FaceLedgerError, match="Could not write"):
            export_case(vault, case, tmp_path / "c.zip", with_pdf=False)
    finally:
        os.chmod(tmp_path, 0o700)


def test_rezipped_with_the_zip_tool_still_verifies(exported, tmp_path):
    """A recipient who unzips and re-zips (deflated members, folder entries) still gets a clean check."""
    path, _, _ = exported
    d = tmp_path / "x"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(d)
    out = tmp_path / "rezipped.zip"
    subprocess.run(["zip", "-q", "-r", "-9", str(out), "."], cwd=d, check=True)
    r = verify_bundle(out)
    assert r.ok, r.failure


def test_huge_exhibit_verifies_in_bounded_memory(vault, tmp_path):
    import tracemalloc

    from faceledger.evidence import store
    from faceledger.evidence.model import ExhibitSource, NewEntry

    big = tmp_path / "video.mp4"
    with open(big, "wb") as f:
        block = os.urandom(1 << 20)
        for _ in range(96):
            f.write(block)
    case = store.create_case(vault, "big")
    store.add_entry(vault, case, NewEntry(kind="photo_video", title="v", occurred_at="2020-01-01",
                                          exhibits=[ExhibitSource(str(big))]))
    bundle = export_case(vault, case, tmp_path / "b.zip", with_pdf=False).path
    big.unlink()
    tracemalloc.start()
    try:
        r = verify_bundle(bundle)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.ok and r.exhibit_bytes == 96 << 20
    assert peak < 12 << 20, peak  # a 96 MiB exhibit, a few MiB of memory


def test_deflate_bomb_exhibit_is_cut_short(exported, tmp_path):
    _, members, _ = exported
    m = dict(members)
    name = sorted(n for n in m if n.startswith("exhibits/"))[0]
    p = tmp_path / "bomb.zip"
    with zipfile.ZipFile(p, "w") as zf:
        for n, d in m.items():
            if n == name:
                info = zipfile.ZipInfo(n)
                info.compress_type = zipfile.ZIP_DEFLATED
                with zf.open(info, "w") as w:
                    for _ in range(64):
                        w.write(b"\0" * (1 << 20))
            else:
                zf.writestr(n, d)
    r = verify_bundle(p)
    assert not r.ok and name in r.failure
