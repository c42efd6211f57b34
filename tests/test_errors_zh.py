"""Representative errors the app can show, triggered for real: each says itself in Chinese (message and hint)
with the same values as the English, and the English the CLI prints is unchanged."""

from __future__ import annotations

import json
import re
import socket
from datetime import date

import pytest

from faceledger.errors import FaceLedgerError

# four or more English words in a row: an English sentence left in a Chinese message
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}")
CJK = re.compile(r"[\u4e00-\u9fff]")
PW = "a long test passphrase"


def _raised(fn, *args, **kwargs) -> FaceLedgerError:
    with pytest.raises(FaceLedgerError) as e:
        fn(*args, **kwargs)
    return e.value


def _check(err: FaceLedgerError, *values: str) -> str:
    zh = err.full_in("zh")
    assert err.full_in("en") == err.full() and zh != err.full()
    assert CJK.search(err.message_in("zh")), zh
    if err.hint:
        assert CJK.search(err.hint_in("zh") or ""), f"hint without Chinese: {zh}"
    assert not ENGLISH_SENTENCE.search(zh), zh
    for v in values:  # interpolated values appear in both languages
        assert v in err.full() and v in zh, (v, zh)
    return zh


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_vault_errors(vault, tmp_path):
    import keyring
    import keyring.backends.fail

    from faceledger.vault.backup import backup, restore
    from faceledger.vault.store import create_vault, open_vault

    create_vault("pw", passphrase=PW, use_keychain=False).close()
    assert _check(_raised(open_vault, "pw", "wrong passphrase!")).startswith("口令错误")
    _check(_raised(create_vault, "short", passphrase="short", use_keychain=False))
    _check(_raised(open_vault, "nosuch"), "'nosuch'")
    _check(_raised(create_vault, "bad name!", passphrase=PW, use_keychain=False), "'bad name!'")
    junk = tmp_path / "junk.flbackup"
    junk.write_bytes(b"not a zip")
    _check(_raised(restore, junk, "restored", PW), str(junk))
    backup(vault, tmp_path / "b.flbackup", PW)
    _check(_raised(restore, tmp_path / "b.flbackup", "default", PW), "'default'")  # the name is taken
    keyring.set_keyring(keyring.backends.fail.Keyring())
    _check(_raised(create_vault, "kc", use_keychain=True))


def test_ledger_and_import_errors(vault, tmp_path):
    from faceledger.ledger import store, transfer
    from faceledger.ledger.model import Holder, parse_date

    _check(_raised(parse_date, "2019-02-30", "date"), "'2019-02-30'")
    _check(_raised(Holder(name_zh="某店", category="shop").validate), "'shop'")
    _check(_raised(Holder(name_zh="某店", category="retail", email="x@").validate), "'x@'")
    _check(_raised(Holder(name_zh="某店\x00", category="retail").validate), "U+0000")
    _check(_raised(store.get_holder, vault, 999), "999")
    bad = tmp_path / "e.json"
    bad.write_text("{\n  \"format\": \"faceledger-export\",, }", encoding="utf-8")
    zh = _check(_raised(transfer.import_json, vault, bad), str(bad))
    assert "第 2 行" in zh and "此处应有" in zh
    bad.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    _check(_raised(transfer.import_json, vault, bad), str(bad))
    csv = tmp_path / "h.csv"
    csv.write_text("name,colour\n某店,red\n", encoding="utf-8")
    _check(_raised(transfer.import_holders_csv, vault, csv), str(csv), "'colour'")
    _check(_raised(transfer.import_holders_csv, vault, tmp_path / "missing.csv"), "missing.csv")


def test_file_errors(tmp_path):
    from faceledger.jsonfile import read_json_file
    from faceledger.outfile import check_output_path, write_bytes_atomic

    _check(_raised(read_json_file, tmp_path, what="FACTS.json file"), str(tmp_path))
    _check(_raised(read_json_file, tmp_path / "none.json"), "none.json")
    _check(_raised(check_output_path, tmp_path / "no" / "x.pdf", "letter"), str(tmp_path / "no"))
    _check(_raised(check_output_path, tmp_path, "bundle"), str(tmp_path))
    (tmp_path / "f").write_text("x")
    _check(_raised(write_bytes_atomic, tmp_path / "f" / "x.pdf", b"%PDF", "letter"), str(tmp_path / "f"))


