"""A photo with face boxes drawn over it; optionally editable (drag to add a box, click + Delete to remove).

Boxes are kept in full-resolution pixels of the upright photo; the canvas maps them to whatever size
it is shown at.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

VERDICT_COLOURS = {
    "high": QColor(220, 38, 38),     # easy to match: red
    "medium": QColor(234, 138, 0),   # matchable: orange
    "low": QColor(202, 180, 0),      # harder to match today: yellow
    "user": QColor(37, 99, 235),     # a box the user drew
    "covered": QColor(22, 163, 74),  # covered by protection
}


@dataclass
class CanvasBox:
    box: tuple[int, int, int, int]
    kind: str       # a key of VERDICT_COLOURS
    label: str = ""


def qimage_from_rgb(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()


class PhotoCanvas(QWidget):
    boxes_changed = Signal()
    selection_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, editable: bool = False):
        super().__init__(parent)
        self.editable = editable
        self.image: QImage | None = None
        self.full_size: tuple[int, int] = (1, 1)
        self.boxes: list[CanvasBox] = []
        self.selected = -1
        self.placeholder = ""
        self._drag_from: QPointF | None = None
        self._drag_to: QPointF | None = None
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, 420)

    def set_photo(self, image: QImage | None, full_w: int, full_h: int, boxes: list[CanvasBox]) -> None:
        self.image = image
        self.full_size = (max(1, full_w), max(1, full_h))
        self.boxes = list(boxes)
        self.selected = -1
        self.update()

    def set_boxes(self, boxes: list[CanvasBox]) -> None:
        self.boxes = list(boxes)
        self.selected = -1
        self.update()

    # geometry -----------------------------------------------------------------------------
    def _target(self) -> QRectF:
        fw, fh = self.full_size
        s = min(self.width() / fw, self.height() / fh)
        w, h = fw * s, fh * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _to_view(self, box) -> QRectF:
        t = self._target()
        s = t.width() / self.full_size[0]
        x, y, w, h = box
        return QRectF(t.x() + x * s, t.y() + y * s, w * s, h * s)

    def _to_full(self, p: QPointF) -> tuple[float, float]:
        t = self._target()
        s = t.width() / self.full_size[0]
        return ((p.x() - t.x()) / s, (p.y() - t.y()) / s)

    # painting -----------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(40, 40, 40))
        if self.image is None:
            p.setPen(QColor(200, 200, 200))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        p.drawImage(self._target(), self.image)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for i, b in enumerate(self.boxes):
            colour = VERDICT_COLOURS.get(b.kind, QColor(255, 255, 255))
            pen = QPen(colour, 4 if i == self.selected else 2)
            if i == self.selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            r = self._to_view(b.box)
            p.drawRect(r)
            if b.label:
                tag = QRectF(r.x(), r.y() - 18, max(22.0, 9.0 * len(b.label) + 8), 18)
                if tag.y() < 0:
                    tag.moveTop(r.y())
                p.fillRect(tag, colour)
                p.setPen(QColor(255, 255, 255))
                p.drawText(tag, Qt.AlignmentFlag.AlignCenter, b.label)
        if self._drag_from is not None and self._drag_to is not None:
            p.setPen(QPen(VERDICT_COLOURS["user"], 2, Qt.PenStyle.DashLine))
            p.drawRect(QRectF(self._drag_from, self._drag_to).normalized())

    # editing ------------------------------------------------------------------------------
    def box_at(self, pos: QPointF) -> int:
        for i in range(len(self.boxes) - 1, -1, -1):
            if self._to_view(self.boxes[i].box).contains(pos):
                return i
        return -1

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.image is None:
            return
        pos = event.position()
        hit = self.box_at(pos)
        if hit >= 0:
            self.selected = hit
            self.selection_changed.emit(hit)
            self.update()
            return
        self.selected = -1
        self.selection_changed.emit(-1)
        if self.editable:
            self._drag_from = self._drag_to = pos
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is not None:
            self._drag_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is None:
            return
        a, b = self._to_full(self._drag_from), self._to_full(event.position())
        self._drag_from = self._drag_to = None
        fw, fh = self.full_size
        x0, y0 = max(0.0, min(a[0], b[0])), max(0.0, min(a[1], b[1]))
        x1, y1 = min(float(fw), max(a[0], b[0])), min(float(fh), max(a[1], b[1]))
        if x1 - x0 >= 4 and y1 - y0 >= 4:
            self.add_box((int(x0), int(y0), int(x1 - x0), int(y1 - y0)))
        self.update()

    def add_box(self, box: tuple[int, int, int, int]) -> None:
        self.boxes.append(CanvasBox(box, "user", "+"))
        self.selected = len(self.boxes) - 1
        self.boxes_changed.emit()
        self.update()

    def remove_selected(self) -> bool:
        if 0 <= self.selected < len(self.boxes):
            del self.boxes[self.selected]
            self.selected = -1
            self.boxes_changed.emit()
            self.update()
            return True
        return False

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.editable and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
        else:
            super().keyPressEvent(event)
