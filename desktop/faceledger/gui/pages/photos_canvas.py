"""A photo with face boxes drawn over it; optionally editable, by mouse and by keyboard.

Boxes are kept in full-resolution pixels of the upright photo; the canvas maps them to whatever size
it is shown at.

Mouse: drag on the photo to add a box, click a box to select it, Delete to remove it.
Keyboard (the canvas takes focus with Tab): Tab and Shift+Tab inside it, or N / P, go to the next or
previous box; Insert (or A) adds a box in the middle of the photo; the arrow keys move the selected box,
Shift+arrows make it wider/narrower and taller/shorter (Ctrl for bigger steps); Delete or Backspace
removes it; Escape clears the selection (and a further Tab leaves the canvas).

Colours: the boxes drawn on the photo keep vivid colours (they sit on the photo itself, with a dark
outline); text in lists, tables and labels uses :func:`verdict_text_colour`, which meets WCAG AA
(4.5:1) on the palette's background in light and dark palettes (tests/gui/test_photos_page.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from faceledger.gui.colour_roles import Role, RoleColours, Shade, is_dark_palette

# Box colours on the photo (graphics on a photo: vivid, outlined in black for contrast)
VERDICT_COLOURS = {
    "high": QColor(220, 38, 38),     # easy to match: red
    "medium": QColor(234, 138, 0),   # matchable: orange
    "low": QColor(202, 180, 0),      # harder to match today: yellow
    "user": QColor(37, 99, 235),     # a box the user drew
    "covered": QColor(22, 163, 74),  # covered by protection
}
# Text colours by verdict, as colour roles (gui/colour_roles.py: a light and a dark value, each >= 4.5:1 on
# the light and dark backgrounds that module lists). The yellow and orange of the boxes were 2:1 and 2.6:1
# on white. "error" and "none" are the shared ERROR and MUTED roles.
VERDICT_TEXT = {
    "high": RoleColours(Shade("#b91c1c"), Shade("#ff8a80")),
    "medium": RoleColours(Shade("#9a4a00"), Shade("#ffb561")),
    "low": RoleColours(Shade("#6b5800"), Shade("#e6cf4a")),
    "none": Role.MUTED.value,
    "error": Role.ERROR.value,
    "user": RoleColours(Shade("#1d4ed8"), Shade("#9ab8ff")),
    "covered": Role.SUCCESS.value,
}


def verdict_text_colour(kind: str, palette: QPalette | None = None) -> QColor:
    colours = VERDICT_TEXT.get(kind, VERDICT_TEXT["none"])
    return QColor((colours.dark if is_dark_palette(palette) else colours.light).fg)


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
    box_removed = Signal(object)   # the CanvasBox taken away (the page remembers removed detections)

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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab: boxes are keyboard-editable

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

    def select(self, index: int) -> None:
        self.selected = index if 0 <= index < len(self.boxes) else -1
        self.selection_changed.emit(self.selected)
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
        if self.hasFocus():
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
            p.drawRect(self.rect().adjusted(1, 1, -2, -2))
        if self.image is None:
            p.setPen(QColor(225, 225, 225))  # on the canvas's own dark grey: 11:1
            p.drawText(self.rect().adjusted(12, 12, -12, -12),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        p.drawImage(self._target(), self.image)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        for i, b in enumerate(self.boxes):
            colour = VERDICT_COLOURS.get(b.kind, QColor(255, 255, 255))
            r = self._to_view(b.box)
            p.setPen(QPen(QColor(0, 0, 0), (4 if i == self.selected else 2) + 2))  # outline: visible on any photo
            p.drawRect(r)
            pen = QPen(colour, 4 if i == self.selected else 2)
            if i == self.selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRect(r)
            if b.label:
                tag = QRectF(r.x(), r.y() - 18, max(22.0, 9.0 * len(b.label) + 8), 18)
                if tag.y() < 0:
                    tag.moveTop(r.y())
                p.fillRect(tag, QColor(0, 0, 0))
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
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        hit = self.box_at(pos)
        if hit >= 0:
            self.select(hit)
            return
        self.select(-1)
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
        self.boxes_changed.emit()
        self.select(len(self.boxes) - 1)

    def remove_selected(self) -> bool:
        if 0 <= self.selected < len(self.boxes):
            gone = self.boxes.pop(self.selected)
            self.box_removed.emit(gone)
            self.boxes_changed.emit()
            self.select(-1)
            return True
        return False

    def _nudge(self, dx: int, dy: int, grow: bool) -> None:
        """Move the selected box by (dx, dy) full-size pixels, or with ``grow`` change its width and height."""
        b = self.boxes[self.selected]
        x, y, w, h = b.box
        fw, fh = self.full_size
        if grow:
            w, h = max(4, min(fw - x, w + dx)), max(4, min(fh - y, h + dy))
        else:
            x, y = max(0, min(fw - w, x + dx)), max(0, min(fh - h, y + dy))
        b.box = (int(x), int(y), int(w), int(h))
        if b.kind != "user":  # a detected box the user adjusted is now the user's
            b.kind, b.label = "user", "+"
        self.boxes_changed.emit()
        self.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        if self.image is None:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_N, Qt.Key.Key_P) and self.boxes:  # next / previous box, round and round
            n = len(self.boxes)
            self.select((self.selected + (1 if key == Qt.Key.Key_N else -1)) % n)
            return
        if key == Qt.Key.Key_Escape and self.selected >= 0:
            self.select(-1)
            return
        if not self.editable:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return
        if key in (Qt.Key.Key_Insert, Qt.Key.Key_A):
            fw, fh = self.full_size
            side = max(8, min(fw, fh) // 5)
            self.add_box(((fw - side) // 2, (fh - side) // 2, side, side))
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.selected >= 0:
            step = max(1, max(self.full_size) // (20 if mods & Qt.KeyboardModifier.ControlModifier else 100))
            dx, dy = arrows[key]
            self._nudge(dx * step, dy * step, bool(mods & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802
        """While the canvas has focus, Tab and Shift+Tab go from box to box; past the last (or before the
        first) they leave the canvas, as everywhere else."""
        if self.hasFocus() and self.image is not None and self.boxes:
            n = len(self.boxes)
            nxt = (0 if next_ else n - 1) if self.selected == -1 else self.selected + (1 if next_ else -1)
            if 0 <= nxt < n:
                self.select(nxt)
                return True
            self.select(-1)
        return super().focusNextPrevChild(next_)
