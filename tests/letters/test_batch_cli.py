"""The advocates' batch and the `faceledger letter` / `letters batch` / `letters due` commands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from faceledger.cli import main
from faceledger.errors import InvalidValue
from faceledger.letters.batch import run_batch

from tests.letters.conftest import FACTS_DIR
from tests.letters.poppler import pdftotext

HEADER = ("sender_name,sender_email,holder_name,holder_category,holder_email,collection_date,context,consent,"
          "alternative_offered,as_of,reference\n")


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    p = tmp_path / "people.csv"
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def test_batch_writes_good_rows_and_reports_bad_ones(tmp_path, qapp):
    src = _csv(tmp_path, [
        "李明,liming@example.com,某某健身有限公司,other,privacy@gym.example,2024-03-05,entry,bundled,no,2026-11-20,R-1",
        "王芳,,某机场,transport,,2025-09-12,entry,none,yes,2026-11-20,R-2",          # no way to answer
        "陈静,c@example.com,某银行,finance,,2021-10-15,account_verification,bundled,maybe,2026-11-20,R-3",
        "赵强,z@example.com,某酒店,hotel,,2023-05-01,check_in,none,no,2026-11-20,R-4",
    ])
    seen = []
    result = run_batch(src, tmp_path / "out", "deletion", "bilingual", "pdf", progress=lambda d, t: seen.append((d, t)))
    assert (result.ok, result.failed) == (2, 2)
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    with result.index_path.open(encoding="utf-8-sig") as f:
        index = list(csv.DictReader(f))
    assert [r["status"] for r in index] == ["ok", "error", "error", "ok"]
    assert "sender needs a way to be answered" in index[1]["error"]
    assert index[2]["error"].startswith("alternative_offered: ")  # the CSV column, not the FACTS.json field
    assert index[0]["file"] == "0001_李明_R-1.pdf"  # the row, who signs, the reference
    assert index[0]["due_date"] == "2026-12-11"
    assert "某某健身有限公司" in pdftotext(tmp_path / "out" / index[0]["file"])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["0001_李明_R-1.pdf", "0004_赵强_R-4.pdf", "index.csv"]


def test_batch_cancel_marks_the_rest_skipped(tmp_path):
    src = _csv(tmp_path, [f"李明,l@example.com,店{i},retail,,2024-03-05,entry,none,no,2026-11-20,R{i}" for i in range(5)])
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    result = run_batch(src, tmp_path / "out", "withdrawal", "zh", "txt", cancelled=cancelled)
    assert result.cancelled and result.ok == 2
    assert [r.status for r in result.rows] == ["ok", "ok", "skipped", "skipped", "skipped"]


def test_batch_rejects_unknown_columns(tmp_path):
    p = tmp_path / "bad.csv"
    p.write_text("sender_name,holder_name,holder_category,shoe_size\n", encoding="utf-8")
    with pytest.raises(InvalidValue, match="shoe_size"):
        run_batch(p, tmp_path / "o", "deletion", "zh")


def test_batch_reads_gb18030_spreadsheets(tmp_path):
    p = tmp_path / "gbk.csv"
    p.write_bytes((HEADER + "李明,l@example.com,某店,retail,,2024-03-05,entry,none,no,2026-11-20,G1\n").encode("gb18030"))
    result = run_batch(p, tmp_path / "o", "access", "zh", "txt")
    assert result.ok == 1 and "某店" in (tmp_path / "o" / "0001_李明_G1.txt").read_text(encoding="utf-8")


def test_cli_letter_from_facts(tmp_path, capsys, qapp):
    out = tmp_path / "l.docx"
    ics = tmp_path / "due.ics"
    rc = main(["letter", str(FACTS_DIR / "gym_2024.json"), "--type", "withdrawal", "--lang", "bilingual",
               "-o", str(out), "--ics", str(ics), "--json"])
    assert rc == 0
    info = json.loads(capsys.readouterr().out)
    assert info["format"] == "docx" and info["due_date"] == "2026-12-11" and info["reference"] == "FL-20261120-GYM024"
    assert "PIPL:15" in info["citations"]
    assert out.stat().st_size > 0 and b"DTSTART;VALUE=DATE:20261211" in ics.read_bytes()


def test_cli_errors_are_messages_not_tracebacks(tmp_path, capsys):
    bad = tmp_path / "f.json"
    bad.write_text(json.dumps({"holder": {"name": "x", "category": "nope"}, "collection": {}}), encoding="utf-8")
    rc = main(["letter", str(bad), "--type", "deletion", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert rc == 2 and "holder.category" in err and "Traceback" not in err
    rc = main(["letter", "--type", "deletion", "-o", str(tmp_path / "x.pdf")])
    assert rc == 2


def test_cli_vault_mode_records_and_due_lists(tmp_path, capsys, vault, qapp):
    from faceledger.law.facts import Sender
    from faceledger.ledger import store
    from faceledger.ledger.model import Collection, Holder
    from faceledger.letters import record

    h = store.add_holder(vault, Holder(name_zh="某某健身有限公司", category="other", email="p@gym.example"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2024-03-05", context="entry", consent="none"))
    record.save_sender(vault, Sender(name="李明", email="liming@example.com"))
    vault.close()
    out = tmp_path / "w.pdf"
    rc = main(["letter", "--holder", str(h.id), "--type", "deletion", "--as-of", "2026-11-02", "--sent",
               "--channel", "email", "-o", str(out), "--json"])
    assert rc == 0
    info = json.loads(capsys.readouterr().out)
    assert info["request_id"] and info["due_date"] == "2026-11-23"
    rc = main(["letters", "due", "--today", "2026-11-30", "--json", "--ics", str(tmp_path / "d.ics")])
    assert rc == 0
    rows = json.loads(capsys.readouterr().out)["requests"]
    assert [(r["request"], r["state"], r["next"]) for r in rows] == [(info["request_id"], "overdue", "followup")]
    assert b"20261123" in (tmp_path / "d.ics").read_bytes()


@pytest.mark.slow
def test_batch_in_two_processes_writes_the_same_letters(tmp_path):
    rows = [f"李明{i},l{i}@example.com,店{i},retail,,2024-03-05,entry,none,no,2026-11-20,P{i}" for i in range(9)]
    rows.insert(4, "王芳,,某机场,transport,,2025-09-12,entry,none,yes,2026-11-20,BAD")
    src = _csv(tmp_path, rows)
    one = run_batch(src, tmp_path / "one", "deletion", "zh", "txt")
    two = run_batch(src, tmp_path / "two", "deletion", "zh", "txt", jobs=2)
    assert [(r.row, r.status, r.file) for r in one.rows] == [(r.row, r.status, r.file) for r in two.rows]
    assert two.failed == 1 and two.rows[4].status == "error"
    for r in one.rows:
        if r.file:
            assert (tmp_path / "one" / r.file).read_bytes() == (tmp_path / "two" / r.file).read_bytes()


def test_auto_jobs_uses_cores_only_for_batches_worth_a_worker(monkeypatch):
    from faceledger.letters import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: 8)
    assert [batch.auto_jobs(n) for n in (0, 1, 99, 100, 250, 799, 5000)] == [1, 1, 1, 1, 2, 7, 8]
    monkeypatch.setattr(batch.os, "cpu_count", lambda: None)
    assert batch.auto_jobs(5000) == 1
