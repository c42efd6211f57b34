"""A shareable directory of holders: names, categories, contact channels, sources, last verified.

Never the user's own facts: no notes, collections or requests leave through a directory file.
Importing merges: a holder already known (same uid, or same name and city) is not duplicated; blank
local fields are filled from the directory; differing values are reported as conflicts and the local
value is kept.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, ImportRejected, problem, zh_of
from faceledger.ledger import store
from faceledger.ledger.model import Holder
from faceledger.ledger.transfer import _read_json
from faceledger.outfile import write_bytes_atomic
from faceledger.vault.store import Vault, now_utc

DIRECTORY_FORMAT = "faceledger-directory"
FIELDS = Holder.DIRECTORY_FIELDS


def _key(name: str, city: str | None) -> tuple[str, str]:
    def norm(s: str | None) -> str:
        s = unicodedata.normalize("NFKC", s or "").casefold()
        return "".join(ch for ch in s if ch.isalnum())

    return norm(name), norm(city)


def export_directory(vault: Vault, path: str | Path, *, title: str = "", holder_ids: list[int] | None = None) -> int:
    holders = store.list_holders(vault)
    if holder_ids is not None:
        wanted = set(holder_ids)
        holders = [h for h in holders if h.id in wanted]
    entries = [{f: getattr(h, f) for f in FIELDS} for h in holders]
    data = {"format": DIRECTORY_FORMAT, "version": 1, "title": title, "exported_at": now_utc(), "holders": entries}
    write_bytes_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), "directory file")
    return len(entries)


@dataclass
class Conflict:
    holder: str
    field: str
    local: Any
    directory: Any

    def __str__(self) -> str:
        return f"{self.holder}: {self.field}: kept {self.local!r}, directory has {self.directory!r}"


@dataclass
class MergeReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.updated)} completed, {len(self.unchanged)} unchanged, "
                f"{len(self.conflicts)} conflict(s)")


def read_directory(path: str | Path) -> list[Holder]:
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("format") != DIRECTORY_FORMAT:
        raise ImportRejected(f"{path} is not a FaceLedger directory file; nothing was imported.",
                             [problem("the 'format' field must be 'faceledger-directory'",
                                     "“format”字段必须是“faceledger-directory”")],
                             zh=f"{path} 不是人脸账本的名录文件；未导入任何内容。")
    entries = data.get("holders")
    if not isinstance(entries, list):
        raise ImportRejected(f"{path} lists no holders; nothing was imported.",
                             [problem("holders: missing", "holders：缺少持有方列表")],
                             zh=f"{path} 中没有列出持有方；未导入任何内容。")
    problems, out = [], []
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            problems.append(problem(f"holders[{i}]: not an object", f"holders[{i}]：不是一个对象"))
            continue
        extra = set(e) - set(FIELDS) - {"name"}
        if extra:
            problems.append(problem(f"holders[{i}]: fields not allowed in a directory: {', '.join(sorted(extra))}",
                                    f"holders[{i}]：名录中不允许的字段：{', '.join(sorted(extra))}"))
            continue
        try:
            out.append(Holder.from_dict(e).validate())
        except (FaceLedgerError, TypeError) as err:
            who = e.get('name_zh') or e.get('name') or '?'
            problems.append(problem(f"holders[{i}] ({who}): {err}", f"holders[{i}]（{who}）：{zh_of(err)}"))
    if problems:
        raise ImportRejected(f"{path} has {len(problems)} problem(s); nothing was imported.", problems,
                             zh=f"{path} 有 {len(problems)} 个问题；未导入任何内容。")
    return out


def merge_directory(vault: Vault, path: str | Path) -> MergeReport:
    incoming = read_directory(path)
    local = store.list_holders(vault)
    by_uid = {h.uid: h for h in local}
    by_key = {_key(h.name_zh, h.city): h for h in local}
    report = MergeReport()
    with vault.transaction() as db:
        for new in incoming:
            match = by_uid.get(new.uid) if new.uid else None
            match = match or by_key.get(_key(new.name_zh, new.city))
            if match is None:
                store.add_holder(vault, new, db=db)
                by_key[_key(new.name_zh, new.city)] = new
                if new.uid:
                    by_uid[new.uid] = new
                report.added.append(new.name_zh)
                continue
            changed = False
            for f in FIELDS:
                if f == "uid":
                    continue
                mine, theirs = getattr(match, f), getattr(new, f)
                if f == "sources":
                    merged = list(dict.fromkeys([*mine, *theirs]))
                    if merged != mine:
                        match.sources = merged
                        changed = True
                    continue
                if theirs in (None, "") or mine == theirs:
                    continue
                if f == "last_verified" and (mine is None or theirs > mine):
                    match.last_verified = theirs
                    changed = True
                elif mine in (None, ""):
                    setattr(match, f, theirs)
                    changed = True
                elif f != "last_verified":
                    report.conflicts.append(Conflict(match.name_zh, f, mine, theirs))
            if changed:
                store.write_holder_update(db, match)
                report.updated.append(match.name_zh)
            else:
                report.unchanged.append(match.name_zh)
    return report
