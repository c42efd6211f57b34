"""Dialogs of the evidence page: a new entry (with drag-and-drop exhibits) and a timestamp request."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from faceledger.evidence.model import CAPTURE_METHODS, ENTRY_KINDS, ExhibitSource, NewEntry
from faceledger.gui.dnd import accept_if, local_paths


class ExhibitDropList(QListWidget):
    """A list of files; drop files from the file manager onto it, or add them with the button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QListWidget.DragDropMode.DropOnly)
        self.setMinimumHeight(90)

    def paths(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def add_paths(self, paths: list[str]) -> int:
        have = set(self.paths())
        added = 0
        for p in paths:
            if p and p not in have and Path(p).is_file():
                self.addItem(Path(p).name)
                item = self.item(self.count() - 1)
                item.setData(Qt.ItemDataRole.UserRole, p)
                item.setToolTip(p)
                have.add(p)
                added += 1
        return added

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        accept_if(event, bool(local_paths(event)))

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        accept_if(event, bool(local_paths(event)))

    def dropEvent(self, event) -> None:  # noqa: N802
        files = local_paths(event)
        if accept_if(event, bool(files)):
            self.add_paths(files)


class EntryDialog(QDialog):
    """What happened, when, how it was obtained, and the exhibit files."""

    def __init__(self, lang: str = "zh", parent: QWidget | None = None, *, corrects: int | None = None):
        super().__init__(parent)
        self.lang = lang
        self.corrects = corrects
        self.setWindowTitle(self.tr("Correct entry {0}").format(corrects) if corrects else self.tr("Add an entry"))
        self.setAcceptDrops(True)
        lay = QVBoxLayout(self)
        if corrects:
            note = QLabel(self.tr("The log is append-only: entry {0} stays as it is, and this new entry records the "
                                  "correction.").format(corrects))
            note.setWordWrap(True)
            lay.addWidget(note)
        form = QFormLayout()
        self.kind = QComboBox()
        for key, text in ENTRY_KINDS.items():
            self.kind.addItem(text.get(lang), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. SMS: face recognition now required at the gate"))
        self.occurred = QLineEdit(date.today().isoformat())
        self.occurred.setPlaceholderText(self.tr("YYYY-MM-DD or YYYY-MM-DDTHH:MM"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("How it was obtained (证据来源)"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What it shows and what it proves (证明对象)"))
        self.description.setMaximumHeight(80)
        for label, w in ((self.tr("Kind"), self.kind), (self.tr("Title"), self.title),
                         (self.tr("When it happened"), self.occurred), (self.tr("Source"), self.source),
                         (self.tr("Description"), self.description)):
            w.setAccessibleName(label)
            form.addRow(label, w)
        lay.addLayout(form)

        lay.addWidget(QLabel(self.tr("Exhibit files (drop them here). The originals are hashed and kept encrypted "
                                     "in the vault.")))
        self.files = ExhibitDropList()
        self.files.setAccessibleName(self.tr("Exhibit files"))
        lay.addWidget(self.files)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add files…"))
        add.setAccessibleName(self.tr("Add exhibit files"))
        add.clicked.connect(self._pick_files)
        rm = QPushButton(self.tr("Remove"))
        rm.setAccessibleName(self.tr("Remove the selected files"))
        rm.clicked.connect(lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()])
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        cap = QFormLayout()
        self.capture_method = QComboBox()
        self.capture_method.setEditable(True)
        self.capture_method.addItem("", None)
        for key, text in CAPTURE_METHODS.items():
            self.capture_method.addItem(text.get(lang), key)
        self.captured = QLineEdit()
        self.captured.setPlaceholderText(self.tr("YYYY-MM-DD (optional)"))
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("Phone, camera, app…"))
        self.collector = QLineEdit()
        for label, w in ((self.tr("Capture method"), self.capture_method), (self.tr("Captured on"), self.captured),
                         (self.tr("Device"), self.device), (self.tr("Collected by"), self.collector)):
            w.setAccessibleName(label)
            cap.addRow(label, w)
        lay.addLayout(cap)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.result_entry: NewEntry | None = None

    def prefill_correction(self, old) -> None:
        """Start a correction from the entry it corrects (same kind, date and texts, to be edited)."""
        i = self.kind.findData(old.kind)
        if i >= 0:
            self.kind.setCurrentIndex(i)
        self.title.setText(self.tr("Correction of entry {0}: {1}").format(old.seq, old.title))
        self.occurred.setText(old.occurred_at)
        self.source.setText(old.source or "")
        self.description.setPlainText(old.description or "")

    # drops anywhere on the dialog land in the list
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        self.files.dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.files.dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        self.files.dropEvent(event)

    def _pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Exhibit files"))
        self.files.add_paths(paths)

    def _capture_method(self) -> str | None:
        idx = self.capture_method.currentIndex()
        text = self.capture_method.currentText().strip()
        if idx >= 0 and self.capture_method.itemText(idx) == text:
            return self.capture_method.itemData(idx) or (text or None)
        return text or None

    def new_entry(self) -> NewEntry:
        """The entry as typed, validated by the core (raises InvalidValue with a message)."""
        files = [ExhibitSource(path=p, captured_at=self.captured.text().strip() or None,
                               capture_method=self._capture_method(), device=self.device.text(),
                               collector=self.collector.text()) for p in self.files.paths()]
        return NewEntry(kind=self.kind.currentData(), title=self.title.text(), occurred_at=self.occurred.text(),
                        source=self.source.text(), description=self.description.toPlainText(),
                        corrects_seq=self.corrects, exhibits=files).validate()

    def _accept(self) -> None:
        from faceledger.errors import FaceLedgerError

        try:
            self.result_entry = self.new_entry()
        except FaceLedgerError as err:
            self.error.setText(err.full_in(self.lang))
            return
        self.accept()


class StampDialog(QDialog):
    """Which Time Stamping Authority to ask; only the entries' hashes are sent to it."""

    def __init__(self, url: str = "", ca_file: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trusted timestamp (RFC 3161)"))
        lay = QVBoxLayout(self)
        info = QLabel(self.tr("FaceLedger will send only the SHA-256 hashes of the entries (never their content or "
                              "files) to the Time Stamping Authority you choose. If it cannot be reached, the "
                              "request is queued and nothing is lost."))
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://…/tsr")
        self.ca_file = QLineEdit(ca_file)
        self.ca_file.setPlaceholderText(self.tr("The TSA's root certificate (PEM); empty: system roots"))
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(pick)
        self.all_entries = QComboBox()
        self.all_entries.addItem(self.tr("The chain head (covers every entry so far)"), False)
        self.all_entries.addItem(self.tr("Every entry not yet stamped, and the head"), True)
        form.addRow(self.tr("TSA address"), self.url)
        form.addRow(self.tr("Root certificate"), ca_row)
        form.addRow(self.tr("Stamp"), self.all_entries)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("TSA root certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)
