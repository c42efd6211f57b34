"""Letters for many people (the Letters page's batch dialog), driven as a user would: the button on the Letters page
and the File menu open it; the CSV is chosen in the (patched) file dialog or dropped on the dialog; Start, Cancel,
Close, Open folder and "Save a template CSV…" are clicked; the vault is locked with Ctrl+L during a run. The letters
are real files (PDFs checked by their signature and their index.csv), the errors are shown in Chinese and English,
and the walkers of gui_checks run over the dialog before, during and after a run, light and dark."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from faceledger.gui.pages.letters_batch_dialog import LettersBatchDialog
from faceledger.letters.batch import ALL_COLUMNS
from gui_checks import (
    by_name,
    click_button,
    click_page,
    dark_palette,
    on_dialog,
    open_main_window,
    palette_applied,
    pseudo_localised,
    unnamed_widgets,
    unreadable_colours,
    untranslated_texts,
)
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

HEADER = ("sender_name,sender_email,holder_name,holder_category,holder_email,collection_date,context,consent,"
          "alternative_offered,as_of,reference\n")
GOOD = "李明{i},l{i}@example.com,某店{i},retail,,2024-03-05,entry,none,no,2026-11-20,R{i}"
NO_CONTACT = "王芳,,某机场,transport,,2025-09-12,entry,none,yes,2026-11-20,BAD"
EXTRA_CELLS = "孙八,s@example.com,某商场,retail,,2024-03-05,entry,none,no,2026-11-20,R9,上海市,某路1号"


def T(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


def D(source: str, n: int = -1) -> str:
    return T("LettersBatchDialog", source, n)


def write_csv(tmp_path: Path, rows: list[str], name: str = "people.csv") -> Path:
    p = tmp_path / name
    p.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return p


def good_rows(n: int) -> list[str]:
    return [GOOD.format(i=i) for i in range(n)]


def read_index(out: Path) -> list[dict[str, str]]:
    with (out / "index.csv").open(encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def table_rows(dlg: LettersBatchDialog) -> list[list[str]]:
    table = by_name(dlg, D("Letters written"), QTableView)
    m = table.model()
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


@pytest.fixture
def patched_dialogs(monkeypatch):
    """QFileDialog's static calls answer what the test puts in ``answers``."""
    answers: dict[str, str] = {}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (answers.get("open", ""), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.get("save", ""), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: answers.get("folder", ""))
    return answers


def open_batch(qtbot, vault, lang: str = "en"):
    """The main window on the Letters page; the batch dialog opened with the page's button."""
    ctx, win = open_main_window(qtbot, vault, lang)
    page = click_page(qtbot, win, "letters")
    qtbot.mouseClick(by_name(page, T("LettersPage", "Letters for many people…"), QPushButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LettersBatchDialog), timeout=3000)
    dlg = QApplication.activeModalWidget()
    assert dlg.windowTitle() == D("Letters for many people")
    return ctx, win, dlg


def choose_csv(qtbot, dlg, answers, path: Path) -> str:
    """Choose ``path`` in the file dialog; returns what the dialog then says about it."""
    answers["open"] = str(path)
    qtbot.mouseClick(by_name(dlg, D("Choose the CSV file…"), QPushButton), Qt.MouseButton.LeftButton)
    info = by_name(dlg, D("About the CSV file"), QLabel)
    qtbot.waitUntil(lambda: info.text() not in ("", D("Reading…")), timeout=5000)
    return info.text()


def start(qtbot, dlg) -> None:
    qtbot.mouseClick(by_name(dlg, D("Start"), QPushButton), Qt.MouseButton.LeftButton)


def wait_done(qtbot, dlg, timeout: int = 60000) -> None:
    qtbot.waitUntil(lambda: not dlg.busy, timeout=timeout)


