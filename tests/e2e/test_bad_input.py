"""Hostile input on the real `faceledger` command, every command group, as a user or a script meets it.

House rule: bad input gets a clear message and loses nothing (a broken photo, a wrong passphrase, a corrupt
import, a dead network). Each run below is a subprocess of ``python -m faceledger`` and is checked for:
the exit code, a message that says what went wrong (on stderr; verify reports print on stdout), no
"Traceback" anywhere, and not the CLI's catch-all "internal error" (which means a bug); and then that nothing
was lost or half-written. Independent runs of one test go in parallel to keep the file fast.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PW = "bad input passphrase 7"
REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / "tests" / "letters" / "facts" / "gym_2024.json"
PHOTO = REPO / "resources" / "selftest" / "astronaut.jpg"


def closed_port_url(path: str = "/") -> str:
    """An http:// address on 127.0.0.1 where nothing listens (a dead server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


@dataclass
class Run:
    args: tuple[str, ...]
    rc: int | None = 1             # the exit code it must end with (None: any)
    says: tuple[str, ...] | str = ()  # what the message must contain
    stream: str = "err"            # where the message must be: "err" or "out" (reports)
    env: dict[str, str] = field(default_factory=dict)
    returncode: int = -1
    out: str = ""
    err: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.says, str):
            self.says = (self.says,)

    def problems(self) -> list[str]:
        both = self.out + self.err
        found = []
        if "Traceback" in both:
            found.append("a traceback")
        if "internal error" in self.err:
            found.append("the catch-all 'internal error' (a bug)")
        if self.rc is not None and self.returncode != self.rc:
            found.append(f"exit code {self.returncode}, expected {self.rc}")
        text = self.err if self.stream == "err" else self.out
        if self.rc not in (None, 0) and not text.strip():
            found.append(f"no message on std{self.stream}")
        found += [f"std{self.stream} lacks {s!r}" for s in self.says if s not in text]
        return found


TEST_KEYCHAIN = """
import json, os
import keyring.backend, keyring.errors


class TestKeychain(keyring.backend.KeyringBackend):
    \"\"\"A keychain in a JSON file (a test double, like tests/conftest.py's MemoryKeyring, for subprocesses). Each
    change is written whole and renamed over the file, as an OS keychain commits an item (tests/hostile kills
    processes while they write it).\"\"\"

    priority = 1
    encrypted_at_rest = True  # a test double's claim (the file is in a temporary test folder)

    def _load(self):
        try:
            with open(os.environ["FL_E2E_KEYCHAIN"], encoding="utf-8") as f:
                return json.load(f)
        except FileNotFoundError:
            return {}

    def _save(self, data):
        path = os.environ["FL_E2E_KEYCHAIN"]
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(path + ".tmp", path)

    def get_password(self, service, username):
        return self._load().get(service + "/" + username)

    def set_password(self, service, username, password):
        self._save({**self._load(), service + "/" + username: password})

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(service + "/" + username, None) is None:
            raise keyring.errors.PasswordDeleteError(username)
        self._save(data)
"""


class CLI:
    """Runs `python -m faceledger` with its own data folder; a passphrase vault and no keychain, or (for
    the tests that are not about passphrases) a keychain vault, which spares a key derivation per run."""

    def __init__(self, home: Path, cwd: Path):
        self.cwd = cwd
        self.case = ""  # the template vault's evidence case (vault_cli)
        keep = {k: v for k, v in os.environ.items()  # no proxy: the addresses below must be tried directly
                if not k.startswith("FACELEDGER_") and not k.lower().endswith("_proxy")}
        self.env = {**keep, "FACELEDGER_HOME": str(home), "FACELEDGER_PASSPHRASE": PW, "FACELEDGER_LANG": "en",
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "QT_QPA_PLATFORM": "offscreen",
                    "FACELEDGER_UPDATE_URL": closed_port_url("/manifest.json")}

    def use_test_keychain(self, module_dir: Path, store: Path) -> None:
        path = os.pathsep.join([str(module_dir), *filter(None, [os.environ.get("PYTHONPATH")])])
        self.env.update(PYTHON_KEYRING_BACKEND="fl_e2e_keychain.TestKeychain", PYTHONPATH=path,
                        FL_E2E_KEYCHAIN=str(store))

    def _exec(self, run: Run) -> Run:
        p = subprocess.run([sys.executable, "-m", "faceledger", *run.args], capture_output=True, text=True,
                           env={**self.env, **run.env}, cwd=self.cwd, timeout=120, stdin=subprocess.DEVNULL)
        run.returncode, run.out, run.err = p.returncode, p.stdout, p.stderr
        return run

    def __call__(self, *args: str, rc: int | None = 0, says: tuple[str, ...] | str = (), stream: str = "err",
                 env: dict[str, str] | None = None) -> Run:
        return self.all([Run(args, rc, says, stream, env or {})])[0]

    def all(self, runs: list[Run], workers: int = 4) -> list[Run]:
        """Run independent commands in parallel; fail listing every run that misbehaved."""
        with ThreadPoolExecutor(workers) as pool:
            done = list(pool.map(self._exec, runs))
        bad = [f"faceledger {' '.join(r.args)}: {', '.join(r.problems())}\n  stdout: {r.out[-600:]!r}\n"
               f"  stderr: {r.err[-600:]!r}" for r in done if r.problems()]
        assert not bad, "\n".join(bad)
        return done


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(folder: Path) -> list[str]:
    """Partial files a failed write may have left behind."""
    return [p.name for p in folder.rglob("*") if p.name.endswith((".part", ".tmp"))]


