"""The batch's messages in Chinese (what the GUI's "Letters for many people" shows), with the English the CLI
prints and index.csv holds unchanged; the template CSV the GUI saves."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from faceledger.errors import FaceLedgerError
from faceledger.letters import batch

from tests.letters.poppler import pdftotext
from tests.test_errors_zh import ENGLISH_SENTENCE, _check, _raised

HEADER = "sender_name,sender_email,holder_name,holder_category,collection_date,context,consent,alternative_offered\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _refused(fn, *args, **kwargs) -> FaceLedgerError:
    """The error ``fn`` raises, checked as every Chinese error is (tests/test_errors_zh.py)."""
    err = _raised(fn, *args, **kwargs)
    _check(err)
    return err


@pytest.mark.parametrize("text, en, zh", [
    ("", "empty file or no header row", "文件是空的，或没有标题行"),
    ("sender_name,holder_name,holder_category,shoe_size,hat\n", "unknown column(s): shoe_size, hat",
     "未知的列：shoe_size、hat"),
    ("sender_name,holder_name\n李明,某店\n", "required column(s) missing: holder_category",
     "缺少必需的列：holder_category"),
    ('sender_name,holder_name,holder_category\n李明,"某店,retail\n' + "x" * 140_000 + "\n",
     "line 2: not a CSV file FaceLedger can read (field larger than field limit (131072))",
     "第 2 行：人脸账本无法读取这个 CSV 文件（一个单元格超过了 131072 个字符的上限）"),
])
def test_read_rows_refusals_say_themselves_in_chinese(tmp_path, text, en, zh):
    src = _write(tmp_path, "people.csv", text)
    err = _refused(batch.read_rows, src)
    assert en in err.message and zh in err.message_in("zh") and str(src) in err.message_in("zh")


def test_too_many_rows_in_chinese(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "MAX_ROWS", 2)
    src = _write(tmp_path, "people.csv", HEADER + "a,a@example.com,b,retail,,,,\n" * 3)
    err = _refused(batch.read_rows, src)
    assert "more than 2 rows" in err.message and "超过 2 行" in err.full_in("zh") and "拆分" in err.full_in("zh")


def test_run_batch_arguments_and_output_folder_in_chinese(tmp_path):
    src = _write(tmp_path, "people.csv", HEADER + "李明,l@example.com,某店,retail,2024-03-05,entry,none,no\n")
    assert "不是信函类型" in _refused(batch.run_batch, src, tmp_path / "o", "poem", "zh").full_in("zh")
    assert "不是可用的信函语言" in _refused(batch.run_batch, src, tmp_path / "o", "deletion", "fr").full_in("zh")
    assert "不是可用的格式" in _refused(batch.run_batch, src, tmp_path / "o", "deletion", "zh", "rtf").full_in("zh")
    assert "不小于 1 的整数" in _refused(batch.run_batch, src, tmp_path / "o", "deletion", "zh",
                                          jobs=0).full_in("zh")
    a_file = _write(tmp_path, "not-a-folder", "x")
    err = _refused(batch.run_batch, src, a_file, "deletion", "zh", "txt")
    assert err.message == f"Cannot use {a_file} as the output folder: it is a file, not a folder."  # as before
    assert err.message_in("zh") == f"无法把 {a_file} 用作输出文件夹：它是文件，不是文件夹。"


def test_row_errors_keep_both_languages_and_the_index_stays_english(tmp_path):
    src = _write(tmp_path, "people.csv", HEADER +
                 "李明,l@example.com,某店,retail,2024-03-05,entry,none,no\n"
                 "王芳,,某机场,transport,2025-09-12,entry,none,yes\n"          # no way to be answered
                 "孙八,s@example.com,某商场,retail,2024-03-05,entry,none,no,上海市,某路1号\n")  # an unquoted comma
    result = batch.run_batch(src, tmp_path / "out", "deletion", "zh", "txt")
    ok, no_contact, shifted = result.rows
    assert ok.status == "ok" and ok.error == ok.error_zh == "" and ok.error_in("zh") == ""
    assert no_contact.error.startswith("sender needs a way to be answered")
    assert no_contact.error_in("zh").startswith("寄信人需要留一种联系方式")
    assert no_contact.error_in("en") == no_contact.error
    assert shifted.error.startswith("the row has 2 more cell(s) than the header row")
    assert shifted.error_in("zh").startswith("这一行比标题行多 2 个单元格")
    assert not ENGLISH_SENTENCE.search(shifted.error_in("zh"))
    with result.index_path.open(encoding="utf-8-sig") as f:
        index = list(csv.DictReader(f))
    assert list(index[0]) == list(batch.INDEX_COLUMNS)  # no new column: the index is as it was
    assert [r["error"] for r in index] == ["", no_contact.error, shifted.error]


def test_cancelled_rows_say_so_in_both_languages(tmp_path):
    src = _write(tmp_path, "people.csv", HEADER + "".join(
        f"李明,l@example.com,店{i},retail,2024-03-05,entry,none,no\n" for i in range(3)))
    result = batch.run_batch(src, tmp_path / "out", "withdrawal", "zh", "txt", cancelled=lambda: True)
    assert result.cancelled and [(r.status, r.error, r.error_in("zh")) for r in result.rows] == \
        [("skipped", "cancelled", "已取消")] * 3


def test_a_row_error_without_chinese_falls_back_to_english():
    row = batch.BatchRow(1, "error", error="something English")
    assert row.error_in("zh") == row.error_in("zh_CN") == row.error_in("en") == "something English"


@pytest.mark.parametrize("lang, person, yes_no", [("zh", "李明", "否"), ("en", "Li Ming", "no")])
def test_template_round_trip_makes_a_letter(tmp_path, qapp, lang, person, yes_no):
    path = batch.write_template(tmp_path / f"template-{lang}.csv", lang)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as index.csv: Excel and WPS read the Chinese
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, example, *rest = list(csv.reader(f))
    assert tuple(header) == batch.ALL_COLUMNS and rest == []
    assert example[header.index("sender_name")] == person
    assert example[header.index("alternative_offered")] == yes_no
    rows = batch.read_rows(path)
    assert len(rows) == 1 and rows[0]["holder_name"] == "某某健身有限公司"
    result = batch.run_batch(path, tmp_path / "out", "deletion", "zh", "pdf")
    assert (result.ok, result.failed) == (1, 0), result.rows
    letter = tmp_path / "out" / result.rows[0].file
    assert letter.read_bytes().startswith(b"%PDF")
    assert "某某健身有限公司" in pdftotext(letter)


def test_template_refuses_a_folder_in_both_languages(tmp_path):
    err = _refused(batch.write_template, tmp_path, "zh")
    assert "is a folder" in err.message and "是文件夹" in err.message_in("zh")
