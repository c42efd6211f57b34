"""CSV input follows the rule JSON input follows (outfile.unsafe_text_problem): a control character (C0, DEL, C1),
a bidi override or isolate (U+202E makes "gpj.exe" read "exe.jpg" in a letter) or a line/paragraph separator in
any cell of the ledger's holder CSV (`faceledger import holders.csv`) or of a `letters batch` CSV is refused,
naming the line and the column, in English (what the CLI prints) and Chinese (what the GUI shows), and nothing is
imported or written. Line breaks (LF, CR LF,
CR) and tabs stay allowed: a multi-line note or address is ordinary, and the line named is the one the character is
on, inside a multi-line cell too.

Each character is tried in-process through both readers (fast), then the real commands run once each."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from e2e.test_bad_input import CLI, Run  # noqa: E402

BAD = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2028", "\u2029"]
HOLDERS = "name,category,city,notes\n"
BATCH = "sender_name,sender_email,holder_name,holder_category,collection_date,context,consent,alternative_offered\n"


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def _shown(c: str) -> str:
    from faceledger.safetext import for_terminal

    return for_terminal(c)


def test_holder_csv_names_line_and_column_of_every_bad_cell(tmp_path):
    from faceledger.errors import ImportRejected
    from faceledger.ledger.transfer import parse_holders_csv

    rows = [f'"某{i}店",retail,杭州,"第一行\n备注{c}在第二行"' for i, c in enumerate(BAD)]  # two lines each
    src = _write(tmp_path, "h.csv", HOLDERS + "\n".join(rows) + "\n")
    with pytest.raises(ImportRejected) as e:
        parse_holders_csv(src)
    en = [str(p) for p in e.value.problems]
    zh = [p.zh for p in e.value.problem_texts]
    assert len(en) == len(BAD), en
    for i, c in enumerate(BAD):  # row i starts on line 2 + 2i; the bad character is on its second line
        line = 3 + 2 * i
        assert en[i] == (f"the text at line {line}, column 4 (notes) holds an invisible control character "
                         f"({_shown(c)}) that can hide or reorder text"), en[i]
        assert zh[i] == (f"第 {line} 行第 4 列（notes）处的文本含有不可见的控制字符（{_shown(c)}），它可以隐藏文字或颠倒"
                         "文字顺序"), zh[i]
    assert e.value.full_in("zh").startswith(f"{src} 有 {len(BAD)} 个问题；未导入任何内容。")


@pytest.mark.parametrize("where,text,line,column", [
    ("the header", "name,category,ci\u202ety\nx,retail,杭州\n", 1, "column 3"),
    ("a name, GB18030", "name,category\n\u202e某店,retail\n", 2, "column 1 (name)"),
    ("after a blank line", "name,category\n\nx,retail\n\n\"y\u2066\",retail\n", 5, "column 1 (name)"),
    ("a cell beyond the header", "name,category\nx,retail,\u202e\n", 2, "column 3"),
])
def test_holder_csv_other_places(tmp_path, where, text, line, column):
    from faceledger.errors import ImportRejected
    from faceledger.ledger.transfer import parse_holders_csv

    src = _write(tmp_path, "h.csv", text, "gb18030" if "GB18030" in where else "utf-8")
    with pytest.raises(ImportRejected) as e:
        parse_holders_csv(src)
    assert any(f"the text at line {line}, {column} holds an invisible control character" in str(p)
               for p in e.value.problems), [str(p) for p in e.value.problems]


def test_line_breaks_and_tabs_stay_allowed(tmp_path):
    from faceledger.ledger.transfer import parse_holders_csv
    from faceledger.letters.batch import read_rows

    notes = ["一\n二", "一\r\n二", "一\r二", "甲\t乙", "😀 表情 and Latin"]
    src = _write(tmp_path, "h.csv", HOLDERS + "".join(f'"店{i}",retail,杭州,"{n}"\r\n' for i, n in enumerate(notes)))
    assert [h.notes for h in parse_holders_csv(src)] == notes
    batch = _write(tmp_path, "b.csv", BATCH + '李明,l@example.com,"某店\n二号门",retail,2024-03-05,entry,none,no\n')
    assert read_rows(batch)[0]["holder_name"] == "某店\n二号门"


def test_letters_batch_rows_refuse_every_bad_character(tmp_path):
    from faceledger.errors import InvalidValue
    from faceledger.letters.batch import read_rows, run_batch

    for i, c in enumerate(BAD):
        src = _write(tmp_path, f"b{i}.csv", BATCH + "李明,l@example.com,某店,retail,2024-03-05,entry,none,no\n"
                     f'王芳,w@example.com,"某{c}店",retail,2024-03-05,entry,none,no\n')
        with pytest.raises(InvalidValue) as e:
            read_rows(src)
        assert (f"the text at line 3, column 3 (holder_name) holds an invisible control character ({_shown(c)})"
                in str(e.value)), str(e.value)
        zh = e.value.full_in("zh")
        assert zh.startswith(f"{src} 中第 3 行第 3 列（holder_name）处的文本含有不可见的控制字符（{_shown(c)}），"
                             "它可以隐藏文字或颠倒文字顺序；没有写出任何信函。\n请在电子表格中重新输入"), zh
        assert c not in e.value.full() + zh  # never echoed raw
    with pytest.raises(InvalidValue):
        run_batch(src, tmp_path / "out", "deletion", "zh", "txt")
    assert not (tmp_path / "out").exists()  # refused before anything was written


def test_the_commands_refuse_naming_line_and_column(fl_home, tmp_path):
    """The CLI prints the English; the Chinese of the same errors (what the GUI shows) is checked above."""
    cli = CLI(fl_home, tmp_path)
    cli("vault", "init")
    holders = _write(tmp_path, "holders.csv", HOLDERS + 'x,retail,杭州,ok\n"gpj\u202eexe.店",retail,杭州,ok\n')
    people = _write(tmp_path, "people.csv", BATCH + '李明,l@example.com,"某店",retail,2024-03-05,entry,none,no\n'
                    '"李\u202e明",l@example.com,某店,retail,2024-03-05,entry,none,no\n')
    out = tmp_path / "letters"
    runs = cli.all([
        Run(("import", str(holders)), 1, ("line 3, column 1 (name)", "\\u202e", "nothing was imported")),
        Run(("letters", "batch", str(people), "--type", "deletion", "--format", "txt", "--out", str(out)), 2,
            ("line 3, column 1 (sender_name)", "\\u202e", "no letter was written")),
    ])
    for r in runs:
        assert "\u202e" not in r.out + r.err
    assert "[]" in cli("holder", "list", "--json", rc=0, stream="out").out  # nothing imported
    assert not out.exists()
