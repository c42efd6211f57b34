"""The Photo check page driven through real widgets, with the real detectors (no dummy): open photos,
boxes and verdicts, a broken file, protection with a user-drawn box, a folder scan with cancel, Chinese."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faceledger.gui.context import AppContext
from faceledger.gui.pages.photos_page import PhotosPage
from faceledger.photos.reveals import metadata_kinds, read_reveals
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QDropEvent

TIMEOUT = 60000  # first use loads the models; the machine is shared


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    from skimage import data

    return data.astronaut()


def phone_jpeg(path: Path, rgb: np.ndarray) -> Path:
    """A JPEG with what a phone writes: GPS, time, make/model, owner."""
    img = Image.fromarray(rgb)
    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:05:01 10:20:30"
    sub[0xA430] = "Zhang San"
    g = exif.get_ifd(0x8825)
    g[1], g[2], g[3], g[4] = "N", (31.0, 13.0, 30.0), "E", (121.0, 28.0, 12.0)
    img.save(path, "JPEG", exif=exif, quality=92)
    return path


def landscape(path: Path) -> Path:
    """A generated picture with no face: sky, ground and some texture."""
    rng = np.random.default_rng(4)
    a = np.zeros((300, 400, 3), np.uint8)
    a[:150] = (120, 170, 230)
    a[150:] = (60, 130, 50)
    a = np.clip(a.astype(int) + rng.integers(-20, 20, a.shape), 0, 255).astype(np.uint8)
    Image.fromarray(a).save(path)
    return path


def _page(qtbot, lang="en") -> PhotosPage:
    page = PhotosPage(AppContext(None, lang))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def _wait(qtbot, page, timeout=TIMEOUT):
    qtbot.waitUntil(lambda: not page.busy, timeout=timeout)


def test_open_photos_shows_boxes_verdict_and_reveals(qtbot, tmp_path, astronaut, astro_png):
    page = _page(qtbot)
    shot = phone_jpeg(tmp_path / "IMG_0001.jpg", astronaut)
    empty = landscape(tmp_path / "field.png")
    page.open_paths([str(astro_png), str(shot), str(empty)])
    assert page.busy and page.progress.isVisible()  # the work is off the GUI thread
    _wait(qtbot, page)
    assert page.photo_list.count() == 3 and not page.progress.isVisible()

    page.photo_list.setCurrentRow(0)
    res = page.results[str(astro_png)]
    assert res.ok and len(res.faces) == 1 and res.verdict in ("high", "medium")
    assert page.canvas.image is not None and len(page.canvas.boxes) == 1
    assert page.canvas.boxes[0].kind == res.faces[0].verdict
    x, y, w, h = page.canvas.boxes[0].box
    assert abs(x - 177) < 25 and abs(y - 82) < 30 and 70 < w < 130  # the face (stack.md §2)
    assert page.faces.rowCount() == 1
    assert page.faces.index(0, 2).data().endswith("px")
    assert "between the eyes" in page.reasons.toPlainText()
    assert page.verdict_names[res.verdict] in page.verdict_label.text()
    assert "safe" not in page.verdict_label.text().replace("does not mean safe", "")

    page.photo_list.setCurrentRow(1)
    reveals = [page.reveals.item(i).text() for i in range(page.reveals.count())]
    assert any("GPS" in r and "31.2" in r for r in reveals)
    assert any("iPhone 13" in r for r in reveals) and any("2024" in r for r in reveals)

    page.photo_list.setCurrentRow(2)
    assert page.results[str(empty)].verdict == "none" and page.canvas.boxes == []
    assert page.verdict_names["none"] in page.verdict_label.text()

    # clicking a box on the photo selects its row and highlights its reasons
    page.photo_list.setCurrentRow(0)
    centre = page.canvas._to_view(page.canvas.boxes[0].box).center()
    qtbot.mouseClick(page.canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert page.canvas.selected == 0 and page.face_view.currentIndex().row() == 0


def test_broken_files_give_a_message_and_no_crash(qtbot, tmp_path, astro_png):
    page = _page(qtbot)
    trunc = tmp_path / "cut.jpg"
    trunc.write_bytes(Path(astro_png).read_bytes()[:3000])  # a PNG named .jpg, cut short
    text = tmp_path / "notes.jpg"
    text.write_text("this is not a photo\n")
    zero = tmp_path / "zero.png"
    zero.write_bytes(b"")
    page.open_paths([str(trunc), str(text), str(zero)])
    _wait(qtbot, page)
    assert page.photo_list.count() == 3
    for p in (trunc, text, zero):
        r = page.results[str(p)]
        assert not r.ok and r.error
    page.photo_list.setCurrentRow(2)
    assert "empty" in page.verdict_label.text()
    assert page.canvas.image is None and "empty" in page.canvas.placeholder
    assert "could not be checked" in page.message.text()
    assert not page.protect_btn.isEnabled()
    page.photo_list.setCurrentRow(1)
    assert "not a picture" in page.verdict_label.text()


def test_protect_covers_faces_and_the_users_box(qtbot, tmp_path, astronaut):
    page = _page(qtbot)
    src = phone_jpeg(tmp_path / "me.jpg", astronaut)
    page.open_paths([str(src)])
    _wait(qtbot, page)
    page.tabs.setCurrentIndex(1)
    canvas = page.before_canvas
    assert len(canvas.boxes) == 1 and canvas.editable and page.protect_btn.isEnabled()

    # the user drags a box over the flag patch on the sleeve (no face there; it must be covered anyway)
    qtbot.waitExposed(canvas)
    t = canvas._target()
    s = t.width() / 512
    a = QPointF(t.x() + 20 * s, t.y() + 400 * s).toPoint()
    b = QPointF(t.x() + 100 * s, t.y() + 480 * s).toPoint()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas, pos=QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(canvas, pos=b)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=b)
    assert len(canvas.boxes) == 2 and canvas.boxes[1].kind == "user"
    ux, uy, uw, uh = canvas.boxes[1].box
    assert abs(ux - 20) <= 3 and abs(uy - 400) <= 3 and abs(uw - 80) <= 4

    # a box drawn by mistake is removed again
    canvas.add_box((300, 20, 40, 40))
    assert canvas.selected == 2 and page.remove_box_btn.isEnabled()
    qtbot.mouseClick(page.remove_box_btn, Qt.MouseButton.LeftButton)
    assert len(canvas.boxes) == 2

    out = tmp_path / "me-protected.jpg"
    page.protect_to(str(out), "fill")
    assert page.busy and not page.protect_btn.isEnabled()
    _wait(qtbot, page)
    res = page.last_protect
    assert res and res["ok"], res
    rep = res["report"]
    assert out.is_file() and rep.output == str(out) and rep.faces_after == 0
    assert {"exif", "gps"} <= set(rep.metadata_removed) and rep.metadata_left == []
    with Image.open(out) as img:
        assert read_reveals(img) == {} and metadata_kinds(img) == []
        pixels = np.asarray(img.convert("RGB")).astype(int)
    assert pixels[425:455, 45:75].max() < 30           # the user's box (centre) is filled
    assert pixels[110:150, 200:250].max() < 30          # the face is filled
    assert page.after_canvas.image is not None
    html = page.protect_report.toPlainText()
    assert "GPS position" in html and "no face was found" in html
    assert "Saved to" in html and "safe" not in html
    assert str(out) in page.message.text()


def test_protect_refuses_bad_output_name(qtbot, tmp_path, astro_png):
    page = _page(qtbot)
    page.open_paths([str(astro_png)])
    _wait(qtbot, page)
    page.protect_to(str(tmp_path / "out.gif"))
    _wait(qtbot, page)
    assert page.last_protect and not page.last_protect["ok"]
    assert "Not protected" in page.protect_report.toPlainText()
    assert not (tmp_path / "out.gif").exists()


def test_drop_files_and_folder(qtbot, tmp_path, astro_png):
    page = _page(qtbot)
    folder = tmp_path / "dropped"
    folder.mkdir()
    landscape(folder / "a.png")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(astro_png)), QUrl.fromLocalFile(str(folder))])
    ev = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, md, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    page.dropEvent(ev)
    assert ev.isAccepted()
    _wait(qtbot, page)
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT)
    assert str(astro_png) in page.results
    assert page.scan_report is not None and page.scan_report.total == 1


def test_folder_scan_report_and_cancel(qtbot, tmp_path, astronaut):
    page = _page(qtbot)
    page.tabs.setCurrentIndex(2)
    root = tmp_path / "photos"
    (root / "sub").mkdir(parents=True)
    Image.fromarray(astronaut).save(root / "astro.png")
    phone_jpeg(root / "sub" / "phone.jpg", astronaut)
    landscape(root / "field.png")
    (root / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)
    (root / "readme.txt").write_text("not a photo")
    page.scan(str(root), workers=2)
    assert page.scanning and page.scan_progress.isVisible() and page.scan_cancel_btn.isVisible()
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    rep = page.scan_report
    assert rep is not None and not rep.cancelled and rep.total == 4
    assert page.scan_rows.rowCount() == 4 and not page.scan_progress.isVisible()
    by_name = {Path(r["path"]).name: r for r in rep.results}
    assert by_name["astro.png"]["verdict"] in ("high", "medium")
    assert by_name["field.png"]["verdict"] == "none"
    assert not by_name["broken.jpg"]["ok"] and by_name["broken.jpg"]["error"]
    assert [(s.path, s.reason) for s in rep.skipped] == [(str(root / "readme.txt"), "not_image")]
    row = [Path(r["path"]).name for r in page.scan_rows.rows].index("broken.jpg")
    assert page.scan_rows.index(row, 1).data() == "Cannot read"
    assert "4 of 4" in page.scan_summary.text()
    assert page.save_report_btn.isEnabled()
    j, c = page.save_scan_report(str(tmp_path / "report"))
    assert j.is_file() and c.is_file() and "broken.jpg" in c.read_text(encoding="utf-8-sig")

    # cancel: a folder of many photos, cancelled at once; the scan stops early and says so
    many = tmp_path / "many"
    many.mkdir()
    for i in range(24):
        Image.fromarray(astronaut).save(many / f"p{i:02d}.png")
    page.scan(str(many), workers=2)
    page.cancel_scan()
    assert not page.scan_cancel_btn.isEnabled()
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    rep = page.scan_report
    assert rep.cancelled and rep.total == 24 and len(rep.results) < 24
    assert page.scan_summary.text().startswith("Cancelled")


def test_chinese_interface(qtbot, tmp_path, astro_png):
    from faceledger.gui import i18n

    i18n.install("zh_CN")
    try:
        page = _page(qtbot, "zh")
        assert page.tabs.tabText(0) == "检查" and page.tabs.tabText(1) == "保护"
        assert page.open_btn.text() == "打开照片……"
        page.open_paths([str(astro_png)])
        _wait(qtbot, page)
        res = page.results[str(astro_png)]
        assert page.verdict_names[res.verdict] in page.verdict_label.text()
        assert "两眼间距" in page.reasons.toPlainText()
        assert page.faces.headerData(2, Qt.Orientation.Horizontal) == "两眼间距"
    finally:
        i18n.install("en")


# ---------------------------------------------------------------------------------------------------------
# Issue 11/12: the photos journey by clicking, in both languages; keyboard; accessible names; colours.

from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QTextBrowser,
    QWidget,
)

from faceledger.gui.pages.photos_canvas import VERDICT_TEXT, PhotoCanvas  # noqa: E402

ZH = {"Open photos to check": "打开要检查的照片", "Open photos": "打开照片", "Protect this photo": "保护这张照片",
      "Protect and save as": "保护并另存为", "Scan a folder": "扫描文件夹", "Cancel the scan": "取消扫描",
      "Checked photos": "已检查的照片", "Protect all flagged photos": "保护所有标记的照片",
      "Show photos": "显示哪些照片", "Scanned photos": "扫描到的照片", "Cancelled.": "已取消。",
      "Photo before protection, editable boxes": "保护前的照片，方框可编辑", "Protection method": "保护方式"}


def _t(lang: str, en: str) -> str:
    return ZH[en] if lang == "zh" else en


def by_name(root: QWidget, name: str, cls: type = QWidget) -> QWidget:
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, (name, [w.accessibleName() for w in root.findChildren(cls)])
    return found[0]


def click(qtbot, w: QWidget) -> None:
    assert w.isVisible() and w.isEnabled(), w.accessibleName()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


@pytest.fixture(params=["en", "zh"])
def lang_page(request, qtbot):
    from faceledger.gui import i18n

    i18n.install("zh_CN" if request.param == "zh" else "en")
    page = _page(qtbot, request.param)
    yield request.param, page
    i18n.install("en")


def test_photos_journey_by_clicking(lang_page, qtbot, tmp_path, astronaut, monkeypatch):
    """open -> check -> protect -> re-check -> scan -> cancel, every step a click on a widget found by its
    accessible name (the file dialogs answer as a user choosing the file would)."""
    lang, page = lang_page
    shot = phone_jpeg(tmp_path / "IMG_0001.jpg", astronaut)
    # the empty state: one large central action; the header's button is hidden meanwhile
    big = by_name(page, _t(lang, "Open photos to check"), QAbstractButton)
    assert big.isVisible() and not page.open_btn.isVisible() and big.height() >= 60
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(shot)], "")))
    click(qtbot, big)
    _wait(qtbot, page)
    photos = by_name(page, _t(lang, "Checked photos"))
    assert photos.count() == 1 and page.open_btn.isVisible()
    res = page.results[str(shot)]
    assert res.ok and res.verdict in ("high", "medium")
    assert page.verdict_names[res.verdict] in page.verdict_label.text()
    assert "IMG_0001.jpg" in page.message.text()

    # protect
    click(qtbot, by_name(page, _t(lang, "Protect this photo"), QAbstractButton))
    assert page.tabs.currentIndex() == 1
    out = tmp_path / "IMG_0001-protected.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, by_name(page, _t(lang, "Protect and save as"), QAbstractButton))
    _wait(qtbot, page)
    assert page.last_protect and page.last_protect["ok"], page.last_protect
    assert out.is_file() and page.after_canvas.image is not None
    report = page.protect_report.toPlainText()
    assert ("GPS" in report) and ("your box" not in report and "由您画出" not in report)  # the user drew nothing

    # re-check the protected copy: no face any more
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(out)], "")))
    click(qtbot, by_name(page, _t(lang, "Open photos"), QAbstractButton))
    _wait(qtbot, page)
    again = page.results[str(out)]
    assert again.ok and again.verdict == "none" and again.reveals == {}

    # scan a folder, then cancel a second, larger scan
    page.tabs.setCurrentIndex(2)
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.fromarray(astronaut).save(folder / "astro.png")
    landscape(folder / "field.png")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    click(qtbot, by_name(page, _t(lang, "Scan a folder"), QAbstractButton))
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    assert page.scan_report is not None and len(page.scan_report.results) == 2
    many = tmp_path / "many"
    many.mkdir()
    for i in range(24):
        Image.fromarray(astronaut).save(many / f"p{i:02d}.png")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(many)))
    click(qtbot, by_name(page, _t(lang, "Scan a folder"), QAbstractButton))
    click(qtbot, by_name(page, _t(lang, "Cancel the scan"), QAbstractButton))
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    assert page.scan_report.cancelled and len(page.scan_report.results) < 24
    assert page.scan_summary.text().startswith(_t(lang, "Cancelled."))


def test_scan_table_sorts_filters_and_protects_the_flagged(qtbot, tmp_path, astronaut, monkeypatch):
    page = _page(qtbot)
    page.tabs.setCurrentIndex(2)
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.fromarray(astronaut).save(folder / "b_astro.png")
    landscape(folder / "a_field.png")
    (folder / "c_broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)
    assert not page.protect_flagged_btn.isEnabled() and "Scan a folder first" in page.protect_flagged_btn.toolTip()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    click(qtbot, by_name(page, "Scan a folder", QAbstractButton))
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    view = by_name(page, "Scanned photos", QAbstractItemView)
    names = lambda: [view.model().index(r, 0).data() for r in range(view.model().rowCount())]  # noqa: E731
    assert names() == ["b_astro.png", "a_field.png", "c_broken.jpg"]  # most matchable first
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionPosition(0) + 5, header.height() // 2))
    assert names() == sorted(names()) or names() == sorted(names(), reverse=True)
    show = by_name(page, "Show photos", QComboBox)
    show.setFocus()
    qtbot.keyClick(show, Qt.Key.Key_Down)  # "Flagged: easy to match or matchable"
    assert names() == ["b_astro.png"]
    qtbot.keyClicks(by_name(page, "Find a file name", QLineEdit), "field")
    assert names() == []
    show.setCurrentIndex(0)
    assert names() == ["a_field.png"]

    out = tmp_path / "protected"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    click(qtbot, by_name(page, "Protect all flagged photos", QAbstractButton))
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    assert [p.name for p in out.iterdir()] == ["b_astro-protected.png"]
    assert page.last_batch and page.last_batch[0].ok
    assert "1 of 1" in page.scan_summary.text()


def test_canvas_boxes_from_the_keyboard(qtbot, tmp_path, astro_png):
    page = _page(qtbot)
    page.open_paths([str(astro_png)])
    _wait(qtbot, page)
    page.tabs.setCurrentIndex(1)
    canvas = by_name(page, "Photo before protection, editable boxes", PhotoCanvas)
    method = by_name(page, "Protection method", QComboBox)
    method.setFocus()
    for _ in range(12):  # Tab from the method box reaches the photo
        if canvas.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert canvas.hasFocus()
    n = len(canvas.boxes)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)          # Tab inside the photo: the first box
    assert canvas.selected == 0 and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Insert)       # a new box in the middle, selected
    assert len(canvas.boxes) == n + 1 and canvas.selected == n and canvas.boxes[n].kind == "user"
    x0, y0, w0, h0 = canvas.boxes[n].box
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    x1, y1, w1, h1 = canvas.boxes[n].box
    assert x1 > x0 and y1 > y0 and w1 > w0 and h1 == h0
    qtbot.keyClick(canvas, Qt.Key.Key_P)            # back to the previous box
    assert canvas.selected == n - 1
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)       # a detected box removed: remembered for protection
    assert len(canvas.boxes) == n and len(page.protect_boxes()[2]) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.selected == -1


def test_every_control_has_an_accessible_name(lang_page, qtbot, astro_png):
    lang, page = lang_page
    page.open_paths([str(astro_png)])
    _wait(qtbot, page)
    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextBrowser, PhotoCanvas, QProgressBar)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        for w in page.findChildren(QWidget):
            if not isinstance(w, interactive) or not w.isVisible() or isinstance(w, QHeaderView):
                continue
            if isinstance(w.parent(), (QAbstractItemView, QLineEdit, QComboBox)) or w.parent() is page.tabs:
                continue  # a table's corner button, a field's clear button, a combo box's own list
            assert w.accessibleName(), (tab, type(w).__name__, getattr(w, "text", lambda: "")())
            if lang == "zh" and not isinstance(w, QProgressBar):
                assert not w.accessibleName().isascii(), w.accessibleName()  # in the interface language


def _contrast(a: str, b: str) -> float:
    from faceledger.gui.colour_roles import contrast_ratio

    return contrast_ratio(a, b)


def test_verdict_text_colours_meet_wcag_aa_in_light_and_dark():
    """Issue 12: the yellow and orange verdict texts were 2:1 and 2.6:1 on white."""
    from faceledger.gui.colour_roles import DARK_BACKGROUNDS, LIGHT_BACKGROUNDS

    for kind, colours in VERDICT_TEXT.items():
        for bg in LIGHT_BACKGROUNDS:
            assert _contrast(colours.light.fg, bg) >= 4.5, (kind, colours.light.fg, bg)
        for bg in DARK_BACKGROUNDS:
            assert _contrast(colours.dark.fg, bg) >= 4.5, (kind, colours.dark.fg, bg)


def test_page_draws_readable_verdicts_on_a_dark_palette(qtbot, astro_png):
    from PySide6.QtGui import QColor, QPalette

    app = QApplication.instance()
    old = app.palette()
    pal = QPalette(old)
    for role, c in ((QPalette.ColorRole.Window, "#2a2a2a"), (QPalette.ColorRole.Base, "#1e1e1e"),
                    (QPalette.ColorRole.Text, "#eeeeee"), (QPalette.ColorRole.WindowText, "#eeeeee")):
        pal.setColor(role, QColor(c))
    app.setPalette(pal)
    try:
        page = _page(qtbot)
        page.open_paths([str(astro_png)])
        _wait(qtbot, page)
        item = page.photo_list.item(0)
        fg = item.foreground().color().name()
        assert _contrast(fg, "#1e1e1e") >= 4.5
        cell = page.faces.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).color().name()
        assert _contrast(cell, "#1e1e1e") >= 4.5
        assert "color:#" in page.verdict_label.text()
        label_colour = page.verdict_label.text().split("color:")[1][:7]
        assert _contrast(label_colour, "#2a2a2a") >= 4.5
    finally:
        app.setPalette(old)


def test_message_describes_the_selected_photo(qtbot, tmp_path, astronaut, astro_png):
    page = _page(qtbot)
    other = landscape(tmp_path / "field.png")
    page.open_paths([str(astro_png), str(other)])
    _wait(qtbot, page)
    assert "field.png" in page.message.text()   # the last checked
    page.photo_list.setFocus()
    qtbot.keyClick(page.photo_list, Qt.Key.Key_Up)
    assert Path(astro_png).name in page.message.text() and "field.png" not in page.message.text()


def test_failed_protection_speaks_gui_words(qtbot, tmp_path, astro_png, monkeypatch):
    """Issue 11: no "--method fill", and "nothing was written" said once."""
    from faceledger.photos import protect as P

    page = _page(qtbot)
    page.open_paths([str(astro_png)])
    _wait(qtbot, page)
    original = P.protect_photo

    def never(*a, **k):
        rep = P.ProtectReport(str(astro_png), None, "blur", 1, 1, [], [], [], 4, [(177, 82, 95, 95)])
        raise P.ProtectFailed("A face is still detectable after 4 rounds of covering; nothing was written.", rep)

    monkeypatch.setattr(P, "protect_photo", never)
    page.tabs.setCurrentIndex(1)
    out = tmp_path / "out.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.protect_btn)
    _wait(qtbot, page)
    monkeypatch.setattr(P, "protect_photo", original)
    text = page.protect_report.toPlainText()
    assert "--" not in text and "method fill" not in text
    assert text.lower().count("written") == 1 and "Solid fill" in text
    assert not out.exists() and any(b.label == "!" for b in page.before_canvas.boxes)


def _filled_page(qtbot, tmp_path, astronaut, lang="en"):
    """The page with a photo checked, a protection done and a folder scanned: every view with content."""
    page = _page(qtbot, lang)
    tmp_path.mkdir(parents=True, exist_ok=True)
    shot = phone_jpeg(tmp_path / "IMG_0001.jpg", astronaut)
    page.open_paths([str(shot)])
    _wait(qtbot, page)
    page.protect_to(str(tmp_path / "IMG_0001-protected.jpg"))
    _wait(qtbot, page)
    folder = tmp_path / "folder"
    folder.mkdir()
    landscape(folder / "field.png")
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 40)
    page.scan(str(folder), workers=1)
    qtbot.waitUntil(lambda: not page.scanning, timeout=TIMEOUT * 2)
    return page


PHOTO_DATA = ["IMG_0001.jpg", "IMG_0001-protected.jpg", "field.png", "broken.jpg", "JPEG", "PNG", "WebP", "HEIC",
              "TIFF", "BMP", "GIF", "PPM", "JSON", "CSV", "YuNet", "MediaPipe", "Haar", "EXIF", "GPS", "XMP",
              "IPTC", "Apple iPhone 13", "Zhang San", "Shift", "Tab", "Insert", "Delete", "Enter", "N/P", "N", "P"]


def test_the_shared_checks_on_every_view(qtbot, tmp_path, astronaut):
    """tests/gui/gui_checks.py on each tab with content: accessible names, readable colours on a light and a
    dark palette, and nothing left untranslated under pseudo-localisation (core texts through i18n.shown)."""
    from gui_checks import (assert_accessible_names, assert_pseudo_localised, assert_readable_colours,
                            dark_palette, palette_applied, pseudo_localised)

    for pal in (None, dark_palette()):
        with palette_applied(pal if pal is not None else QApplication.instance().palette()):
            page = _filled_page(qtbot, tmp_path / ("dark" if pal else "light"), astronaut)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                QApplication.processEvents()
                assert_accessible_names(page)
                assert_readable_colours(page)
    with pseudo_localised("en"):
        page = _filled_page(qtbot, tmp_path / "pseudo", astronaut)
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            from faceledger.gui.pages.photos_page import breakable

            folder = str(tmp_path / "pseudo" / "folder")  # the scanned folder, shown as data
            assert_pseudo_localised(page, PHOTO_DATA + [breakable(d) for d in PHOTO_DATA] + [folder])
