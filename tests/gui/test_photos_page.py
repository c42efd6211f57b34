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
    assert rep.skipped == [str(root / "readme.txt")]
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