def pick(box, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


# ------------------------------------------------------------------ the happy path

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_letters_for_many_people_writes_pdfs_and_says_each_row(qtbot, vault, tmp_path, patched_dialogs, lang):
    src = write_csv(tmp_path, [*good_rows(3)[:2], NO_CONTACT, good_rows(3)[2], EXTRA_CELLS])
    ctx, win, dlg = open_batch(qtbot, vault, lang)
    assert not by_name(dlg, D("Start"), QPushButton).isEnabled()  # no CSV yet: says why in its tooltip
    said = choose_csv(qtbot, dlg, patched_dialogs, src)
    assert said == D("%n row(s); columns: {0}", 5).format(", ".join(HEADER.strip().split(",")))
    out = tmp_path / D("{0} letters").format("people")
    assert by_name(dlg, D("Output folder"), QLineEdit).text() == str(out)  # beside the CSV
    pick(dlg.type_box, "deletion")
    pick(dlg.lang_box, "bilingual")
    assert dlg.format_box.currentData() == "pdf"
    start(qtbot, dlg)
    wait_done(qtbot, dlg)

    index = read_index(out)
    assert [r["status"] for r in index] == ["ok", "ok", "error", "ok", "error"]
    written = sorted(p.name for p in out.glob("*.pdf"))
    # the row, who signs and the reference: a printed pile sorts without index.csv
    assert written == ["0001_李明0_R0.pdf", "0002_李明1_R1.pdf", "0004_李明2_R2.pdf"]
    assert written == sorted(r["file"] for r in index if r["file"])
    for name in written:
        assert (out / name).read_bytes()[:5] == b"%PDF-"
    assert index[0]["holder"] == "某店0" and index[0]["due_date"] == "2026-12-11"
    assert index[2]["error"].startswith("sender needs a way to be answered")  # index.csv stays English
    assert index[4]["error"].startswith("the row has 2 more cell(s) than the header row")

    rows = table_rows(dlg)
    written_, failed = T("BatchRowsModel", "Written"), T("BatchRowsModel", "Failed")
    assert [r[:4] for r in rows] == [["1", "李明0", "某店0", written_], ["2", "李明1", "某店1", written_],
                                     ["3", "王芳", "某机场", failed], ["4", "李明2", "某店2", written_],
                                     ["5", "孙八", "某商场", failed]]
    assert rows[0][4] == "0001_李明0_R0.pdf"
    if lang == "en":
        assert rows[2][4].startswith("sender needs a way to be answered")
        assert rows[4][4].startswith("the row has 2 more cell(s) than the header row")
        assert by_name(dlg, D("Batch status"), QLabel).text().startswith("Done: 3 written, 2 failed.")
    else:
        assert rows[2][4].startswith("寄信人需要留一种联系方式")
        assert rows[4][4].startswith("这一行比标题行多 2 个单元格")
        assert by_name(dlg, D("Batch status"), QLabel).text().startswith("已完成：已写出 3 封，2 行失败。")

    # sortable: a click on the Status header puts the failed rows together
    table = by_name(dlg, D("Letters written"), QTableView)
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + header.sectionSize(3) // 2, header.height() // 2))
    statuses = [r[3] for r in table_rows(dlg)]
    assert statuses in ([failed, failed, written_, written_, written_], [written_] * 3 + [failed] * 2)
    assert sorted(statuses) == statuses or sorted(statuses, reverse=True) == statuses

    # Open folder: the output folder, as a local file URL; after a run it is the default button, so Enter opens
    # the folder instead of writing the whole batch again
    opened: list[QUrl] = []
    dlg.url_opener = lambda url: opened.append(url) or True
    qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert not dlg.busy and [u.toLocalFile() for u in opened] == [str(out.resolve())]
    qtbot.mouseClick(by_name(dlg, D("Open folder"), QPushButton), Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(out.resolve())] * 2 and opened[0].isLocalFile()

    # Start again: the default folder ("a new folder beside the CSV") now holds letters, whose references (so file
    # names) a second run would not reuse: the second run goes to a new folder, without a question
    before = {p: p.stat().st_mtime_ns for p in out.iterdir()}
    asked = on_dialog(QMessageBox, lambda box: click_button(box, D("Write into this folder")), timeout_ms=500)
    start(qtbot, dlg)
    wait_done(qtbot, dlg)
    qtbot.wait(600)  # past the watch for a question
    assert not asked
    second = out.with_name(out.name + " 2")
    assert by_name(dlg, D("Output folder"), QLineEdit).text() == str(second)
    assert len(list(second.glob("*.pdf"))) == 3 and read_index(second)[0]["status"] == "ok"
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before

    # a folder the user chose that holds files: it asks first; Cancel writes nothing more
    patched_dialogs["folder"] = str(out)
    qtbot.mouseClick(by_name(dlg, D("Choose the output folder…"), QPushButton), Qt.MouseButton.LeftButton)
    seen = on_dialog(QMessageBox, lambda box: click_button(box, D("Cancel")))
    start(qtbot, dlg)
    assert seen and not dlg.busy
    assert "stay beside the new ones" in seen[0].text() or "保留" in seen[0].text()
    assert {p: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_a_csv_saved_by_excel_on_chinese_windows_makes_the_same_letters(qtbot, vault, tmp_path, patched_dialogs):
    """What old Excel and WPS save as "CSV" on Chinese Windows: GBK, CRLF, and a typed 2026-09-01 written back as
    2026/9/1. The letters read the names right and take the dates; an impossible date names its CSV column."""
    import docx

    header = ["sender_name", "sender_phone", "sender_postal_address", "holder_name", "holder_category",
              "collection_date", "context", "place", "consent", "alternative_offered", "service_refused_without_face",
              "as_of"]
    rows = [["张伟", "13800005678", "上海市浦东新区锦绣路 1888 弄阳光花园 1 号楼 101 室", "上海阳光物业管理有限公司",
             "residential", "2026/9/1", "entry", "residential", "coerced", "否", "是", "2026/11/20"],
            ["欧阳娜娜", "13900001234", "阳光花园 5 号楼 502 室", "上海阳光物业管理有限公司", "residential",
             "2026年9月1日", "entry", "residential", "coerced", "否", "是", "2026.11.20"],
            ["高峰", "13700001111", "阳光花园 3 号楼 301 室", "上海阳光物业管理有限公司", "residential",
             "2026/2/30", "entry", "residential", "coerced", "否", "是", "2026/11/20"]]
    src = tmp_path / "阳光花园.csv"
    src.write_bytes("".join(",".join(r) + "\r\n" for r in [header, *rows]).encode("gbk"))
    ctx, win, dlg = open_batch(qtbot, vault, "zh_CN")
    assert choose_csv(qtbot, dlg, patched_dialogs, src).startswith("3 行；列：sender_name, sender_phone")
    pick(dlg.format_box, "docx")
    start(qtbot, dlg)
    wait_done(qtbot, dlg)
    out = tmp_path / "阳光花园 信函"
    index = read_index(out)
    assert [r["status"] for r in index] == ["ok", "ok", "error"]
    assert index[0]["due_date"] == index[1]["due_date"] == "2026-12-11"  # 15 working days from 2026-11-20
    assert index[2]["error"] == "collection_date: '2026/2/30' is not a date (use YYYY-MM-DD)."
    assert table_rows(dlg)[2][4] == "collection_date：'2026/2/30' 不是日期（请用 YYYY-MM-DD 格式）。"
    for row, name in zip(index[:2], ("张伟", "欧阳娜娜")):
        text = "\n".join(p.text for p in docx.Document(str(out / row["file"])).paragraphs)
        assert f"发件人：{name}" in text and "2026年9月1日" in text and "日期：2026年11月20日" in text
        assert "住宅小区" in text and "第十条第一款" in text  # the residential gate: Measures Art. 10 and SPC Art. 10


def test_empty_spreadsheet_rows_are_not_failures(qtbot, vault, tmp_path, patched_dialogs):
    """Excel and WPS write ",,,," for empty rows that were formatted, below the data and between blocks: the rows
    below are dropped, one between is skipped, and neither counts as a failed letter."""
    blank = "," * (HEADER.count(",")) + "\r"
    src = write_csv(tmp_path, [good_rows(3)[0], blank, good_rows(3)[1], blank, blank])
    ctx, win, dlg = open_batch(qtbot, vault, "zh_CN")
    assert choose_csv(qtbot, dlg, patched_dialogs, src).startswith("3 行；")
    start(qtbot, dlg)
    wait_done(qtbot, dlg)
    assert [r[3:] for r in table_rows(dlg)] == [["已写出", "0001_李明0_R0.pdf"], ["已跳过", "空行"], ["已写出", "0003_李明1_R1.pdf"]]
    assert by_name(dlg, D("Batch status"), QLabel).text().startswith("已完成：已写出 2 封，0 行失败，1 行已跳过。")


def test_the_templates_many_columns_are_counted_not_listed(qtbot, vault, tmp_path, patched_dialogs):
    """The template's 46 column names took seven lines and left the results table five rows high: counted, and
    listed in the tooltip."""
    ctx, win, dlg = open_batch(qtbot, vault, "zh_CN")
    patched_dialogs["save"] = str(tmp_path / "模板.csv")
    qtbot.mouseClick(by_name(dlg, D("Save a template CSV…"), QPushButton), Qt.MouseButton.LeftButton)
    info = by_name(dlg, D("About the CSV file"), QLabel)
    assert choose_csv(qtbot, dlg, patched_dialogs, tmp_path / "模板.csv") == f"1 行；{len(ALL_COLUMNS)} 列（指向此处可查看列名）"
    assert info.toolTip() == ", ".join(ALL_COLUMNS)
    short = write_csv(tmp_path, good_rows(2))
    assert choose_csv(qtbot, dlg, patched_dialogs, short).startswith("2 行；列：sender_name")


def test_the_file_menu_opens_it_and_it_needs_an_open_vault(qtbot, vault):
    ctx, win = open_main_window(qtbot, vault, "zh_CN")
    assert win.act_batch.text() == "为多人生成信函(&M)……" and win.act_batch.isEnabled()
    assert win.act_batch in win.menus["file"].actions()
    win.menus["file"].popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(lambda: win.menus["file"].isVisible(), timeout=3000)
    qtbot.keyClick(win.menus["file"], Qt.Key.Key_M)  # its mnemonic, as a keyboard user opens it
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LettersBatchDialog), timeout=3000)
    dlg = QApplication.activeModalWidget()
    assert win.current_page_key() == "letters" and dlg.windowTitle() == "为多人生成信函"
    qtbot.mouseClick(by_name(dlg, "关闭", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dlg) or not dlg.isVisible(), timeout=3000)
    # locked: the action is off and the Letters page is behind its gate (no batch button to click)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.vault is None and not win.act_batch.isEnabled()
    click_page(qtbot, win, "letters")
    assert not [w for w in win.findChildren(QPushButton) if w.isVisible() and w.text() == "为多人生成信函……"]


