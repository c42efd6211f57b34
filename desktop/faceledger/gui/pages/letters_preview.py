"""The letter as it will print: the PDF writer's own page layout (letters/typeset.py) painted with QPainter.

The pages, line breaks and page numbers are the ones the exported PDF has, because they come from the
same ``typeset`` call, drawn with the same font file (QRawFont, glyph ids straight from the layout). A
letter holding a character the shipped font lacks is exported through Qt's text engine (letters/pdfdoc.py),
so its preview is that engine's rendering of the HTML.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGlyphRun, QPainter, QPen, QRawFont
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QTextBrowser, QWidget

PAGE_GAP = 16      # pixels between pages
MIN_WIDTH = 320    # pixels of page width at the smallest


class _Pages(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc = None
        self._raw: dict[float, QRawFont] = {}
        self._glyphs: dict[str, tuple[list[int], list[float], float]] = {}
        self.setAutoFillBackground(False)

    def set_document(self, doc) -> None:
        self.doc = doc
        self._glyphs.clear()
        self.updateGeometry()
        self._resize_to(self.width())
        self.update()

    def _scale(self, width: int) -> float:
        from faceledger.letters.typeset import PAGE_W

        return max(MIN_WIDTH, width - 2 * PAGE_GAP) / PAGE_W

    def _resize_to(self, width: int) -> None:
        from faceledger.letters.typeset import PAGE_H

        n = len(self.doc.pages) if self.doc else 0
        height = int(n * (PAGE_H * self._scale(width) + PAGE_GAP) + PAGE_GAP)
        self.setMinimumHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._resize_to(event.size().width())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 800)

    def _font(self, pixel_size: float) -> QRawFont:
        """The shipped font at ``pixel_size``: the file is read once, the sizes share its data."""
        raw = self._raw.get(pixel_size)
        if raw is None:
            base = self._raw.get(0.0)
            if base is None:
                from faceledger.letters.pdf import font_path

                base = self._raw[0.0] = QRawFont(str(font_path()), 12)
            if len(self._raw) > 32:  # resizing the window goes through many sizes
                self._raw = {0.0: base}
            raw = self._raw[pixel_size] = QRawFont(base)
            raw.setPixelSize(pixel_size)
        return raw

    def _run(self, seg_hex: str) -> tuple[list[int], list[float], float]:
        """Glyph ids, their x offsets and the run's width (font units) of one segment of a line."""
        hit = self._glyphs.get(seg_hex)
        if hit is None:
            from faceledger.letters.ttf import shipped_font

            adv = shipped_font().advances
            gids = [int(seg_hex[i:i + 4], 16) for i in range(0, len(seg_hex), 4)]
            x, xs = 0.0, []
            for g in gids:
                xs.append(x)
                x += adv[g]
            hit = self._glyphs[seg_hex] = (gids, xs, x)
        return hit

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        from faceledger.letters.typeset import PAGE_H, PAGE_W

        p = QPainter(self)
        p.fillRect(self.rect(), QColor(0x80, 0x80, 0x80))
        if not self.doc:
            p.end()
            return
        s = self._scale(self.width())
        pw, ph = PAGE_W * s, PAGE_H * s
        left = (self.width() - pw) / 2
        visible = event.rect()
        for n, page in enumerate(self.doc.pages):
            top = PAGE_GAP + n * (ph + PAGE_GAP)
            if top > visible.bottom() or top + ph < visible.top():
                continue
            p.fillRect(QRectF(left + 3, top + 3, pw, ph), QColor(0, 0, 0, 60))
            p.fillRect(QRectF(left, top, pw, ph), Qt.GlobalColor.white)

            def pt(x: float, y: float, left=left, top=top) -> QPointF:
                return QPointF(left + x * s, top + (PAGE_H - y) * s)

            for r in page.rects:
                rect = QRectF(pt(r.x, r.y + r.h), pt(r.x + r.w, r.y))
                if r.fill is not None:
                    p.fillRect(rect, QColor.fromRgbF(*r.fill))
                else:
                    p.setPen(QPen(QColor(0, 0, 0), max(1.0, r.stroke * s)))
                    p.drawRect(rect)
            for ln in page.lines:
                px = round(ln.size * s * 4) / 4
                raw = self._font(px)
                p.setPen(QColor.fromRgbF(*ln.color))
                x0 = ln.x
                for seg in ln.text.segments:
                    gids, xs, width = self._run(seg.hex)
                    run = QGlyphRun()
                    run.setRawFont(raw)
                    run.setGlyphIndexes(gids)
                    run.setPositions([QPointF(x * ln.size / 1000 * s, 0) for x in xs])
                    origin = pt(x0, ln.y)
                    p.drawGlyphRun(origin, run)
                    if seg.bold:
                        p.drawGlyphRun(origin + QPointF(max(0.5, 0.03 * px), 0), run)
                    x0 += width * ln.size / 1000
        p.end()


class LetterPreview(QStackedWidget):
    """Pages as they will print; ``toPlainText()`` gives the letter's text (for copying and for tests)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pages = _Pages()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.fallback = QTextBrowser()
        self.fallback.setAccessibleName(self.tr("Letter preview"))
        self.fallback.setOpenExternalLinks(False)
        self.addWidget(self.scroll)
        self.addWidget(self.fallback)
        self._text = ""

    def show_html(self, html: str) -> None:
        from faceledger.letters.blocks import parse_blocks
        from faceledger.letters.plaintext import blocks_to_text
        from faceledger.letters.typeset import typeset_if_drawable

        blocks = parse_blocks(html)
        self._text = blocks_to_text(blocks)
        doc = typeset_if_drawable(blocks)
        if doc is None:
            from faceledger.letters.pdf import DEFAULT_POINT_SIZE, font_family

            font = QFont(font_family())
            font.setPointSizeF(DEFAULT_POINT_SIZE)
            self.fallback.document().setDefaultFont(font)
            self.fallback.setHtml(html)
            self.setCurrentWidget(self.fallback)
            self.pages.set_document(None)
        else:
            self.pages.set_document(doc)
            self.setCurrentWidget(self.scroll)
            self.scroll.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Forget the letter (the vault was locked or closed)."""
        self._text = ""
        self.fallback.clear()
        self.pages.set_document(None)

    def page_count(self) -> int:
        if self.currentWidget() is self.fallback:
            return 0
        return len(self.pages.doc.pages) if self.pages.doc else 0

    def toPlainText(self) -> str:  # noqa: N802 - the QTextBrowser name the page used
        return self._text