@pytest.fixture
def cli(fl_home, tmp_path) -> CLI:
    return CLI(fl_home, tmp_path)


def _fill_template(cli: CLI) -> str:
    """Holder 1 某物业 with a sent request, and an evidence case 某物业案 with one entry holding a photo."""
    cli("holder", "add", "--name", "某物业", "--category", "residential")
    cli("request", "add", "--holder", "1", "--type", "deletion", "--sent", "2026-01-05", "--due", "2026-01-26")
    case = cli("evidence", "case", "new", "某物业案").out.strip()
    cli("evidence", "add", case, "--title", "门禁照片", "--kind", "note", "--occurred", "2026-01-05",
        "--file", str(PHOTO))
    return case


@pytest.fixture(scope="module")
def template_home(tmp_path_factory) -> tuple[Path, str]:
    """A passphrase vault made once with the real commands and copied for each test (saves CI time)."""
    home = tmp_path_factory.mktemp("template-home")
    cli = CLI(home, home)
    cli("vault", "init")
    return home, _fill_template(cli)


@pytest.fixture(scope="module")
def keychain_template(tmp_path_factory) -> tuple[Path, str, Path]:
    """The same content in a vault whose key is in the (test) keychain."""
    home = tmp_path_factory.mktemp("keychain-home")
    module_dir = tmp_path_factory.mktemp("keychain-module")
    (module_dir / "fl_e2e_keychain.py").write_text(TEST_KEYCHAIN, encoding="utf-8")
    cli = CLI(home, home)
    cli.use_test_keychain(module_dir, home / "keychain.json")
    cli("vault", "init", "--keychain")
    return home, _fill_template(cli), module_dir


@pytest.fixture
def vault_cli(cli, fl_home, template_home) -> CLI:
    """A copy of the passphrase template (for what is about passphrases and the key file)."""
    home, cli.case = template_home
    shutil.copytree(home / "vaults", fl_home / "vaults")
    return cli


@pytest.fixture
def kc_cli(cli, fl_home, keychain_template) -> CLI:
    """A copy of the keychain template."""
    home, cli.case, module_dir = keychain_template
    shutil.copytree(home / "vaults", fl_home / "vaults")
    shutil.copy(home / "keychain.json", fl_home / "keychain.json")
    cli.use_test_keychain(module_dir, fl_home / "keychain.json")
    return cli


@pytest.fixture
def bad(tmp_path) -> dict[str, Path]:
    """Hostile files: empty, truncated, not JSON, JSON of the wrong shape, binary, a folder, a plain file
    (to use as a 'folder' in an output path), and a path that does not exist."""
    d = tmp_path / "bad"
    d.mkdir()
    files = {
        "empty": (d / "empty.json", b""),
        "truncated": (d / "truncated.json", b'{"format": "faceledger-export", "holders": [{"name_zh": "'),
        "not_json": (d / "not_json.json", b"hello, I am not JSON\n"),
        "list": (d / "list.json", b"[1, 2, 3]"),
        "wrong_schema": (d / "wrong_schema.json", b'{"format": "something-else", "version": 9}'),
        "binary": (d / "binary.json", bytes(range(256)) * 4),
        "deep": (d / "deep.json", b"[" * 100_000 + b"]" * 100_000),  # past Python's recursion limit
    }
    out = {}
    for key, (p, data) in files.items():
        p.write_bytes(data)
        out[key] = p
    out["folder"] = d / "a folder"
    out["folder"].mkdir()
    out["file"] = d / "plain.txt"
    out["file"].write_text("a file, not a folder\n")
    out["missing"] = d / "does-not-exist.json"
    return out


# ------------------------------------------------------------------------------------------------ vault