def test_without_a_vault_there_is_no_batch(qtbot):
    ctx, win = open_main_window(qtbot, None, "en")
    assert not win.act_batch.isEnabled()
    page = click_page(qtbot, win, "letters")
    assert page is None or not page.isVisible()  # the gate stands in for the page
    assert not [w for w in win.findChildren(QPushButton)
                if w.isVisible() and w.text() == T("LettersPage", "Letters for many people…")]


# ------------------------------------------------------------------ refused files

@pytest.mark.parametrize("lang, unknown, missing, broken", [
    ("en", "unknown column(s): shoe_size", "required column(s) missing: holder_category",
     "line 2: not a CSV file FaceLedger can read"),
    ("zh_CN", "未知的列：shoe_size", "缺少必需的列：holder_category", "第 2 行：人脸账本无法读取这个 CSV 文件"),
])
def test_a_refused_csv_is_said_in_the_interface_language_and_nothing_is_written(qtbot, vault, tmp_path,
                                                                              patched_dialogs, lang, unknown,
                                                                              missing, broken):
    ctx, win, dlg = open_batch(qtbot, vault, lang)
    cases = {
        "cols.csv": ("sender_name,holder_name,holder_category,shoe_size\n李明,某店,retail,42\n", unknown),
        "missing.csv": ("sender_name,holder_name\n李明,某店\n", missing),
        "broken.csv": ('sender_name,holder_name,holder_category\n李明,"某店,retail\n' + "x" * 140_000 + "\n", broken),
        "twice.csv": ("sender_name,holder_name,holder_category,sender_name\n张伟,某物业,residential,李四\n",
                      "column(s) named twice: sender_name" if lang == "en" else "列名重复：sender_name"),
        "bidi.csv": ("sender_name,holder_name,holder_category\n\"李\u202e明\",某店,retail\n",
                     "column 1 (sender_name)" if lang == "en" else "第 2 行第 1 列（sender_name）"),
    }
    for name, (text, says) in cases.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        said = choose_csv(qtbot, dlg, patched_dialogs, p)
        assert says in said, said
        assert "\u202e" not in said
        assert not by_name(dlg, D("Start"), QPushButton).isEnabled()
        qtbot.mouseClick(by_name(dlg, D("Start"), QPushButton), Qt.MouseButton.LeftButton)  # does nothing
        assert not dlg.busy
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(cases)  # no output folder was made


