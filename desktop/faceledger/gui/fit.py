"""Widgets that fit a narrow window whatever the language: a row that wraps onto the next line when the
window is too narrow for it (Qt's flow-layout example), a combo box whose minimum width is not its
longest item, and a wrapping label whose minimum width is not a line of 80 characters. A row of buttons or a list of choices whose labels grow in a longer language never forces the
window wider."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        # the width of the whole row on one line: what the layout prefers when there is room
        w = sum(i.sizeHint().width() for i in self._items) + self._gap() * max(0, len(self._items) - 1)
        h = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        # the widest single item: the row may wrap down to that
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        gap = parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if parent else -1
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the visible items out in lines, each item centred on its line's height; the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + gap
        y = area.y()
        for n, line in enumerate(lines):
            height = max((hint.height() for _, hint in line), default=0)
            if move:
                x = area.x()
                for item, hint in line:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                    x += hint.width() + gap
            y += height + (gap if n < len(lines) - 1 and height else 0)
        return y - rect.y() + m.bottom()

def compact_combo(box: QComboBox, chars: int = 18) -> QComboBox:
    """Let ``box`` shrink to about ``chars`` characters (it still grows with the window) and open its list as
    wide as its longest item, so that no choice is cut where it is read."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    model = box.model()
    model.rowsInserted.connect(lambda *_: _widen_popup_soon(box))
    model.modelReset.connect(lambda: _widen_popup_soon(box))
    _widen_popup(box)
    return box


def _widen_popup_soon(box: QComboBox) -> None:
    """Once after a burst of insertions (a reload adds items one by one): measuring every item after each one
    made filling 1,000 holders take 211 ms instead of 2."""
    if not box.property("_widen_pending"):
        box.setProperty("_widen_pending", True)
        QTimer.singleShot(0, box, lambda: _widen_popup(box))


def _widen_popup(box: QComboBox) -> None:
    box.setProperty("_widen_pending", False)
    view = box.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)


def wrapping(label: QLabel, min_width: int = 200) -> QLabel:
    """Wrap ``label``'s text and let it narrow to ``min_width`` px: a wrapped QLabel otherwise asks for the
    width of a long line (about 80 characters), which a long text in a longer language turns into a window
    wider than the screen."""
    label.setWordWrap(True)
    label.setMinimumWidth(min_width)
    return label
