"""Help → About FaceLedger: the version, what the app does with data, and the licences of what it ships."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from faceledger import __version__
from faceledger.paths import resource


@dataclass(frozen=True)
class Shipped:
    what: str          # the component, as the user knows it
    licence: str       # the licence's short name
    files: tuple[str, ...]  # resource path parts of its licence text


def shipped() -> list[Shipped]:
    return [
        Shipped("Noto Sans SC 2.004 (Adobe, Google)", "SIL Open Font License 1.1", ("fonts", "OFL.txt")),
        Shipped("MediaPipe BlazeFace and Face Mesh models (Google)", "Apache License 2.0", ("models", "LICENSE")),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        self.setWindowTitle(self.tr("About FaceLedger"))
        self.resize(620, 560)
        lay = QVBoxLayout(self)
        head = QLabel("<h2>" + escape(self.tr("FaceLedger 人脸账本")) + "</h2><p>"
                      + escape(self.tr("Version {0}").format(__version__)) + "</p><p>"
                      + escape(self.tr("Keeps a record of who holds your face data, writes your requests under "
                                       "China's Personal Information Protection Law, checks and protects photos "
                                       "on this computer, and keeps evidence that can be verified.")) + "</p><p>"
                      + escape(self.tr("Your data stays on this computer, encrypted. Nothing is sent over the "
                                       "network unless you ask.")) + "</p>")
        head.setWordWrap(True)
        lay.addWidget(head)
        lay.addWidget(QLabel(self.tr("Shipped with FaceLedger, and their licences:")))
        self.items = shipped()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Shipped components"))
        for s in self.items:
            self.list.addItem(f"{s.what} — {s.licence}")
        self.list.addItem(self.tr("Qt {0} and Qt for Python {1} (The Qt Company) — GNU LGPL v3")
                          .format(qVersion(), pyside_version))
        self.list.setMaximumHeight(90)
        lay.addWidget(self.list)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Licence text"))
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.items):
            path = resource(*self.items[row].files)
            try:
                self.text.setPlainText(path.read_text(encoding="utf-8"))
            except OSError:
                self.text.setPlainText(self.tr("The licence file {0} is missing from this installation.")
                                       .format(path.name))
        else:
            self.text.setPlainText(self.tr("Qt and Qt for Python are used under the GNU Lesser General Public "
                                           "License version 3; their licence texts come with the PySide6 "
                                           "package FaceLedger is installed with."))
