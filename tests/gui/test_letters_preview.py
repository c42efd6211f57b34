"""The letter preview paints the PDF writer's own pages: same page count as the exported PDF, real ink."""

from __future__ import annotations

from faceledger.gui.pages.letters_preview import LetterPreview
from faceledger.letters.export import render, write_letter

from tests.letters.conftest import make_letter
from tests.letters.poppler import pdf_pages


def _ink(image, top: int, bottom: int) -> int:
    """Dark pixels in a band of the grabbed widget (text is dark on the white page)."""
    dark = 0
    for y in range(top, bottom, 3):
        for x in range(0, image.width(), 3):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark


def test_preview_has_the_pdfs_pages_and_draws_the_text(qtbot, tmp_path):
    rendered = render(make_letter("gym_2024", "withdrawal", "zh"))
    view = LetterPreview()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show_html(rendered.html)
    view.show()
    qtbot.waitExposed(view)
    out = write_letter(rendered, "pdf", tmp_path / "l.pdf")
    assert view.page_count() == pdf_pages(out) > 1
    assert "撤回同意通知书" in view.toPlainText()
    image = view.grab().toImage()
    assert _ink(image, 60, 400) > 200  # title, addresses and facts are painted


def test_preview_of_a_letter_with_a_character_the_font_lacks_uses_qt_text(qtbot):
    view = LetterPreview()
    qtbot.addWidget(view)
    view.show_html("<p>申请人：王𠀀</p>")
    assert view.currentWidget() is view.fallback and view.page_count() == 0
    assert "王𠀀" in view.fallback.toPlainText() and "王𠀀" in view.toPlainText()
