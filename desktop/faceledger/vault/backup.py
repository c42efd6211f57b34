"""Backups: one file that restores a vault on any machine, still encrypted throughout.

The file is a ZIP (stored, not compressed: everything inside is already encrypted) with
``backup.json`` (format, vault id, the master key wrapped under the backup passphrase with argon2id
and AES-GCM), ``vault.db`` (the SQLCipher database as is) and ``blobs/..`` (encrypted attachments).
Nothing in it is readable without the passphrase.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import uuid
import zipfile
from pathlib import Path

from faceledger.errors import FaceLedgerError, VaultError, os_reason_zh
from faceledger.outfile import check_input_file, check_output_path
from faceledger.vault import keys
from faceledger.vault.store import FORMAT, Vault, _write_json_atomic, connect_db, make_staging_dir, now_utc, vault_dir

BACKUP_FORMAT = "faceledger-backup"
_BLOB_NAME = re.compile(r"^blobs/[0-9a-f]{2}/[0-9a-f]{32}$")


def backup(vault: Vault, dest: str | Path, passphrase: str) -> dict:
    keys.check_new_passphrase(passphrase)
    dest = check_output_path(dest, "backup")
    tmp = dest.with_name(dest.name + ".part")
    manifest = {"format": BACKUP_FORMAT, "version": 1, "vault_id": vault.meta.id, "vault_name": vault.name,
                "created_at": now_utc(), "schema_version": vault.schema_version,
                "key": keys.wrap_key(vault._master, passphrase, aad=b"faceledger backup key")}
    n_blobs = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
            z.writestr("backup.json", json.dumps(manifest, indent=1))
            with vault._lock:
                # a write lock for the copy: no one changes the file while it is read
                vault.db.execute("BEGIN IMMEDIATE")
                try:
                    z.write(vault.db_path, "vault.db")
                finally:
                    vault.db.execute("COMMIT")
            for blob_id in vault.blobs.ids():
                z.write(vault.blobs.path(blob_id), f"blobs/{blob_id[:2]}/{blob_id}")
                n_blobs += 1
        os.replace(tmp, dest)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise FaceLedgerError(f"Could not write the backup {dest}: {err.strerror or err}",
                              zh=f"无法写入备份 {dest}：{os_reason_zh(err)}") from None
    return {"file": str(dest), "attachments": n_blobs, "bytes": dest.stat().st_size}


def read_backup_manifest(src: str | Path) -> dict:
    if Path(src).exists() and not Path(src).is_dir():
        check_input_file(src, "backup file")  # a device or a pipe: refused, not read forever
    try:
        with zipfile.ZipFile(src) as z:
            data = json.loads(z.read("backup.json"))
    except FileNotFoundError:
        raise FaceLedgerError(f"File not found: {src}",
                              zh=f"找不到文件：{src}") from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, RecursionError) as err:
        raise FaceLedgerError(f"{src} is not a FaceLedger backup ({err}); nothing was changed.",
                              zh=f"{src} 不是人脸账本的备份文件（{err}）；未做任何更改。") from None
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT or data.get("version") != 1:
        raise FaceLedgerError(f"{src} is not a FaceLedger backup (unknown format); nothing was changed.",
                              zh=f"{src} 不是人脸账本的备份文件（格式未知）；未做任何更改。")
    return data


def restore(src: str | Path, name: str, passphrase: str, *, new_passphrase: str | None = None,
            use_keychain: bool = False) -> Vault:
    """Restore a backup as vault ``name`` (which must not exist yet).

    The backup passphrase unlocks it. The restored vault keeps its key in the OS keychain when
    ``use_keychain``; otherwise under ``new_passphrase`` (default: the backup passphrase).
    """
    from faceledger.vault.store import open_vault

    manifest = read_backup_manifest(src)
    master = keys.unwrap_key(manifest["key"], passphrase, aad=b"faceledger backup key")
    d = vault_dir(name)
    if (d / "vault.json").exists():
        raise VaultError(f"A vault named {name!r} already exists; nothing was changed.",
                         "Restore under another name with --vault NEW_NAME.",
                         zh=f"已经有名为 {name!r} 的保险库；未做任何更改。",
                         hint_zh="请换一个名称恢复（命令行：--vault 新名称）。")
    staging = d.with_name(f".{d.name}.restoring")
    shutil.rmtree(staging, ignore_errors=True)
    make_staging_dir(staging)
    try:
        os.chmod(staging, 0o700)
        with zipfile.ZipFile(src) as z:
            names = z.namelist()
            if "vault.db" not in names:
                raise FaceLedgerError(f"{src} holds no database; nothing was changed.",
                                      zh=f"{src} 里没有数据库；未做任何更改。")
            for n in names:
                if n == "backup.json":
                    continue
                if n != "vault.db" and not _BLOB_NAME.match(n):
                    raise FaceLedgerError(f"{src} holds an unexpected entry {n!r}; nothing was changed.",
                                          zh=f"{src} 含有不应有的条目 {n!r}；未做任何更改。")
                target = staging / n
                target.parent.mkdir(parents=True, exist_ok=True)
                with z.open(n) as fin, open(target, "wb") as fout:
                    shutil.copyfileobj(fin, fout, 1 << 20)
        try:
            connect_db(staging / "vault.db", master).close()
        except Exception as err:
            raise FaceLedgerError(f"The database in {src} does not open with its key ({err}); "
                                  "the backup is damaged. Nothing was changed.",
                                  zh=f"{src} 中的数据库无法用其密钥打开（{err}）：备份已损坏。未做任何更改。") from None
        # a new id: the vault the backup came from may still exist on this machine (a copy for a client, a test
        # restore); under its id the copy would overwrite that vault's keychain entry with the backup's key
        vault_id = uuid.uuid4().hex
        if use_keychain:
            keys.keychain_store(vault_id, master)
            mode = "keychain"
        else:
            pw = new_passphrase or passphrase
            keys.check_new_passphrase(pw)
            keys.write_keyfile(staging / "vault.key", keys.wrap_key(master, pw))
            mode = "passphrase"
        _write_json_atomic(staging / "vault.json", {"format": FORMAT, "version": 1, "id": vault_id,
                                                    "key_mode": mode, "created_at": now_utc(),
                                                    "restored_from": manifest.get("created_at"),
                                                    "restored_from_id": manifest.get("vault_id")})
        d.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, d)
    except zipfile.BadZipFile as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise FaceLedgerError(f"{src} is damaged ({err}); nothing was changed.",
                              zh=f"{src} 已损坏（{err}）；未做任何更改。") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return open_vault(name, new_passphrase or passphrase)
