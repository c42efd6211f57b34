"""The evidence log in a vault: chain, append-only storage, exhibits, corrections."""

from __future__ import annotations

import hashlib
import json

import pytest

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound
from faceledger.evidence import chain, signing, store
from faceledger.evidence.model import ExhibitSource, NewEntry


def _entry(title="t", kind="note", occurred="2019-10-17", files=(), **kw):
    return NewEntry(kind=kind, title=title, occurred_at=occurred, exhibits=[ExhibitSource(str(f)) for f in files],
                    **kw)


def test_entries_chain_from_genesis(vault, tmp_path):
    case = store.create_case(vault, "野生动物世界", timezone="Asia/Shanghai")
    assert case.genesis_hash == chain.genesis_hash(store.case_header(vault, case))
    assert store.case_header(vault, case)["signing_key"]["sha256"] == signing.fingerprint(vault)
    f = tmp_path / "sms.png"
    f.write_bytes(b"\x89PNG fake but real bytes" * 1000)
    e1 = store.add_entry(vault, case, _entry("年卡收据", "receipt_payment", "2019-04-27", [f]))
    e2 = store.add_entry(vault, case, _entry("短信通知", "communication", "2019-10-17T19:30"))
    assert (e1.seq, e2.seq) == (1, 2)
    assert e1.prev_hash == case.genesis_hash and e2.prev_hash == e1.hash
    assert e1.hash == hashlib.sha256(chain.canonical(e1.record())).hexdigest()
    assert e1.exhibits[0].sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert e1.exhibits[0].size == f.stat().st_size
    assert e1.timezone == "Asia/Shanghai"
    # the original is kept encrypted in the blob store, byte for byte
    assert vault.blobs.read_bytes(e1.exhibits[0].blob_id) == f.read_bytes()
    assert f.read_bytes() not in (vault.blobs.path(e1.exhibits[0].blob_id)).read_bytes()
    assert store.check_stored_chain(vault, store.get_case(vault, case.uid)) is None
    assert store.get_case(vault, case.uid).head_hash == e2.hash


@pytest.mark.parametrize("sql", [
    "UPDATE ev_entries SET title = 'changed'",
    "DELETE FROM ev_entries",
    "UPDATE ev_exhibits SET sha256 = 'x'",
    "DELETE FROM ev_exhibits",
    "UPDATE ev_cases SET name = 'x'",
    "DELETE FROM ev_cases",
])
def test_storage_refuses_edits_and_deletes(vault, tmp_path, sql):
    case = store.create_case(vault, "c")
    f = tmp_path / "a.txt"
    f.write_text("a")
    store.add_entry(vault, case, _entry(files=[f]))
    with pytest.raises(Exception, match="append-only"):
        with vault.transaction() as db:
            db.execute(sql)
    assert store.check_stored_chain(vault, case) is None
    assert len(store.list_entries(vault, case)) == 1


def test_storage_refuses_an_entry_that_does_not_continue_the_chain(vault):
    case = store.create_case(vault, "c")
    e1 = store.add_entry(vault, case, _entry())
    for seq, prev in ((3, e1.hash), (2, case.genesis_hash), (1, case.genesis_hash)):
        with pytest.raises(Exception, match="chain|UNIQUE"):
            with vault.transaction() as db:
                db.execute("INSERT INTO ev_entries(case_id, seq, recorded_at, occurred_at, timezone, kind, title, "
                           "prev_hash, hash, canonical) VALUES (?, ?, 'r', 'o', 'z', 'note', 't', ?, ?, '{}')",
                           (case.id, seq, prev, "f" * 64))


def test_exhibit_must_be_named_in_its_entry(vault):
    case = store.create_case(vault, "c")
    e1 = store.add_entry(vault, case, _entry())
    blob = vault.add_blob(b"late addition")
    with pytest.raises(Exception, match="named in its entry"):
        with vault.transaction() as db:
            db.execute("INSERT INTO ev_exhibits(entry_id, position, blob_id, sha256, size, filename) "
                       "VALUES (?, 1, ?, ?, 13, 'x')", (e1.id, blob["id"], blob["sha256"]))


def test_correction_is_a_new_entry_pointing_to_the_old(vault):
    case = store.create_case(vault, "c")
    e1 = store.add_entry(vault, case, _entry("wrong date", occurred="2019-10-18"))
    e2 = store.correct_entry(vault, case, 1, _entry("right date", occurred="2019-10-17"))
    assert e2.corrects_seq == 1 and e2.seq == 2
    assert store.get_entry(vault, case, 1) == store.list_entries(vault, case)[0]
    assert store.list_entries(vault, case)[0].title == e1.title
    with pytest.raises(NotFound):
        store.correct_entry(vault, case, 9, _entry())


def test_missing_or_unreadable_exhibit_records_nothing(vault, tmp_path):
    case = store.create_case(vault, "c")
    ok = tmp_path / "ok.txt"
    ok.write_text("fine")
    blobs_before = vault.query("SELECT count(*) FROM blobs")[0][0]
    with pytest.raises(FaceLedgerError, match="not found"):
        store.add_entry(vault, case, _entry(files=[ok, tmp_path / "missing.jpg"]))
    with pytest.raises(FaceLedgerError, match="folder"):
        store.add_entry(vault, case, _entry(files=[tmp_path]))
    assert store.list_entries(vault, case) == []
    assert vault.query("SELECT count(*) FROM blobs")[0][0] == blobs_before


def test_cancel_while_hashing_records_nothing(vault, tmp_path):
    case = store.create_case(vault, "c")
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (3 << 20))
    with pytest.raises(store.EvidenceCancelled):
        store.add_entry(vault, case, _entry(files=[big]), cancelled=lambda: True)
    assert store.list_entries(vault, case) == []
    assert vault.query("SELECT count(*) FROM blobs")[0][0] == 0
    assert list(vault.blobs.ids()) == []


@pytest.mark.parametrize("bad", [dict(kind="nope"), dict(title=" "), dict(occurred="17/10/2019"),
                                 dict(occurred="")])
def test_bad_values(vault, bad):
    case = store.create_case(vault, "c")
    args = dict(title="t", kind="note", occurred="2019-10-17") | bad
    with pytest.raises(InvalidValue):
        store.add_entry(vault, case, _entry(**args))


def test_case_lookup(vault):
    a = store.create_case(vault, "alpha")
    store.create_case(vault, "beta")
    assert store.get_case(vault, a.uid).id == a.id
    assert store.get_case(vault, a.uid[:8]).id == a.id
    assert store.get_case(vault, "alpha").id == a.id
    assert store.get_case(vault, str(a.id)).id == a.id
    with pytest.raises(NotFound):
        store.get_case(vault, "gamma")


def test_signing_key_lives_in_vault_secrets(vault):
    fp = signing.fingerprint(vault)
    raw = vault.get_secret(signing.SECRET_NAME)
    assert raw is not None and len(raw) == 32
    assert signing.fingerprint(vault) == fp
    sig = signing.sign(vault, b"head")
    assert signing.verify(signing.public_pem(vault), sig, b"head") == (True, fp)
    assert signing.verify(signing.public_pem(vault), sig, b"heat")[0] is False


def test_list_json_matches_record(vault):
    case = store.create_case(vault, "c")
    e = store.add_entry(vault, case, _entry())
    d = e.as_json()
    assert chain.entry_hash(d) == d["hash"]
    json.dumps(d, ensure_ascii=False)
