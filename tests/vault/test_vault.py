import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import pytest
from faceledger.errors import KeychainUnavailable, NotFound, VaultCorrupt, VaultError, WrongPassphrase
from faceledger.vault import keys, schema
from faceledger.vault.store import connect_db, create_vault, list_vaults, open_vault

PW = "correct horse battery"


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_keychain_vault_round_trip(mem_keyring):
    v = create_vault("default")
    assert v.meta.key_mode == "keychain"
    assert any(k[0] == "FaceLedger" for k in mem_keyring.store)
    v.set_setting("x", {"a": "中文"})
    v.close()
    v2 = open_vault("default")
    assert v2.get_setting("x") == {"a": "中文"}
    v2.close()
    assert [m.name for m in list_vaults()] == ["default"]


def test_passphrase_vault_wrong_passphrase_changes_nothing(fl_home):
    v = create_vault("p", passphrase=PW, use_keychain=False)
    v.set_setting("k", 1)
    v.close()
    before = tree_digest(fl_home)
    with pytest.raises(WrongPassphrase) as e:
        open_vault("p", "not the passphrase")
    assert "Wrong passphrase" in str(e.value)
    assert tree_digest(fl_home) == before
    with open_vault("p", PW) as v:
        assert v.get_setting("k") == 1


def test_passphrase_needed_and_too_short():
    with pytest.raises(Exception, match="too short"):
        create_vault("p", passphrase="short", use_keychain=False)
    create_vault("p", passphrase=PW, use_keychain=False).close()
    with pytest.raises(VaultError, match="needs its passphrase"):
        open_vault("p", None)


def test_fail_keyring_is_refused_never_plaintext(fl_home):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeychainUnavailable) as e:
        create_vault("k")
    assert "passphrase" in e.value.full()
    assert not (fl_home / "vaults" / "k").exists()


class PlaintextKeyring(keyring.backend.KeyringBackend):
    priority = 0.5

    def get_password(self, s, u):
        return None

    def set_password(self, s, u, p):
        raise AssertionError("must never be used")

    def delete_password(self, s, u):
        pass


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_plaintext_keyring_is_refused():
    keyring.set_keyring(PlaintextKeyring())
    ok, why = keys.keychain_status()
    assert not ok and "plaintext" in why
    with pytest.raises(KeychainUnavailable):
        create_vault("k")


class VaultKeeper(keyring.backend.KeyringBackend):
    """A plaintext backend under an innocent name and a high priority: it writes secrets to a JSON file."""

    priority = 10

    def __init__(self, path=None):
        super().__init__()
        self.path = path

    def get_password(self, s, u):
        return None

    def set_password(self, s, u, p):
        self.path.write_text(json.dumps({u: p}))

    def delete_password(self, s, u):
        pass


def test_plaintext_backend_under_another_name_is_refused_by_its_properties(tmp_path):
    kr = VaultKeeper(tmp_path / "secrets.json")
    keyring.set_keyring(kr)
    ok, why = keys.keychain_status()
    assert not ok and "not a known OS keychain" in why
    assert "明文" in keys.keychain_reason_zh(why)
    with pytest.raises(KeychainUnavailable):
        create_vault("k")
    assert not (tmp_path / "secrets.json").exists()  # the vault key never reached it
    # a backend that declares encrypted storage and a usable priority is accepted; a fallback priority is not
    kr.encrypted_at_rest = True
    assert keys.keychain_status()[0]
    kr.priority = 0.5
    assert not keys.keychain_status()[0]
    # keyring's own OS backends are accepted by name (known-good list), whatever their declared attributes
    assert "keyring.backends.SecretService.Keyring" in keys.KNOWN_GOOD_BACKENDS


def test_keychain_missing_key_and_locked(mem_keyring):
    create_vault("k").close()
    mem_keyring.store.clear()
    with pytest.raises(KeychainUnavailable, match="not in this system's keychain"):
        open_vault("k")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeychainUnavailable, match="cannot be used"):
        open_vault("k")


def test_corrupt_or_foreign_database_is_reported_and_untouched(fl_home):
    create_vault("c", passphrase=PW, use_keychain=False).close()
    db = fl_home / "vaults" / "c" / "vault.db"
    db.write_bytes(b"this is not a database at all" * 200)
    before = tree_digest(fl_home)
    with pytest.raises(VaultCorrupt) as e:
        open_vault("c", PW)
    assert "vault restore" in e.value.full()
    assert tree_digest(fl_home) == before
    import sqlite3

    db.unlink()
    sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(VaultCorrupt):
        open_vault("c", PW)


def test_missing_vault_and_bad_name():
    with pytest.raises(NotFound, match="no vault named"):
        open_vault("nope")
    with pytest.raises(Exception, match="Invalid vault name"):
        create_vault("../evil")


@pytest.mark.parametrize("start", range(0, schema.SCHEMA_VERSION))
def test_migrations_from_every_earlier_version(fl_home, start):
    v = create_vault("m", passphrase=PW, use_keychain=False)
    master, path = v._master, v.db_path
    v.close()
    path.unlink()
    conn = connect_db(path, master)
    from sqlcipher3 import dbapi2

    reached = schema.migrate(conn, dbapi2.complete_statement, target=start)
    assert reached == start
    if start == 0:  # a database that exists but has no schema yet (0 bytes is refused as damage)
        conn.execute("CREATE TABLE scratch(x)")
        conn.execute("DROP TABLE scratch")
    if start >= 1:
        conn.execute("INSERT INTO holders(uid, name_zh, category, created_at, updated_at) "
                     "VALUES ('u1', '旧数据', 'other', 't', 't')")
    conn.close()
    with open_vault("m", PW) as v2:
        assert v2.schema_version == schema.SCHEMA_VERSION
        assert v2.query_one("PRAGMA user_version")[0] == schema.SCHEMA_VERSION
        assert v2.query_one("PRAGMA integrity_check")[0] == "ok"
        if start >= 1:
            assert v2.query_one("SELECT name_zh FROM holders")[0] == "旧数据"


