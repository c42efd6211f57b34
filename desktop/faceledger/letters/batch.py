"""Batch letters for advocates: one CSV row per person and holder -> one letter file per row.

Columns (UTF-8 CSV with a header row; order free; empty cells are unknown):

  required   sender_name, holder_name, holder_category, and one of sender_email / sender_phone /
             sender_postal_address
  sender     sender_email, sender_phone, sender_postal_address, sender_account_id,
             sender_acting_for (self, guardian, close_relative, agent), subject_name, subject_relation,
             subject_birth_date   (whose face it is, when writing for someone else)
  holder     holder_name_en, holder_email, holder_address, holder_postal_address, holder_pi_officer
  collection collection_date (YYYY-MM-DD), context, place, private_space, consent, legal_basis_claimed,
             identification, purpose_stated, alternative_offered, service_refused_without_face, signage,
             minor_under_14, guardian_consent, sensitive_inference (comma or semicolon separated),
             stored_off_device, retention_stated, scale_over_100k, relationship_ended   (yes/no/unknown, 是/否)
  letter     as_of (YYYY-MM-DD, default today), reply_days (default 15), reference,
             prior_type, prior_date_sent, prior_reference, prior_due_date, prior_outcome,
             regulator_name_zh, regulator_name_en, regulator_email, regulator_address

Every row is checked and written on its own: a bad row is reported (with its row number and the field)
in the index and does not stop the others. The index (``index.csv`` in the output folder) lists row,
status, file, reference, holder, sender, due date and the error for each row (in English; a
:class:`BatchRow` keeps the Chinese of the error too, for the GUI). ``template_csv`` is a CSV with every
column and one example row, which ``read_rows`` accepts and which makes a letter.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue

BOOL_COLUMNS = ("purpose_stated", "alternative_offered", "service_refused_without_face", "signage",
                "minor_under_14", "guardian_consent", "stored_off_device", "retention_stated", "scale_over_100k",
                "relationship_ended")
SENDER_COLUMNS = {"sender_name": "name", "sender_email": "email", "sender_phone": "phone",
                  "sender_postal_address": "postal_address", "sender_account_id": "account_id",
                  "sender_acting_for": "acting_for"}
SUBJECT_COLUMNS = {"subject_name": "name", "subject_relation": "relation", "subject_birth_date": "birth_date"}
HOLDER_COLUMNS = {"holder_name": "name", "holder_category": "category", "holder_name_en": "name_en",
                  "holder_email": "email", "holder_address": "address", "holder_postal_address": "postal_address",
                  "holder_pi_officer": "pi_officer"}
COLLECTION_COLUMNS = {"collection_date": "date", "context": "context", "place": "place",
                      "private_space": "private_space", "consent": "consent", "sensitive_inference":
                      "sensitive_inference", "legal_basis_claimed": "legal_basis_claimed",
                      "identification": "identification", **{b: b for b in BOOL_COLUMNS}}
PRIOR_COLUMNS = {"prior_type": "type", "prior_date_sent": "date_sent", "prior_reference": "reference",
                 "prior_due_date": "due_date", "prior_outcome": "outcome"}
REGULATOR_COLUMNS = {"regulator_name_zh": "name_zh", "regulator_name_en": "name_en",
                     "regulator_email": "email", "regulator_address": "address"}
LETTER_COLUMNS = ("as_of", "reply_days", "reference")
# Dates as a spreadsheet saves them: Excel and WPS on Chinese Windows write a typed 2026-09-01 back as 2026/9/1.
DATE_COLUMNS = ("subject_birth_date", "collection_date", "prior_date_sent", "prior_due_date", "as_of")
_YEAR_FIRST = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
ALL_COLUMNS = (*SENDER_COLUMNS, *SUBJECT_COLUMNS, *HOLDER_COLUMNS, *COLLECTION_COLUMNS, *PRIOR_COLUMNS,
               *REGULATOR_COLUMNS, *LETTER_COLUMNS)
INDEX_COLUMNS = ("row", "status", "file", "reference", "holder", "sender", "due_date", "error")
MAX_ROWS = 100_000
_EXTRA = "_extra_cells"  # not a column name: marks a row with more cells than the header


@dataclass
class BatchRow:
    row: int                   # 1-based data row (the header is row 0)
    status: str                # ok | error | skipped
    file: str = ""
    reference: str = ""
    holder: str = ""
    sender: str = ""
    due_date: str = ""
    error: str = ""            # English: what index.csv and the CLI say
    error_zh: str = ""         # the same in Chinese (empty: none; error_in falls back to English)

    def error_in(self, lang: str | None) -> str:
        """The row's error in ``lang`` ("zh"/"en"), for the GUI."""
        from faceledger.errors import is_zh

        return self.error_zh if is_zh(lang) and self.error_zh else self.error