def test_law_and_letter_errors():
    from faceledger.law.catalog import get_catalog
    from faceledger.law.facts import facts_from_dict
    from faceledger.letters.compose import LetterExtras
    from faceledger.letters.deadlines import add_working_days

    holder = {"name": "某店", "category": "retail"}
    _check(_raised(facts_from_dict, []))
    _check(_raised(facts_from_dict, {"holder": holder, "collection": {"consent": "maybe"}}), "'maybe'")
    _check(_raised(facts_from_dict, {"holder": {**holder, "email": "nope"}, "collection": {}}), "'nope'")
    _check(_raised(facts_from_dict, {"holder": holder, "collection": {"date": "2020-01-01"}, "as_of": "2019-01-01"}),
           "2019-01-01", "2020-01-01")
    _check(_raised(facts_from_dict, {"holder": holder, "collection": {}, "sender": {"email": "a@b.cn"}}))
    _check(_raised(LetterExtras.from_dict, {"prior_request": {"type": "deletion"}}))
    _check(_raised(add_working_days, date(2025, 1, 2), 0), "0")
    _check(_raised(get_catalog().provision, "PIPL:999"), "'PIPL:999'")


def test_evidence_errors(vault, tmp_path):
    from faceledger.evidence import stamping, store
    from faceledger.evidence.bundle_verify import verify_bundle
    from faceledger.evidence.model import NewEntry

    _check(_raised(NewEntry(kind="note", title="", occurred_at="2019-10-17").validate))
    _check(_raised(NewEntry(kind="note", title="t", occurred_at="17/10/2019").validate), "17/10/2019")
    _check(_raised(NewEntry(kind="gossip", title="t", occurred_at="2019-10-17").validate), "'gossip'")
    _check(_raised(store.get_case, vault, "nosuch"), "'nosuch'")
    _check(_raised(stamping.check_tsa_url, "tsa.example"), "'tsa.example'")
    case = store.create_case(vault, "某案件")
    from faceledger.evidence.model import ExhibitSource

    missing = str(tmp_path / "gone.png")
    _check(_raised(store.add_entry, vault, case, NewEntry(kind="note", title="t", occurred_at="2019-10-17",
                                                        exhibits=[ExhibitSource(missing)])), missing)
    junk = tmp_path / "b.zip"
    junk.write_bytes(b"PK\x03\x04 broken")
    result = verify_bundle(junk)
    zh = "\n".join(result.lines("zh"))
    assert not result.ok and result.failure in "\n".join(result.lines("en"))
    assert zh.startswith("未通过：b.zip 是损坏或不完整的 ZIP 文件") and not ENGLISH_SENTENCE.search(zh)


def test_network_and_update_errors():
    from faceledger.net import tsa, update
    from faceledger.net.http import request
    from faceledger.release.keys import release_public_key

    _check(_raised(request, "GET", "ftp://example.org/x"), "'ftp://example.org/x'")
    url = f"http://127.0.0.1:{_closed_port()}/tsa"
    _check(_raised(request, "GET", url, timeout=2), url)
    zh = _check(_raised(tsa.fetch_timestamp, url, b"\0" * 32, timeout=2), url)
    assert "无法连接到" in zh  # the network error's own Chinese, inside the TSA's
    _check(_raised(update.parse_manifest, b"[]"))
    _check(_raised(update.parse_manifest, json.dumps({"kind": "other"}).encode()), "'other'")
    _check(_raised(update.verify_manifest_signature, b"{}", b"not a signature", release_public_key()))


def test_photo_protect_and_scan_and_pdf_errors(tmp_path, monkeypatch):
    from faceledger.letters import pdf
    from faceledger.photos.protect import ProtectFailed, ProtectReport, protect_photo
    from faceledger.photos.scan import scan_folder

    photo = tmp_path / "p.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n")
    _check(_raised(protect_photo, photo, tmp_path / "out.gif"), "out.gif")
    _check(_raised(protect_photo, photo, tmp_path / "nope" / "out.png"), str(tmp_path / "nope"))
    _check(_raised(protect_photo, photo, photo))
    _check(_raised(protect_photo, photo, tmp_path / "o.png", "smudge"), "'smudge'")
    _check(_raised(scan_folder, photo), str(photo))
    _check(ProtectFailed("A face is still detectable after 3 rounds of covering; nothing was written.",
                         ProtectReport("p.png", None, "blur", 1, 1),
                         zh="遮盖 3 轮之后仍能检出人脸；没有写入任何文件。"), "3")
    monkeypatch.setattr(pdf, "FONT_FILE", "no-such-font.ttf")
    monkeypatch.setattr(pdf, "_family", None)
    _check(_raised(pdf.font_family), "no-such-font.ttf")
