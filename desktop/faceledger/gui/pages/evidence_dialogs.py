"""Dialogs of the evidence page: a new entry (with drag-and-drop exhibits) and a timestamp request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QTimeEdit,
                               QVBoxLayout, QWidget)

from faceledger.evidence.model import CAPTURE_METHODS, ENTRY_KINDS, ExhibitSource, NewEntry
from faceledger.gui.dnd import accept_if, local_paths
from faceledger.gui.i18n import shown
from faceledger.gui.pages.evidence_style import style

# time zones offered first (any IANA name or UTC+08:00 may be typed); the machine's own is added when it differs
COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "UTC")

# Time Stamping Authorities offered as presets: public RFC 3161 services (the user may type any other)
TSA_PRESETS = (("FreeTSA (freetsa.org)", "https://freetsa.org/tsr"),
               ("DigiCert", "http://timestamp.digicert.com"),
               ("Sectigo", "http://timestamp.sectigo.com"))


def _named(w: QWidget, name: str) -> QWidget:
    w.setAccessibleName(name)
    return w


def _labelled(button: QPushButton, text: str) -> QPushButton:
    """A dialog button's text and accessible name in the interface language (Qt's own may not be loaded)."""
    button.setText(text)
    return _named(button, text)


def _ok_cancel(dialog: QDialog, lay: QVBoxLayout, ok_text: str, cancel_text: str, on_ok) -> QPushButton:
    """The dialog's OK (saying what it does) and Cancel buttons, labelled and named in the interface language."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = _labelled(buttons.button(QDialogButtonBox.StandardButton.Ok), ok_text)
    _labelled(buttons.button(QDialogButtonBox.StandardButton.Cancel), cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    lay.addWidget(buttons)
    return ok


def _zone_box(current: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    zones = list(COMMON_ZONES)
    if current and current not in zones:
        zones.insert(0, current)
    box.addItems(zones)
    box.setCurrentText(current or "Asia/Shanghai")
    return box


def parse_occurred(text: str) -> tuple[QDate, QTime | None]:
    """'2019-10-17' or '2019-10-17T19:30' as a date and an optional time."""
    day, _, clock = (text or "").partition("T")
    d = QDate.fromString(day, "yyyy-MM-dd")
    t = QTime.fromString(clock[:5], "HH:mm") if clock else None
    return (d if d.isValid() else QDate.currentDate()), (t if t is not None and t.isValid() else None)


class DateTimeRow(QWidget):
    """A date picker and, when "time known" is ticked, a time picker: what happened when, without typing formats."""

    def __init__(self, label: str, parent: QWidget | None = None, *, optional: bool = False):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled: QCheckBox | None = None
        if optional:
            self.enabled = _named(QCheckBox(self.tr("Known")), self.tr("{0} is known").format(label))
            self.enabled.toggled.connect(self._sync)
            row.addWidget(self.enabled)
        self.date = _named(QDateEdit(QDate.currentDate()), label)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate().addDays(1))
        self.has_time = _named(QCheckBox(self.tr("at")), self.tr("{0}: time known").format(label))
        self.time = _named(QTimeEdit(QTime(12, 0)), self.tr("{0}: time").format(label))
        self.time.setDisplayFormat("HH:mm")
        self.has_time.toggled.connect(self._sync)
        for w in (self.date, self.has_time, self.time):
            row.addWidget(w)
        row.addStretch(1)
        self._sync()

    def _sync(self) -> None:
        on = self.enabled is None or self.enabled.isChecked()
        self.date.setEnabled(on)
        self.has_time.setEnabled(on)
        self.time.setEnabled(on and self.has_time.isChecked())

    def set_value(self, text: str | None) -> None:
        if self.enabled is not None:
            self.enabled.setChecked(bool(text))
        if not text:
            return
        d, t = parse_occurred(text)
        self.date.setDate(d)
        self.has_time.setChecked(t is not None)
        if t is not None:
            self.time.setTime(t)

    def value(self) -> str | None:
        """'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' (None when optional and not known)."""
        if self.enabled is not None and not self.enabled.isChecked():
            return None
        day = self.date.date().toString("yyyy-MM-dd")
        return f"{day}T{self.time.time().toString('HH:mm')}" if self.has_time.isChecked() else day


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

    def __init__(self, lang: str = "zh", parent: QWidget | None = None, *, corrects: int | None = None,
                 timezone: str = ""):
        super().__init__(parent)
        self.lang = lang
        self.corrects = corrects
        self.timezone = timezone
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
            self.kind.addItem(shown(text.get(lang)), key)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. SMS: face recognition now required at the gate"))
        self.occurred = DateTimeRow(self.tr("When it happened"))
        if timezone:
            self.occurred.setToolTip(self.tr("In the case's time zone, {0}").format(timezone))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("How it was obtained (证据来源)"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What it shows and what it proves (证明对象)"))
        self.description.setMaximumHeight(80)
        for label, w in ((self.tr("Kind"), self.kind), (self.tr("Title"), self.title),
                         (self.tr("When it happened"), self.occurred), (self.tr("Source"), self.source),
                         (self.tr("Description"), self.description)):
            if w is not self.occurred:
                w.setAccessibleName(label)
            form.addRow(label, w)
            if w is self.occurred and timezone:
                form.addRow("", QLabel(self.tr("in the case's time zone, {0}").format(timezone)))
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
            self.capture_method.addItem(shown(text.get(lang)), key)
        self.captured = DateTimeRow(self.tr("Captured on"), optional=True)
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("Phone, camera, app…"))
        self.collector = QLineEdit()
        for label, w in ((self.tr("Capture method"), self.capture_method), (self.tr("Captured on"), self.captured),
                         (self.tr("Device"), self.device), (self.tr("Collected by"), self.collector)):
            if w is not self.captured:
                w.setAccessibleName(label)
            cap.addRow(label, w)
        lay.addLayout(cap)
        permanent = QLabel(self.tr("Once recorded, the entry is permanent: it cannot be edited or deleted, only "
                                   "corrected by a later entry."))
        permanent.setWordWrap(True)
        lay.addWidget(permanent)
        self.error = _named(QLabel(), self.tr("Problem"))
        self.error.setStyleSheet(style(self, "error"))
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.ok_button = _ok_cancel(self, lay, self.tr("Record permanently"), self.tr("Cancel"), self._accept)
        self.result_entry: NewEntry | None = None

    def prefill_correction(self, old) -> None:
        """Start a correction from the entry it corrects (same kind, date and texts, to be edited)."""
        i = self.kind.findData(old.kind)
        if i >= 0:
            self.kind.setCurrentIndex(i)
        self.title.setText(self.tr("Correction of entry {0}: {1}").format(old.seq, old.title))
        self.occurred.set_value(old.occurred_at)
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
        files = [ExhibitSource(path=p, captured_at=self.captured.value(),
                               capture_method=self._capture_method(), device=self.device.text(),
                               collector=self.collector.text()) for p in self.files.paths()]
        return NewEntry(kind=self.kind.currentData(), title=self.title.text(), occurred_at=self.occurred.value() or "",
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
        self.preset = _named(QComboBox(), self.tr("Time Stamping Authority"))
        for label, address in TSA_PRESETS:
            self.preset.addItem(label, address)
        self.preset.addItem(self.tr("Another address…"), "")
        self.url = _named(QLineEdit(url), self.tr("TSA address"))
        self.url.setPlaceholderText("https://…/tsr")
        self.url.setMinimumWidth(320)
        self.preset.setCurrentIndex(next((i for i, (_, a) in enumerate(TSA_PRESETS) if a == url),
                                         len(TSA_PRESETS) if url else 0))
        if not url:
            self.url.setText(TSA_PRESETS[0][1])
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.ca_file = _named(QLineEdit(ca_file), self.tr("Root certificate"))
        self.ca_file.setPlaceholderText(self.tr("Empty: the system's roots"))
        self.ca_file.setToolTip(self.tr("The TSA's root certificate (PEM). FreeTSA's is not among the system's "
                                        "roots: download cacert.pem from freetsa.org and choose it here."))
        pick = _named(QPushButton(self.tr("Choose…")), self.tr("Choose the root certificate"))
        pick.clicked.connect(self._pick)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(pick)
        self.all_entries = _named(QComboBox(), self.tr("What to stamp"))
        self.all_entries.addItem(self.tr("The chain head (covers every entry so far)"), False)
        self.all_entries.addItem(self.tr("Every entry not yet stamped, and the head"), True)
        form.addRow(self.tr("Authority"), self.preset)
        form.addRow(self.tr("TSA address"), self.url)
        form.addRow(self.tr("Root certificate"), ca_row)
        form.addRow(self.tr("Stamp"), self.all_entries)
        lay.addLayout(form)
        _ok_cancel(self, lay, self.tr("Request timestamp"), self.tr("Cancel"), self.accept)

    def _preset_chosen(self, i: int) -> None:
        address = self.preset.itemData(i)
        if address:
            self.url.setText(address)
        else:
            self.url.clear()
            self.url.setFocus()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("TSA root certificate"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)


class NewCaseDialog(QDialog):
    """A case's name (unique), what it is about, and the time zone its events are recorded in."""

    def __init__(self, timezone: str, create: Callable[[str, str, str], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._create = create
        self.setWindowTitle(self.tr("New case"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = _named(QLineEdit(), self.tr("Name of the case"))
        self.name.setPlaceholderText(self.tr("e.g. 郭某诉某野生动物世界"))
        self.description = _named(QPlainTextEdit(), self.tr("What the case is about"))
        self.description.setMaximumHeight(70)
        self.timezone = _named(_zone_box(timezone), self.tr("Time zone of the events"))
        self.timezone.setToolTip(self.tr("Dates and times of the entries are in this zone; it is recorded in the "
                                         "signed case header and cannot be changed later."))
        form.addRow(self.tr("Name of the case (案件名称)"), self.name)
        form.addRow(self.tr("About"), self.description)
        form.addRow(self.tr("Time zone"), self.timezone)
        lay.addLayout(form)
        self.error = _named(QLabel(), self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet(style(self, "error"))
        lay.addWidget(self.error)
        _ok_cancel(self, lay, self.tr("Open the case"), self.tr("Cancel"), self._accept)

    def _accept(self) -> None:
        problem = self._create(self.name.text(), self.description.toPlainText(), self.timezone.currentText().strip())
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class ExportDialog(QDialog):
    """Where to write the bundle, and the language of its report and exhibit list (independent of the
    interface: a Chinese court needs a Chinese 证据目录 whatever language the app is in)."""

    def __init__(self, path: str, report_lang: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export bundle"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.path = _named(QLineEdit(path), self.tr("Bundle file"))
        self.path.setMinimumWidth(380)
        browse = _named(QPushButton(self.tr("Choose…")), self.tr("Choose where to save the bundle"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        self.lang = _named(QComboBox(), self.tr("Language of the report"))
        self.lang.addItem(self.tr("Chinese (exhibit list 证据目录, report)"), "zh")
        self.lang.addItem(self.tr("English (exhibit list, report)"), "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(report_lang)))
        self.lang.setToolTip(self.tr("The language of report.pdf and the exhibit list; for a court in China, "
                                     "choose 中文."))
        form.addRow(self.tr("Bundle file"), row)
        form.addRow(self.tr("Report language"), self.lang)
        lay.addLayout(form)
        _ok_cancel(self, lay, self.tr("Export"), self.tr("Cancel"), lambda: self.path.text().strip() and self.accept())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export bundle"), self.path.text(),
                                              self.tr("ZIP bundle (*.zip)"))
        if path:
            self.path.setText(path)
