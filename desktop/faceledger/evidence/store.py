"""The evidence log in a vault: cases and their append-only, hash-chained entries with exhibits.

Exhibits are hashed (SHA-256, streamed) while they are encrypted into the vault's blob store; the entry
that names them is then written in one transaction that also checks, in the database itself, that it
continues its case's chain. Nothing here updates or deletes a case, an entry or an exhibit: the
storage refuses it (see migration m0002).
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound
from faceledger.evidence import chain, signing
from faceledger.evidence.model import (
    Case,
    Entry,
    Exhibit,
    ExhibitSource,
    NewEntry,
    Timestamp,
    check_text,
    check_timezone,
    local_timezone_name,
)
from faceledger.safetext import display_path
from faceledger.vault.store import Vault, now_utc

Progress = Callable[[int], None]
Cancelled = Callable[[], bool]

_CASE_COLS = "id, uid, name, description, timezone, key_fingerprint, genesis_hash, created_at"
_ENTRY_COLS = ("id, seq, recorded_at, occurred_at, timezone, kind, title, description, source, corrects_seq, "
               "request_uid, prev_hash, hash")
_EXHIBIT_COLS = ("entry_id, blob_id, sha256, size, filename, media_type, captured_at, capture_method, device, collector, "
                 "file_modified")

TIMEZONE_SETTING = "evidence.timezone"


class EvidenceCancelled(FaceLedgerError):
    """The user cancelled while exhibits were being added; nothing was recorded."""


# ------------------------------------------------------------------ cases

def default_timezone(vault: Vault) -> str:
    return vault.get_setting(TIMEZONE_SETTING) or local_timezone_name()


def _case(row: Any, vault: Vault) -> Case:
    head = vault.query_one("SELECT count(*), (SELECT hash FROM ev_entries WHERE case_id = ? ORDER BY seq DESC "
                           "LIMIT 1) FROM ev_entries WHERE case_id = ?", (row[0], row[0]))
    return Case(*row, entry_count=head[0], head_hash=head[1])


def create_case(vault: Vault, name: str, *, description: str | None = None,
                timezone: str | None = None) -> Case:
    name = check_text(name, "case name", required=True, max_len=200, one_line=True) or ""
    description = check_text(description, "description")
    timezone = check_timezone(timezone) or default_timezone(vault)
    same = [r[0] for r in vault.query("SELECT name FROM ev_cases") if r[0].casefold() == name.casefold()]
    if same:  # a case is found by its name (CLI, bundle file names): two of one name would be confused
        raise InvalidValue(f"A case named {same[0]!r} already exists.", "Choose another name (add the other party or "
                           "a year, for example).", field="case name",
                           zh=f"已经有一个名为“{same[0]}”的案件。", hint_zh="请换一个名称（例如加上对方名称或年份）。")
    uid = uuid.uuid4().hex
    created = now_utc()
    fp = signing.fingerprint(vault)
    header = chain.case_header(uid, name, created, timezone, fp)
    genesis = chain.genesis_hash(header)
    with vault.transaction() as db:
        db.execute("INSERT INTO ev_cases(uid, name, description, timezone, key_fingerprint, genesis_hash, header, "
                   "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (uid, name, description, timezone, fp, genesis, chain.canonical(header).decode("utf-8"),
                    created))
    return get_case(vault, uid)


def list_cases(vault: Vault) -> list[Case]:
    return [_case(r, vault) for r in vault.query(f"SELECT {_CASE_COLS} FROM ev_cases ORDER BY id")]


def get_case(vault: Vault, ref: str | int) -> Case:
    """A case by number (as listed), by id (or a unique prefix of it of 6+ characters), or by exact name."""
    ref_s = str(ref).strip()
    rows: list[Any] = []
    if ref_s.isdigit() and len(ref_s) < 6:
        rows = vault.query(f"SELECT {_CASE_COLS} FROM ev_cases WHERE id = ?", (int(ref_s),))
    if not rows and len(ref_s) >= 6:
        rows = vault.query(f"SELECT {_CASE_COLS} FROM ev_cases WHERE uid LIKE ? ESCAPE '\\'",
                           (ref_s.lower().replace("%", r"\%").replace("_", r"\_") + "%",))
    if not rows:
        rows = vault.query(f"SELECT {_CASE_COLS} FROM ev_cases WHERE name = ?", (ref_s,))
    if not rows:
        raise NotFound(f"No evidence case {ref_s!r} in this vault.",
                       "List them with `faceledger evidence case list`.",
                       zh=f"这个保险库中没有案件 {ref_s!r}。",
                       hint_zh="请在“证据”页面查看案件列表。")
    if len(rows) > 1:
        raise InvalidValue(f"{ref_s!r} matches {len(rows)} cases; give the case id.", field="case",
                           zh=f"{ref_s!r} 与 {len(rows)} 个案件相符；请给出案件编号。")
    return _case(rows[0], vault)


def case_header(vault: Vault, case: Case) -> dict:
    import json

    row = vault.query_one("SELECT header FROM ev_cases WHERE id = ?", (case.id,))
    return json.loads(row[0])


# ------------------------------------------------------------------ entries

def _check_file(path: str) -> Path:
    p = Path(path).expanduser()
    path = display_path(path)  # for the messages below
    if not p.exists():
        raise FaceLedgerError(f"Exhibit file not found: {path}", "Check the path; nothing was recorded.",
                              zh=f"找不到证据文件：{path}",
                              hint_zh="请检查路径；没有记录任何内容。")
    if p.is_dir():
        raise FaceLedgerError(f"This is a folder, not a file: {path}", "Give each file with its own --file.",
                              zh=f"这是文件夹，不是文件：{path}",
                              hint_zh="请逐个添加文件；没有记录任何内容。")
    if not p.is_file():  # a device or a pipe (/dev/zero) would be read into the vault forever
        raise FaceLedgerError(f"This is not an ordinary file (a device or a pipe?): {path}", "Nothing was recorded.",
                              zh=f"这不是普通文件（是设备或管道？）：{path}",
                              hint_zh="没有记录任何内容。")
    if not os.access(p, os.R_OK):
        raise FaceLedgerError(f"Cannot read the exhibit file {path} (permission denied).",
                              "Nothing was recorded.",
                              zh=f"无法读取证据文件 {path}（没有权限）。",
                              hint_zh="没有记录任何内容。")
    return p


def _store_exhibits(vault: Vault, sources: list[ExhibitSource], progress: Progress | None,
                    cancelled: Cancelled | None) -> list[tuple[Exhibit, ExhibitSource]]:
    """Encrypt each file into the blob store, hashing it as it streams. All or nothing."""
    files = [_check_file(s.path) for s in sources]
    total = sum(f.stat().st_size for f in files) or 1
    done_before = 0
    stored: list[tuple[Exhibit, ExhibitSource]] = []

    def on_bytes(n: int) -> None:
        if cancelled and cancelled():
            raise EvidenceCancelled("Cancelled; nothing was recorded.",
                                    zh="已取消；没有记录任何内容。")
        if progress:
            progress(min(100, (done_before + n) * 100 // total))

    try:
        for f, src in zip(files, sources):
            # any name the file system allows: bytes that are not UTF-8 (a GBK name from a Windows ZIP) and
            # controls are kept visibly escaped (\xb2), so the record, the bundle and the report stay valid text
            name = display_path(f.name)
            media_type = mimetypes.guess_type(name)[0]
            modified = datetime.fromtimestamp(f.stat().st_mtime, UTC).isoformat(timespec="seconds")
            blob = vault.add_blob(f, filename=name, media_type=media_type, progress=on_bytes)
            stored.append((Exhibit(sha256=blob["sha256"], size=blob["size"], filename=name,
                                   media_type=media_type, captured_at=src.captured_at,
                                   capture_method=src.capture_method, device=src.device,
                                   collector=src.collector, file_modified=modified, blob_id=blob["id"]), src))
            done_before += blob["size"]
    except BaseException:
        _forget_blobs(vault, [e.blob_id for e, _ in stored if e.blob_id])
        raise
    return stored


def _forget_blobs(vault: Vault, blob_ids: list[str]) -> None:
    """Remove blobs this module just stored for an entry that was then not written."""
    for blob_id in blob_ids:
        try:
            with vault.transaction() as db:
                db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
            vault.blobs.delete(blob_id)
        except Exception:  # noqa: BLE001 - a leftover encrypted blob is harmless
            pass


def _write_entry(vault: Vault, case: Case, new: NewEntry, exhibits: list[Exhibit]) -> Entry:
    recorded = now_utc()
    with vault.transaction() as db:
        last = db.execute("SELECT seq, hash FROM ev_entries WHERE case_id = ? ORDER BY seq DESC LIMIT 1",
                          (case.id,)).fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, case.genesis_hash)
        if new.corrects_seq is not None and not (1 <= new.corrects_seq < seq):
            raise NotFound(f"Case {case.name!r} has no entry {new.corrects_seq} to correct.",
                           zh=f"案件 {case.name!r} 中没有可更正的第 {new.corrects_seq} 条记录。")
        entry = Entry(case_uid=case.uid, seq=seq, recorded_at=recorded, occurred_at=new.occurred_at,
                      timezone=new.timezone or case.timezone, kind=new.kind, title=new.title,
                      description=new.description, source=new.source, corrects_seq=new.corrects_seq,
                      request_uid=new.request_uid, exhibits=tuple(exhibits), prev_hash=prev, hash="")
        record = entry.record()
        digest = chain.entry_hash(record)
        cur = db.execute(
            "INSERT INTO ev_entries(case_id, seq, recorded_at, occurred_at, timezone, kind, title, description, "
            "source, corrects_seq, request_uid, prev_hash, hash, canonical) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (case.id, seq, recorded, entry.occurred_at, entry.timezone, entry.kind, entry.title,
             entry.description, entry.source, entry.corrects_seq, entry.request_uid, prev, digest,
             chain.canonical(record).decode("utf-8")))
        entry_id = cur.lastrowid
        for pos, ex in enumerate(exhibits, start=1):
            db.execute(f"INSERT INTO ev_exhibits(position, {_EXHIBIT_COLS}) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (pos, entry_id, ex.blob_id, ex.sha256, ex.size, ex.filename, ex.media_type,
                        ex.captured_at, ex.capture_method, ex.device, ex.collector, ex.file_modified))
    return get_entry(vault, case, seq)


def add_entry(vault: Vault, case_ref: str | int | Case, new: NewEntry, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Entry:
    """Record a new entry (and its exhibits) at the end of the case's chain."""
    case = case_ref if isinstance(case_ref, Case) else get_case(vault, case_ref)
    new.validate()
    stored = _store_exhibits(vault, new.exhibits, progress, cancelled)
    try:
        entry = _write_entry(vault, case, new, [e for e, _ in stored])
    except BaseException:
        _forget_blobs(vault, [e.blob_id for e, _ in stored if e.blob_id])
        raise
    if progress:
        progress(100)
    return entry