def _skipped(row: int) -> BatchRow:
    """A row the batch did not reach because it was cancelled."""
    return BatchRow(row, "skipped", error="cancelled", error_zh="已取消")


@dataclass
class BatchResult:
    out_dir: Path
    index_path: Path
    rows: list[BatchRow] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> int:
        return sum(r.status == "ok" for r in self.rows)

    @property
    def failed(self) -> int:
        return sum(r.status == "error" for r in self.rows)


def read_rows(csv_path: str | Path) -> list[dict[str, str]]:
    from faceledger.outfile import csv_record_problem, read_csv_text

    path, text = read_csv_text(csv_path)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in (reader.fieldnames or [])]
        if not header:
            raise FaceLedgerError(f"{path}: empty file or no header row.", "The first row must name the columns.",
                                  zh=f"{path}：文件是空的，或没有标题行。", hint_zh="第一行必须写出各列的列名。")
        _refuse_unsafe(path, csv_record_problem(reader.fieldnames or [], reader.line_num))
        unknown = [h for h in header if h and h not in ALL_COLUMNS]
        if unknown:
            raise InvalidValue(f"{path}: unknown column(s): {', '.join(unknown)}.",
                               "Columns are listed in docs/letters.md (or `faceledger letters batch --help`).",
                               field=unknown[0], zh=f"{path}：未知的列：{'、'.join(unknown)}。",
                               hint_zh="可用的列见 docs/letters.md（或 `faceledger letters batch --help`）；"
                                       "也可以先保存一份模板 CSV，照着填写。")
        repeated = sorted({h for h in header if h and header.count(h) > 1}, key=header.index)
        if repeated:  # the csv module keeps the last one's cells: a letter would go out under the wrong name
            raise InvalidValue(f"{path}: column(s) named twice: {', '.join(repeated)}; nothing was written.",
                               "Keep one column of each name, then save the CSV again.", field=repeated[0],
                               zh=f"{path}：列名重复：{'、'.join(repeated)}；没有写出任何信函。",
                               hint_zh="每个列名只保留一列，然后重新保存 CSV。")
        missing = [c for c in ("sender_name", "holder_name", "holder_category") if c not in header]
        if missing:
            raise InvalidValue(f"{path}: required column(s) missing: {', '.join(missing)}.", field=missing[0],
                               zh=f"{path}：缺少必需的列：{'、'.join(missing)}。")
        rows = []
        for i, r in enumerate(reader, 1):
            if i > MAX_ROWS:
                raise FaceLedgerError(f"{path}: more than {MAX_ROWS:,} rows.", "Split the file.",
                                      zh=f"{path}：超过 {MAX_ROWS:,} 行。", hint_zh="请把文件拆分成几个。")
            _refuse_unsafe(path, csv_record_problem(r, reader.line_num))
            row = {(k or "").strip(): (v or "").strip() for k, v in r.items() if k is not None}
            extra = [v for v in r.get(None) or [] if (v or "").strip()]  # cells beyond the header
            if extra:
                row[_EXTRA] = str(len(extra))
            rows.append(row)
        while rows and not any(rows[-1].values()):
            rows.pop()  # the empty rows a spreadsheet writes below the last filled one (",,,,")
        return rows
    except csv.Error as err:  # e.g. a cell over the csv module's 128 KiB limit (an unclosed quote?)
        raise FaceLedgerError(f"{path}: line {reader.line_num + 1}: not a CSV file FaceLedger can read ({err}); "
                              "nothing was written.", "Check the quotes in that line.",
                              zh=f"{path}：第 {reader.line_num + 1} 行：人脸账本无法读取这个 CSV 文件"
                                 f"（{_csv_error_zh(err)}）；没有写出任何文件。",
                              hint_zh="请检查那一行的引号（是否有没有闭合的引号）。") from None


def _csv_error_zh(err: csv.Error) -> str:
    """What the csv module said, in Chinese where it is the one a spreadsheet user meets (an unclosed quote
    makes the rest of the file one cell, over the module's length limit); otherwise its own words."""
    import re

    m = re.fullmatch(r"field larger than field limit \((\d+)\)", str(err))
    return f"一个单元格超过了 {m.group(1)} 个字符的上限" if m else str(err)


