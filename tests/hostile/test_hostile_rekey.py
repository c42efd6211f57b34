"""kill -9 during `vault rekey`: a passphrase for a new one, a passphrase vault to the keychain and back, a keychain
key for a new one. After every kill exactly one credential, the old or the new, opens the vault, SQLite's
integrity_check is "ok", and every acknowledged write is there (holders, an attachment, whose key lives in the
database).

A credential is tried alone, as the two modes promise: a passphrase with the keychain unavailable (a copied
vault, a locked keychain), the keychain with no passphrase. A credential that does not open the vault must say
so as a wrong passphrase, a passphrase needed or a keychain problem, never as a damaged vault.

Two tests:
- random kills of the real command (`python -m faceledger vault rekey`), FL_HOSTILE_REKEY_KILLS of them (default
  15; the issue's figure used 40), the kinds of rekey taking turns, each kill at a random moment between 0.3 and
  1.0 times the length of an uninterrupted run of that kind (the first third is start-up), on a 6 MB database
  so that PRAGMA rekey itself takes long enough to be hit;
- a kill at every step boundary of `Vault.rekey` (each key-file write, keychain write or delete, rename, folder
  sync, description write, before and after PRAGMA rekey) and at three moments inside PRAGMA rekey, for each kind:
  the windows a random kill hits once in hundreds. The process is forked and kills itself there with SIGKILL.
  This sweep lowers argon2id's cost (t=1, 8 MiB) so that the key derivations do not dominate; the key files
  record their parameters, so the states swept are the ones a full-cost run goes through.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

PW0 = "rekey start passphrase 0"
KILLS = int(os.environ.get("FL_HOSTILE_REKEY_KILLS", "15"))
KINDS = ("P->P", "P->K", "K->K", "K->P")
ERRORS_OK = {"WrongPassphrase", "VaultError", "KeychainUnavailable"}  # how a credential that does not open says so
BLOB = os.urandom(50_000)


def fill(vault, holders: int) -> str:
    """Acknowledged data from before any rekey: holders with long notes and one attachment. Returns its id."""
    from faceledger.ledger.model import Holder
    from faceledger.ledger.store import add_holder

    with vault.transaction() as db:
        for i in range(holders):
            add_holder(vault, Holder(name_zh=f"持有方{i}", category="retail", notes="备注" * 1000), db=db)
    return vault.add_blob(BLOB)["id"]


def probe(cred: tuple[str, str | None], keychain):
    """Open the vault with one credential alone: ("pw", passphrase) with the keychain unavailable, or ("kc", None)
    with the keychain and no passphrase. (vault or None, the error's class name)."""
    import keyring
    import keyring.backends.fail

    from faceledger.errors import FaceLedgerError
    from faceledger.vault.store import open_vault

    keyring.set_keyring(keychain if cred[0] == "kc" else keyring.backends.fail.Keyring())
    try:
        return open_vault("default", cred[1]), ""
    except FaceLedgerError as err:
        return None, type(err).__name__


def evaluate(old, new, keychain, acked: set[str], blob_id: str, tag: str) -> dict:
    """Try the old and the new credential (old first); check and extend the data through the one that opens.
    Returns {"opened": [...], "errors": [...], "problems": [...]} ("old" and/or "new" in opened)."""
    from faceledger.ledger.model import Holder
    from faceledger.ledger.store import add_holder

    out: dict = {"opened": [], "errors": [], "problems": []}
    for label, cred in (("old", old), ("new", new)) if old != new else (("old", old),):
        v, err = probe(cred, keychain)
        if v is None:
            out["errors"].append(err)
            if err not in ERRORS_OK:
                out["problems"].append(f"the {label} credential fails with {err}")
            continue
        out["opened"].append(label)
        try:
            if v.query_one("PRAGMA integrity_check")[0] != "ok":
                out["problems"].append("integrity_check is not ok")
            names = {r[0] for r in v.query("SELECT name_zh FROM holders")}
            if acked - names:
                out["problems"].append(f"{len(acked - names)} acknowledged holders lost")
            if v.blobs.read_bytes(blob_id) != BLOB:
                out["problems"].append("the attachment does not read back")
            mode = json.loads((v.path / "vault.json").read_text(encoding="utf-8"))["key_mode"]
            if mode != {"pw": "passphrase", "kc": "keychain"}[cred[0]] or v.meta.key_mode != mode:
                out["problems"].append(f"opened with the {label} credential ({cred[0]}) but the vault says {mode}")
            add_holder(v, Holder(name_zh=f"ack-{tag}", category="retail"))
            acked.add(f"ack-{tag}")
        finally:
            v.close()
    return out


def pending_keys(home: Path, keychain_file: Path) -> tuple:
    """The pending keys a rekey writes first (a changed one shows that a kill landed inside the rekey)."""
    f = home / "vaults" / "default" / "vault.key.pending"
    kc = json.loads(keychain_file.read_text(encoding="utf-8")) if keychain_file.exists() else {}
    return (f.read_bytes() if f.exists() else None, sorted(v for k, v in kc.items() if k.endswith(":pending")))


def hot_journal(home: Path) -> bool:
    """SQLite's rollback journal is left behind by a kill inside a transaction (here: inside PRAGMA rekey)."""
    j = home / "vaults" / "default" / "vault.db-journal"
    return j.exists() and j.stat().st_size > 0


def rekey_args(kind: str, new_pw_file: Path) -> list[str]:
    return {"P->P": ["--new-passphrase-file", str(new_pw_file)], "P->K": ["--to-keychain"], "K->K": [],
            "K->P": ["--to-passphrase", "--new-passphrase-file", str(new_pw_file)]}[kind]


def test_kill_nine_during_cli_rekey(fl_home, tmp_path, file_keychain):
    import keyring

    from faceledger.vault.store import create_vault, open_vault

    keyring.set_keyring(file_keychain.backend)
    v = create_vault("default", passphrase=PW0, use_keychain=False)
    blob_id = fill(v, 1500)
    acked = {r[0] for r in v.query("SELECT name_zh FROM holders")}
    v.close()
    env = {k: val for k, val in os.environ.items() if not k.startswith("FACELEDGER_")}
    env.update(file_keychain.env, FACELEDGER_HOME=str(fl_home), FACELEDGER_LANG="en")
    rng = random.Random(14)
    cred: tuple[str, str | None] = ("pw", PW0)
    turn = itertools.cycle(KINDS)
    per_kind = dict.fromkeys(KINDS, 0)
    took: dict[str, float] = {}  # how long an uninterrupted run of each kind took (kill times are drawn in it)
    tally = {"old": 0, "new": 0, "after the first write": 0, "inside PRAGMA rekey": 0}
    kills = runs = 0
    bad: list[str] = []
    t0 = time.monotonic()
    while kills < KILLS and runs < 3 * KILLS + 8:
        runs += 1
        kind = next(turn)
        if (kind[0] == "P") != (cred[0] == "pw"):  # a kill left the mode as it was: move the key (in this process)
            keyring.set_keyring(file_keychain.backend)
            with open_vault("default", cred[1]) as v:
                cred = ("pw", f"moved passphrase {runs}") if kind[0] == "P" else ("kc", None)
                v.rekey(new_passphrase=cred[1], mode="passphrase" if kind[0] == "P" else "keychain")
        new_pw = f"rekey passphrase {runs}"
        (tmp_path / "new.txt").write_text(new_pw + "\n", encoding="utf-8")
        new = ("pw", new_pw) if kind.endswith("P") else ("kc", None)
        run_env = {**env, **({"FACELEDGER_PASSPHRASE": cred[1]} if cred[0] == "pw" else {})}
        before = pending_keys(fl_home, file_keychain.path)
        start = time.monotonic()
        p = subprocess.Popen([sys.executable, "-m", "faceledger", "vault", "rekey", *rekey_args(kind, tmp_path /
                              "new.txt")], env=run_env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
        killed = False
        if took:  # the first run goes through whole and says how long a run takes (the others: until they do)
            try:
                p.wait(timeout=rng.uniform(0.3, 1.0) * took.get(kind, max(took.values())))  # 1/3: start-up
            except subprocess.TimeoutExpired:
                p.send_signal(signal.SIGKILL)
                killed = True
        out, err = p.communicate(timeout=120)
        if killed and p.returncode != -signal.SIGKILL:  # it had finished just before the kill
            killed = False
        if not killed:
            assert p.returncode == 0, f"{kind}: exit {p.returncode}: {err}"
            took[kind] = time.monotonic() - start
        kills += killed
        per_kind[kind] += killed
        if killed:
            tally["after the first write"] += pending_keys(fl_home, file_keychain.path) != before
            tally["inside PRAGMA rekey"] += hot_journal(fl_home)
        r = evaluate(cred, new, file_keychain.backend, acked, blob_id, str(runs))
        which = r["opened"]
        if kind == "K->K":
            ok = which == ["old"]
        else:
            ok = len(which) == 1 and (killed or which == ["new"])
        if not ok or r["problems"]:
            bad.append(f"run {runs} ({kind}, {'killed' if killed else 'completed'}): opened by {which or 'neither'}, "
                       f"errors {r['errors']}, problems {r['problems']}")
        if killed and kind != "K->K" and len(which) == 1:
            tally[which[0]] += 1
        if which == ["new"]:
            cred = new
    kinds = ", ".join(f"{k} {n}" for k, n in per_kind.items())
    print(f"\nrekey kill -9: {kills} kills of `faceledger vault rekey` ({kinds}) in {runs} runs, "
          f"{time.monotonic() - t0:.1f} s "
          f"(last full runs: {', '.join(f'{k} {s:.2f} s' for k, s in sorted(took.items()))}); after a kill the old "
          f"credential "
          f"opened {tally['old']}, the new {tally['new']}; {tally['after the first write']} kills came after the rekey "
          f"wrote its pending key, {tally['inside PRAGMA rekey']} inside PRAGMA rekey (a hot journal left); "
          f"{len(acked)} acknowledged holders; {len(bad)} runs wrong")
    assert not bad, "\n".join(bad)
    assert kills == KILLS


# ------------------------------------------------------------------------------------------- every step

def _restore(src: Path, home: Path, keychain_file: Path) -> None:
    shutil.rmtree(home, ignore_errors=True)
    shutil.copytree(src / "home", home)
    shutil.copyfile(src / "keychain.json", keychain_file)


def _child(kind: str, cred, new_pw: str, keychain, die_at: int | None, after_s: float | None, pipe: int) -> None:
    """In the forked process: open the vault with ``cred`` and rekey it, killing this process with SIGKILL at the
    ``die_at``-th step boundary, or ``after_s`` seconds into PRAGMA rekey. Writes each boundary passed to ``pipe``."""
    import pathlib
    import threading

    import keyring

    from faceledger.vault import keys, store

    keyring.set_keyring(keychain)
    v = store.open_vault("default", cred[1])
    count = itertools.count(1)

    def point(label: str) -> None:
        os.write(pipe, (label + "\n").encode())
        if next(count) == die_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner, name: str):
        real = getattr(owner, name)

        def wrapped(*a, **kw):
            point(f"before {name}")
            r = real(*a, **kw)
            point(f"after {name}")
            return r
        setattr(owner, name, wrapped)

    class Db:
        def __init__(self, db):
            self._db = db

        def execute(self, sql, *a):
            if not sql.startswith("PRAGMA rekey"):
                return self._db.execute(sql, *a)
            point("before PRAGMA rekey")
            if after_s is not None:
                threading.Timer(after_s, os.kill, (os.getpid(), signal.SIGKILL)).start()
            t = time.monotonic()
            r = self._db.execute(sql, *a)
            os.write(pipe, f"PRAGMA rekey took {time.monotonic() - t}\n".encode())
            point("after PRAGMA rekey")
            return r

        def __getattr__(self, name):
            return getattr(self._db, name)

    for owner, name in ((keys, "write_keyfile"), (keys, "keychain_store"), (keys, "keychain_delete"),
                        (keys, "_fsync_dir"), (os, "replace"), (store, "_write_json_atomic"),
                        (pathlib.Path, "unlink")):
        wrap(owner, name)
    v.db = Db(v.db)
    v.rekey(new_passphrase=new_pw if kind.endswith("P") else None,
            mode="passphrase" if kind.endswith("P") else "keychain")


def sweep(work: str) -> None:
    """Runs in a subprocess (it forks): prints one JSON line per kill."""
    import importlib

    import keyring

    from faceledger.vault import keys
    from faceledger.vault.store import create_vault, open_vault

    keys.ARGON2_T, keys.ARGON2_M_KIB, keys.ARGON2_P = 1, 8 * 1024, 1
    keychain = importlib.import_module("fl_e2e_keychain").TestKeychain()
    home, kc_file, work_dir = Path(os.environ["FACELEDGER_HOME"]), Path(os.environ["FL_E2E_KEYCHAIN"]), Path(work)
    keyring.set_keyring(keychain)
    v = create_vault("default", passphrase=PW0, use_keychain=False)
    blob_id = fill(v, 300)
    base = {r[0] for r in v.query("SELECT name_zh FROM holders")}
    v.close()
    kc_file.write_text("{}", encoding="utf-8")
    for start in ("P", "K"):
        if start == "K":
            with open_vault("default", PW0) as v:
                v.rekey(mode="keychain")
        shutil.copytree(home, work_dir / start / "home")
        shutil.copyfile(kc_file, work_dir / start / "keychain.json")
    for kind in KINDS:
        old = ("pw", PW0) if kind[0] == "P" else ("kc", None)
        new = ("pw", "swept new passphrase") if kind.endswith("P") else ("kc", None)
        pragma_s = 0.0
        plan = [(n, None) for n in range(1, 200)]
        i = 0
        while i < len(plan):
            die_at, after_s = plan[i]
            i += 1
            _restore(work_dir / kind[0], home, kc_file)
            r_fd, w_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the child
                os.close(r_fd)
                try:
                    _child(kind, old, new[1] or "", keychain, die_at, after_s, w_fd)
                    os._exit(0)
                except BaseException:
                    os._exit(3)
            os.close(w_fd)
            with os.fdopen(r_fd, encoding="utf-8") as f:
                said = f.read().splitlines()
            _, status = os.waitpid(pid, 0)
            killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            took = [float(s.split()[-1]) for s in said if s.startswith("PRAGMA rekey took")]
            pragma_s = took[0] if took else pragma_s
            points = [s for s in said if not s.startswith("PRAGMA")]
            where = (f"{after_s * 1000:.0f} ms into PRAGMA rekey ({pragma_s * 1000:.0f} ms)" if after_s is not None
                     else points[-1] if killed and points else "completed")
            if after_s is not None and "after PRAGMA rekey" in points:
                where += ", killed after it returned"
            if not killed:
                if os.WEXITSTATUS(status) != 0:
                    where = f"the rekey failed (exit {os.WEXITSTATUS(status)})"
                if after_s is None:  # every boundary done: now three moments inside PRAGMA rekey
                    plan[i:] = [(None, pragma_s * f) for f in (0.2, 0.5, 0.8)]
            journal = hot_journal(home)
            r = evaluate(old, new, keychain, set(base), blob_id, "x")
            print(json.dumps({"kind": kind, "where": where, "killed": killed, "journal": journal, **r}), flush=True)


SWEEPER = "import sys; sys.path.insert(0, sys.argv[1]); import test_hostile_rekey as t; t.sweep(sys.argv[2])"


def test_kill_nine_at_every_step_of_rekey(fl_home, tmp_path, file_keychain):
    env = {k: val for k, val in os.environ.items() if not k.startswith("FACELEDGER_")}
    env.update(file_keychain.env, FACELEDGER_HOME=str(fl_home), FACELEDGER_LANG="en")
    t0 = time.monotonic()
    p = subprocess.run([sys.executable, "-c", SWEEPER, str(Path(__file__).parent), str(tmp_path / "snapshots")],
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    rows = [json.loads(line) for line in p.stdout.splitlines() if line.startswith("{")]
    bad = []
    for r in rows:
        which = r["opened"]
        if r["kind"] == "K->K":
            ok = which == ["old"]
        else:
            ok = len(which) == 1 and (r["killed"] or which == ["new"])
        if not ok or r["problems"] or r["where"].startswith("the rekey failed"):
            bad.append(f"{r['kind']} killed at {r['where']}: opened by {which or 'neither'}, errors {r['errors']}, "
                       f"problems {r['problems']}")
    kills = [r for r in rows if r["killed"]]
    per_kind = {k: sum(r["kind"] == k for r in kills) for k in KINDS}
    new_after = sum(r["opened"] == ["new"] for r in kills)
    inside = sum(r["journal"] for r in kills)
    print(f"\nrekey sweep: {len(kills)} kills at step boundaries and inside PRAGMA rekey "
          f"({', '.join(f'{k} {n}' for k, n in per_kind.items())}) in {time.monotonic() - t0:.1f} s; the new "
          f"credential opened after {new_after}, the old after {len(kills) - new_after} (K->K: the keychain); "
          f"{inside} kills inside PRAGMA rekey left a hot journal; {len(bad)} wrong")
    assert not bad, "\n".join(bad)
    assert all(n >= 8 for n in per_kind.values()), per_kind  # the sweep reached the steps (and then completed)
    assert inside >= 1  # the timed kills landed inside PRAGMA rekey, not only after it
    assert all(any(r["kind"] == k and r["where"] == "completed" for r in rows) for k in KINDS)
