"""Files the user names: one set of clear messages for every exporter (and no half-written files), and a
check that an input is an ordinary file (a device or a pipe such as /dev/zero would be read forever)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

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