def test_a_csv_dropped_on_the_dialog_is_read(qtbot, vault, tmp_path, patched_dialogs):
    src = write_csv(tmp_path, good_rows(2))
    ctx, win, dlg = open_batch(qtbot, vault)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    pos = QPointF(dlg.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dlg, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(dlg, QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                           Qt.KeyboardModifier.NoModifier))
    info = by_name(dlg, D("About the CSV file"), QLabel)
    qtbot.waitUntil(lambda: info.text().startswith(D("%n row(s); columns: {0}", 2).split(";")[0]), timeout=5000)
    assert by_name(dlg, D("CSV file"), QLineEdit).text() == str(src)
    folder = QMimeData()  # a folder, or two files, is refused visibly
    folder.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    refused = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, folder, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dlg, refused)
    assert not refused.isAccepted()


# ------------------------------------------------------------------ cancel, close and lock during a run

ROWS_TO_CANCEL = 80  # serial (fewer than 100 rows: one process); a letter takes ~15 ms, the cancel arrives far sooner


def test_cancel_really_stops_and_the_rest_are_skipped(qtbot, vault, tmp_path, patched_dialogs):
    src = write_csv(tmp_path, good_rows(ROWS_TO_CANCEL))
    ctx, win, dlg = open_batch(qtbot, vault, "zh_CN")
    choose_csv(qtbot, dlg, patched_dialogs, src)
    out = tmp_path / "out"
    patched_dialogs["folder"] = str(out)
    out.mkdir()
    qtbot.mouseClick(by_name(dlg, D("Choose the output folder…"), QPushButton), Qt.MouseButton.LeftButton)
    assert by_name(dlg, D("Output folder"), QLineEdit).text() == str(out)
    pick(dlg.format_box, "docx")
    start(qtbot, dlg)
    bar = by_name(dlg, D("Progress"), QProgressBar)
    qtbot.waitUntil(lambda: bar.value() >= 1, timeout=30000)
    qtbot.mouseClick(by_name(dlg, D("Cancel the batch"), QPushButton), Qt.MouseButton.LeftButton)
    wait_done(qtbot, dlg)
    index = read_index(out)
    statuses = [r["status"] for r in index]
    written = statuses.count("ok")
    assert len(index) == ROWS_TO_CANCEL and 1 <= written < ROWS_TO_CANCEL and "error" not in statuses
    assert statuses == ["ok"] * written + ["skipped"] * (ROWS_TO_CANCEL - written)  # in order: serial
    assert len(list(out.glob("*.docx"))) == written
    assert all(r["error"] == "cancelled" for r in index[written:])
    rows = table_rows(dlg)
    assert rows[-1][3:] == ["已跳过", "已取消"]
    skipped = ROWS_TO_CANCEL - written
    assert by_name(dlg, D("Batch status"), QLabel).text().startswith(
        f"已取消：已写出 {written} 封，0 行失败，{skipped} 行已跳过。")


