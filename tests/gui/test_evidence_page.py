"""The Evidence page driven through real widgets: cases, entries with dropped exhibits, a real local TSA,
export with a progress bar, and "verify a bundle" without any vault open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from faceledger.evidence import store
from faceledger.evidence.bundle_verify import verify_bundle
from faceledger.evidence.model import NewEntry
from faceledger.gui.context import AppContext
from faceledger.gui.pages.evidence_dialogs import EntryDialog
from faceledger.gui.pages.evidence_page import EvidencePage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from evidence import bundle_tools as bt  # noqa: E402
from evidence import local_tsa  # noqa: E402  (the real openssl TSA of tests/evidence)


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    yield from local_tsa.running(tmp_path_factory.mktemp("guitsa"))


def _page(qtbot, vault, lang="en"):
    ctx = AppContext(vault, lang)
    page = EvidencePage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def _wait(qtbot, page, timeout=20000):
    qtbot.waitUntil(lambda: not page.busy, timeout=timeout)


def _drop(widget, paths):
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    ev = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(ev)
    return ev


def test_cases_entries_stamp_export_verify(qtbot, vault, tsa, tmp_path):
    page = _page(qtbot, vault)
    assert not page.no_vault.isVisible() and not page.add_btn.isEnabled()
    assert page.empty.isVisible() and "No cases yet" in page.empty_text.text()  # an empty vault explains a case
    assert page.empty_new_btn.isVisible() and page.empty_new_btn.isDefault()  # ...next to its primary button
    case = page.create_case("郭某诉某野生动物世界")
    assert not page.empty.isVisible() and page.table.isVisible()
    assert page.cases.rowCount() == 1 and page.case.uid == case.uid and page.add_btn.isEnabled()
    assert not page.export_btn.isEnabled()

    # the entry dialog: exhibits dropped onto it
    f1 = tmp_path / "sms.png"
    f1.write_bytes(b"\x89PNG" + bytes(range(256)) * 400)
    f2 = tmp_path / "receipt.pdf"
    f2.write_bytes(b"%PDF-1.4 receipt")
    dlg = EntryDialog("en", page)
    qtbot.addWidget(dlg)
    ev = _drop(dlg, [f1, f2, tmp_path])  # a folder is ignored
    assert ev.isAccepted() and dlg.files.paths() == [str(f1), str(f2)]
    dlg.title.setText("SMS: face recognition required")
    dlg.kind.setCurrentIndex(dlg.kind.findData("communication"))
    dlg.occurred.set_value("2019-10-17")
    dlg.source.setText("SMS to my phone")
    dlg.capture_method.setCurrentIndex(dlg.capture_method.findData("screenshot"))
    dlg.device.setText("phone")
    new = dlg.new_entry()
    assert [x.capture_method for x in new.exhibits] == ["screenshot", "screenshot"]
    page.add_entry(new)
    assert page.busy and page.progress.isVisible() and not page.add_btn.isEnabled()
    _wait(qtbot, page)
    assert page.last_error is None, page.last_error
    assert page.entries.rowCount() == 1 and "Entry 1 recorded" in page.message.text()
    e1 = store.list_entries(vault, case)[0]
    assert len(e1.exhibits) == 2 and e1.exhibits[0].capture_method == "screenshot"

    # a bad value stays in the dialog with its message
    dlg2 = EntryDialog("en", page)
    qtbot.addWidget(dlg2)
    dlg2.title.setText("x\u202e")
    dlg2._accept()
    assert "control character" in dlg2.error.text() and dlg2.result_entry is None

    # stamp with the local TSA, through a worker
    page.stamp(tsa.url, str(tsa.ca_file))
    _wait(qtbot, page)
    assert page.last_error is None, page.last_error
    assert "stamped entry 1" in page.message.text()
    assert page.entries.data(page.entries.index(0, 5))  # the timestamp column is filled

    # export with a progress bar
    out = tmp_path / "bundle.zip"
    page.export_bundle(str(out))
    assert page.progress.isVisible()
    _wait(qtbot, page)
    assert page.last_error is None, page.last_error
    assert out.exists() and "Bundle written" in page.message.text()
    assert verify_bundle(out).ok

    # select the entry: details with its hash
    page.table.selectRow(0)
    assert e1.hash in page.detail.toPlainText()
    assert page.correct_btn.isEnabled()
    page.grab().save(str(tmp_path / "evidence_en.png"))


def test_verify_without_a_vault(qtbot, vault, tmp_path):
    from faceledger.evidence.bundle_export import export_case

    case = store.create_case(vault, "c")
    store.add_entry(vault, case, NewEntry(kind="note", title="t", occurred_at="2020-01-01"))
    good = export_case(vault, case, tmp_path / "good.zip", with_pdf=False).path

    page = _page(qtbot, None)
    assert page.no_vault.isVisible() and not page.new_case_btn.isEnabled() and page.verify_btn.isEnabled()
    page.verify_file(str(good))
    _wait(qtbot, page)
    assert page.last_result.ok and "intact" in page.detail.toPlainText()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(good.read_bytes()[:500])
    page.verify_file(str(bad))
    _wait(qtbot, page)
    assert not page.last_result.ok and "does NOT verify" in page.detail.toPlainText()
    assert "FAILED" in page.message.text()


def test_tsa_down_keeps_the_entry(qtbot, vault, tsa):
    page = _page(qtbot, vault)
    case = page.create_case("c")
    store.add_entry(vault, case, NewEntry(kind="note", title="t", occurred_at="2020-01-01"))
    page.refresh()
    page.stamp(local_tsa.free_port_url(), str(tsa.ca_file))
    _wait(qtbot, page)
    assert "queued entry 1" in page.message.text()
    assert page.entries.rowCount() == 1
    assert "queued" in page.detail.toPlainText()


def test_cancel_export_writes_nothing(qtbot, vault, tmp_path):
    page = _page(qtbot, vault)
    case = page.create_case("big")
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (40 << 20))
    store.add_entry(vault, case, NewEntry(kind="photo_video", title="video", occurred_at="2020-01-01",
                                          exhibits=[__import__("faceledger.evidence.model", fromlist=["x"])
                                                    .ExhibitSource(str(big))]))
    page.refresh()
    out = tmp_path / "b.zip"
    w = page.export_bundle(str(out))
    w.cancel()
    _wait(qtbot, page)
    assert page.last_error == "Cancelled" or page.last_error.startswith("Export cancelled")
    assert not out.exists() and not list(tmp_path.glob(".*part"))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshots(qtbot, vault, tmp_path, lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from faceledger.paths import resource

    tr = None
    if lang == "zh_CN":
        tr = QTranslator()
        assert tr.load(str(resource("i18n", "evidence_zh_CN.qm")))
        QCoreApplication.installTranslator(tr)
    try:
        page = _page(qtbot, vault, "zh" if lang == "zh_CN" else "en")
        case = page.create_case("郭某诉某野生动物世界")
        for i, (k, t) in enumerate([("receipt_payment", "年卡收据"), ("communication", "10月短信：须激活人脸识别"),
                                    ("photo_video", "入园被拒")]):
            store.add_entry(vault, case, NewEntry(kind=k, title=t, occurred_at=f"2019-10-{17 + i}"))
        page.refresh()
        page.table.selectRow(1)
        out = Path("/tmp") / f"evidence_page_{lang}.png"
        page.grab().save(str(out))
        if lang == "zh_CN":
            assert page.add_btn.text() != "Add entry…"
    finally:
        if tr:
            QCoreApplication.removeTranslator(tr)


def test_from_the_ledger_and_correction_prefill(qtbot, vault):
    from faceledger.ledger.model import Holder, Request
    from faceledger.ledger.store import add_holder, add_request

    h = add_holder(vault, Holder(name_zh="某野生动物世界有限公司", category="attraction"))
    blob = vault.add_blob(b"deletion letter", filename="letter.txt", media_type="text/plain")
    req = add_request(vault, Request(holder_id=h.id, type="deletion", state="answered_refused", channel="post",
                                     date_sent="2019-10-28", reply_date="2019-11-05", reply_summary="拒绝",
                                     document_blob=blob["id"]))
    add_request(vault, Request(holder_id=h.id, type="access", state="draft"))  # not sent: not offered
    page = _page(qtbot, vault)
    page.create_case("c")
    choices = page.ledger_requests()
    assert [c[0] for c in choices] == [req.id] and "2019-10-28" in choices[0][1]
    page.add_from_ledger(req.id)
    _wait(qtbot, page)
    assert page.last_error is None, page.last_error
    kinds = [e.kind for e in page.entries.entries]
    assert kinds == ["letter_sent", "reply_received"] and "Added 2 entries" in page.message.text()
    dlg = EntryDialog("en", page, corrects=1)
    qtbot.addWidget(dlg)
    dlg.prefill_correction(page.entries.entries[0])
    new = dlg.new_entry()
    assert new.corrects_seq == 1 and new.kind == "letter_sent" and new.occurred_at == "2019-10-28"
    assert "Correction of entry 1" in new.title


def test_files_dropped_on_the_page_open_a_new_entry(qtbot, vault, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    page = _page(qtbot, vault)
    page.create_case("c")
    photo = tmp_path / "gate.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    ev = _drop(page, [photo])
    assert ev.isAccepted()
    dlg = page.entry_dialog
    assert dlg is not None and dlg.isVisible() and dlg.files.paths() == [str(photo)]
    dlg.title.setText("Refused at the gate")
    dlg.kind.setCurrentIndex(dlg.kind.findData("photo_video"))
    dlg.occurred.set_value("2019-10-26")
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1 and not page.busy, timeout=10000)
    e = page.entries.entries[0]
    assert e.title == "Refused at the gate" and e.exhibits[0].filename == "gate.jpg"
    # without a case (no vault), drops are refused
    empty = _page(qtbot, None)
    assert not _drop(empty, [photo]).isAccepted()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_page_opens_in_the_main_window(qtbot, vault, lang):
    from faceledger.gui.app import build_window
    from faceledger.gui.i18n import install

    ctx, win = build_window(vault, lang)
    qtbot.addWidget(win)
    try:
        page = win.show_page("evidence")
        assert isinstance(page, EvidencePage)
        assert page.verify_btn.text() == ("核验证据包……" if lang == "zh_CN" else "Verify a bundle…")
    finally:
        install("en")


def _by_name(root, cls, name):
    """The visible widget of type ``cls`` whose accessible name is ``name`` (as a screen reader finds it)."""
    hits = [w for w in root.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert len(hits) == 1, f"{len(hits)} widgets named {name!r}"
    return hits[0]


def test_add_entry_button_opens_the_dialog_when_clicked(qtbot, vault):
    """Regression (issue 11 blocker): clicked(bool) filled _ask_add(corrects=None) with False, so the button did
    nothing but raise AttributeError. Click the real button, found by its accessible name."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

    page = _page(qtbot, vault)
    page.create_case("c")
    add = _by_name(page, QPushButton, "Add entry")
    assert add.isEnabled()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dlg = page.entry_dialog
    assert dlg is not None and dlg.isVisible() and dlg.corrects is None
    qtbot.keyClicks(_by_name(dlg, QLineEdit, "Title"), "Gate now requires a face scan")
    qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.entries.rowCount() == 1 and not page.busy, timeout=10000)
    assert page.entries.entries[0].title == "Gate now requires a face scan"


