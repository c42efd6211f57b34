"""Files the user names: one set of clear messages for every exporter (and no half-written files), and a
check that an input is an ordinary file (a device or a pipe such as /dev/zero would be read forever)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, os_reason_zh

# what callers call their files (the ``what`` arguments), in Chinese for the GUI's messages
_WHAT_ZH = {
    "file": "文件", "letter": "信函", "calendar file": "日历文件", "CSV file": "CSV 文件", "backup": "备份",
    "backup file": "备份文件", "export": "导出文件", "FaceLedger file": "人脸账本文件", "directory file": "名录文件",
    "FACTS.json file": "FACTS.json 文件", "bundle": "证据包", "report": "报告", "PDF": "PDF 文件",
    "exhibit": "证据文件", "timestamp token": "时间戳令牌", "manifest": "清单文件", "key": "密钥文件",
    "protected photo": "保护后的照片", "index": "索引文件",
}


def what_zh(what: str) -> str:
    """``what`` (an English name of a kind of file) in Chinese; unknown names are kept as they are."""
    return _WHAT_ZH.get(what, what)


def check_input_file(path: str | os.PathLike[str], what: str = "file") -> Path:
    """Refuse a missing path, a folder, or anything that is not an ordinary file, naming it."""
    p = Path(path).expanduser()
    if not p.exists():
        raise FaceLedgerError(f"{p}: no such file.", f"Check the path of the {what}.",
                              zh=f"找不到文件：{p}。",
                              hint_zh=f"请检查{what_zh(what)}的路径。")
    if p.is_dir():
        raise FaceLedgerError(f"{p} is a folder, not a {what}.",
                              zh=f"{p} 是文件夹，不是{what_zh(what)}。")
    if not p.is_file():
        raise FaceLedgerError(f"{p} is not an ordinary file (a device or a pipe?); give the {what} itself.",
                              zh=f"{p} 不是普通文件（是设备或管道？）；请给出{what_zh(what)}本身。")
    return p


def read_csv_text(path: str | os.PathLike[str], what: str = "CSV file") -> tuple[Path, str]:
    """Check, read and decode a CSV file: UTF-8 (with or without a BOM), else GB 18030, which Excel and WPS
    write on Chinese Windows. Returns the path and the text."""
    p = check_input_file(path, what)
    try:
        raw = p.read_bytes()
    except OSError as err:
        raise FaceLedgerError(f"Cannot read {p}: {err.strerror or err}.",
                              zh=f"无法读取 {p}：{os_reason_zh(err)}。") from None
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return p, raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise FaceLedgerError(f"{p}: neither UTF-8 nor GB18030 text.", "Save the CSV as UTF-8 (or GB18030) text.",
                          zh=f"{p}：既不是 UTF-8 也不是 GB18030 文本。",
                          hint_zh="请把 CSV 另存为 UTF-8（或 GB18030）文本。")


def unsafe_text_problem(text: str, where: str, where_zh: str) -> tuple[str, str] | None:
    """The one rule for text read from a file the user gave (JSON, CSV): no control character other than line
    breaks and tabs (C0, C1, bidi overrides such as U+202E, line/paragraph separators: they can hide or reorder
    text in a letter, a PDF or a terminal) and no lone surrogate. What is wrong at ``where``, in English and
    Chinese, or None when the text is clean."""
    from faceledger.safetext import first_unsafe, for_terminal

    bad = first_unsafe(text, keep_lines=True)
    if bad is None:
        return None
    at_zh = where_zh + (" " if where_zh[-1:].isascii() else "")
    if 0xD800 <= ord(bad) <= 0xDFFF:
        return (f"the text at {where} holds a lone surrogate escape (\\udXXX), which is not a character",
                f"{at_zh}处的文本含有单独的代理项转义（\\udXXX），它不是字符")
    return (f"the text at {where} holds an invisible control character ({for_terminal(bad)}) that can hide or "
            "reorder text",
            f"{at_zh}处的文本含有不可见的控制字符（{for_terminal(bad)}），它可以隐藏文字或颠倒文字顺序")


def csv_record_problem(record: Mapping[str | None, Any] | Sequence[str], end_line: int) -> tuple[str, str] | None:
    """``unsafe_text_problem`` for the cells of one CSV record: a ``csv.DictReader`` row (cells beyond the header
    under None) or the header's list of names, read up to line ``end_line`` (``reader.line_num``). Names the
    line and the column of the first bad cell. A CR LF or a CR inside a cell is a line break, as the system that
    saved the CSV writes one (Windows, old Macs)."""
    from faceledger.safetext import first_unsafe, for_terminal

    if isinstance(record, Mapping):
        cells = [(k, v or "") for k, v in record.items() if k is not None]
        cells += [("", v or "") for v in record.get(None) or []]
    else:
        cells = [("", v or "") for v in record]
    line = end_line - sum(v.count("\n") for _, v in cells)  # the line the record starts on
    for n, (name, value) in enumerate(cells, 1):
        text = value.replace("\r\n", "\n").replace("\r", "\n")
        bad = first_unsafe(text, keep_lines=True)
        if bad is not None:
            at = line + text[:text.index(bad)].count("\n")
            shown = for_terminal(name)
            return unsafe_text_problem(text, f"line {at}, column {n}" + (f" ({shown})" if shown else ""),
                                       f"第 {at} 行第 {n} 列" + (f"（{shown}）" if shown else ""))
        line += text.count("\n")
    return None


def check_output_path(path: str | os.PathLike[str], what: str = "file") -> Path:
    """Refuse, before any work is done, an output path that cannot be written: a folder, a folder that does
    not exist, or a 'folder' that is really a file."""
    out = Path(path).expanduser()
    if out.is_dir():
        raise FaceLedgerError(f"{out} is a folder: give a file name for the {what}.",
                              f"For example {out / ('faceledger-' + what.replace(' ', '-'))}.",
                              zh=f"{out} 是文件夹：请给{what_zh(what)}起一个文件名。",
                              hint_zh=f"例如 {out / ('faceledger-' + what.replace(' ', '-'))}。")
    if out.exists() and not out.is_file():  # os.replace would put a file in place of /dev/null or a pipe
        raise FaceLedgerError(f"{out} is not an ordinary file (a device or a pipe?); it cannot take the {what}.",
                              "Give a new file name.",
                              zh=f"{out} 不是普通文件（是设备或管道？），不能写入{what_zh(what)}。",
                              hint_zh="请换一个新的文件名。")
    parent = out.parent
    if not parent.exists():
        raise FaceLedgerError(f"The folder {parent} does not exist.", "Choose an existing folder.",
                              zh=f"文件夹 {parent} 不存在。",
                              hint_zh="请选择一个已有的文件夹。")
    if not parent.is_dir():
        raise FaceLedgerError(f"{parent} is a file, not a folder: cannot write {out}.", "Choose an existing folder.",
                              zh=f"{parent} 是文件，不是文件夹：无法写入 {out}。",
                              hint_zh="请选择一个已有的文件夹。")
    return out


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, what: str = "file") -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder (unique, so two writers never
    share it), flushed to the disk before it takes the final name: a failure or a crash leaves the old file
    or none, never a partial one."""
    out = check_output_path(path, what)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=str(out.parent))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
        tmp = None
    except OSError as err:
        raise FaceLedgerError(f"Could not write the {what} {out}: {err.strerror or err}; nothing was written.",
                              "Check that the folder is writable and has free space.",
                              zh=f"无法写入{what_zh(what)} {out}：{os_reason_zh(err)}；没有写入任何文件。",
                              hint_zh="请检查文件夹是否可写、磁盘是否还有空间。") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return out
