"""safetext: what reaches a terminal, a spreadsheet or a header cannot be read as control."""

import os

import pytest

from faceledger import safetext
from faceledger.errors import FaceLedgerError


def test_terminal_escapes_escape_sequences_newlines_and_bidi():
    forged = "case\nsigning key SHA-256: abc\x1b[8m\u202eevil\x85\x9b"
    out = safetext.for_terminal(forged)
    assert "\n" not in out and "\x1b" not in out and "\u202e" not in out and "\x85" not in out
    assert out == "case\\nsigning key SHA-256: abc\\x1b[8m\\u202eevil\\x85\\x9b"
    assert safetext.for_terminal("人脸账本 ok") == "人脸账本 ok"


def test_document_keeps_lines_and_tabs_only():
    assert safetext.for_document("a\nb\tc\r\nd\x07\u2066") == "a\nb\tc\nd\\x07\\u2066"


def test_display_path_shows_undecodable_bytes():
    name = os.fsdecode(b"\xb2\xe2\xca\xd4.jpg")  # GBK for 测试, as a Windows ZIP leaves it on Linux
    out = safetext.display_path(name)
    assert out == "\\xb2\\xe2\\xca\\xd4.jpg"
    out.encode("utf-8")  # valid UTF-8 for JSON and CSV
    assert safetext.display_path(b"\xd5\xd5.jpg") == "\\xd5\\xd5.jpg"


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_csv_cells_never_start_a_formula(cell):
    out = safetext.csv_cell(cell)
    assert not out.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert out.startswith(("'", "\\"))


def test_csv_cells_keep_ordinary_text():
    assert safetext.csv_cell("杭州野生动物世界") == "杭州野生动物世界"
    assert safetext.csv_cell(None) == ""
    assert safetext.csv_cell(12) == "12"


def test_header_value_refuses_line_breaks():
    with pytest.raises(FaceLedgerError) as err:
        safetext.header_value("FL-1\r\nBcc: x@example.com", "reference", "编号")
    assert "line break" in str(err.value.message) or "line break" in err.value.full()
    assert safetext.header_value("FL-1") == "FL-1"
