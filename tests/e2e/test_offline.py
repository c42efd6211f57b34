"""Privacy: with the network blocked the app does its whole job, and it reaches for the network only when the
user asks (a TSA stamp, an update check), and then fails with a clear message, keeping everything.

Each command runs as ``python -m faceledger`` with a ``sitecustomize.py`` on PYTHONPATH that makes every
Python-level connection attempt (connect, connect_ex, sendto, DNS look-ups) outside AF_UNIX raise "network
unreachable" and write a line to a log. The log is the proof of who tried to connect. (Native code that
opens its own sockets, e.g. inside Qt or MediaPipe, is outside what this guard sees; tests/photos covers
the photo pipeline in a child with socket creation itself refused.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

PW = "offline passphrase 5"
REPO = Path(__file__).resolve().parents[2]
FACTS = REPO / "tests" / "letters" / "facts" / "gym_2024.json"
PHOTO = REPO / "resources" / "selftest" / "astronaut.jpg"

SITECUSTOMIZE = r'''
import errno
import os
import socket

_LOG = os.environ["FL_NET_LOG"]


def _refuse(what, target):
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what} {target!r}\n")
    raise OSError(errno.ENETUNREACH, "Network is unreachable (blocked by the offline test)")


def _guard(name):
    original = getattr(socket.socket, name)

    def method(self, *args, **kwargs):
        if self.family == getattr(socket, "AF_UNIX", None):
            return original(self, *args, **kwargs)
        return _refuse(name, args[-1] if args else None)

    setattr(socket.socket, name, method)


for _name in ("connect", "connect_ex", "sendto", "sendmsg"):
    _guard(_name)


def _resolver(name):
    def lookup(host, *args, **kwargs):
        with open(_LOG, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {name} {host!r}\n")
        raise socket.gaierror(socket.EAI_NONAME, "Name resolution blocked by the offline test")

    setattr(socket, name, lookup)


for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    _resolver(_name)
'''


class OfflineCLI:
    def __init__(self, home: Path, cwd: Path, guard_dir: Path, log: Path):
        self.cwd = cwd
        self.log = log
        keep = {k: v for k, v in os.environ.items()  # no proxy: the addresses below must be tried directly
                if not k.startswith("FACELEDGER_") and not k.lower().endswith("_proxy")}
        path = os.pathsep.join([str(guard_dir), *filter(None, [os.environ.get("PYTHONPATH")])])
        self.env = {**keep, "PYTHONPATH": path, "FL_NET_LOG": str(log), "FACELEDGER_HOME": str(home),
                    "FACELEDGER_PASSPHRASE": PW, "FACELEDGER_LANG": "en", "QT_QPA_PLATFORM": "offscreen",
                    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                    "FACELEDGER_UPDATE_URL": "https://updates.faceledger.invalid/manifest.json"}

    def __call__(self, *args: str, rc: int = 0) -> subprocess.CompletedProcess:
        p = subprocess.run([sys.executable, "-m", "faceledger", *args], capture_output=True, text=True,
                           env=self.env, cwd=self.cwd, timeout=180, stdin=subprocess.DEVNULL)
        assert "Traceback" not in p.stdout + p.stderr and "internal error" not in p.stderr, p.stderr
        assert p.returncode == rc, (args, p.returncode, p.stdout[-800:], p.stderr[-800:])
        return p

    def many(self, *commands: tuple[str, ...]) -> list[subprocess.CompletedProcess]:
        """Independent commands, run side by side (each must succeed)."""
        with ThreadPoolExecutor(4) as pool:
            return list(pool.map(lambda args: self(*args), commands))

    def attempts(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []


@pytest.fixture
def offline(fl_home, tmp_path) -> OfflineCLI:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    return OfflineCLI(fl_home, work, guard, tmp_path / "net.log")


def test_the_guard_is_armed(offline):
    """The blocker really runs in the child and really blocks (else the tests below would prove nothing)."""
    code = ("import socket, sys\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=2)\nexcept OSError as e:\n"
            "    print('blocked', e)\n    sys.exit(0)\nsys.exit(1)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=offline.env, timeout=60)
    assert p.returncode == 0 and "blocked" in p.stdout, p.stdout + p.stderr
    assert offline.attempts() and "'127.0.0.1'" in offline.attempts()[0]


def test_everything_works_offline_and_nothing_connects(offline, tmp_path):
    fl = offline
    w = fl.cwd
    fl("vault", "init")
    fl("holder", "add", "--name", "某某健身有限公司", "--category", "other", "--email", "pi@gym.example")
    fl("collection", "add", "--holder", "1", "--date", "2024-03-05", "--context", "entry", "--consent", "bundled")
    fl("request", "add", "--holder", "1", "--type", "deletion", "--sent", "2026-01-05", "--due", "2026-01-26")
    facts = json.loads(FACTS.read_text(encoding="utf-8"))
    facts.pop("letter")  # `law check` takes the facts without the letter's own options
    (w / "facts.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    (w / "people.csv").write_text("sender_name,sender_email,holder_name,holder_category\n"
                                  "李明,li@example.com,某超市,retail\n", encoding="utf-8")
    runs = fl.many(
        ("law", "check", "facts.json"),
        ("photo", "check", "--json", str(PHOTO)),
        ("photo", "protect", str(PHOTO), "-o", "safe.jpg", "--json"),
        ("evidence", "case", "new", "健身房案"),
        ("holder", "list", "--json"),
        ("export", "--json", "export.json"),
        ("directory", "export", "directory.json"),
        ("checklist", "--lang", "en"),
        ("law", "show", "PIPL:47"),
        ("letter", str(FACTS), "--type", "deletion", "--lang", "bilingual", "-o", "letter.pdf"),
        ("letter", str(FACTS), "--type", "withdrawal", "-o", "letter.eml", "--attach-pdf"),
        ("letters", "due", "--ics", "due.ics"),
        ("letters", "batch", "people.csv", "--type", "deletion", "--format", "docx", "--out", "batch"),
    )
    assert "PIPL" in runs[0].stdout
    checked = json.loads(runs[1].stdout)
    assert checked[0]["ok"] and checked[0]["verdict"] == "high"
    assert json.loads(runs[2].stdout)["faces_after"] == 0
    case = runs[3].stdout.strip()
    fl("evidence", "add", case, "--title", "照片", "--kind", "note", "--occurred", "2024-03-05",
       "--file", str(PHOTO))
    fl("evidence", "export", case, "-o", "bundle.zip", "--lang", "en")
    assert fl("evidence", "verify", "bundle.zip").stdout.splitlines()[1].startswith("OK")
    fl.many(("vault", "backup", "vault.flbackup"), ("vault", "init", "--vault", "other"))
    fl("vault", "restore", "vault.flbackup", "--vault", "restored")
    fl("import", "export.json", "--vault", "other")
    fl("directory", "import", "directory.json", "--vault", "other")
    for name in ("export.json", "directory.json", "letter.pdf", "letter.eml", "due.ics", "batch/index.csv",
                 "safe.jpg", "bundle.zip", "vault.flbackup"):
        assert (w / name).is_file() and (w / name).stat().st_size > 0, name
    assert fl.attempts() == [], "something tried to use the network without being asked"


def test_network_only_when_asked_and_a_dead_network_fails_cleanly(offline):
    fl = offline
    fl("vault", "init")
    case = fl("evidence", "case", "new", "c").stdout.strip()
    fl("evidence", "add", case, "--title", "t", "--kind", "note", "--occurred", "2026-01-05")
    assert fl.attempts() == []
    # the user asks for a timestamp: only the TSA's host is tried; the stamp is queued for later, exit 3
    r = fl("evidence", "stamp", case, "--tsa", "https://tsa.faceledger.invalid/tsr", "--timeout", "5", rc=3)
    assert "Could not connect to https://tsa.faceledger.invalid/tsr" in r.stdout and "--retry" in r.stdout
    tried = fl.attempts()
    assert tried and all("tsa.faceledger.invalid" in line for line in tried), tried
    assert "1 timestamp request(s) queued" in fl("evidence", "list", case).stdout
    # the user asks for an update check: only the update host is tried; a clear error, exit 1
    r = fl("update-check", rc=1)
    assert "Could not connect to https://updates.faceledger.invalid/manifest.json" in r.stderr
    assert "try again later" in r.stderr
    later = fl.attempts()[len(tried):]
    assert later and all("updates.faceledger.invalid" in line for line in later), later
    # nothing was lost: the entry is there and exports
    before = len(fl.attempts())
    assert len(json.loads(fl("evidence", "list", case, "--json").stdout)["entries"]) == 1
    fl("evidence", "export", case, "-o", "b.zip")
    assert len(fl.attempts()) == before
