"""The Qt binding itself: defects in a PySide6 release that would bring the app down in a long session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_drain_the_refcount_of_none(qapp):
    """PySide6 6.12.0 on Python 3.11 returned None from every void method without a new reference, so each
    call (setText, setPen, ...) took one reference from None; after some tens of thousands of calls, a few
    minutes of painting, Python aborts ("none_dealloc: deallocating None"). On Python 3.12+ None is
    immortal and the count does not move either way. 2,000 calls are far from the abort and easy to see."""
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    color = QColor(0, 0, 0)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            label.setText("x")
            painter.setPen(color)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 50, f"None lost {before - after} references in 2,000 void Qt calls"
