"""Storage of the ledger in a vault: holders, collections, requests and the request timeline.

Every write is one transaction. Functions take an open :class:`~faceledger.vault.store.Vault`.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from faceledger.errors import InvalidValue, NotFound
from faceledger.ledger.model import OPEN_STATES, WAITING_STATES, Collection, Holder, Request, Subject
from faceledger.vault.store import Vault, now_utc

_HOLDER_COLS = ("id", "uid", "name_zh", "name_en", "category", "city", "address", "email", "postal_address",
                "phone", "web_form", "pi_officer", "notes", "sources", "last_verified", "created_at", "updated_at",
                "acting_for", "subject")
_COLLECTION_COLS = ("id", "uid", "holder_id", "date", "context", "place", "private_space", "purpose_stated",
                    "consent", "alternative_offered", "service_refused_without_face", "signage", "minor_under_14",
                    "guardian_consent", "sensitive_inference", "stored_off_device", "retention_stated",
                    "scale_over_100k", "notes", "created_at",
                    "legal_basis_claimed", "identification", "relationship_ended", "acting_for", "subject")
_REQUEST_COLS = ("id", "uid", "holder_id", "collection_id", "type", "state", "channel", "date_sent", "due_date",
                 "reply_date", "reply_summary", "reference", "document_blob", "reply_blob", "notes", "created_at",
                 "updated_at")
_BOOLS = {"purpose_stated", "alternative_offered", "service_refused_without_face", "signage", "minor_under_14",
          "guardian_consent", "stored_off_device", "retention_stated", "scale_over_100k", "relationship_ended"}


def _subject_in(value: Any) -> Subject | None:
    """The subject column (JSON) as a Subject."""
    return Subject.from_dict(json.loads(value)) if value else None


def _subject_out(subject: Subject | None) -> str | None:
    return json.dumps(subject.to_dict(), ensure_ascii=False) if subject else None


def _column_value(obj: Any, col: str) -> Any:
    """A field as its column stores it (lists and the subject as JSON)."""
    value = getattr(obj, col)
    if col == "subject":
        return _subject_out(value)
    if col in ("sources", "sensitive_inference"):
        return json.dumps(value, ensure_ascii=False)
    return value


def _new_uid() -> str:
    return uuid.uuid4().hex


# ------------------------------------------------------------------ holders

def _holder_row(row: Any) -> Holder:
    d = dict(zip(_HOLDER_COLS, row))
    d["sources"] = json.loads(d["sources"] or "[]")
    d["subject"] = _subject_in(d["subject"])
    return Holder(**d)


def add_holder(vault: Vault, holder: Holder, *, db: Any = None) -> Holder:
    holder.validate()
    holder.uid = holder.uid or _new_uid()
    ts = now_utc()
    holder.created_at = holder.created_at or ts
    holder.updated_at = holder.updated_at or ts
    values = [_column_value(holder, c) for c in _HOLDER_COLS[1:]]
    sql = f"INSERT INTO holders({', '.join(_HOLDER_COLS[1:])}) VALUES ({', '.join('?' * (len(_HOLDER_COLS) - 1))})"
    if db is not None:
        cur = db.execute(sql, values)
    else:
        with vault.transaction() as tx:
            cur = tx.execute(sql, values)
    holder.id = cur.lastrowid
    return holder


def get_holder(vault: Vault, holder_id: int) -> Holder:
    row = vault.query_one(f"SELECT {', '.join(_HOLDER_COLS)} FROM holders WHERE id = ?", (int(holder_id),))
    if not row:
        raise NotFound(f"No holder with id {holder_id}.", "List them with `faceledger holder list`.",
                       zh=f"没有编号为 {holder_id} 的持有方。",
                       hint_zh="请在“账本”页面查看持有方列表。")
    return _holder_row(row)


def find_holder_by_uid(vault: Vault, uid: str) -> Holder | None:
    row = vault.query_one(f"SELECT {', '.join(_HOLDER_COLS)} FROM holders WHERE uid = ?", (uid,))
    return _holder_row(row) if row else None


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_holders(vault: Vault, search: str | None = None, category: str | None = None) -> list[Holder]:
    where, params = [], []
    if search:
        s = _like(search.strip())
        where.append("(name_zh LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\' OR city LIKE ? ESCAPE '\\' "
                     "OR notes LIKE ? ESCAPE '\\')")
        params += [s, s, s, s]
    if category:
        where.append("category = ?")
        params.append(category)
    sql = f"SELECT {', '.join(_HOLDER_COLS)} FROM holders"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY name_zh COLLATE NOCASE, id"
    return [_holder_row(r) for r in vault.query(sql, tuple(params))]


@dataclass
class HolderSummary:
    """A holder with the numbers the ledger table shows."""

    holder: Holder
    collections: int
    open_requests: int
    overdue: int
    next_due: str | None


def holder_summaries(vault: Vault, search: str | None = None, today: date | None = None) -> list[HolderSummary]:
    """Holders (optionally filtered) with their collection, open-request and overdue counts."""
    today_s = (today or date.today()).isoformat()
    holders = list_holders(vault, search)
    if not holders:
        return []
    open_q = ",".join("?" * len(OPEN_STATES))
    wait_q = ",".join("?" * len(WAITING_STATES))
    req_sql = (f"SELECT holder_id, count(*), "
               f"sum(CASE WHEN state IN ({wait_q}) AND due_date IS NOT NULL AND due_date < ? THEN 1 ELSE 0 END), "
               f"min(CASE WHEN state IN ({wait_q}) THEN due_date END) "
               f"FROM requests WHERE state IN ({open_q})")
    req_params: list[Any] = [*WAITING_STATES, today_s, *WAITING_STATES, *OPEN_STATES]
    coll_sql = "SELECT holder_id, count(*) FROM collections"
    coll_params: list[Any] = []
    if search and len(holders) <= 5000:  # a filtered table: count only for the holders shown
        ids = [h.id for h in holders]
        marks = ",".join("?" * len(ids))
        req_sql += f" AND holder_id IN ({marks})"
        req_params += ids
        coll_sql += f" WHERE holder_id IN ({marks})"
        coll_params += ids
    coll = dict(vault.query(coll_sql + " GROUP BY holder_id", tuple(coll_params)))
    req = {r[0]: r[1:] for r in vault.query(req_sql + " GROUP BY holder_id", tuple(req_params))}
    out = []
    for h in holders:
        n_open, n_over, nxt = req.get(h.id, (0, 0, None))
        out.append(HolderSummary(h, coll.get(h.id, 0), n_open or 0, n_over or 0, nxt))
    return out


def update_holder(vault: Vault, holder: Holder) -> Holder:
    if holder.id is None:
        raise InvalidValue("The holder has no id.", field="id",
                           zh="这个持有方没有编号。")
    get_holder(vault, holder.id)
    holder.validate()
    with vault.transaction() as db:
        write_holder_update(db, holder)
    return holder


def write_holder_update(db: Any, holder: Holder) -> None:
    """Store every field of an existing holder (inside the caller's transaction)."""
    holder.updated_at = now_utc()
    cols = [c for c in _HOLDER_COLS if c not in ("id", "uid", "created_at")]
    values = [_column_value(holder, c) for c in cols]
    db.execute(f"UPDATE holders SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?", (*values, holder.id))


def delete_holder(vault: Vault, holder_id: int) -> None:
    get_holder(vault, holder_id)
    with vault.transaction() as db:
        blobs = _request_blobs(db, "holder_id = ?", (int(holder_id),))
        db.execute("DELETE FROM holders WHERE id = ?", (int(holder_id),))
    _remove_blobs(vault, blobs)


# ------------------------------------------------------------------ collections

def _collection_row(row: Any) -> Collection:
    d = dict(zip(_COLLECTION_COLS, row))
    d["sensitive_inference"] = json.loads(d["sensitive_inference"] or "[]")
    d["subject"] = _subject_in(d["subject"])
    for b in _BOOLS:
        if d[b] is not None:
            d[b] = bool(d[b])
    return Collection(**d)


def add_collection(vault: Vault, coll: Collection, *, db: Any = None) -> Collection:
    if coll.holder_id is None:
        raise InvalidValue("A collection needs its holder.", field="holder",
                           zh="采集记录需要对应的持有方。")
    coll.validate()
    coll.uid = coll.uid or _new_uid()
    coll.created_at = coll.created_at or now_utc()
    cols = _COLLECTION_COLS[1:]
    values = [_column_value(coll, c) for c in cols]
    sql = f"INSERT INTO collections({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    if db is not None:
        _require_holder(db, coll.holder_id)
        cur = db.execute(sql, values)
    else:
        with vault.transaction() as tx:
            _require_holder(tx, coll.holder_id)
            cur = tx.execute(sql, values)
    coll.id = cur.lastrowid
    return coll


def _require_holder(db: Any, holder_id: int) -> None:
    if not db.execute("SELECT 1 FROM holders WHERE id = ?", (int(holder_id),)).fetchone():
        raise NotFound(f"No holder with id {holder_id}.", "List them with `faceledger holder list`.",
                       zh=f"没有编号为 {holder_id} 的持有方。",
                       hint_zh="请在“账本”页面查看持有方列表。")


def get_collection(vault: Vault, coll_id: int) -> Collection:
    row = vault.query_one(f"SELECT {', '.join(_COLLECTION_COLS)} FROM collections WHERE id = ?", (int(coll_id),))
    if not row:
        raise NotFound(f"No collection with id {coll_id}.",
                       zh=f"没有编号为 {coll_id} 的采集记录。")
    return _collection_row(row)


def list_collections(vault: Vault, holder_id: int | None = None) -> list[Collection]:
    sql = f"SELECT {', '.join(_COLLECTION_COLS)} FROM collections"
    params: tuple = ()
    if holder_id is not None:
        sql += " WHERE holder_id = ?"
        params = (int(holder_id),)
    return [_collection_row(r) for r in vault.query(sql + " ORDER BY date, id", params)]


def update_collection(vault: Vault, coll: Collection) -> Collection:
    if coll.id is None:
        raise InvalidValue("The collection has no id.", field="id",
                           zh="这条采集记录没有编号。")
    get_collection(vault, coll.id)
    coll.validate()
    cols = [c for c in _COLLECTION_COLS if c not in ("id", "uid", "created_at", "holder_id")]
    values = [_column_value(coll, c) for c in cols]
    with vault.transaction() as db:
        db.execute(f"UPDATE collections SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?", (*values, coll.id))
    return coll


def delete_collection(vault: Vault, coll_id: int) -> None:
    get_collection(vault, coll_id)
    with vault.transaction() as db:
        db.execute("DELETE FROM collections WHERE id = ?", (int(coll_id),))


# ------------------------------------------------------------------ requests

def _request_row(row: Any) -> Request:
    return Request(**dict(zip(_REQUEST_COLS, row)))


def add_request(vault: Vault, req: Request, *, note: str | None = None, db: Any = None,
                code: str | None = None, detail: dict | None = None, event_date: str | None = None) -> Request:
    req.validate()
    req.uid = req.uid or _new_uid()
    ts = now_utc()
    req.created_at = req.created_at or ts
    req.updated_at = ts
    cols = _REQUEST_COLS[1:]

    def write(tx: Any) -> None:
        _require_holder(tx, req.holder_id)
        if req.collection_id is not None:
            row = tx.execute("SELECT holder_id FROM collections WHERE id = ?", (req.collection_id,)).fetchone()
            if not row or row[0] != req.holder_id:
                raise InvalidValue(f"Collection {req.collection_id} does not belong to holder {req.holder_id}.",
                                   field="collection",
                                   zh=f"采集记录 {req.collection_id} 不属于持有方 {req.holder_id}。")
        cur = tx.execute(f"INSERT INTO requests({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [getattr(req, c) for c in cols])
        req.id = cur.lastrowid
        _add_event(tx, req.id, event_date or req.date_sent or date.today().isoformat(), req.state, note, ts, code,
                   detail)

    if db is not None:
        write(db)
    else:
        with vault.transaction() as tx:
            write(tx)
    return req


def get_request(vault: Vault, req_id: int) -> Request:
    row = vault.query_one(f"SELECT {', '.join(_REQUEST_COLS)} FROM requests WHERE id = ?", (int(req_id),))
    if not row:
        raise NotFound(f"No request with id {req_id}.", "List them with `faceledger request list`.",
                       zh=f"没有编号为 {req_id} 的请求。",
                       hint_zh="请在“账本”页面查看请求列表。")
    return _request_row(row)


def list_requests(vault: Vault, holder_id: int | None = None, state: str | None = None,
                  today: date | None = None) -> list[Request]:
    sql = f"SELECT {', '.join(_REQUEST_COLS)} FROM requests"
    where, params = [], []
    if holder_id is not None:
        where.append("holder_id = ?")
        params.append(int(holder_id))
    if state == "overdue":
        where.append(f"state IN ({','.join('?' * len(WAITING_STATES))}) AND due_date IS NOT NULL AND due_date < ?")
        params += [*WAITING_STATES, (today or date.today()).isoformat()]
    elif state == "open":
        where.append(f"state IN ({','.join('?' * len(OPEN_STATES))})")
        params += list(OPEN_STATES)
    elif state:
        where.append("state = ?")
        params.append(state)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_request_row(r) for r in vault.query(sql + " ORDER BY coalesce(date_sent, created_at), id",
                                                 tuple(params))]


def overdue_requests(vault: Vault, today: date | None = None) -> list[Request]:
    return list_requests(vault, state="overdue", today=today)


def count_overdue(vault: Vault, today: date | None = None) -> int:
    return vault.query_one(
        f"SELECT count(*) FROM requests WHERE state IN ({','.join('?' * len(WAITING_STATES))}) "
        "AND due_date IS NOT NULL AND due_date < ?", (*WAITING_STATES, (today or date.today()).isoformat()))[0]


_UPDATABLE = {"state", "channel", "date_sent", "due_date", "reply_date", "reply_summary", "reference",
              "document_blob", "reply_blob", "notes", "collection_id", "type"}


def update_request(vault: Vault, req_id: int, *, event_note: str | None = None, event_date: str | None = None,
                   event_code: str | None = None, event_detail: dict | None = None, **changes: Any) -> Request:
    """Change fields of a request; a state change (or a note, or an event code) adds a timeline event."""
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise InvalidValue(f"Cannot change {', '.join(sorted(unknown))} of a request.", field=sorted(unknown)[0],
                           zh=f"不能修改请求的 {', '.join(sorted(unknown))}。")
    req = get_request(vault, req_id)
    old_state = req.state
    for k, v in changes.items():
        setattr(req, k, v)
    req.validate()
    req.updated_at = now_utc()
    cols = sorted(changes) + ["updated_at"]
    with vault.transaction() as db:
        db.execute(f"UPDATE requests SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                   (*[getattr(req, c) for c in cols], req.id))
        if req.state != old_state or event_note or event_code:
            when = event_date or (req.reply_date if req.state.startswith("answered") else None) \
                or date.today().isoformat()
            _add_event(db, req.id, when, req.state, event_note, req.updated_at, event_code, event_detail)
    return req


# What a timeline event records, as a code (rendered in the interface language when shown) and its data:
EVENT_CODES = ("letter_generated",   # detail: reference, format
               "document_added",     # detail: format (another format of the same letter)
               "sent")               # detail: channel (optional)


def _add_event(db: Any, req_id: int, when: str, state: str, note: str | None, recorded_at: str,
               code: str | None = None, detail: dict | None = None) -> None:
    if code is not None and code not in EVENT_CODES:
        raise InvalidValue(f"Unknown request event {code!r}.", field="event",
                           zh=f"未知的请求事件 {code!r}。")
    db.execute("INSERT INTO request_events(request_id, date, state, note, recorded_at, code, detail) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               (req_id, when, state, note, recorded_at, code,
                json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None))


@dataclass
class RequestEvent:
    date: str
    state: str
    note: str | None
    recorded_at: str
    code: str | None = None
    detail: dict | None = None


    def what(self) -> tuple[str | None, dict]:
        """The event's code and data; events recorded before codes existed are read from the English
        notes FaceLedger wrote then ("letter FL-… generated", "sent"), a note the user typed stays a note."""
        if self.code:
            return self.code, dict(self.detail or {})
        m = re.fullmatch(r"letter (\S+) generated", self.note or "")
        if m:
            return "letter_generated", {"reference": m.group(1)}
        if self.note == "sent" and self.state == "sent":
            return "sent", {}
        return None, {}

    @property
    def user_note(self) -> str | None:
        """The user's own words for this event (None when the note was FaceLedger's legacy sentence)."""
        return None if self.code is None and self.what()[0] else self.note


def request_events(vault: Vault, req_id: int) -> list[RequestEvent]:
    return [RequestEvent(d, st, note, rec, code, json.loads(detail) if detail else None)
            for d, st, note, rec, code, detail in vault.query(
                "SELECT date, state, note, recorded_at, code, detail FROM request_events WHERE request_id = ? "
                "ORDER BY date, id", (int(req_id),))]


# ------------------------------------------------------------------ request lifecycle

@dataclass
class RequestDocument:
    format: str        # pdf, docx, eml, txt
    blob_id: str
    created_at: str


def request_documents(vault: Vault, req_id: int) -> list[RequestDocument]:
    """Every file of the request's letter, one per format (the first is also ``document_blob``)."""
    return [RequestDocument(*r) for r in vault.query(
        "SELECT format, blob_id, created_at FROM request_documents WHERE request_id = ? ORDER BY id",
        (int(req_id),))]


def attach_document(vault: Vault, req_id: int, fmt: str, blob_id: str, *, db: Any = None) -> str | None:
    """Record ``blob_id`` as the request's file in ``fmt`` (replacing an earlier file of that format).
    Returns the id of the blob it replaced (for the caller to remove), or None."""
    def write(tx: Any) -> str | None:
        old = tx.execute("SELECT blob_id FROM request_documents WHERE request_id = ? AND format = ?",
                         (int(req_id), fmt)).fetchone()
        tx.execute("INSERT INTO request_documents(request_id, format, blob_id, created_at) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(request_id, format) DO UPDATE SET blob_id = excluded.blob_id, "
                   "created_at = excluded.created_at", (int(req_id), fmt, blob_id, now_utc()))
        if old and old[0] != blob_id:
            tx.execute("UPDATE requests SET document_blob = ? WHERE id = ? AND document_blob = ?",
                       (blob_id, int(req_id), old[0]))
            return old[0]
        return None

    if db is not None:
        return write(db)
    with vault.transaction() as tx:
        replaced = write(tx)
    if replaced:
        _remove_blobs(vault, [replaced])
    return replaced


def find_request_by_reference(vault: Vault, holder_id: int, reference: str) -> Request | None:
    """The holder's request recorded for the letter with this reference (one request per letter)."""
    row = vault.query_one(f"SELECT {', '.join(_REQUEST_COLS)} FROM requests WHERE holder_id = ? AND reference = ? "
                          "ORDER BY id LIMIT 1", (int(holder_id), reference))
    return _request_row(row) if row else None


def set_reply_days(vault: Vault, req_id: int, reply_days: int, *, db: Any = None) -> None:
    sql = ("INSERT INTO request_letters(request_id, reply_days) VALUES (?, ?) "
           "ON CONFLICT(request_id) DO UPDATE SET reply_days = excluded.reply_days")
    if db is not None:
        db.execute(sql, (int(req_id), int(reply_days)))
    else:
        with vault.transaction() as tx:
            tx.execute(sql, (int(req_id), int(reply_days)))


def reply_days(vault: Vault, req_id: int) -> int | None:
    """The reply period the request's letter asked for, in working days (None when not recorded)."""
    row = vault.query_one("SELECT reply_days FROM request_letters WHERE request_id = ?", (int(req_id),))
    return row[0] if row else None


def _request_blobs(db: Any, where: str, params: tuple) -> list[str]:
    ids: list[str] = []
    for doc, reply in db.execute(f"SELECT document_blob, reply_blob FROM requests WHERE {where}", params):
        ids += [b for b in (doc, reply) if b]
    ids += [r[0] for r in db.execute(
        f"SELECT blob_id FROM request_documents WHERE request_id IN (SELECT id FROM requests WHERE {where})",
        params)]
    return list(dict.fromkeys(ids))


def _remove_blobs(vault: Vault, blob_ids: list[str]) -> None:
    """Remove blobs nothing refers to any more. A blob still referenced (the database refuses to drop its
    row) is kept: evidence exhibits hold copies of their own, but nothing is assumed."""
    gone = []
    for blob_id in blob_ids:
        try:
            with vault.transaction() as db:
                db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
            gone.append(blob_id)
        except Exception:  # noqa: BLE001 - still referenced (foreign key): keep it
            continue
    for blob_id in gone:
        try:
            vault.blobs.delete(blob_id)
        except OSError:
            pass  # an unreferenced encrypted file is harmless; the blob record is gone


def delete_request(vault: Vault, req_id: int) -> None:
    """Delete a request with its timeline and its letter's files. Evidence entries that cite it keep their
    own copies of the files and the request's id."""
    get_request(vault, req_id)
    with vault.transaction() as db:
        blobs = _request_blobs(db, "id = ?", (int(req_id),))
        db.execute("DELETE FROM requests WHERE id = ?", (int(req_id),))
    _remove_blobs(vault, blobs)


def discard_draft(vault: Vault, req_id: int) -> None:
    """Delete a request that was never sent (a letter generated and then not used)."""
    req = get_request(vault, req_id)
    if req.state != "draft":
        raise InvalidValue(f"Request {req_id} is not a draft (it is {req.state}); delete it instead.",
                           field="state", zh=f"请求 {req_id} 已不是草稿，不能丢弃；如需移除，请删除它。")
    delete_request(vault, req_id)