# ---------------------------------------------------------------- the lawyer's journey, by clicking and typing

NAMES = {
    "en": {"first": "Open your first case", "case_name": "Name of the case", "tz": "Time zone of the events",
           "open": "Open the case", "add": "Add entry", "title": "Title", "source": "Source",
           "when": "When it happened", "record": "Record permanently", "stamp": "Timestamp",
           "tsa": "TSA address", "root": "Root certificate", "request": "Request timestamp",
           "export": "Export bundle", "file": "Bundle file", "report_lang": "Language of the report",
           "do_export": "Export", "verify": "Verify a bundle", "intact": "The bundle is intact.",
           "broken": "The bundle does NOT verify."},
    "zh_CN": {"first": "建立第一个案件", "case_name": "案件名称", "tz": "事件发生地的时区", "open": "建立案件",
              "add": "添加记录", "title": "标题", "source": "来源", "when": "发生时间", "record": "永久记录",
              "stamp": "时间戳", "tsa": "TSA 地址", "root": "根证书", "request": "申请时间戳",
              "export": "导出证据包", "file": "证据包文件", "report_lang": "报告语言", "do_export": "导出",
              "verify": "核验证据包", "intact": "证据包完整无误。", "broken": "证据包核验未通过。"},
}


def _translated(lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from faceledger.paths import resource

    if lang != "zh_CN":
        return None
    tr = QTranslator()
    assert tr.load(str(resource("i18n", "evidence_zh_CN.qm")))
    QCoreApplication.installTranslator(tr)
    return tr


from PySide6.QtWidgets import QApplication  # noqa: E402


def _type(qtbot, w, text):
    """Type ``text`` as a user does: ASCII key by key; Chinese as an input method commits it (QTest's key
    clicks know only ASCII)."""
    from PySide6.QtGui import QInputMethodEvent

    w.setFocus()
    for chunk in __import__("re").findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(w, chunk)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(chunk)
            QApplication.sendEvent(w, ev)


def _click(qtbot, w):
    assert w.isEnabled(), w.accessibleName()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_lawyer_journey_by_clicking(qtbot, vault, tsa, tmp_path, lang):
    """New case (time zone chosen) -> Add entry button -> exhibits -> timestamp from the local TSA -> export with
    a Chinese report whatever the interface -> verify -> a tampered copy fails. Only clicks and keys."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLineEdit, QPushButton

    n = NAMES[lang]
    tr = _translated(lang)
    try:
        page = _page(qtbot, vault, "zh" if lang == "zh_CN" else "en")
        # 1. the empty state's primary button opens the new-case dialog
        _click(qtbot, _by_name(page, QPushButton, n["first"]))
        dlg = page.case_dialog
        _type(qtbot, _by_name(dlg, QLineEdit, n["case_name"]), "郭某诉某野生动物世界")
        tz = _by_name(dlg, QComboBox, n["tz"])
        tz.lineEdit().selectAll()
        qtbot.keyClicks(tz.lineEdit(), "Asia/Shanghai")
        _click(qtbot, _by_name(dlg, QPushButton, n["open"]))
        assert page.case is not None and page.case.timezone == "Asia/Shanghai"
        # a second case of the same name is refused, in the dialog
        _click(qtbot, _by_name(page, QPushButton, page.new_case_btn.accessibleName()))
        dup = page.case_dialog
        _type(qtbot, _by_name(dup, QLineEdit, n["case_name"]), "郭某诉某野生动物世界")
        _click(qtbot, _by_name(dup, QPushButton, n["open"]))
        assert dup.isVisible() and ("already exists" in dup.error.text() or "已经有" in dup.error.text())
        dup.reject()

        # 2. Add entry: title, date by keyboard, exhibits dropped, recorded permanently
        _click(qtbot, _by_name(page, QPushButton, n["add"]))
        edlg = page.entry_dialog
        _type(qtbot, _by_name(edlg, QLineEdit, n["title"]), "10月短信：须激活人脸识别")
        _type(qtbot, _by_name(edlg, QLineEdit, n["source"]), "园区发送的短信")
        date = _by_name(edlg, QDateEdit, n["when"])
        qtbot.mouseDClick(date.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
        qtbot.keyClicks(date, "20191017")
        sms = tmp_path / "sms.png"
        sms.write_bytes(b"\x89PNG" + bytes(range(256)) * 50)
        assert _drop(edlg, [sms]).isAccepted()
        _click(qtbot, _by_name(edlg, QPushButton, n["record"]))
        qtbot.waitUntil(lambda: page.entries.rowCount() == 1 and not page.busy, timeout=10000)
        e = page.entries.entries[0]
        assert e.occurred_at == "2019-10-17" and e.exhibits[0].filename == "sms.png"

        # 3. Timestamp from the local TSA on 127.0.0.1
        _click(qtbot, _by_name(page, QPushButton, n["stamp"]))
        sdlg = page.stamp_dialog
        url = _by_name(sdlg, QLineEdit, n["tsa"])
        url.selectAll()
        qtbot.keyClicks(url, tsa.url)
        qtbot.keyClicks(_by_name(sdlg, QLineEdit, n["root"]), str(tsa.ca_file))
        _click(qtbot, _by_name(sdlg, QPushButton, n["request"]))
        qtbot.waitUntil(lambda: not page.busy, timeout=20000)
        assert page.last_error is None, page.last_error
        assert page.entries.data(page.entries.index(0, 5))
        assert "head" not in page.message.text() or lang == "en"  # the scope is translated ("（链头）")

        # 4. Export: the report in Chinese, whatever the interface language
        _click(qtbot, _by_name(page, QPushButton, n["export"]))
        xdlg = page.export_dialog
        path = _by_name(xdlg, QLineEdit, n["file"])
        path.selectAll()
        out = tmp_path / "bundle.zip"
        qtbot.keyClicks(path, str(out))
        assert _by_name(xdlg, QComboBox, n["report_lang"]).currentData() == "zh"
        _click(qtbot, _by_name(xdlg, QPushButton, n["do_export"]))
        qtbot.waitUntil(lambda: not page.busy, timeout=30000)
        assert page.last_error is None, page.last_error and out.exists()
        import zipfile

        with zipfile.ZipFile(out) as zf:
            assert "证据名称".encode() in zf.read("exhibit-list.csv")

        # 5. Verify, through the file dialog: a ✓ list, the fingerprint first and last
        def verify(p):
            _click(qtbot, _by_name(page, QPushButton, n["verify"]))
            fdlg = page.verify_dialog
            assert isinstance(fdlg, QFileDialog)
            name = fdlg.findChild(QLineEdit, "fileNameEdit")
            assert fdlg.directory().absolutePath() == str(p.parent)  # it opens where the bundle was exported
            qtbot.keyClicks(name, p.name)
            qtbot.keyClick(name, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not page.busy and page.last_result is not None
                            and page.last_result.path == str(p), timeout=20000)
            return page.detail.toPlainText()

        text = verify(out)
        assert n["intact"] in text and "✓" in text and "✗" not in text
        assert text.count(page.case.key_fingerprint) == 2

        # 6. A tampered copy fails, naming the exhibit
        bad = tmp_path / "tampered.zip"
        members = bt.read_members(out)
        ex = next(k for k in members if k.startswith("exhibits/") and not k.endswith("/"))
        members[ex] = bt.flip(members[ex])
        bt.write_members(bad, members)
        text = verify(bad)
        assert n["broken"] in text and "✗" in text and ex in text
        page.grab().save(str(tmp_path / f"journey_{lang}.png"))
    finally:
        if tr:
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(tr)


def _unnamed(root):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                                   QPlainTextEdit, QTextEdit)

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisible():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or a date edit: the outer widget carries the name
        if type(w).__name__ == "QHeaderView" and isinstance(w.parent(), QAbstractItemView):
            continue  # a table's header: part of the named table
        if type(w).__name__ in ("QCalendarWidget", "QToolButton") and not w.text():
            continue  # internal parts of a date edit's popup
        if not w.accessibleName():
            out.append(f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}")
    return out


from PySide6.QtWidgets import QWidget  # noqa: E402


def test_every_control_of_the_page_and_its_dialogs_has_an_accessible_name(qtbot, vault):
    page = _page(qtbot, vault)
    assert not _unnamed(page), _unnamed(page)  # the empty state
    page.create_case("c")
    store.add_entry(vault, page.case, NewEntry(kind="note", title="t", occurred_at="2020-01-01"))
    page.refresh()
    assert not _unnamed(page), _unnamed(page)
    page.open_entry_dialog()
    page._ask_new_case()
    page._ask_stamp()
    page._ask_export()
    for dlg in (page.entry_dialog, page.case_dialog, page.stamp_dialog, page.export_dialog):
        assert dlg.isVisible()
        assert not _unnamed(dlg), (type(dlg).__name__, _unnamed(dlg))
        dlg.reject()


def test_dark_palette_colours_meet_wcag_aa(qtbot, vault, tmp_path):
    """Issue 12: colours come from the palette (no fixed #000/#444/#666) and keep 4.5:1 on a dark window."""
    from PySide6.QtGui import QColor, QPalette

    from faceledger.gui.pages import evidence_style as es

    dark = QPalette()
    for role, c in ((QPalette.ColorRole.Window, "#232629"), (QPalette.ColorRole.Base, "#1b1e20"),
                    (QPalette.ColorRole.Text, "#fcfcfc"), (QPalette.ColorRole.WindowText, "#fcfcfc"),
                    (QPalette.ColorRole.Button, "#31363b"), (QPalette.ColorRole.ButtonText, "#fcfcfc")):
        dark.setColor(role, QColor(c))
    for pal in (dark, QPalette(QColor("#efefef"))):
        page = _page(qtbot, vault)
        page.setPalette(pal)
        for role in ("error", "ok", "warn"):
            c = QColor(es.color(page, role))
            for bg in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
                assert es.contrast(c, pal.color(bg)) >= es.AA, (role, c.name(), pal.color(bg).name())
    src = "".join(Path(m.__file__).read_text() for m in (
        __import__("faceledger.gui.pages.evidence_page", fromlist=["x"]),
        __import__("faceledger.gui.pages.evidence_dialogs", fromlist=["x"]),
        __import__("faceledger.gui.pages.evidence_models", fromlist=["x"])))
    assert not __import__("re").search(r"#[0-9a-fA-F]{3,6}\b", src)  # no fixed colour outside evidence_style
