"""Export the whole ledger to JSON and import it back (round trip identical), and CSV import of holders.

Imports check everything first: a bad file imports nothing and reports every problem with where it is.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faceledger import __version__
from faceledger.errors import FaceLedgerError, ImportRejected, problem, zh_of
from faceledger.jsonfile import read_json_file
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.outfile import check_output_path, csv_record_problem, read_csv_text, write_bytes_atomic
from faceledger.vault.store import Vault, _dbapi, now_utc

EXPORT_FORMAT = "faceledger-export"


def export_data(vault: Vault) -> dict[str, Any]:
    holders_out = []
    blobs: dict[str, dict[str, Any]] = {}
    coll_uid: dict[int, str] = {}
    for h in store.list_holders(vault):
        hd = h.to_dict()
        hid = hd.pop("id")
        colls = []
        for c in store.list_collections(vault, hid):
            cd = c.to_dict()
            coll_uid[cd.pop("id")] = c.uid  # type: ignore[assignment]
            cd.pop("holder_id")
            colls.append(cd)
        reqs = []
        for r in store.list_requests(vault, holder_id=hid):
            rd = r.to_dict()
            rid = rd.pop("id")
            rd.pop("overdue")
            rd.pop("holder_id")
            rd["collection_uid"] = coll_uid.get(rd.pop("collection_id")) if r.collection_id else None
            rd["events"] = [e.__dict__ for e in store.request_events(vault, rid)]
            for key in ("document_blob", "reply_blob"):
                bid = rd.pop(key)
                if bid:
                    info = vault.blob_info(bid)
                    blobs[info["sha256"]] = {"filename": info["filename"], "media_type": info["media_type"],
                                             "data": base64.b64encode(vault.blobs.read_bytes(bid)).decode()}
                    rd[key.replace("_blob", "_sha256")] = info["sha256"]
                else:
                    rd[key.replace("_blob", "_sha256")] = None
            reqs.append(rd)
        hd["collections"] = colls
        hd["requests"] = reqs
        holders_out.append(hd)
    return {"format": EXPORT_FORMAT, "version": 1, "app_version": __version__, "exported_at": now_utc(),
            "holders": holders_out, "attachments": blobs}


def export_json(vault: Vault, path: str | Path) -> int:
    check_output_path(path, "export")
    data = export_data(vault)
    write_bytes_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"), "export")
    return len(data["holders"])


@dataclass
class ImportReport:
    holders: int = 0
    collections: int = 0
    requests: int = 0
    skipped_existing: list[str] = field(default_factory=list)

    def summary(self) -> str:
        s = f"imported {self.holders} holders, {self.collections} collections, {self.requests} requests"
        if self.skipped_existing:
            s += f"; {len(self.skipped_existing)} already present (skipped)"
        return s


def _read_json(path: str | Path) -> Any:
    return read_json_file(path, what="FaceLedger file")


def import_json(vault: Vault, path: str | Path) -> ImportReport:
    data = _read_json(path)
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ImportRejected(f"{path} is not a FaceLedger export file; nothing was imported.",
                             [problem("the 'format' field must be 'faceledger-export'",
                                      "“format”字段必须是“faceledger-export”")],
                             "Directory files are imported with `faceledger directory import`.",
                             zh=f"{path} 不是人脸账本的导出文件；未导入任何内容。",
                             hint_zh="名录文件请用“导入名录文件……”导入。")
    if data.get("version") != 1:
        raise ImportRejected(f"{path} has an unknown export version; nothing was imported.",
                             [problem(f"version {data.get('version')!r}", f"版本 {data.get('version')!r}")],
                             zh=f"{path} 的导出版本未知；未导入任何内容。")
    attachments = data.get("attachments") or {}
    plan: list[tuple[Holder, list[Collection], list[tuple[Request, str | None, list[dict]]]]] = []
    holders = data.get("holders")
    if not isinstance(holders, list):
        raise ImportRejected(f"{path} has no list of holders; nothing was imported.",
                             [problem("holders: missing", "holders：缺少持有方列表")],
                             zh=f"{path} 中没有持有方列表；未导入任何内容。")
    for i, hd in enumerate(holders):
        where = f"holders[{i}]"
        if not isinstance(hd, dict):
            problems.append(problem(f"{where}: not an object", f"{where}：不是一个对象"))
            continue
        hd = dict(hd)
        colls_d = hd.pop("collections", []) or []
        reqs_d = hd.pop("requests", []) or []
        for key, items in (("collections", colls_d), ("requests", reqs_d)):
            if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
                problems.append(problem(f"{where}.{key}: not a list of objects", f"{where}.{key}：不是对象列表"))
        colls_d = [x for x in colls_d if isinstance(x, dict)] if isinstance(colls_d, list) else []
        reqs_d = [x for x in reqs_d if isinstance(x, dict)] if isinstance(reqs_d, list) else []
        h = None
        try:
            h = Holder.from_dict(hd).validate()
        except (FaceLedgerError, TypeError, ValueError) as err:
            problems.append(problem(f"{where}: {err}", f"{where}：{zh_of(err)}"))
        colls = []
        for j, cd in enumerate(colls_d):
            try:
                colls.append(Collection.from_dict(dict(cd)).validate())
            except (FaceLedgerError, TypeError, ValueError) as err:
                problems.append(problem(f"{where}.collections[{j}]: {err}", f"{where}.collections[{j}]：{zh_of(err)}"))
        reqs = []
        for j, rd in enumerate(reqs_d):
            try:
                rd = dict(rd)
                events = rd.pop("events", []) or []
                if not isinstance(events, list) or not all(
                        isinstance(e, dict) and isinstance(e.get("date"), str) and isinstance(e.get("state"), str)
                        for e in events):
                    raise FaceLedgerError("events must be a list of objects, each with a date and a state",
                                          zh="events 必须是对象列表，每个对象都有日期和状态")
                cuid = rd.pop("collection_uid", None)
                for key in ("document_sha256", "reply_sha256"):
                    sha = rd.pop(key, None)
                    if sha and sha not in attachments:
                        raise FaceLedgerError(f"{key} {sha[:12]}… has no attachment in the file",
                                              zh=f"{key} {sha[:12]}… 在文件中没有对应的附件")
                    rd[key.replace("_sha256", "_blob")] = sha
                r = Request.from_dict({**rd, "holder_id": 0}).validate()
                r.uid = r.uid or store._new_uid()  # written directly below, not through store.add_request
                r.created_at = r.created_at or now_utc()
                r.updated_at = r.updated_at or r.created_at
                reqs.append((r, cuid, events))
            except (FaceLedgerError, TypeError, ValueError) as err:
                problems.append(problem(f"{where}.requests[{j}]: {err}", f"{where}.requests[{j}]：{zh_of(err)}"))
        if h is not None:
            plan.append((h, colls, reqs))
    for sha, att in attachments.items():
        try:
            base64.b64decode(att["data"], validate=True)
        except (KeyError, TypeError, ValueError):
            problems.append(problem(f"attachments[{sha[:12]}…]: not valid base64 data",
                                    f"attachments[{sha[:12]}…]：不是有效的 base64 数据"))
    if problems:
        raise ImportRejected(f"{path} has {len(problems)} problem(s); nothing was imported.", problems,
                             zh=f"{path} 有 {len(problems)} 个问题；未导入任何内容。")

    report = ImportReport()
    blob_ids: dict[str, str] = {}
    for sha, att in attachments.items():  # blobs first: their files exist before rows reference them
        rec = vault.add_blob(base64.b64decode(att["data"]), filename=att.get("filename"),
                             media_type=att.get("media_type"))
        blob_ids[sha] = rec["id"]
    try:
        with vault.transaction() as db:
            for h, colls, reqs in plan:
                if store.find_holder_by_uid(vault, h.uid) if h.uid else None:
                    report.skipped_existing.append(h.name_zh)
                    continue
                store.add_holder(vault, h, db=db)
                report.holders += 1
                cmap: dict[str, int] = {}
                for c in colls:
                    c.holder_id = h.id
                    store.add_collection(vault, c, db=db)
                    cmap[c.uid or ""] = c.id  # type: ignore[assignment]
                    report.collections += 1
                for r, cuid, events in reqs:
                    r.holder_id = h.id  # type: ignore[assignment]
                    r.collection_id = cmap.get(cuid) if cuid else None
                    r.document_blob = blob_ids.get(r.document_blob) if r.document_blob else None
                    r.reply_blob = blob_ids.get(r.reply_blob) if r.reply_blob else None
                    cols = [c for c in store._REQUEST_COLS[1:]]
                    cur = db.execute(f"INSERT INTO requests({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                     [getattr(r, c) for c in cols])
                    for ev in events:
                        db.execute("INSERT INTO request_events(request_id, date, state, note, recorded_at) "
                                   "VALUES (?, ?, ?, ?, ?)",
                                   (cur.lastrowid, ev["date"], ev["state"], ev.get("note"),
                                    ev.get("recorded_at") or r.created_at))
                    report.requests += 1
    except _dbapi().IntegrityError as err:  # e.g. a request uid this vault already holds; rolled back
        raise ImportRejected(f"{path} conflicts with what this vault holds; nothing was imported.",
                             [str(err)], "Was the file edited by hand? Import an unedited export.",
                             zh=f"{path} 与这个保险库已有的内容冲突；未导入任何内容。",
                             hint_zh="文件是否被手工改过？请导入未经修改的导出文件。") from None
    return report


# ------------------------------------------------------------------ CSV of holders

CSV_COLUMNS = ("name", "name_en", "category", "city", "address", "email", "postal_address", "phone", "web_form",
               "pi_officer", "notes", "sources", "last_verified")


def parse_holders_csv(path: str | Path) -> list[Holder]:
    path, text = read_csv_text(path)
    try:
        reader = csv.DictReader(io.StringIO(text))
        headers = [h.strip() for h in (reader.fieldnames or [])]
        if "name" not in headers and "name_zh" not in headers:
            raise ImportRejected(f"{path}: the first line must name the columns; nothing was imported.",
                                 [problem(f"line 1: needs a 'name' column (allowed: {', '.join(CSV_COLUMNS)})",
                                          f"第 1 行：需要一个“name”列（可用的列：{', '.join(CSV_COLUMNS)}）")],
                                 zh=f"{path}：第一行必须是列名；未导入任何内容。")
        unknown = [h for h in headers if h not in CSV_COLUMNS and h != "name_zh"]
        problems = [problem(f"line 1: unknown column {h!r}", f"第 1 行：未知的列 {h!r}") for h in unknown]
        bad = csv_record_problem(reader.fieldnames or [], reader.line_num)  # U+202E and other controls
        problems += [problem(*bad)] if bad else []
        out: list[Holder] = []
        for row in reader:
            line = reader.line_num
            bad = csv_record_problem(row, line)
            if bad:
                problems.append(problem(*bad))
                continue
            extra = [v for v in row.get(None) or [] if (v or "").strip()]  # cells beyond the header
            row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
            if not any(row.values()):
                continue
            if extra:
                problems.append(problem(f"line {line}: {len(extra)} more cell(s) than the header row; is there a comma "
                                        "that should be inside quotes?",
                                        f"第 {line} 行：比标题行多出 {len(extra)} 个单元格；"
                                        "是不是有逗号应该放在引号里？"))
                continue
            try:
                h = Holder(name_zh=row.get("name") or row.get("name_zh", ""), category=row.get("category", ""),
                           name_en=row.get("name_en"), city=row.get("city"), address=row.get("address"),
                           email=row.get("email"), postal_address=row.get("postal_address"), phone=row.get("phone"),
                           web_form=row.get("web_form"), pi_officer=row.get("pi_officer"), notes=row.get("notes"),
                           sources=[s for s in (row.get("sources") or "").split(";") if s.strip()],
                           last_verified=row.get("last_verified"))
                out.append(h.validate())
            except FaceLedgerError as err:
                problems.append(problem(f"line {line}: {err}", f"第 {line} 行：{zh_of(err)}"))
    except csv.Error as err:  # e.g. a cell over the csv module's 128 KiB limit (an unclosed quote?)
        raise ImportRejected(f"{path} is not a CSV file FaceLedger can read; nothing was imported.",
                             [problem(f"line {reader.line_num + 1}: {err}", f"第 {reader.line_num + 1} 行：{err}")],
                             "Check the quotes in that line.",
                             zh=f"{path} 不是人脸账本能读取的 CSV 文件；未导入任何内容。",
                             hint_zh="请检查那一行的引号。") from None
    if problems:
        raise ImportRejected(f"{path} has {len(problems)} problem(s); nothing was imported.", problems,
                             zh=f"{path} 有 {len(problems)} 个问题；未导入任何内容。")
    return out


def import_holders_csv(vault: Vault, path: str | Path) -> int:
    holders = parse_holders_csv(path)
    with vault.transaction() as db:
        for h in holders:
            store.add_holder(vault, h, db=db)
    return len(holders)
