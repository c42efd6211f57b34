"""Text that came from outside (a file name, a bundle, a CSV, the user) made safe before a terminal, a
spreadsheet, a PDF or an e-mail header sees it. One place, so every output path escapes the same way.

- ``for_terminal(s)``: one line, every control character (C0, DEL, C1), bidirectional override or
  isolate, line/paragraph separator and lone surrogate shown as a visible escape (``\\n``, ``\\x1b``,
  ``\\u202e``); nothing in it can move the cursor, change colours or reorder what follows.
- ``for_document(s)``: the same, but newlines and tabs are kept (a multi-line note in a letter or a report).
- ``display_path(p)``: a path or file name as text, whatever bytes the OS gave (``surrogateescape``):
  undecodable bytes appear as ``\\xNN``; then ``for_terminal``. Also valid UTF-8 for JSON and CSV.
- ``csv_cell(v)``: a cell a spreadsheet (Excel, WPS, LibreOffice) will not run as a formula: text starting
  with ``= + - @``, a tab or a CR gets a leading apostrophe (OWASP's advice), after ``for_document``.
- ``header_value(s)``: a value for an e-mail header or any single-line field: refuses CR and LF (which
  would start a new header) and escapes the other controls.
"""

from __future__ import annotations

import os
import re
import unicodedata

# bidirectional embeddings, overrides and isolates, marks, and the Unicode line/paragraph separators
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SEPARATORS = "\u2028\u2029\u0085"
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f" + _BIDI + _SEPARATORS + "\ud800-\udfff]")
UNSAFE_KEEP_LINES = _UNSAFE_KEEP_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + _SEPARATORS + "\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(m: re.Match[str]) -> str:
    c = m.group(0)
    if c in _NAMED:
        return _NAMED[c]
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # a byte the file system gave that is not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    if o <= 0xFF:
        return f"\\x{o:02x}"
    return f"\\u{o:04x}"


def for_terminal(s: object) -> str:
    """``s`` as one safe line: every control, bidi and separator character escaped visibly."""
    return _UNSAFE.sub(_escape, str(s))


def for_document(s: object) -> str:
    """``s`` safe for a PDF, a text file or a report: newlines and tabs kept, other controls escaped."""
    return _UNSAFE_KEEP_LINES.sub(_escape, str(s).replace("\r\n", "\n"))


def has_unsafe(s: str, *, keep_lines: bool = False) -> bool:
    """Whether ``s`` holds anything ``for_terminal`` (or, with keep_lines, ``for_document``) would escape."""
    return bool((_UNSAFE_KEEP_LINES if keep_lines else _UNSAFE).search(s))


def display_path(p: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path as safe, valid UTF-8 text, whatever bytes its name holds."""
    return for_terminal(os.fsdecode(p))


def csv_cell(v: object) -> str:
    """A cell value a spreadsheet will show as text, never run as a formula."""
    s = "" if v is None else str(v)
    s = for_document(s)
    if s.startswith(_FORMULA_START):
        return "'" + s
    return s


def header_value(s: str, what: str = "value", what_zh: str = "该字段") -> str:
    """``s`` for an e-mail header or another single-line field; a CR or LF in it is refused."""
    from faceledger.errors import FaceLedgerError

    if "\r" in s or "\n" in s or "\u2028" in s or "\u2029" in s:
        raise FaceLedgerError(f"The {what} holds a line break, which an e-mail header cannot carry.",
                              "Write it on one line.",
                              zh=f"{what_zh}中含有换行，电子邮件的信头不能包含换行。",
                              hint_zh="请写在一行之内。")
    return for_terminal(s)


_NOT_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*' + _BIDI + _SEPARATORS + "\ud800-\udfff]")
_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)


def file_name_part(s: object, max_bytes: int = 100) -> str:
    """Text (a reference, a name) made safe as part of a file name on Linux, macOS and Windows: no folder
    separators, NUL, controls or characters Windows refuses, no reserved device name (CON, NUL, COM1...), no
    leading or trailing dot or space, at most ``max_bytes`` bytes of UTF-8 (names are limited to 255 bytes)."""
    out = _NOT_IN_FILE_NAMES.sub("_", str(s)).strip(" .")
    if _WINDOWS_RESERVED.match(out):
        out = "_" + out
    raw = out.encode("utf-8")
    if len(raw) > max_bytes:
        out = raw[:max_bytes].decode("utf-8", "ignore").rstrip(" .")
    return out or "_"


def clip(s: str, max_chars: int = 4000) -> str:
    """``s`` cut to ``max_chars`` characters, saying how much was left out."""
    if len(s) <= max_chars:
        return s
    return f"{s[:max_chars]}… ({len(s) - max_chars:,} more characters)"


def first_unsafe(s: str, *, keep_lines: bool = False) -> str | None:
    """The first character ``for_terminal`` (or ``for_document``) would escape, or None."""
    m = (_UNSAFE_KEEP_LINES if keep_lines else _UNSAFE).search(s)
    return m.group(0) if m else None


def refuse_unsafe(s: str, what: str = "value", what_zh: str = "该字段", *, keep_lines: bool = False) -> str:
    """``s`` unchanged if it is clean text; a clear refusal if it holds a control character, a bidi override
    (U+202E makes "gpj.exe" read "exe.jpg"), a line/paragraph separator or bytes that are not UTF-8 (a lone
    surrogate). ``keep_lines`` allows newlines and tabs (a description, a note)."""
    c = first_unsafe(s, keep_lines=keep_lines)
    if c is None:
        return s
    from faceledger.errors import InvalidValue

    shown = for_terminal(c)
    if 0xD800 <= ord(c) <= 0xDFFF:
        raise InvalidValue(f"The {what} is not valid UTF-8 text (byte {shown}); the terminal or the file that "
                           "supplied it uses another encoding.", "Type it again, or convert the text to UTF-8.",
                           field=what, zh=f"{what_zh}不是有效的 UTF-8 文本（字节 {shown}）；提供它的终端或文件使用了"
                           "其他编码。", hint_zh="请重新输入，或把文本转换为 UTF-8 编码。")
    if c in "\r\n\u2028\u2029\x85":
        raise InvalidValue(f"The {what} holds a line break; it must be one line.", "Write it on one line.",
                           field=what, zh=f"{what_zh}中含有换行；它只能写成一行。", hint_zh="请写在一行之内。")
    raise InvalidValue(f"The {what} holds an invisible control character ({shown}), which can hide or reorder "
                       "text; it was not accepted.", "Remove it (retype the text rather than pasting it).",
                       field=what, zh=f"{what_zh}中含有不可见的控制字符（{shown}），它可以隐藏文字或颠倒文字顺序；"
                       "未被接受。", hint_zh="请删除它（重新输入文字，不要粘贴）。")


def is_printable_name(s: str) -> bool:
    """Whether ``s`` is free of controls and unassigned or private-use characters (for names we store)."""
    return not has_unsafe(s) and all(unicodedata.category(c) not in ("Cn", "Co") for c in s)
