"""Numbered schema migrations, applied in order when a vault opens.

Each migration is a module ``faceledger.vault.migrations.mNNNN_name`` with ``SQL`` (statements
separated by semicolons; triggers allowed) and optionally ``def apply(conn)`` for data changes.
``PRAGMA user_version`` holds the version reached. Each migration runs in its own transaction.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType

from faceledger.vault import migrations as _pkg


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: ModuleType


def _discover() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(_pkg.__path__):
        m = re.match(r"^m(\d{4})_(\w+)$", info.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2),
                                   importlib.import_module(f"{_pkg.__name__}.{info.name}")))
    found.sort(key=lambda x: x.version)
    for i, mig in enumerate(found, start=1):
        if mig.version != i:
            raise RuntimeError(f"migrations must be numbered 1..N without gaps; found {mig.version} at {i}")
    return found


MIGRATIONS = _discover()
SCHEMA_VERSION = MIGRATIONS[-1].version if MIGRATIONS else 0


def split_sql(sql: str, complete_statement) -> list[str]:
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def migrate(conn, complete_statement, target: int | None = None) -> int:
    """Bring the database to ``target`` (default: the newest). Returns the version reached."""
    target = SCHEMA_VERSION if target is None else target
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        from faceledger.errors import VaultError

        raise VaultError(f"This vault was written by a newer FaceLedger (schema {current}, "
                         f"this version knows up to {SCHEMA_VERSION}).",
                         "Update FaceLedger to open it; nothing was changed.",
                         zh=(f"这个保险库由更新版本的人脸账本写入（数据结构版本 {current}，"
                             f"本版本最高只支持 {SCHEMA_VERSION}）。"),
                         hint_zh="请更新人脸账本后再打开；未做任何更改。")
    for mig in MIGRATIONS:
        if mig.version <= current or mig.version > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in split_sql(getattr(mig.module, "SQL", ""), complete_statement):
                conn.execute(stmt)
            apply = getattr(mig.module, "apply", None)
            if apply:
                apply(conn)
            conn.execute(f"PRAGMA user_version = {mig.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = mig.version
    return current