def correct_entry(vault: Vault, case_ref: str | int | Case, seq: int, new: NewEntry, **kw: Any) -> Entry:
    """A correction: a new entry that names the one it corrects (which stays as it was)."""
    case = case_ref if isinstance(case_ref, Case) else get_case(vault, case_ref)
    get_entry(vault, case, seq)
    new.corrects_seq = int(seq)
    return add_entry(vault, case, new, **kw)


def _exhibits_of(vault: Vault, entry_ids: list[int]) -> dict[int, list[Exhibit]]:
    out: dict[int, list[Exhibit]] = {i: [] for i in entry_ids}
    if not entry_ids:
        return out
    marks = ",".join("?" * len(entry_ids))
    for r in vault.query(f"SELECT {_EXHIBIT_COLS} FROM ev_exhibits WHERE entry_id IN ({marks}) "
                         "ORDER BY entry_id, position", tuple(entry_ids)):
        out[r[0]].append(Exhibit(sha256=r[2], size=r[3], filename=r[4], media_type=r[5], captured_at=r[6],
                                 capture_method=r[7], device=r[8], collector=r[9], file_modified=r[10],
                                 blob_id=r[1]))
    return out


def _timestamps_of(vault: Vault, entry_ids: list[int]) -> dict[int, list[Timestamp]]:
    out: dict[int, list[Timestamp]] = {i: [] for i in entry_ids}
    if not entry_ids:
        return out
    marks = ",".join("?" * len(entry_ids))
    for r in vault.query("SELECT t.id, e.seq, t.scope, t.digest, t.tsa_url, t.gen_time, t.serial, t.token, "
                         f"t.ca_pem, t.entry_id FROM ev_timestamps t JOIN ev_entries e ON e.id = t.entry_id "
                         f"WHERE t.entry_id IN ({marks}) ORDER BY t.id", tuple(entry_ids)):
        out[r[9]].append(Timestamp(id=r[0], seq=r[1], scope=r[2], digest=r[3], tsa_url=r[4], gen_time=r[5],
                                   serial=r[6], token=bytes(r[7]), ca_pem=r[8]))
    return out