def _refuse_unsafe(path: Path, bad: tuple[str, str] | None) -> None:
    """A control character or a bidi override (U+202E) in a cell would reach the letters: refuse the file."""
    if bad is not None:
        raise InvalidValue(f"{path}: {bad[0]}; no letter was written.",
                           "Retype that text in the spreadsheet (rather than pasting it) and save the CSV again.",
                           field="csv", zh=f"{path} 中{bad[1]}；没有写出任何信函。",
                           hint_zh="请在电子表格中重新输入那段文字（不要粘贴），然后重新保存 CSV。")


def row_to_input(r: dict[str, str]) -> dict[str, Any]:
    """A CSV row as a FACTS.json-shaped dict (with its ``letter`` block)."""
    if r.get(_EXTRA):
        raise InvalidValue(f"the row has {r[_EXTRA]} more cell(s) than the header row; is there a comma that "
                           "should be inside quotes? The columns may be shifted: fix the row.", field="row",
                           zh=f"这一行比标题行多 {r[_EXTRA]} 个单元格；是不是有一个逗号应该放在引号里？"
                              "各列可能错位了：请修改这一行。")
    r = {k: (_iso_date(v) if k in DATE_COLUMNS else v) for k, v in r.items()}

    def block(mapping: dict[str, str]) -> dict[str, Any]:
        return {dst: r[src] for src, dst in mapping.items() if r.get(src)}

    data: dict[str, Any] = {"holder": block(HOLDER_COLUMNS), "collection": block(COLLECTION_COLUMNS),
                            "sender": block(SENDER_COLUMNS)}
    subject = block(SUBJECT_COLUMNS)
    if subject:
        data["sender"]["subject"] = subject
    if r.get("as_of"):
        data["as_of"] = r["as_of"]
    letter: dict[str, Any] = {}
    if r.get("reply_days"):
        letter["reply_days"] = r["reply_days"]
    if r.get("reference"):
        letter["reference"] = r["reference"]
    prior = block(PRIOR_COLUMNS)
    if prior:
        letter["prior_request"] = prior
    regulator = block(REGULATOR_COLUMNS)
    if regulator:
        letter["regulator"] = regulator
    if letter:
        data["letter"] = letter
    return data


def _iso_date(value: str) -> str:
    """A year-first date as spreadsheets write it (2026/9/1, 2026.9.1, 2026年9月1日) as YYYY-MM-DD; anything
    else (and an impossible day) unchanged, so the error quotes what the cell holds."""
    m = _YEAR_FIRST.fullmatch(value.strip())
    if m is None:
        return value
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return value


# Where a FACTS.json field (as errors name it) comes from in the CSV: "collection.date" is collection_date.
_FIELD_COLUMNS = {
    **{f"holder.{dst}": src for src, dst in HOLDER_COLUMNS.items()},
    **{f"collection.{dst}": src for src, dst in COLLECTION_COLUMNS.items()},
    **{f"sender.{dst}": src for src, dst in SENDER_COLUMNS.items()},
    **{f"sender.subject.{dst}": src for src, dst in SUBJECT_COLUMNS.items()},
    **{f"{pre}prior_request.{dst}": src for src, dst in PRIOR_COLUMNS.items() for pre in ("", "letter.")},
    **{f"{pre}regulator.{dst}": src for src, dst in REGULATOR_COLUMNS.items() for pre in ("", "letter.")},
    **{f"letter.{c}": c for c in LETTER_COLUMNS},
    "sender.subject": "subject_name", "sender.acting_for": "sender_acting_for",
}


def _in_columns(err: FaceLedgerError) -> tuple[str, str]:
    """The error in English and Chinese, naming the CSV column its field came from (the spreadsheet user never
    sees "collection.date", only the column collection_date)."""
    en, zh = err.full().replace("\n", " "), err.full_in("zh").replace("\n", " ")
    field = err.field or ""
    column = _FIELD_COLUMNS.get(field)
    if column is None or not (en.startswith(field) and zh.startswith(field)):
        return en, zh
    return column + en[len(field):], column + zh[len(field):]