def running(qtbot, vault, tmp_path, answers, lang: str = "en"):
    """The dialog with a batch of ROWS_TO_CANCEL Word letters under way (one row written)."""
    src = write_csv(tmp_path, good_rows(ROWS_TO_CANCEL))
    ctx, win, dlg = open_batch(qtbot, vault, lang)
    choose_csv(qtbot, dlg, answers, src)
    pick(dlg.format_box, "docx")
    start(qtbot, dlg)
    bar = by_name(dlg, D("Progress"), QProgressBar)
    qtbot.waitUntil(lambda: bar.value() >= 1, timeout=30000)
    return ctx, win, dlg


def test_closing_during_a_run_asks_first(qtbot, vault, tmp_path, patched_dialogs):
    ctx, win, dlg = running(qtbot, vault, tmp_path, patched_dialogs)
    seen = on_dialog(QMessageBox, lambda box: click_button(box, D("Keep running")))
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # Esc asks too
    assert seen and dlg.isVisible()
    seen = on_dialog(QMessageBox, lambda box: click_button(box, D("Stop and close")))
    qtbot.mouseClick(by_name(dlg, D("Close"), QPushButton), Qt.MouseButton.LeftButton)
    assert seen
    out = tmp_path / D("{0} letters").format("people")
    qtbot.waitUntil(lambda: not isValid(dlg), timeout=30000)  # gone once the batch has stopped
    index = read_index(out)
    assert index[-1]["status"] == "skipped" and len(index) == ROWS_TO_CANCEL
    assert "Letters for many people stopped:" in win.statusBar().currentMessage()


