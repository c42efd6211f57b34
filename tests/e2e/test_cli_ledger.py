"""The `faceledger` command on real files, as a user or a script runs it."""

import json
import os
import subprocess
import sys

import pytest

PW = "cli passphrase 42"


@pytest.fixture
def fl(fl_home):
    env = {**os.environ, "FACELEDGER_HOME": str(fl_home), "FACELEDGER_PASSPHRASE": PW,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def run(*args, expect=0, env_extra=None, input=None):
        r = subprocess.run([sys.executable, "-m", "faceledger", *args], capture_output=True, text=True,
                           env={**env, **(env_extra or {})}, timeout=120, input=input)
        assert "Traceback" not in r.stderr, r.stderr
        if expect is not None:
            assert r.returncode == expect, (r.stdout, r.stderr)
        return r

    run("vault", "init")
    return run


def test_ledger_round_trip(fl, tmp_path):
    hid = fl("holder", "add", "--name", "杭州野生动物世界", "--category", "attraction", "--city", "杭州",
             "--email", "pi@park.example").stdout.strip()
    assert hid == "1"
    cid = fl("collection", "add", "--holder", hid, "--date", "2019-10-17", "--context", "entry",
             "--consent", "coerced", "--alternative-offered", "no").stdout.strip()
    rid = fl("request", "add", "--holder", hid, "--type", "deletion", "--collection", cid, "--sent", "2019-10-26",
             "--due", "2019-11-15", "--channel", "post").stdout.strip()
    fl("request", "update", rid, "--state", "answered_refused", "--reply-date", "2019-11-01", "--reply", "拒绝")
    listed = json.loads(fl("holder", "list", "--json").stdout)
    assert listed[0]["name_zh"] == "杭州野生动物世界" and listed[0]["collections"] == 1
    shown = json.loads(fl("holder", "show", hid, "--json").stdout)
    assert shown["collections"][0]["alternative_offered"] is False
    assert [e["state"] for e in shown["requests"][0]["events"]] == ["sent", "answered_refused"]
    reqs = json.loads(fl("request", "list", "--json").stdout)
    assert reqs[0]["state"] == "answered_refused" and reqs[0]["overdue"] is False
    assert "杭州" in fl("holder", "list", "--search", "野生").stdout
    out = tmp_path / "export.json"
    fl("export", "--json", str(out))
    fl("vault", "init", "--vault", "copy")
    assert "imported 1 holders, 1 collections, 1 requests" in fl("import", str(out), "--vault", "copy").stdout
    a = json.loads(fl("holder", "show", "1", "--json").stdout)
    b = json.loads(fl("holder", "show", "1", "--json", "--vault", "copy").stdout)
    assert a == b


def test_bad_input_messages(fl, tmp_path):
    r = fl("holder", "add", "--name", "X", "--category", "zoo", expect=2)
    assert "invalid choice" in r.stderr
    r = fl("holder", "add", "--name", "X", "--category", "retail", "--email", "nope", expect=2)
    assert "email" in r.stderr
    r = fl("holder", "show", "99", expect=1)
    assert "No holder with id 99" in r.stderr
    r = fl("collection", "add", "--holder", "1", expect=1)
    assert "No holder" in r.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("name,category\nA,retail\nB,zoo\n", encoding="utf-8")
    r = fl("import", str(bad), expect=1)
    assert "line 3" in r.stderr and "nothing was imported" in r.stderr
    assert json.loads(fl("holder", "list", "--json").stdout) == []
    r = fl("import", str(tmp_path / "missing.json"), expect=1)
    assert "no such file" in r.stderr


def test_wrong_passphrase_changes_nothing(fl, fl_home):
    fl("holder", "add", "--name", "某物业", "--category", "residential")
    before = {p: p.read_bytes() for p in fl_home.rglob("*") if p.is_file()}
    r = fl("holder", "list", expect=1, env_extra={"FACELEDGER_PASSPHRASE": "wrong one!"})
    assert "Wrong passphrase" in r.stderr
    assert {p: p.read_bytes() for p in fl_home.rglob("*") if p.is_file()} == before
    assert "某物业" in fl("holder", "list").stdout


def test_passphrase_file_and_no_terminal(fl, tmp_path):
    pf = tmp_path / "pw.txt"
    pf.write_text(PW + "\n")
    r = fl("vault", "info", "--json", "--passphrase-file", str(pf), env_extra={"FACELEDGER_PASSPHRASE": ""})
    assert json.loads(r.stdout)["key_mode"] == "passphrase"
    r = fl("vault", "info", expect=1, env_extra={"FACELEDGER_PASSPHRASE": ""})
    assert "needs its passphrase" in r.stderr


def test_no_keychain_init_needs_passphrase(fl):
    r = fl("vault", "init", "--vault", "kc", "--keychain", expect=1)
    assert "keychain" in r.stderr and "passphrase" in r.stderr


def test_backup_restore_rekey(fl, tmp_path):
    fl("holder", "add", "--name", "某银行", "--category", "finance")
    b = tmp_path / "v.flbackup"
    fl("vault", "backup", str(b))
    r = fl("vault", "restore", str(b), "--vault", "restored")
    assert "1 holders" in r.stdout
    r = fl("vault", "restore", str(b), "--vault", "restored2", expect=1,
           env_extra={"FACELEDGER_PASSPHRASE": "not the passphrase"})
    assert "Wrong passphrase" in r.stderr
    npf = tmp_path / "new.txt"
    npf.write_text("a new passphrase 99")
    fl("vault", "rekey", "--new-passphrase-file", str(npf))
    fl("holder", "list", expect=1)
    assert "某银行" in fl("holder", "list", env_extra={"FACELEDGER_PASSPHRASE": "a new passphrase 99"}).stdout
    names = [v["name"] for v in json.loads(fl("vault", "list", "--json").stdout)]
    assert names == ["default", "restored"]


def test_corrupt_database_points_to_restore(fl, fl_home):
    (fl_home / "vaults" / "default" / "vault.db").write_bytes(b"garbage" * 1000)
    r = fl("holder", "list", expect=1)
    assert "vault restore" in r.stderr


def test_directory_and_checklist(fl, tmp_path):
    fl("holder", "add", "--name", "某酒店", "--category", "hotel", "--notes", "私人备注")
    d = tmp_path / "dir.json"
    fl("directory", "export", str(d))
    assert "私人备注" not in d.read_text(encoding="utf-8")
    fl("vault", "init", "--vault", "b")
    assert "1 added" in fl("directory", "import", str(d), "--vault", "b").stdout
    assert "0 added" in fl("directory", "import", str(d), "--vault", "b").stdout
    items = json.loads(fl("checklist", "--json", "--lang", "en").stdout)
    assert any(i["id"] == "face_payment" for i in items)