def _letter_for_row(i: int, r: dict[str, str], out: Path, letter_type: str, lang: str, fmt: str,
                    today: date | None) -> BatchRow:
    from faceledger.letters.compose import compose, load_letter_input
    from faceledger.letters.export import render, write_letter
    from faceledger.safetext import file_name_part

    if not any(r.values()):  # an empty row between filled ones (a spreadsheet's spacer): nothing to write
        return BatchRow(i, "skipped", error="empty row", error_zh="空行")
    entry = BatchRow(i, "error", holder=r.get("holder_name", ""), sender=r.get("sender_name", ""))
    try:
        facts, extras = load_letter_input(row_to_input(r), today=today)
        letter = compose(facts, letter_type, lang, **extras.options())
        # the row, who signs and the reference, so that a printed pile can be sorted without index.csv; the
        # name and the reference come from the CSV
        who = file_name_part(entry.sender, max_bytes=40) + "_" if entry.sender.strip() else ""
        name = f"{i:04d}_{who}{file_name_part(letter.reference)}.{fmt}"
        write_letter(render(letter), fmt, out / name)
        entry.status, entry.file, entry.reference = "ok", name, letter.reference
        entry.due_date = letter.deadline.due.isoformat()
    except FaceLedgerError as err:
        entry.error, entry.error_zh = _in_columns(err)
    except Exception as err:  # noqa: BLE001 - one bad row must not stop the batch
        entry.error = f"unexpected error: {type(err).__name__}: {err}"
        entry.error_zh = f"意外错误：{type(err).__name__}: {err}"
    return entry


def _chunk_worker(chunk: list[tuple[int, dict[str, str]]], out: str, letter_type: str, lang: str, fmt: str,
                  today: date | None) -> list[BatchRow]:
    """Runs in a worker process (spawned). PDFs need no Qt here: only a letter with a character the shipped
    font lacks goes through Qt, which then sets itself up (offscreen when there is no display)."""
    return [_letter_for_row(i, r, Path(out), letter_type, lang, fmt, today) for i, r in chunk]


def run_batch(csv_path: str | Path, out_dir: str | Path, letter_type: str, lang: str, fmt: str = "pdf", *,
              today: date | None = None, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, jobs: int | None = None) -> BatchResult:
    """Write one letter per row into ``out_dir`` and an index.csv; ``progress(done, total)`` as rows finish.

    ``jobs`` > 1 spreads the rows over that many worker processes (each starts Python and reads the font,
    about half a second, so it pays from about a hundred letters on). ``None`` chooses: one process per
    CPU core, one per hundred rows at most (``auto_jobs``). Rows are independent, so the files are the same.
    """
    from faceledger.letters.export import FORMATS
    from faceledger.letters.model import LETTER_LANGS, LETTER_TYPES

    if letter_type not in LETTER_TYPES:
        raise InvalidValue(f"type: {letter_type!r} is not one of {', '.join(LETTER_TYPES)}.", field="type",
                           zh=f"type：{letter_type!r} 不是信函类型；可选：{', '.join(LETTER_TYPES)}。")
    if lang not in LETTER_LANGS:
        raise InvalidValue(f"lang: {lang!r} is not one of {', '.join(LETTER_LANGS)}.", field="lang",
                           zh=f"lang：{lang!r} 不是可用的信函语言；可选：{', '.join(LETTER_LANGS)}。")
    if fmt not in FORMATS:
        raise InvalidValue(f"format: {fmt!r} is not one of {', '.join(FORMATS)}.", field="format",
                           zh=f"format：{fmt!r} 不是可用的格式；可选：{', '.join(FORMATS)}。")
    if jobs is not None and (not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1):
        raise InvalidValue(f"jobs: {jobs!r} must be a whole number of at least 1.", field="jobs",
                           zh=f"jobs：{jobs!r} 必须是不小于 1 的整数。")
    out = Path(out_dir)
    rows = read_rows(csv_path)  # a bad CSV is refused before anything is created
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        from faceledger.errors import os_reason_zh

        file_not_folder = isinstance(err, FileExistsError)
        why = "it is a file, not a folder" if file_not_folder else (err.strerror or str(err))
        why_zh = "它是文件，不是文件夹" if file_not_folder else os_reason_zh(err)
        raise FaceLedgerError(f"Cannot use {out} as the output folder: {why}.",
                              "Give a folder that exists or can be created, with --out DIR.",
                              zh=f"无法把 {out} 用作输出文件夹：{why_zh}。",
                              hint_zh="请选择一个已存在或可以创建的文件夹。") from None
    result = BatchResult(out, out / "index.csv")
    total = len(rows)
    if jobs is None:
        jobs = auto_jobs(total)
    if jobs > 1 and total > jobs:
        _run_parallel(rows, out, letter_type, lang, fmt, today, progress, cancelled, jobs, result)
    else:
        for i, r in enumerate(rows, 1):
            if cancelled is not None and cancelled():
                result.cancelled = True
                result.rows.extend(_skipped(j) for j in range(i, total + 1))
                break
            result.rows.append(_letter_for_row(i, r, out, letter_type, lang, fmt, today))
            if progress is not None:
                progress(i, total)
    write_index(result)
    return result