def test_wrong_passphrase_changes_nothing_anywhere(vault_cli, fl_home, tmp_path, bad):
    cli, case = vault_cli, vault_cli.case
    before = snapshot(fl_home)
    newpw = tmp_path / "new-pw.txt"
    newpw.write_text("another good passphrase 9\n")
    wrong = {"FACELEDGER_PASSPHRASE": "not the passphrase"}
    says = ("Wrong passphrase", "nothing was changed")
    cli.all([Run(args, 1, says, env=wrong) for args in [
        ("holder", "list"),
        ("holder", "add", "--name", "某超市", "--category", "retail"),
        ("export", "--json", str(tmp_path / "export.json")),
        ("vault", "backup", str(tmp_path / "v.flbackup")),
        ("vault", "rekey", "--new-passphrase-file", str(newpw)),
        ("letters", "due", "--ics", str(tmp_path / "due.ics")),
        ("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2026-01-06"),
        ("evidence", "stamp", case, "--tsa", closed_port_url("/tsr")),
    ]])
    assert snapshot(fl_home) == before, "a wrong passphrase changed the vault's files"
    assert not [p for p in ("export.json", "v.flbackup", "due.ics") if (tmp_path / p).exists()]
    # no passphrase at all (a script without a terminal), and passphrase files that cannot be used
    empty_pw = tmp_path / "empty-pw.txt"
    empty_pw.write_text("\n")
    nopw = {"FACELEDGER_PASSPHRASE": ""}
    cli.all([
        Run(("holder", "list"), 1, ("needs its passphrase", "FACELEDGER_PASSPHRASE"), env=nopw),
        Run(("holder", "list", "--passphrase-file", str(bad["missing"])), 1, "Cannot read the passphrase file",
            env=nopw),
        Run(("holder", "list", "--passphrase-file", str(empty_pw)), 1, "is empty", env=nopw),
        Run(("holder", "list", "--passphrase-file", str(bad["binary"])), 1, "not UTF-8", env=nopw),
    ])
    assert snapshot(fl_home) == before
    # and with the right passphrase everything is there
    holders, requests, entries = (json.loads(r.out) for r in cli.all([
        Run(("holder", "list", "--json"), 0), Run(("request", "list", "--json"), 0),
        Run(("evidence", "list", case, "--json"), 0)]))
    assert holders[0]["name_zh"] == "某物业" and requests[0]["state"] == "sent" and len(entries["entries"]) == 1


def test_missing_vault_and_unusable_data_folder(cli, bad):
    says = ("There is no vault named 'nosuch'", "vault init")
    cli.all([Run((*args, "--vault", "nosuch"), 1, says) for args in [
        ("holder", "list"), ("vault", "backup", "b.flbackup"), ("evidence", "case", "list"),
    ]] + [Run(("vault", "init", "--vault", name), 2, "Invalid vault name") for name in ("../evil", "")] + [
        Run(("vault", "init"), 1, ("Cannot create a vault in", "FACELEDGER_HOME"),
            env={"FACELEDGER_HOME": str(bad["file"])}),  # the data folder is a file
    ])
    assert not (cli.cwd / "b.flbackup").exists()


def test_damaged_vault_files_point_to_restore_and_are_left_alone(vault_cli, fl_home):
    cli = vault_cli
    vdir = fl_home / "vaults" / "default"
    good = snapshot(vdir)
    damage = [
        ("vault.json", b"{broken", "damaged"),
        ("vault.key", b"", "key file cannot be read"),
        ("vault.key", None, "key file is missing"),
        ("vault.db", good["vault.db"][:4096], "cannot be read"),
        ("vault.db", b"", "database is empty (0 bytes)"),  # SQLite would have taken it as a new database
        ("vault.db", None, "database is missing"),
    ]
    for name, data, message in damage:
        if data is None:
            (vdir / name).unlink()
        else:
            (vdir / name).write_bytes(data)
        damaged = snapshot(vdir)
        cli("holder", "list", rc=1, says=(message, "restore"))
        assert snapshot(vdir) == damaged, f"opening a vault with a damaged {name} changed its files"
        (vdir / name).write_bytes(good[name])
    assert "某物业" in cli("holder", "list").out


def test_key_missing_from_the_keychain(kc_cli, fl_home):
    """The vault moved to another computer, or the keychain was reset: say so, touch nothing."""
    cli = kc_cli
    kept = (fl_home / "keychain.json").read_bytes()
    (fl_home / "keychain.json").unlink()
    vaults = snapshot(fl_home / "vaults")
    cli("holder", "list", rc=1, says=("is not in this system's keychain", "vault restore"))
    assert snapshot(fl_home / "vaults") == vaults
    (fl_home / "keychain.json").write_bytes(kept)
    assert "某物业" in cli("holder", "list").out