def _entries(vault: Vault, case: Case, where: str = "", params: tuple = ()) -> list[Entry]:
    rows = vault.query(f"SELECT {_ENTRY_COLS} FROM ev_entries WHERE case_id = ? {where} ORDER BY seq",
                       (case.id, *params))
    ids = [r[0] for r in rows]
    exhibits = _exhibits_of(vault, ids)
    stamps = _timestamps_of(vault, ids)
    return [Entry(case_uid=case.uid, seq=r[1], recorded_at=r[2], occurred_at=r[3], timezone=r[4], kind=r[5],
                  title=r[6], description=r[7], source=r[8], corrects_seq=r[9], request_uid=r[10],
                  exhibits=tuple(exhibits[r[0]]), prev_hash=r[11], hash=r[12], id=r[0],
                  timestamps=tuple(stamps[r[0]])) for r in rows]


def list_entries(vault: Vault, case_ref: str | int | Case) -> list[Entry]:
    case = case_ref if isinstance(case_ref, Case) else get_case(vault, case_ref)
    return _entries(vault, case)


def get_entry(vault: Vault, case: Case, seq: int) -> Entry:
    found = _entries(vault, case, "AND seq = ?", (int(seq),))
    if not found:
        raise NotFound(f"Case {case.name!r} has no entry {seq}.",
                       f"List its entries with `faceledger evidence list {case.uid[:8]}`.",
                       zh=f"案件 {case.name!r} 中没有第 {seq} 条记录。",
                       hint_zh="请在“证据”页面查看该案件的记录。")
    return found[0]


def check_stored_chain(vault: Vault, case: Case) -> chain.ChainProblem | None:
    """Re-check the stored chain (hashes recomputed from the stored canonical JSON)."""
    import json

    records = []
    for seq, canonical_text, digest in vault.query(
            "SELECT seq, canonical, hash FROM ev_entries WHERE case_id = ? ORDER BY seq", (case.id,)):
        rec = json.loads(canonical_text)
        rec["hash"] = digest
        records.append(rec)
    return chain.check_entries(records, case.genesis_hash, case.uid)
