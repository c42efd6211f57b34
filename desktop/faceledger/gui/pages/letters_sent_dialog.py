"""Mark as sent: the day the letter really went out (not always today) and how it was sent."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from faceledger.gui.buttons import make_primary
from faceledger.gui.pages import ledger_labels as L
from faceledger.ledger.model import REQUEST_CHANNELS


class MarkSentDialog(QDialog):
    def __init__(self, channel: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as sent"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The reply is due counted from the day the letter went out.")))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Sent on:"), self.date)
        self.channel = QComboBox()
        labels = L.channel_labels()
        for c in REQUEST_CHANNELS:
            self.channel.addItem(labels[c], c)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel or "email")))
        form.addRow(self.tr("Sent by:"), self.channel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark as sent"))
        make_primary(ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[str, str]:
        return self.date.date().toString("yyyy-MM-dd"), self.channel.currentData()