def test_backup_restore_rekey_bad_files(vault_cli, fl_home, tmp_path, bad):
    cli = vault_cli
    good = tmp_path / "good.flbackup"
    cli("vault", "backup", str(good))
    trunc = tmp_path / "trunc.flbackup"
    trunc.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    deep = tmp_path / "deep.flbackup"
    with zipfile.ZipFile(deep, "w") as z:
        z.writestr("backup.json", bad["deep"].read_bytes())
    vaults_before = cli("vault", "list", "--json").out
    before = snapshot(fl_home)
    cli.all([
        Run(("vault", "restore", str(bad["empty"]), "--vault", "r1"), 1, "not a FaceLedger backup"),
        Run(("vault", "restore", str(trunc), "--vault", "r3"), 1, "not a FaceLedger backup"),
        Run(("vault", "restore", str(deep), "--vault", "r7"), 1, "not a FaceLedger backup"),
        Run(("vault", "restore", str(bad["folder"]), "--vault", "r4"), 1, "not a FaceLedger backup"),
        Run(("vault", "restore", str(bad["missing"]), "--vault", "r5"), 1, "not found"),
        Run(("vault", "restore", str(good), "--vault", "r6"), 1, "Wrong passphrase",
            env={"FACELEDGER_PASSPHRASE": "not the passphrase"}),
        Run(("vault", "backup", str(bad["folder"])), 1, "is a folder"),
        Run(("vault", "backup", str(bad["file"] / "v.flbackup")), 1, "is a file, not a folder"),
        Run(("vault", "backup", str(tmp_path / "no-such-folder" / "v.flbackup")), 1, "does not exist"),
        Run(("vault", "rekey", "--new-passphrase-file", str(bad["missing"])), 1,
            ("Cannot read the new passphrase file", "Nothing was changed")),
        Run(("vault", "rekey", "--new-passphrase-file", str(bad["binary"])), 1, "not UTF-8"),
        Run(("vault", "rekey", "--new-passphrase-file", str(bad["empty"])), 2, "too short"),
    ])
    assert cli("vault", "list", "--json").out == vaults_before, "a failed restore left a vault behind"
    assert snapshot(fl_home) == before
    assert not leftovers(tmp_path) and not leftovers(fl_home)
    assert "某物业" in cli("holder", "list").out  # the old passphrase still opens it


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe (POSIX)")
def test_pipes_and_devices_are_refused_not_read_forever(kc_cli, tmp_path):
    """A pipe nobody writes to would block forever; /dev/zero would fill memory or the vault."""
    cli = kc_cli
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    os.mkfifo(tmp_path / "pipe.png")
    says = "not an ordinary file"
    cli.all([Run(args, 1, says) for args in [
        ("law", "check", str(pipe)),
        ("import", str(pipe)),
        ("import", str(pipe), "--csv"),
        ("directory", "import", str(pipe)),
        ("letters", "batch", str(pipe), "--type", "deletion", "--out", str(tmp_path / "out")),
        ("vault", "restore", str(pipe), "--vault", "piped"),
        ("evidence", "add", cli.case, "--title", "t", "--kind", "note", "--occurred", "2026-01-06",
         "--file", str(pipe)),
    ]] + [Run(args, rc, says) for args, rc in [  # as output: os.replace would swap the pipe (or /dev/null) for a file
        (("export", "--json", str(pipe)), 1),
        (("vault", "backup", str(pipe)), 1),
        (("letter", str(FACTS), "--type", "deletion", "-o", str(pipe), "--format", "pdf"), 1),
        (("letters", "due", "--ics", str(pipe)), 1),
        (("evidence", "export", cli.case, "-o", str(pipe)), 1),
        (("photo", "protect", str(PHOTO), "-o", str(tmp_path / "pipe.png")), 2),
    ]])
    assert pipe.is_fifo() and (tmp_path / "pipe.png").is_fifo()
    assert len(json.loads(cli("evidence", "list", cli.case, "--json").out)["entries"]) == 1


