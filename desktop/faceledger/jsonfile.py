"""Reading a JSON file the user gave us: one set of clear messages for every importer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from faceledger.errors import FaceLedgerError, InvalidValue, NotFound, os_reason_zh
from faceledger.outfile import what_zh

MAX_BYTES = 512 * 1024 * 1024

# what Python's JSON decoder says (JSONDecodeError.msg), in Chinese
_JSON_MSG_ZH = {
    "Expecting value": "此处应有一个值",
    "Expecting property name enclosed in double quotes": "此处应有用双引号括起来的字段名",
    "Expecting ',' delimiter": "此处应有逗号",
    "Expecting ':' delimiter": "此处应有冒号",
    "Extra data": "有多余的内容",
    "Unterminated string starting at": "字符串没有结束",
    "Invalid control character at": "有无效的控制字符",
    "Invalid \\escape": "有无效的转义",
    "Illegal trailing comma before end of object": "对象末尾多了一个逗号",
    "Illegal trailing comma before end of array": "数组末尾多了一个逗号",
}


MAX_DIGITS = 64  # far beyond any count, size or year a FaceLedger file holds; Python refuses 4,300+ anyway


class _TooManyDigits(ValueError):
    def __init__(self, digits: int):
        super().__init__(f"{digits} digits")
        self.digits = digits


def _parse_int(s: str) -> int:
    if len(s) > MAX_DIGITS:
        raise _TooManyDigits(len(s))
    return int(s)


def _parse_float(s: str) -> float:
    if len(s) > MAX_DIGITS * 4:
        raise _TooManyDigits(len(s))
    return float(s)


def _check_strings(data: Any, p: Path, what: str, hint: str | None, hint_zh: str | None) -> None:
    """Refuse a lone surrogate (``"\\ud800"``: valid JSON, but no character: it cannot be written to a PDF, a
    Word file, an e-mail or the vault) and control characters other than line breaks and tabs (C0, C1, bidi
    overrides) wherever they are, with the place they were found (``outfile.unsafe_text_problem``, the rule
    CSV input follows too)."""
    stack: list[tuple[Any, str]] = [(data, "$")]
    while stack:
        v, where = stack.pop()
        if isinstance(v, str):
            texts = [v]
        elif isinstance(v, dict):
            texts = list(v.keys())
            stack.extend((x, f"{where}.{k}") for k, x in v.items())
        elif isinstance(v, list):
            texts = []
            stack.extend((x, f"{where}[{i}]") for i, x in enumerate(v))
        else:
            continue
        for t in texts:
            from faceledger.outfile import unsafe_text_problem
            from faceledger.safetext import clip

            found = unsafe_text_problem(t, clip(where, 200), clip(where, 200))
            if found is not None:
                raise InvalidValue(f"{p}: {found[0]}; nothing was read from it.", hint, field="file",
                                   zh=f"{p} 中 {found[1]}；没有从中读取任何内容。", hint_zh=hint_zh)


def read_json_file(path: str | Path, *, what: str = "file", hint: str | None = None, hint_zh: str | None = None,
                   max_bytes: int = MAX_BYTES) -> Any:
    """Parse ``path`` as UTF-8 JSON (a BOM is accepted). Errors name the file, the line and what to do
    (``hint``, in Chinese ``hint_zh``)."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise NotFound(f"{p}: no such file.", hint,
                       zh=f"找不到文件：{p}。",
                       hint_zh=hint_zh) from None
    except OSError as err:
        raise FaceLedgerError(f"{p}: cannot be read ({err.strerror or err}).",
                              zh=f"无法读取 {p}（{os_reason_zh(err)}）。") from None
    if p.is_dir():
        raise FaceLedgerError(f"{p} is a folder, not a {what}.", hint,
                              zh=f"{p} 是文件夹，不是{what_zh(what)}。",
                              hint_zh=hint_zh)
    if not p.is_file():  # /dev/zero, a pipe: would be read forever
        raise FaceLedgerError(f"{p} is not an ordinary file (a device or a pipe?); give the {what} itself.", hint,
                              zh=f"{p} 不是普通文件（是设备或管道？）；请给出{what_zh(what)}本身。",
                              hint_zh=hint_zh)
    if size > max_bytes:
        raise FaceLedgerError(f"{p} is too large for a {what} ({size // (1 << 20)} MiB).",
                              zh=f"{p} 太大，不像{what_zh(what)}（{size // (1 << 20)} MiB）。")
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig"), parse_int=_parse_int, parse_float=_parse_float)
        _check_strings(data, p, what, hint, hint_zh)
        return data
    except _TooManyDigits as err:
        raise InvalidValue(f"{p}: a number in it has {err.digits:,} digits; no {what} holds such a number, so "
                           "nothing was read from it.", hint, field="file",
                           zh=f"{p} 中有一个 {err.digits:,} 位的数字，不可能是{what_zh(what)}的内容；没有从中读取任何内容。",
                           hint_zh=hint_zh) from None
    except UnicodeDecodeError:
        raise FaceLedgerError(f"{p}: not UTF-8 text.", f"Save the {what} as UTF-8.",
                              zh=f"{p} 不是 UTF-8 文本。",
                              hint_zh=f"请把{what_zh(what)}另存为 UTF-8 编码。") from None
    except json.JSONDecodeError as err:
        raise InvalidValue(f"{p}: not valid JSON (line {err.lineno}, column {err.colno}: {err.msg}); "
                           "nothing was read from it.", hint, field="file",
                           zh=(f"{p} 不是有效的 JSON（第 {err.lineno} 行第 {err.colno} 列："
                               f"{_JSON_MSG_ZH.get(err.msg, err.msg)}）；没有从中读取任何内容。"),
                           hint_zh=hint_zh) from None
    except RecursionError:  # [[[[...]]]] thousands deep: damaged or hostile, never one of ours
        raise InvalidValue(f"{p}: not a {what} (its JSON is nested far too deeply); nothing was read from it.",
                           hint, field="file",
                           zh=f"{p} 不是{what_zh(what)}（其 JSON 嵌套层数太深）；没有从中读取任何内容。",
                           hint_zh=hint_zh) from None
    except OSError as err:
        raise FaceLedgerError(f"{p}: cannot be read ({err.strerror or err}).",
                              zh=f"无法读取 {p}（{os_reason_zh(err)}）。") from None
