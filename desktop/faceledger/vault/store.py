"""A vault: one person's (or one client's) encrypted database and attachments.

Layout of ``<data>/vaults/<name>/``:
  vault.json   format, id, key mode, created: no personal data
  vault.db     SQLCipher 4 database, raw 256-bit key derived from the master key
  vault.key    only for passphrase vaults: the master key wrapped with AES-GCM under argon2id
  blobs/       encrypted attachments (see blobs.py)
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from faceledger import paths
from faceledger.errors import (
    RESTORE_HINT_ZH,
    FaceLedgerError,
    InvalidValue,
    KeychainUnavailable,
    NotFound,
    VaultCorrupt,
    VaultError,
    WrongPassphrase,
    os_reason_zh,
)
from faceledger.vault import keys, schema
from faceledger.vault.blobs import BlobStore

FORMAT = "faceledger-vault"
_NAME = re.compile(r"^[^\W_][\w.-]{0,63}$")

PassphraseProvider = Callable[[], str]


ORPHAN_GRACE_S = 3600  # an attachment nothing cites is removed at open once this old (see Vault.remove_orphans)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_DISK_ERRORS = ("database or disk is full", "disk I/O error")  # SQLITE_FULL, SQLITE_IOERR


def _dbapi():
    from sqlcipher3 import dbapi2

    return dbapi2


def check_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise InvalidValue(f"Invalid vault name {name!r}: use letters, digits, '.', '-' or '_' "
                           "(at most 64, not starting with a symbol).", field="vault",
                           zh=(f"保险库名称 {name!r} 无效：只能用字母、数字、“.”、“-”或“_”（最多 64 个，不能以符"
                               "号开头）。"))
    return name


def vault_dir(name: str) -> Path:
    return paths.vaults_dir() / check_name(name)


@dataclass(frozen=True)
class VaultMeta:
    name: str
    path: Path
    id: str
    key_mode: str  # "keychain" | "passphrase"
    created_at: str


def read_meta(name: str) -> VaultMeta:
    d = vault_dir(name)
    f = d / "vault.json"
    if not f.exists():
        raise NotFound(f"There is no vault named {name!r}.",
                       "Create one with `faceledger vault init` or list them with `faceledger vault list`.",
                       zh=f"没有名为 {name!r} 的保险库。",
                       hint_zh=("请新建一个保险库（faceledger vault init），或查看已有的保险库（faceledger vault "
                                "list）。"))
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("format")
        return VaultMeta(name, d, str(data["id"]), str(data["key_mode"]), str(data["created_at"]))
    except (ValueError, KeyError, TypeError, OSError, RecursionError) as err:
        raise VaultCorrupt(f"The vault description file {f} is damaged or foreign ({err}).",
                           "Restore the vault with `faceledger vault restore FILE`.",
                           zh=f"保险库的说明文件 {f} 已损坏或来自别处（{err}）。",
                           hint_zh=RESTORE_HINT_ZH) from None


def list_vaults() -> list[VaultMeta]:
    root = paths.vaults_dir()
    out = []
    if root.exists():
        for d in sorted(root.iterdir()):
            if (d / "vault.json").exists() and _NAME.match(d.name):
                try:
                    out.append(read_meta(d.name))
                except FaceLedgerError:
                    continue
    return out


def exists(name: str) -> bool:
    return (vault_dir(name) / "vault.json").exists()


def _write_json_atomic(path: Path, obj: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class Vault:
    """An open vault. Use ``with vault.transaction() as db:`` for every write."""

    def __init__(self, meta: VaultMeta, master: bytes):
        self.meta = meta
        self.name = meta.name
        self.path = meta.path
        self._master = master
        self._lock = threading.RLock()
        self.db = self._connect()
        self.schema_version = schema.migrate(self.db, _dbapi().complete_statement)
        self.blobs = BlobStore(self.path / "blobs", self._secret("blob_key", create=True))
        self.blobs.remove_leftovers()
        self.remove_orphans()
        tighten_permissions(self.path)

    # ------------------------------------------------------------ connection
    @property
    def db_path(self) -> Path:
        return self.path / "vault.db"

    def _connect(self):
        return connect_db(self.db_path, self._master)

    def new_connection(self):
        """A separate connection (for a worker thread)."""
        return self._connect()

    def close(self) -> None:
        with self._lock:
            try:
                self.db.close()
            except Exception:
                pass

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: everything inside commits together or not at all."""
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException as err:
                if self.db.in_transaction:  # after an I/O error or a full disk SQLite has rolled back itself
                    self.db.execute("ROLLBACK")
                if isinstance(err, _dbapi().OperationalError) and str(err) in _DISK_ERRORS:
                    raise VaultError(f"The vault could not be written ({err}): is the disk full? The change was "
                                     "not saved; what the vault held before is unchanged.",
                                     "Free some disk space, then try again.",
                                     zh=(f"保险库无法写入（{err}）：磁盘是否已满？这次更改没有保存，保险库原有的"
                                         "内容不受影响。"),
                                     hint_zh="请释放一些磁盘空间后重试。") from None
                raise

    def query(self, sql: str, params: tuple | dict = ()) -> list[Any]:
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> Any:
        with self._lock:
            return self.db.execute(sql, params).fetchone()

    # ------------------------------------------------------------ secrets and settings
    def _secret(self, name: str, *, create: bool = False, size: int = 32) -> bytes:
        row = self.query_one("SELECT value FROM vault_secrets WHERE name = ?", (name,))
        if row:
            return bytes(row[0])
        if not create:
            raise NotFound(f"secret {name} missing",
                           zh=f"缺少密钥材料 {name}")
        value = secrets.token_bytes(size)
        with self.transaction() as db:
            db.execute("INSERT INTO vault_secrets(name, value) VALUES (?, ?)", (name, value))
        return value

    def get_secret(self, name: str) -> bytes | None:
        row = self.query_one("SELECT value FROM vault_secrets WHERE name = ?", (name,))
        return bytes(row[0]) if row else None

    def set_secret(self, name: str, value: bytes) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO vault_secrets(name, value) VALUES (?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (name, value))

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       (key, json.dumps(value, ensure_ascii=False)))

    # ------------------------------------------------------------ attachments
    def add_blob(self, source: str | os.PathLike | bytes, *, filename: str | None = None,
                 media_type: str | None = None, progress: Callable[[int], None] | None = None) -> dict:
        """Encrypt a file (or bytes) into the blob store and record it. Returns its record."""
        if isinstance(source, (bytes, bytearray)):
            blob_id, sha, size = self.blobs.put_bytes(bytes(source))
        else:
            blob_id, sha, size = self.blobs.put_file(source, progress)
            filename = filename or Path(source).name
        try:
            with self.transaction() as db:
                db.execute("INSERT INTO blobs(id, sha256, size, filename, media_type, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (blob_id, sha, size, filename, media_type, now_utc()))
        except BaseException:
            self.blobs.delete(blob_id)
            raise
        return {"id": blob_id, "sha256": sha, "size": size, "filename": filename, "media_type": media_type}

    def remove_orphans(self, older_than_s: float = ORPHAN_GRACE_S) -> int:
        """Delete attachments nothing refers to: those a process killed between storing a file and writing the
        record that cites it (an interrupted ``evidence add``) left behind, in the table or only on disk.

        A blob counts as referred to when any column declared ``REFERENCES blobs(id)`` (in any table, so new
        migrations are covered) names it. Only blobs older than ``older_than_s`` go: another process on the same
        vault may be between the two steps right now. Never fails an open; returns how many were removed."""
        import time

        try:
            refs = []
            for (table,) in self.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
                for fk in self.query(f'PRAGMA foreign_key_list("{table}")'):
                    if fk[2] == "blobs":
                        refs.append(f'SELECT "{fk[3]}" FROM "{table}" WHERE "{fk[3]}" IS NOT NULL')
            cutoff = datetime.fromtimestamp(time.time() - older_than_s, UTC).isoformat(timespec="seconds")
            used = " UNION ".join(refs) or "SELECT NULL WHERE 0"
            orphans = [r[0] for r in self.query(f"SELECT id FROM blobs WHERE created_at < ? AND id NOT IN ({used})",
                                                (cutoff,))]
            for blob_id in orphans:
                with self.transaction() as db:
                    db.execute(f"DELETE FROM blobs WHERE id = ? AND id NOT IN ({used})", (blob_id,))
                self.blobs.delete(blob_id)
            known = {r[0] for r in self.query("SELECT id FROM blobs")}
            limit = time.time() - older_than_s
            for blob_id in list(self.blobs.ids()):
                f = self.blobs.path(blob_id)
                if blob_id not in known and f.stat().st_mtime < limit:
                    f.unlink(missing_ok=True)
                    orphans.append(blob_id)
            return len(orphans)
        except Exception:  # noqa: BLE001 - housekeeping; the vault opens whatever happens here
            return 0

    def blob_info(self, blob_id: str) -> dict:
        row = self.query_one("SELECT id, sha256, size, filename, media_type, created_at FROM blobs WHERE id = ?",
                             (blob_id,))
        if not row:
            raise NotFound(f"No attachment {blob_id} in this vault.",
                           zh=f"这个保险库中没有附件 {blob_id}。")
        return dict(zip(("id", "sha256", "size", "filename", "media_type", "created_at"), row))

    # ------------------------------------------------------------ rekey
    def rekey(self, *, new_passphrase: str | None = None, mode: str | None = None) -> None:
        """Replace the vault key; optionally move it between the OS keychain and a passphrase.

        ``mode`` is "keychain" or "passphrase" (default: keep the current one); a passphrase vault
        needs ``new_passphrase``. Crash-safe ordering: the new key is stored as *pending* first, then
        the database is re-encrypted (the commit point), then the pending key becomes current and the old
        one goes. Opening looks for the key in every place a rekey writes (``open_vault``), so after a crash
        at any point the old credential opens the vault until the database took the new key, and the new
        credential from then on.
        """
        target = mode or self.meta.key_mode
        if target not in ("keychain", "passphrase"):
            raise InvalidValue(f"Unknown key mode {target!r}.", field="mode",
                               zh=f"未知的密钥保管方式 {target!r}。")
        new = keys.new_key()
        if target == "passphrase":
            if new_passphrase is None:
                raise InvalidValue("A new passphrase is needed.", field="passphrase",
                                   zh="需要一个新口令。")
            keys.check_new_passphrase(new_passphrase)
            keys.write_keyfile(self.path / "vault.key.pending", keys.wrap_key(new, new_passphrase))
        else:
            keys.keychain_store(self.meta.id, new, suffix=":pending")
        with self._lock:
            self.db.execute(f"PRAGMA rekey = \"x'{keys.derive(new, 'sqlcipher').hex()}'\"")
        if target == "passphrase":
            os.replace(self.path / "vault.key.pending", self.path / "vault.key")
            keys._fsync_dir(self.path)
        else:
            keys.keychain_store(self.meta.id, new)
        if target != self.meta.key_mode:
            self._set_key_mode(target)
        if target == "keychain":  # only now: a passphrase vault looks at the keychain's pending entry alone
            keys.keychain_delete(self.meta.id, suffix=":pending")
        self._master = new

    def _set_key_mode(self, target: str) -> None:
        """Record that the key now lives in ``target`` ("keychain" or "passphrase") and remove the other place's."""
        data = json.loads((self.path / "vault.json").read_text(encoding="utf-8"))
        data["key_mode"] = target
        _write_json_atomic(self.path / "vault.json", data)
        if target == "passphrase":
            keys.keychain_delete(self.meta.id)
        else:
            (self.path / "vault.key").unlink(missing_ok=True)
        self.meta = VaultMeta(self.meta.name, self.meta.path, self.meta.id, target, self.meta.created_at)

    # ------------------------------------------------------------ info
    def info(self) -> dict:
        def count(table: str) -> int:
            return self.query_one(f"SELECT count(*) FROM {table}")[0]

        size = sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())
        return {"name": self.name, "path": str(self.path), "id": self.meta.id, "key_mode": self.meta.key_mode,
                "created_at": self.meta.created_at, "schema_version": self.schema_version,
                "holders": count("holders"), "collections": count("collections"),
                "requests": count("requests"), "attachments": count("blobs"), "bytes_on_disk": size}