@pytest.mark.parametrize("how", ["ctrl+l", "idle lock"])
def test_locking_during_a_run_stops_it_without_a_crash(qtbot, vault, tmp_path, patched_dialogs, how):
    ctx, win, dlg = running(qtbot, vault, tmp_path, patched_dialogs)
    if how == "ctrl+l":
        qtbot.keyClick(dlg, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        win.start()  # the idle lock exists from the start; its timeout is what fires
        qtbot.waitUntil(lambda: win.idle_lock is not None, timeout=3000)
        win.idle_lock.idle.emit()
    assert ctx.vault is None
    assert not dlg.isVisible()  # nothing stays on screen once locked
    qtbot.waitUntil(lambda: not isValid(dlg), timeout=30000)
    index = read_index(tmp_path / "people letters")
    assert len(index) == ROWS_TO_CANCEL and index[-1]["status"] == "skipped"
    assert by_name(win, "Unlock…", QPushButton).isVisible()


# ------------------------------------------------------------------ template

@pytest.mark.parametrize("lang, person", [("en", "Li Ming"), ("zh_CN", "李明")])
def test_template_round_trip(qtbot, vault, tmp_path, patched_dialogs, lang, person):
    ctx, win, dlg = open_batch(qtbot, vault, lang)
    patched_dialogs["save"] = str(tmp_path / "mine")  # no extension typed: .csv is added
    qtbot.mouseClick(by_name(dlg, D("Save a template CSV…"), QPushButton), Qt.MouseButton.LeftButton)
    template = tmp_path / "mine.csv"
    assert template.read_bytes().startswith(b"\xef\xbb\xbf")
    assert str(template) in by_name(dlg, D("Batch status"), QLabel).text()
    with template.open(encoding="utf-8-sig") as f:
        header, example = list(csv.reader(f))
    assert tuple(header) == ALL_COLUMNS and example[0] == person
    said = choose_csv(qtbot, dlg, patched_dialogs, template)
    assert said == D("%n row(s); {0} columns (point here to see them)", 1).format(len(ALL_COLUMNS))
    start(qtbot, dlg)
    wait_done(qtbot, dlg)
    out = tmp_path / D("{0} letters").format("mine")
    [letter] = out.glob("*.pdf")
    assert letter.read_bytes()[:5] == b"%PDF-" and read_index(out)[0]["status"] == "ok"


def test_template_into_a_folder_name_is_refused_in_chinese(qtbot, vault, tmp_path, patched_dialogs):
    ctx, win, dlg = open_batch(qtbot, vault, "zh_CN")
    (tmp_path / "taken.csv").mkdir()
    patched_dialogs["save"] = str(tmp_path / "taken.csv")
    qtbot.mouseClick(by_name(dlg, D("Save a template CSV…"), QPushButton), Qt.MouseButton.LeftButton)
    assert "是文件夹" in by_name(dlg, D("Batch status"), QLabel).text()


# ------------------------------------------------------------------ walkers

def _states(qtbot, vault, tmp_path, answers, check, lang: str = "en") -> list[str]:
    """``check`` over the dialog empty, with a CSV read, during a run, and with its result (written and failed
    rows), and with a refused CSV."""
    problems: list[str] = []

    def run(where: str, w: QWidget) -> None:
        QApplication.processEvents()
        problems.extend(f"[{where}] {p}" for p in check(w))

    ctx, win, dlg = open_batch(qtbot, vault, lang)
    run("empty", dlg)
    src = write_csv(tmp_path, [*good_rows(ROWS_TO_CANCEL - 1), NO_CONTACT])
    choose_csv(qtbot, dlg, answers, src)
    run("read", dlg)
    pick(dlg.format_box, "docx")
    start(qtbot, dlg)
    qtbot.waitUntil(lambda: dlg.progress.value() >= 1, timeout=30000)
    run("running", dlg)
    wait_done(qtbot, dlg)
    run("done", dlg)
    bad = tmp_path / "bad.csv"
    bad.write_text("sender_name,holder_name,holder_category,shoe_size\n", encoding="utf-8")
    choose_csv(qtbot, dlg, answers, bad)
    run("refused", dlg)
    return problems


def _data(tmp_path: Path) -> list[str]:
    names = [x for i in range(ROWS_TO_CANCEL) for x in (f"李明{i}", f"某店{i}", f"{i + 1:04d}_李明{i}_R{i}.docx")]
    return [str(tmp_path), *HEADER.strip().split(","), "shoe_size", "王芳", "某机场", *names, "PDF", "docx",
            ".eml", "DOCX", "index.csv", "CSV", "holder_email", "Word", "people letters", "bad.csv"]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_control_has_an_accessible_name(qtbot, vault, tmp_path, patched_dialogs, lang):
    problems = _states(qtbot, vault, tmp_path, patched_dialogs, unnamed_widgets, lang)
    assert not problems, "\n".join(problems)


def test_pseudo_localised(qtbot, vault, tmp_path, patched_dialogs):
    data = _data(tmp_path)
    with pseudo_localised("en"):
        problems = _states(qtbot, vault, tmp_path, patched_dialogs, lambda w: untranslated_texts(w, data))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_readable_colours(qtbot, vault, tmp_path, patched_dialogs, dark):
    palette = dark_palette() if dark else QApplication.style().standardPalette()
    with palette_applied(palette):
        problems = _states(qtbot, vault, tmp_path, patched_dialogs, unreadable_colours)
    assert not problems, "\n".join(problems)
