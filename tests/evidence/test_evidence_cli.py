"""The CLI contract: case new, add, list --json, stamp, export, verify (plus correct, add-request, case list)."""

from __future__ import annotations

import json

import pytest

from faceledger.cli import main

from .local_tsa import free_port_url


@pytest.fixture
def cli(capsys):
    from faceledger.vault.store import create_vault

    create_vault("default").close()  # key in the tests' in-memory keychain

    def run(*argv):
        code = main(list(argv))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_contract_end_to_end(cli, tsa, tmp_path):
    code, out, _ = cli("evidence", "case", "new", "郭某诉某野生动物世界")
    assert code == 0
    case = out.strip()
    assert len(case) == 32
    f1 = tmp_path / "收据.jpg"
    f1.write_bytes(b"\xff\xd8\xff receipt")
    f2 = tmp_path / "sms.png"
    f2.write_bytes(b"\x89PNG sms")
    code, out, err = cli("evidence", "add", case, "--title", "年卡收据", "--kind", "receipt_payment", "--occurred",
                         "2019-04-27", "--file", str(f1), "--file", str(f2), "--source", "售票窗口",
                         "--description", "证明合同关系")
    assert code == 0, err
    code, out, err = cli("evidence", "add", case[:8], "--title", "短信", "--kind", "communication",
                         "--occurred", "2019-10-17")
    assert code == 0, err
    code, out, _ = cli("evidence", "list", case, "--json")
    data = json.loads(out)
    assert [e["seq"] for e in data["entries"]] == [1, 2]
    assert data["entries"][0]["exhibits"][0]["filename"] == "收据.jpg"
    assert data["entries"][1]["prev_hash"] == data["entries"][0]["hash"]
    code, out, err = cli("evidence", "stamp", case, "--tsa", tsa.url, "--ca-file", str(tsa.ca_file))
    assert code == 0, err
    assert "stamped entry 2" in out
    code, out, err = cli("evidence", "stamp", case, "--tsa", tsa.url, "--ca-file", str(tsa.ca_file), "--entries")
    assert code == 0 and "stamped entry 1" in out
    bundle = tmp_path / "bundle.zip"
    code, out, err = cli("evidence", "export", case, "-o", str(bundle))
    assert code == 0, err
    assert "2 entries, 2 exhibits, 2 timestamps" in out
    code, out, _ = cli("evidence", "verify", str(bundle))
    assert code == 0 and out.splitlines()[1].startswith("OK")
    code, out, _ = cli("evidence", "case", "list", "--json")
    assert json.loads(out)[0]["entries"] == 2


def test_correct_and_bad_input(cli, tmp_path):
    _, out, _ = cli("evidence", "case", "new", "c")
    case = out.strip()
    assert cli("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2019-10-18")[0] == 0
    code, out, err = cli("evidence", "correct", case, "1", "--occurred", "2019-10-17", "--description", "date")
    assert code == 0, err
    _, out, _ = cli("evidence", "list", case, "--json")
    entries = json.loads(out)["entries"]
    assert entries[1]["corrects_seq"] == 1 and entries[0]["occurred_at"] == "2019-10-18"
    # missing exhibit: clear message, nothing recorded
    code, _, err = cli("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2019-10-18",
                       "--file", str(tmp_path / "missing.png"))
    assert code != 0 and "not found" in err and "Traceback" not in err
    code, _, err = cli("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "18.10.2019")
    assert code != 0 and "Not a date" in err
    code, _, err = cli("evidence", "list", "no-such-case")
    assert code != 0 and "No evidence case" in err
    _, out, _ = cli("evidence", "list", case, "--json")
    assert len(json.loads(out)["entries"]) == 2


def test_stamp_with_tsa_down_keeps_everything_and_retries(cli, tsa):
    _, out, _ = cli("evidence", "case", "new", "c")
    case = out.strip()
    cli("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2019-10-18")
    down = free_port_url()
    code, out, err = cli("evidence", "stamp", case, "--tsa", down, "--ca-file", str(tsa.ca_file), "--timeout", "1")
    assert code != 0 and "queued entry 1" in out and "Traceback" not in err
    _, out, _ = cli("evidence", "list", case, "--json")
    assert json.loads(out)["case"]["stamps_queued"] == 1
    code, out, _ = cli("evidence", "stamp", case, "--tsa", tsa.url, "--ca-file", str(tsa.ca_file))
    assert code == 0 and "stamped entry 1" in out


def test_add_request_in_one_step(cli, tmp_path, monkeypatch):
    from faceledger.ledger.model import Holder, Request
    from faceledger.ledger.store import add_holder, add_request
    from faceledger.vault.store import open_vault

    with open_vault("default") as v:
        h = add_holder(v, Holder(name_zh="某公司", category="retail"))
        blob = v.add_blob(b"letter text", filename="letter.pdf", media_type="application/pdf")
        req = add_request(v, Request(holder_id=h.id, type="withdrawal", state="awaiting", channel="email",
                                     date_sent="2024-05-01", document_blob=blob["id"]))
    _, out, _ = cli("evidence", "case", "new", "c")
    case = out.strip()
    code, out, err = cli("evidence", "add-request", case, str(req.id))
    assert code == 0, err
    _, out, _ = cli("evidence", "list", case, "--json")
    entries = json.loads(out)["entries"]
    assert len(entries) == 1 and entries[0]["kind"] == "letter_sent" and entries[0]["request"] == req.uid
    assert entries[0]["title"] == "致某公司的撤回同意" and entries[0]["occurred_at"] == "2024-05-01"
    assert entries[0]["exhibits"][0]["size"] == len(b"letter text")
    # no reply yet
    code, _, err = cli("evidence", "add-request", case, str(req.id), "--reply-only")
    assert code != 0 and "no reply" in err