def connect_db(db_path: Path, master: bytes):
    dbapi = _dbapi()
    conn = dbapi.connect(str(db_path), isolation_level=None, check_same_thread=False, timeout=30)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    except dbapi.DatabaseError:
        pass
    conn.execute(f"PRAGMA key = \"x'{keys.derive(master, 'sqlcipher').hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError:
        conn.close()
        raise
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    # keep decrypted pages in memory: each page read from disk costs an AES decryption
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _check_db_file(meta: VaultMeta) -> None:
    if not (meta.path / "vault.db").exists():
        raise VaultCorrupt(f"The vault database is missing ({meta.path / 'vault.db'}).",
                           "Restore the vault with `faceledger vault restore FILE`.",
                           zh=f"保险库数据库不见了（{meta.path / 'vault.db'}）。",
                           hint_zh=RESTORE_HINT_ZH)
    if (meta.path / "vault.db").stat().st_size == 0:  # SQLite would take it as a new, empty database
        raise VaultCorrupt(f"The vault database is empty (0 bytes): {meta.path / 'vault.db'}. Its data is not "
                           "there; nothing was changed.",
                           "Restore the vault with `faceledger vault restore FILE`.",
                           zh=f"保险库数据库是空的（0 字节）：{meta.path / 'vault.db'}。里面没有数据；未做任何改动。",
                           hint_zh=RESTORE_HINT_ZH)


def _open_with(meta: VaultMeta, candidates: list[tuple[str, bytes]]) -> tuple[Vault | None, str, Exception | None]:
    """The vault opened with the first key that opens its database, and where that key was."""
    last: Exception | None = None
    for source, master in candidates:
        try:
            return Vault(meta, master), source, None
        except _dbapi().DatabaseError as err:
            last = err
    return None, "", last


def open_vault(name: str = "default", passphrase: str | PassphraseProvider | None = None) -> Vault:
    """Open an existing vault. ``passphrase`` (a string or a callable asked only when needed).

    The key is looked for in every place ``Vault.rekey`` writes one: the keychain's entry (a keychain vault's
    only: copies restored before restores got their own id share their source's) and its pending entry, no passphrase needed; then vault.key and
    vault.key.pending with the passphrase. The key that opens the database is the vault's key, and the place it
    was in says the mode (a key file: passphrase; the keychain: keychain). So after an interrupted rekey the old
    credential opens the vault until the database took the new key and the new credential from then on, never
    both and never neither; opening then completes the rekey."""
    meta = read_meta(name)
    if meta.key_mode not in ("keychain", "passphrase"):
        raise VaultCorrupt(f"Unknown key mode {meta.key_mode!r} in {meta.path / 'vault.json'}.",
                           zh=f"{meta.path / 'vault.json'} 中的密钥保管方式 {meta.key_mode!r} 未知。")
    _check_db_file(meta)
    found: list[tuple[str, bytes]] = []
    keychain_error: FaceLedgerError | None = None
    keychain_ok, keychain_why = keys.keychain_status()
    try:
        if meta.key_mode == "keychain" or keychain_ok:  # a keychain vault says why it cannot
            for suffix in ("", ":pending") if meta.key_mode == "keychain" else (":pending",):
                key = keys.keychain_load(meta.id, suffix=suffix)
                if key is not None:
                    found.append(("keychain" + suffix, key))
    except (KeychainUnavailable, VaultCorrupt) as err:
        keychain_error = err
    vault, source, last = _open_with(meta, found)
    files = [f for f in ("vault.key", "vault.key.pending")
             if (meta.path / f).exists() or (f == "vault.key" and meta.key_mode == "passphrase")]
    wrong: WrongPassphrase | None = None
    damaged: VaultCorrupt | None = None
    if vault is None and files:
        pw = passphrase() if callable(passphrase) else passphrase
        if not pw:
            if keychain_error is not None and meta.key_mode == "keychain":
                raise keychain_error
            raise VaultError(f"Vault {name!r} needs its passphrase.",
                             "Give it with FACELEDGER_PASSPHRASE or --passphrase-file, or type it when asked.",
                             zh=f"保险库 {name!r} 需要口令。",
                             hint_zh="请设置 FACELEDGER_PASSPHRASE、使用 --passphrase-file，或在提示时输入。")
        unwrapped = []
        for f in files:
            try:
                unwrapped.append((f, keys.unwrap_key(keys.read_keyfile(meta.path / f), pw)))
            except WrongPassphrase as err:
                wrong = err
            except VaultCorrupt as err:
                damaged = damaged or err
        found += unwrapped
        vault, source, last_file = _open_with(meta, unwrapped)
        last = last_file or last
    if vault is None:
        if wrong is not None:  # not this vault's passphrase (maybe the one before an interrupted rekey)
            raise wrong
        if keychain_error is not None and meta.key_mode == "keychain":
            raise keychain_error
        if damaged is not None:
            raise damaged
        if not found:
            raise KeychainUnavailable(
                f"The key of vault {name!r} is not in this system's keychain.",
                "If you moved the vault from another computer, use `faceledger vault backup` there and "
                "`faceledger vault restore` here.",
                zh=f"保险库 {name!r} 的密钥不在本系统的钥匙串中。",
                hint_zh="如果保险库是从另一台电脑搬来的，请在那台电脑上备份保险库，再在这里从备份恢复。")
        if not keychain_ok and "vault.key" in dict(found) and "not a database" in str(last):
            # the key does not match (a damaged database says "malformed"): a move to the keychain may have been
            # interrupted, and the keychain that would hold the key cannot be looked at
            raise KeychainUnavailable(
                f"The passphrase is right, but the vault's database does not open with the key it unlocks ({last}). "
                "If a move of the key to the OS keychain (`vault rekey --to-keychain`) was interrupted, the key is "
                f"in the keychain, which cannot be used here: {keychain_why}. Otherwise the database is damaged. "
                "Nothing was changed.",
                "Unlock or start your keychain and try again; if that does not help, restore the vault from a "
                "backup with `faceledger vault restore FILE`.",
                zh=(f"口令正确，但保险库数据库无法用它解开的密钥打开（{last}）。如果把密钥移到系统钥匙串（vault rekey "
                    f"--to-keychain）的操作被中断，密钥就在钥匙串中，而这里无法使用钥匙串："
                    f"{keys.keychain_reason_zh(keychain_why)}。否则就是数据库已损坏。未做任何更改。"),
                hint_zh="请解锁或启动钥匙串后重试；如果仍然不行，" + RESTORE_HINT_ZH)
        raise VaultCorrupt(f"The vault database cannot be read: it is damaged, foreign, or the key does not match "
                           f"({last}). Nothing was changed.",
                           "Restore the vault from a backup with `faceledger vault restore FILE`.",
                           zh=f"无法读取保险库数据库：它已损坏、来自别处，或密钥不匹配（{last}）。未做任何更改。",
                           hint_zh=RESTORE_HINT_ZH)
    pending_is_current = dict(found).get("keychain:pending") == vault._master
    if source != {"keychain": "keychain", "passphrase": "vault.key"}[meta.key_mode] or pending_is_current:
        _finish_pending(vault, source, pending_is_current)
    return vault


def _finish_pending(vault: Vault, source: str, pending_is_current: bool) -> None:
    """A rekey was interrupted after the database took the new key, found at ``source``: make that key current,
    in the mode its place says."""
    if source == "vault.key.pending":
        os.replace(vault.path / "vault.key.pending", vault.path / "vault.key")
        keys._fsync_dir(vault.path)
    elif source == "keychain:pending":
        keys.keychain_store(vault.meta.id, vault._master)
    target = "keychain" if source.startswith("keychain") else "passphrase"
    if target != vault.meta.key_mode:
        vault._set_key_mode(target)
    if pending_is_current:  # a pending key that is not this one may be another process's rekey: left alone
        keys.keychain_delete(vault.meta.id, suffix=":pending")


def tighten_permissions(folder: Path) -> None:
    """A vault's folder 0700 and its files 0600 (vault.db, its WAL, vault.json, vault.key, the attachments),
    whatever umask made them; older vaults are tightened when they open. Never fails an open."""
    try:
        for d, dirs, files in os.walk(folder):
            os.chmod(d, 0o700)
            for f in files:
                fp = os.path.join(d, f)
                if os.lstat(fp).st_mode & 0o077:
                    os.chmod(fp, 0o600)
    except OSError:
        pass


def make_staging_dir(staging: Path) -> None:
    """The folder a new vault is built in, beside where it will live; a data folder that cannot hold
    it (a file, read-only, missing drive) is said as such, with where the data folder comes from."""
    try:
        paths.private_dir(staging.parent)
        staging.mkdir(mode=0o700)
    except OSError as err:
        raise VaultError(f"Cannot create a vault in {staging.parent}: {err.strerror or err}.",
                         "Check that this data folder is a writable folder (it is $FACELEDGER_HOME/vaults "
                         "when FACELEDGER_HOME is set).",
                         zh=f"无法在 {staging.parent} 中创建保险库：{os_reason_zh(err)}。",
                         hint_zh=("请确认这个数据文件夹可以写入（设置了 FACELEDGER_HOME 时，"
                                  "它是 $FACELEDGER_HOME/vaults）。")) from None


def create_vault(name: str = "default", *, passphrase: str | None = None, use_keychain: bool | None = None,
                 master: bytes | None = None, vault_id: str | None = None) -> Vault:
    """Create a vault. With ``passphrase`` the key is wrapped by it; otherwise the OS keychain holds it.

    ``use_keychain=None`` means: keychain when no passphrase is given.
    """
    d = vault_dir(name)
    if (d / "vault.json").exists():
        raise VaultError(f"A vault named {name!r} already exists at {d}.",
                         "Choose another name with --vault NAME.",
                         zh=f"名为 {name!r} 的保险库已经存在于 {d}。",
                         hint_zh="请换一个名称（--vault 名称）。")
    if use_keychain is None:
        use_keychain = passphrase is None
    if use_keychain:
        ok, why = keys.keychain_status()
        if not ok:
            raise KeychainUnavailable(f"Cannot keep the vault key in the OS keychain: {why}.",
                                      "Choose a passphrase instead (FACELEDGER_PASSPHRASE, --passphrase-file, "
                                      "or type it when asked).",
                                      zh=f"无法把保险库密钥保存在系统钥匙串中：{keys.keychain_reason_zh(why)}。",
                                      hint_zh=("请改用口令（FACELEDGER_PASSPHRASE、--passphrase-file，或在提示时"
                                               "输入）。"))
    elif passphrase is None:
        raise InvalidValue("A passphrase is needed for a vault without keychain.", field="passphrase",
                           zh="不使用钥匙串的保险库需要口令。")
    else:
        keys.check_new_passphrase(passphrase)
    master = master or keys.new_key()
    vault_id = vault_id or uuid.uuid4().hex
    staging = d.with_name(f".{d.name}.creating-{secrets.token_hex(4)}")
    make_staging_dir(staging)
    try:
        os.chmod(staging, 0o700)
        if not use_keychain:
            keys.write_keyfile(staging / "vault.key", keys.wrap_key(master, passphrase or ""))
        conn = connect_db(staging / "vault.db", master)
        try:  # the schema now, so that a vault.db of 0 bytes can only mean damage (_check_db_file refuses it)
            schema.migrate(conn, _dbapi().complete_statement)
        finally:
            conn.close()
        meta = {"format": FORMAT, "version": 1, "id": vault_id,
                "key_mode": "keychain" if use_keychain else "passphrase", "created_at": now_utc()}
        _write_json_atomic(staging / "vault.json", meta)
        if use_keychain:
            keys.keychain_store(vault_id, master)
        paths.private_dir(d.parent)
        tighten_permissions(staging)
        os.replace(staging, d)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return open_vault(name, passphrase)