def auto_jobs(rows: int) -> int:
    """Worker processes for ``rows`` letters: every CPU core, but no more than one per hundred rows."""
    return max(1, min(os.cpu_count() or 1, rows // 100))


def _run_parallel(rows, out, letter_type, lang, fmt, today, progress, cancelled, jobs, result) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    total = len(rows)
    size = max(1, min(25, total // (jobs * 4) or 1))
    chunks = [list(enumerate(rows, 1))[k:k + size] for k in range(0, total, size)]
    done_rows: dict[int, BatchRow] = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        pending = set()
        it = iter(chunks)
        for chunk in it:  # keep at most 2 chunks per worker queued, so cancel is quick
            pending.add(pool.submit(_chunk_worker, chunk, str(out), letter_type, lang, fmt, today))
            if len(pending) >= jobs * 2:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                for row in f.result():
                    done_rows[row.row] = row
            if progress is not None:
                progress(len(done_rows), total)
            if cancelled is not None and cancelled():
                result.cancelled = True
                for f in pending:
                    f.cancel()
                continue
            if not result.cancelled:
                for chunk in it:
                    pending.add(pool.submit(_chunk_worker, chunk, str(out), letter_type, lang, fmt, today))
                    if len(pending) >= jobs * 2:
                        break
    for i in range(1, total + 1):
        result.rows.append(done_rows.get(i) or _skipped(i))


def _csv_bytes(header: tuple[str, ...], rows: list[list[Any]]) -> bytes:
    """A CSV for Excel and WPS: UTF-8 with a BOM (they then read the Chinese right), every cell through
    ``csv_cell`` (a holder named =HYPERLINK(...) stays text)."""
    from faceledger.safetext import csv_cell

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for row in rows:
        w.writerow([csv_cell(c) for c in row])
    return buf.getvalue().encode("utf-8-sig")


def write_index(result: BatchResult) -> None:
    from faceledger.outfile import write_bytes_atomic

    data = _csv_bytes(INDEX_COLUMNS, [[r.row, r.status, r.file, r.reference, r.holder, r.sender, r.due_date, r.error]
                                      for r in result.rows])
    try:
        write_bytes_atomic(result.index_path, data, "index")
    except FaceLedgerError as err:
        raise FaceLedgerError(f"{err.message} ({result.ok} letter(s) were written, {result.failed} row(s) failed).",
                              "Check that the disk has free space, then run the batch again.",
                              zh=f"{err.message_in('zh')}（已写出 {result.ok} 封信函，{result.failed} 行失败）。",
                              hint_zh="请检查磁盘是否还有空间，然后重新运行批量生成。") from None


# One example person and holder for the template, in the language of the person filling it in. Values of
# fixed lists (category, context, consent) are the codes read_rows takes; yes/no may be 是/否.
_EXAMPLE = {
    "zh": {"sender_name": "李明", "sender_email": "liming@example.com", "sender_acting_for": "self",
           "holder_name": "某某健身有限公司", "holder_category": "leisure",
           "holder_email": "privacy@gym.example", "holder_postal_address": "上海市某区某路 1 号",
           "collection_date": "2024-03-05", "context": "entry", "place": "public", "consent": "bundled",
           "purpose_stated": "否", "alternative_offered": "否", "service_refused_without_face": "是",
           "signage": "否", "reply_days": "15"},
    "en": {"sender_name": "Li Ming", "sender_email": "liming@example.com", "sender_acting_for": "self",
           "holder_name": "某某健身有限公司", "holder_name_en": "Example Fitness Co., Ltd.",
           "holder_category": "leisure", "holder_email": "privacy@gym.example",
           "holder_postal_address": "No. 1, Example Road, Shanghai", "collection_date": "2024-03-05",
           "context": "entry", "place": "public", "consent": "bundled", "purpose_stated": "no",
           "alternative_offered": "no", "service_refused_without_face": "yes", "signage": "no", "reply_days": "15"},
}


def template_csv(lang: str = "zh") -> bytes:
    """A batch CSV to fill in: every column (in the documented order) and one example row in ``lang``
    ("zh"/"en"), which ``read_rows`` accepts and which makes a letter. UTF-8 with a BOM, as index.csv."""
    from faceledger.errors import is_zh

    example = _EXAMPLE["zh" if is_zh(lang) else "en"]
    return _csv_bytes(ALL_COLUMNS, [[example.get(c, "") for c in ALL_COLUMNS]])


def write_template(path: str | Path, lang: str = "zh") -> Path:
    """Write :func:`template_csv` to ``path`` atomically (a refused path says why, in both languages)."""
    from faceledger.outfile import write_bytes_atomic

    return write_bytes_atomic(path, template_csv(lang), "CSV file")