def test_newer_schema_is_refused(fl_home):
    v = create_vault("n", passphrase=PW, use_keychain=False)
    v.db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    v.close()
    with pytest.raises(VaultError, match="newer FaceLedger"):
        open_vault("n", PW)


CRASHER = textwrap.dedent("""
    import os, signal, sys
    from faceledger.vault.store import open_vault
    v = open_vault("crash", sys.argv[1])
    with v.transaction() as db:
        for i in range(50):
            db.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"committed{i}", "1"))
    db = v.db
    db.execute("BEGIN IMMEDIATE")
    for i in range(5000):
        db.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"pending{i}", "x" * 200))
        if i == 4000:
            os.kill(os.getpid(), signal.SIGKILL)
""")


def test_write_killed_midway_keeps_last_committed_state(fl_home):
    create_vault("crash", passphrase=PW, use_keychain=False).close()
    env = {**os.environ, "FACELEDGER_HOME": str(fl_home)}
    r = subprocess.run([sys.executable, "-c", CRASHER, PW], env=env, capture_output=True, timeout=120)
    assert r.returncode == -signal.SIGKILL, r.stderr.decode()
    with open_vault("crash", PW) as v:
        assert v.query_one("PRAGMA integrity_check")[0] == "ok"
        assert v.query_one("SELECT count(*) FROM settings WHERE key LIKE 'committed%'")[0] == 50
        assert v.query_one("SELECT count(*) FROM settings WHERE key LIKE 'pending%'")[0] == 0


def test_rekey_passphrase_vault(fl_home):
    v = create_vault("r", passphrase=PW, use_keychain=False)
    blob = v.add_blob(b"attachment bytes")
    v.set_setting("s", "kept")
    v.rekey(new_passphrase="a brand new passphrase")
    v.close()
    with pytest.raises(WrongPassphrase):
        open_vault("r", PW)
    with open_vault("r", "a brand new passphrase") as v2:
        assert v2.get_setting("s") == "kept"
        assert v2.blobs.read_bytes(blob["id"]) == b"attachment bytes"


def test_rekey_keychain_vault(mem_keyring):
    v = create_vault("rk")
    v.set_setting("s", 1)
    old = dict(mem_keyring.store)
    v.rekey()
    v.close()
    assert mem_keyring.store != old
    assert not any(u.endswith(":pending") for _, u in mem_keyring.store)
    with open_vault("rk") as v2:
        assert v2.get_setting("s") == 1


def test_interrupted_rekey_still_opens(fl_home):
    """Crash after the database took the new key but before the key file was replaced."""
    v = create_vault("ir", passphrase=PW, use_keychain=False)
    v.set_setting("s", 2)
    new = keys.new_key()
    keys.write_keyfile(v.path / "vault.key.pending", keys.wrap_key(new, PW))
    v.db.execute(f"PRAGMA rekey = \"x'{keys.derive(new, 'sqlcipher').hex()}'\"")
    v.close()  # "crash": vault.key still holds the old key
    with open_vault("ir", PW) as v2:
        assert v2.get_setting("s") == 2
    assert not (v.path / "vault.key.pending").exists()
    with open_vault("ir", PW) as v3:
        assert v3.get_setting("s") == 2


def test_move_key_between_keychain_and_passphrase(mem_keyring):
    v = create_vault("mv")
    v.set_setting("s", "x")
    v.rekey(new_passphrase=PW, mode="passphrase")
    v.close()
    assert not any(u == f"vault:{v.meta.id}" for _, u in mem_keyring.store)
    with pytest.raises(VaultError, match="needs its passphrase"):
        open_vault("mv", None)
    with open_vault("mv", PW) as v2:
        assert v2.meta.key_mode == "passphrase" and v2.get_setting("s") == "x"
        v2.rekey(mode="keychain")
    assert not (v2.path / "vault.key").exists()
    with open_vault("mv") as v3:
        assert v3.meta.key_mode == "keychain" and v3.get_setting("s") == "x"


def test_interrupted_move_to_passphrase_still_opens(mem_keyring):
    v = create_vault("im")
    v.set_setting("s", 3)
    new = keys.new_key()
    keys.write_keyfile(v.path / "vault.key.pending", keys.wrap_key(new, PW))
    v.db.execute(f"PRAGMA rekey = \"x'{keys.derive(new, 'sqlcipher').hex()}'\"")
    v.close()  # "crash" before vault.json says passphrase
    with open_vault("im", PW) as v2:
        assert v2.get_setting("s") == 3 and v2.meta.key_mode == "passphrase"
    with open_vault("im", PW) as v3:
        assert v3.get_setting("s") == 3


def test_passphrase_file_given_on_the_command_line_wins_over_the_environment(tmp_path, monkeypatch):
    import argparse

    from faceledger.vault.session import passphrase_from_args

    pf = tmp_path / "pw.txt"
    pf.write_text("from the file\n", encoding="utf-8")
    monkeypatch.setenv("FACELEDGER_PASSPHRASE", "from the environment")
    assert passphrase_from_args(argparse.Namespace(passphrase_file=str(pf))) == "from the file"
    assert passphrase_from_args(argparse.Namespace(passphrase_file=None)) == "from the environment"