FULL_DISK = """
import os, resource
resource.setrlimit(resource.RLIMIT_FSIZE, (int(os.environ["FL_FSIZE_LIMIT"]),) * 2)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_leaves_no_cut_files_and_says_so(kc_cli, fl_home, tmp_path):
    """The disk fills up while writing (simulated with a 20 kB file size limit, under which writes fail
    with EFBIG as on a full disk): no command may report success or leave a cut file behind."""
    cli = kc_cli
    guard = tmp_path / "limit"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(FULL_DISK, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(guard), cli.env["PYTHONPATH"]]), "FL_FSIZE_LIMIT": "20000"}
    out = tmp_path / "out"
    out.mkdir()
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("sender_name,sender_email,holder_name,holder_category\n李明,li@example.com,某超市,retail\n",
                        encoding="utf-8")
    before = snapshot(fl_home)
    cli.all([Run(args, rc, says, env=env) for args, rc, says in [
        (("letter", str(FACTS), "--type", "deletion", "-o", str(out / "letter.pdf")), 1,
         ("Could not write the letter", "free space")),
        (("letters", "batch", str(csv_file), "--type", "deletion", "--out", str(out / "batch")), 3,
         ("row 1 (李明): Could not write the letter", "free space")),
        (("vault", "backup", str(out / "v.flbackup")), 1, "Could not write the backup"),
        (("evidence", "export", cli.case, "-o", str(out / "bundle.zip")), 1, "Could not write the bundle"),
        (("photo", "protect", str(PHOTO), "-o", str(out / "safe.png")), 1, ("Could not write", "nothing was written")),
    ]])
    # the vault itself cannot grow: the change is refused as a whole, and said so
    cli("holder", "add", "--name", "某超市", "--category", "retail", "--notes", "备注" * 6000, env=env, rc=1,
        says=("The vault could not be written", "is the disk full?", "not saved"))
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [os.path.join("batch", "index.csv")], written
    assert snapshot(fl_home) == before


# ----------------------------------------------------------------------------------------------- ledger

def test_ledger_imports_reject_corrupt_files_and_import_nothing(kc_cli, tmp_path, bad):
    cli = kc_cli
    cli("holder", "add", "--name", "杭州某动物园", "--category", "attraction", "--city", "杭州")
    export, directory = tmp_path / "export.json", tmp_path / "dir.json"
    ledger = cli.all([Run(("holder", "list", "--json"), 0), Run(("export", "--json", str(export)), 0),
                      Run(("directory", "export", str(directory)), 0)])[0].out
    cut = tmp_path / "cut-export.json"
    cut.write_bytes(export.read_bytes()[:-40])
    data = json.loads(export.read_text(encoding="utf-8"))
    h = {k: v for k, v in data["holders"][0].items() if k not in ("uid", "requests")}
    request = {"type": "deletion", "state": "sent", "date_sent": "2026-01-05"}
    edited = {  # exports edited by hand: every problem is named, nothing half-imported
        "no-name": [{k: v for k, v in h.items() if k != "name_zh"}],
        "collections-text": [{**h, "collections": "entry gate"}],
        "bad-events": [{**h, "requests": [{**request, "events": [{"when": "yesterday"}]}]}],
        "same-request-twice": [{**h, "uid": "a" * 32, "requests": [{**request, "uid": "r" * 32}]},
                               {**h, "uid": "b" * 32, "requests": [{**request, "uid": "r" * 32}]}],
    }
    for name, holders in edited.items():
        (tmp_path / f"{name}.json").write_text(json.dumps({**data, "holders": holders}), encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text("name,category,email\n某超市,retail,\n某学校,zoo,\n某医院,healthcare,not-an-email\n"
                    "某商场,retail,a@b.example,上海\n", encoding="utf-8")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"name,category\n\xff\xfe\x80\x81,retail\n")
    cols = tmp_path / "cols.csv"
    cols.write_text("foo,bar\n1,2\n", encoding="utf-8")
    unclosed = tmp_path / "unclosed.csv"  # an unclosed quote swallows the rest: over csv's 128 KiB cell limit
    unclosed.write_text('name,category\n"某店,retail\n' + "x" * 140_000 + "\n", encoding="utf-8")
    runs = [Run(("import", str(p)), rc, says) for p, rc, says in [
        (unclosed, 1, ("not a CSV file FaceLedger can read", "line 2", "quotes")),
        (cut, 2, ("not valid JSON", "line")), (bad["deep"], 2, "nested far too deeply"),  # others: law check
        (bad["wrong_schema"], 1, ("not a FaceLedger export", "nothing was imported")),
        (bad["folder"], 1, "is a folder"),
        (directory, 1, ("not a FaceLedger export", "directory import")),
        (rows, 1, ("line 3", "line 4", "line 5: 1 more cell(s) than the header", "nothing was imported")),
        (latin, 1, "neither UTF-8 nor GB18030"),
        (cols, 1, "needs a 'name' column"),
        (tmp_path / "no-name.json", 1, ("holders[0]: holder: name_zh is required", "nothing was imported")),
        (tmp_path / "collections-text.json", 1, "holders[0].collections: not a list of objects"),
        (tmp_path / "bad-events.json", 1, "holders[0].requests[0]: events must be a list of objects"),
        (tmp_path / "same-request-twice.json", 1, ("conflicts with what this vault holds", "nothing was imported")),
    ]]
    runs += [Run(("directory", "import", str(p)), rc, says) for p, rc, says in [
        (bad["list"], 1, "not a FaceLedger directory"), (export, 1, "not a FaceLedger directory"),
    ]]
    cli.all(runs)
    assert cli("holder", "list", "--json").out == ledger, "a rejected import changed the ledger"
    # the same data in GB 18030 (a spreadsheet saved on Chinese Windows) is understood
    gb = tmp_path / "gb.csv"
    gb.write_bytes("name,category\n某超市,retail\n".encode("gb18030"))
    # and a hand-written request without uid, times or events is accepted (they are filled in)
    minimal = tmp_path / "minimal.json"
    minimal.write_text(json.dumps({**data, "holders": [{**h, "requests": [request]}]}), encoding="utf-8")
    cli.all([Run(("import", str(gb)), 0, "Imported 1 holders", "out"),
             Run(("import", str(minimal)), 0, "imported 1 holders, 0 collections, 1 requests", "out")])
    listed = cli.all([Run(("holder", "list", "--json"), 0), Run(("request", "list", "--json"), 0)])
    assert len(json.loads(listed[0].out)) == 4
    assert [r["state"] for r in json.loads(listed[1].out)] == ["sent", "sent"]


def test_ledger_exports_to_unwritable_places(kc_cli, tmp_path, bad):
    cli = kc_cli
    targets = [(bad["folder"], "is a folder"), (bad["file"] / "x.json", "is a file, not a folder"),
               (tmp_path / "no-such-folder" / "x.json", "does not exist")]
    cli.all([Run(("export", "--json", str(p)), 1, says) for p, says in targets]
            + [Run(("directory", "export", str(bad["file"] / "d.json")), 1, "is a file, not a folder")])
    assert list(bad["folder"].iterdir()) == [] and not (tmp_path / "no-such-folder").exists()
    assert not leftovers(tmp_path)
    cli("export", "--json", str(tmp_path / "ok.json"))  # a good path still works
    assert json.loads((tmp_path / "ok.json").read_text(encoding="utf-8"))["holders"][0]["name_zh"] == "某物业"


# -------------------------------------------------------------------------------------------------- law

def test_law_check_bad_facts_and_unknown_ids(cli, tmp_path, bad):
    bad_date = tmp_path / "bad-date.json"
    bad_date.write_text(json.dumps({"holder": {"name": "某店", "category": "retail"},
                                    "collection": {"date": "2019-13-45"}, "as_of": "2026-01-01"}))
    no_category = tmp_path / "no-category.json"
    no_category.write_text(json.dumps({"holder": {"name": "某店"}, "collection": {}, "as_of": "2026-01-01"}))
    cli.all([Run(("law", "check", str(p)), rc, says) for p, rc, says in [
        (bad["empty"], 2, ("not valid JSON", "FACTS.json")), (bad["truncated"], 2, "not valid JSON"),
        (bad["not_json"], 2, "not valid JSON"), (bad["list"], 2, "must hold an object"),
        (bad["wrong_schema"], 2, "unknown field"), (bad["binary"], 1, "not UTF-8"),
        (bad["folder"], 1, "is a folder"), (bad["missing"], 1, "no such file"),
        (bad["deep"], 2, "nested far too deeply"), (bad_date, 2, "'2019-13-45' is not a date"),
        (no_category, 2, "holder.category is required"),
    ]] + [
        Run(("law", "show", "PIPL:9999"), 1, ("No provision 'PIPL:9999'", "law list")),
        Run(("law", "list", "--instrument", "NOPE"), 1, "No instrument 'NOPE'"),
        Run(("law", "verify", str(bad["missing"])), 1, "does not hold law.md"),
    ])


# ---------------------------------------------------------------------------------------------- letters

def test_letter_bad_facts_and_outputs(kc_cli, tmp_path, bad):
    cli = kc_cli
    requests = cli("request", "list", "--json").out
    out = tmp_path / "l.txt"
    cli.all([Run(("letter", str(p), "--type", "deletion", "-o", str(out)), rc, says) for p, rc, says in [
        (bad["empty"], 2, "not valid JSON"), (bad["list"], 2, "must hold an object"),
        (bad["folder"], 1, "is a folder"), (bad["missing"], 1, "no such file"),
    ]] + [
        Run(("letter", str(FACTS), "--type", "deletion", "-o", str(bad["folder"])), 1, "is a folder"),
        Run(("letter", str(FACTS), "--type", "deletion", "-o", str(bad["file"] / "l.pdf")), 1, "folder"),
        Run(("letter", str(FACTS), "--type", "deletion", "-o", str(tmp_path / "nowhere" / "l.docx")), 1,
            "does not exist"),
        Run(("letter", str(FACTS), "--type", "deletion", "-o", str(out), "--ics", str(bad["file"] / "d.ics")), 1,
            "is a file, not a folder"),
        Run(("letter", str(FACTS), "--type", "deletion", "-o", str(out), "--reply-days", "-5"), 2, "reply_days"),
        Run(("letter", "--holder", "1", "--type", "deletion", "-o", str(out), "--as-of", "last week"), 2,
            "'last week' is not a date"),
        Run(("letter", "--holder", "1", "--type", "deletion", "-o", str(out)), 2, "No sender profile"),
        Run(("letters", "due", "--ics", str(bad["file"] / "d.ics")), 1, "is a file, not a folder"),
        Run(("letters", "due", "--today", "tomorrow"), 2, "'tomorrow' is not a date"),
    ])
    assert not out.exists(), "a letter was written although its calendar file could not be"
    assert list(bad["folder"].iterdir()) == [] and not leftovers(tmp_path)
    assert cli("request", "list", "--json").out == requests, "a failed letter was recorded as a request"


def test_letters_batch_bad_rows_and_bad_files(cli, tmp_path, bad):
    src = tmp_path / "people.csv"
    src.write_text("sender_name,sender_email,holder_name,holder_category,collection_date,alternative_offered\n"
                   "李明,li@example.com,某健身,other,2024-03-05,no\n"
                   "王五,,某超市,retail,2024-03-05,no\n"
                   "赵六,z@example.com,某银行,zoo,2024-03-05,no\n"
                   "钱七,q@example.com,某酒店,hotel,2024-13-05,maybe\n"
                   "孙八,s@example.com,某商场,retail,2024-03-05,no,上海市,某路1号\n"  # an unquoted comma
                   "周九,z9@example.com,某商场,retail,2024-03-05,no,,\n", encoding="utf-8")  # trailing commas
    out = tmp_path / "letters"
    r = cli("letters", "batch", str(src), "--type", "deletion", "--format", "txt", "--out", str(out), rc=3,
            says=("row 2 (王五):", "row 3 (赵六):", "row 4 (钱七):", "row 5 (孙八): the row has 2 more cell(s) than the header"))
    assert "2 letter(s) written" in r.out and "4 row(s) failed" in r.out
    with (out / "index.csv").open(encoding="utf-8-sig") as f:
        index = list(csv.DictReader(f))
    assert [row["status"] for row in index] == ["ok", "error", "error", "error", "error", "ok"]
    assert "a way to be answered" in index[1]["error"] and index[2]["error"].startswith("holder_category: 'zoo'")  # the CSV column
    assert (out / index[0]["file"]).is_file() and (out / index[5]["file"]).is_file()
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"sender_name,holder_name\n\xff\xfe\x80\x81,x\n")
    cols = tmp_path / "cols.csv"
    cols.write_text("foo,bar\n1,2\n", encoding="utf-8")
    missing_cols = tmp_path / "missing-cols.csv"
    missing_cols.write_text("sender_name,holder_name\n李明,某店\n", encoding="utf-8")
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('sender_name,holder_name,holder_category\n李明,"某店,retail\n' + "x" * 140_000 + "\n",
                        encoding="utf-8")
    fresh = tmp_path / "fresh"

    def batch(csv_path: Path, out_dir: Path = fresh) -> tuple[str, ...]:
        return "letters", "batch", str(csv_path), "--type", "deletion", "--format", "txt", "--out", str(out_dir)

    cli.all([
        Run(batch(bad["empty"]), 1, "no header row"),
        Run(batch(latin), 1, ("neither UTF-8 nor GB18030", "Save the CSV as UTF-8")),
        Run(batch(cols), 2, "unknown column(s): foo, bar"),
        Run(batch(missing_cols), 2, "required column(s) missing"),
        Run(batch(unclosed), 1, ("line 2: not a CSV file FaceLedger can read", "quotes")),
        Run(batch(bad["folder"]), 1, "is a folder, not a CSV file"),
        Run(batch(bad["missing"]), 1, "no such file"),
        Run(batch(src, bad["file"]), 1, ("output folder", "a file, not a folder")),
        Run(batch(src, bad["file"] / "sub"), 1, "output folder"),
    ])
    assert not fresh.exists(), "a refused CSV still created the output folder"


# ----------------------------------------------------------------------------------------------- photos

def test_photo_broken_files(cli, tmp_path, bad):
    d = tmp_path / "photos"
    d.mkdir()
    (d / "zero.jpg").write_bytes(b"")
    (d / "text.jpg").write_text("not a picture\n")
    (d / "noise.png").write_bytes(os.urandom(3000))
    (d / "cut.jpg").write_bytes(PHOTO.read_bytes()[:5000])
    paths = [d / "zero.jpg", d / "text.jpg", d / "noise.png", d / "cut.jpg", bad["folder"], bad["missing"]]
    orig = tmp_path / "me.jpg"
    shutil.copy(PHOTO, orig)
    runs = cli.all([
        Run(("photo", "check", "--json", *map(str, paths)), 0),
        Run(("photo", "check", *map(str, paths)), 0, ("empty (0 bytes)", "not a picture", "truncated"), "out"),
    ] + [Run(("photo", "protect", str(p), "-o", str(tmp_path / "safe.jpg")), 1, says) for p, says in [
        (d / "zero.jpg", "empty"), (d / "cut.jpg", "incomplete"),
        (bad["folder"], "folder"), (bad["missing"], "No such file"),
    ]] + [Run(("photo", "protect", str(orig), "-o", str(o)), 2, says) for o, says in [
        (bad["file"] / "safe.jpg", "folder"), (tmp_path / "nowhere" / "safe.jpg", "does not exist"),
        (tmp_path / "safe.xyz", ".jpg"), (orig, "overwrite the original"),
    ]] + [
        Run(("photo", "scan", str(bad["missing"])), 1, "is not a folder"),
        Run(("photo", "scan", str(d), "--report", str(bad["file"] / "report")), 1, "Cannot write the report"),
    ])
    results = json.loads(runs[0].out)
    assert [r["ok"] for r in results] == [False] * 6
    assert [r["error_kind"] for r in results][:1] == ["empty"] and all(r["error"] for r in results)
    assert orig.read_bytes() == PHOTO.read_bytes() and not (tmp_path / "safe.jpg").exists()


# --------------------------------------------------------------------------------------------- evidence

def test_evidence_bad_input_records_nothing(kc_cli, tmp_path, bad):
    cli, case = kc_cli, kc_cli.case
    add = ("evidence", "add", case, "--title", "t", "--kind", "note")
    cli.all([
        Run((*add, "--occurred", "2026-01-06", "--file", str(bad["missing"])), 1, "not found"),
        Run((*add, "--occurred", "2026-01-06", "--file", str(bad["folder"])), 1, "is a folder"),
        Run((*add, "--occurred", "6.1.2026"), 2, "Not a date"),
        Run((*add, "--occurred", "2026-01-06", "--timezone", "Mars/Olympus"), 2, "Unknown time zone"),
        Run(("evidence", "case", "new", "x", "--timezone", "Asia/Shanghia"), 2, "Unknown time zone"),
        Run(("evidence", "list", "no-such-case"), 1, "No evidence case"),
        Run(("evidence", "export", case, "-o", str(bad["folder"])), 1, "is a folder"),
        Run(("evidence", "export", case, "-o", str(bad["file"] / "b.zip")), 1, "is a file, not a folder"),
        Run(("evidence", "export", case, "-o", str(tmp_path / "nowhere" / "b.zip")), 1, "does not exist"),
    ])
    listed = json.loads(cli("evidence", "list", case, "--json").out)
    assert len(listed["entries"]) == 1
    assert [c["name"] for c in json.loads(cli("evidence", "case", "list", "--json").out)] == ["某物业案"]
    assert list(bad["folder"].iterdir()) == [] and not leftovers(tmp_path)


def test_evidence_verify_corrupt_bundles(kc_cli, tmp_path, bad):
    cli, case = kc_cli, kc_cli.case
    good = tmp_path / "bundle.zip"
    cli("evidence", "export", case, "-o", str(good))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:20000])
    with zipfile.ZipFile(good) as src:
        names = src.namelist()
        parts = {n: src.read(n) for n in names}
    exhibit = next(n for n in names if n.startswith("exhibits/"))
    variants = {"tampered": {**parts, exhibit: parts[exhibit][:-16] + b"0123456789abcdef"},
                "no-exhibit": {n: b for n, b in parts.items() if n != exhibit},
                "bad-manifest": {**parts, "manifest.json": b"{not json"}}
    for name, content in variants.items():
        with zipfile.ZipFile(tmp_path / f"{name}.zip", "w") as z:
            for n, b in content.items():
                z.writestr(n, b)
    noise = tmp_path / "noise.zip"
    noise.write_bytes(os.urandom(5000))
    cli.all([Run(("evidence", "verify", str(p)), 1, ("FAILED", says), "out") for p, says in [
        (bad["empty"], "not a ZIP file"), (noise, "not a ZIP file"), (cut, "damaged or truncated"),
        (bad["folder"], "not a file"), (bad["missing"], "does not exist"),
        (tmp_path / "tampered.zip", "was changed"), (tmp_path / "no-exhibit.zip", "missing from the bundle"),
        (tmp_path / "bad-manifest.zip", "manifest.json"),
    ]] + [
        Run(("evidence", "verify", str(good), "--tsa-ca", str(bad["missing"])), 1, "Cannot read the certificate"),
        Run(("evidence", "verify", str(good), "--key", "0" * 64), 1, ("FAILED", "expected key"), "out"),
        Run(("evidence", "verify", str(good)), 0),
    ])


def test_evidence_stamp_dead_network_keeps_the_stamp_queued(kc_cli, tmp_path, bad):
    cli, case = kc_cli, kc_cli.case
    dead = closed_port_url("/tsr")
    r = cli("evidence", "stamp", case, "--tsa", dead, "--timeout", "5", rc=3,
            says=("queued entry 1", "Could not connect", "--retry"), stream="out")
    assert "retry" in r.out
    listed = cli("evidence", "list", case, rc=0).out
    assert "1 timestamp request(s) queued" in listed
    cli.all([
        Run(("evidence", "stamp", case, "--tsa", dead, "--retry", "--timeout", "5"), 3, "Could not connect", "out"),
        Run(("evidence", "stamp", case, "--tsa", closed_port_url("/other"), "--retry"), 0,
            ("Nothing to retry", dead), "out"),
        Run(("evidence", "stamp", case, "--tsa", "ftp://tsa.example"), 2, "Not a TSA address"),
        Run(("evidence", "stamp", case, "--tsa", dead, "--ca-file", str(bad["missing"])), 1,
            "Cannot read the certificate file"),
    ])
    # the failed stamps lost nothing: the case still exports and verifies
    cli("evidence", "export", case, "-o", str(tmp_path / "b.zip"))
    assert cli("evidence", "verify", str(tmp_path / "b.zip")).out.splitlines()[1].startswith("OK")


# ------------------------------------------------------------------------------------ release and update

def test_verify_release_and_update_check_bad_input(cli, tmp_path, bad):
    empty = tmp_path / "empty-release"
    empty.mkdir()
    cli.all([
        Run(("verify-release", str(bad["missing"])), 1, "is not a folder"),
        Run(("verify-release", str(empty)), 1, ("SHA256SUMS is missing", "NOT VERIFIED"), "out"),
        Run(("verify-release", str(empty), "--key", "not a key"), 1, "public key"),
        Run(("update-check",), 1, ("Could not connect", "try again later")),
        Run(("update-check", "--json", "--url", closed_port_url("/m.json")), 1, "Could not connect"),
        Run(("update-check", "--url", "not-a-url"), 1, "Not a web address"),
    ])


def test_usage_errors_are_explained(cli):
    cli.all([Run(args, 2, says) for args, says in [
        (("no-such-command",), "invalid choice"),
        (("holder",), "required"),
        (("holder", "show", "abc"), "invalid int value"),
        (("evidence", "stamp", "x"), "--tsa"),
        # the GUI's options: about --lang, not "invalid choice: 'zh'" for a COMMAND
        (("--lang", "zh"), ("argument --lang: invalid choice: 'zh'", "zh_CN")),
        (("--vault",), "argument --vault: expected one argument"),
    ]] + [Run(("--vault", "nosuch", "holder", "list"), 1, "There is no vault named 'nosuch'")])
