"""Letters for many people: one letter per row of a CSV file (the core's ``letters.batch``), from the Letters page.

Choose (or drop) the CSV: it is read at once, in a worker, and summarised ("37 rows; columns …"), or its
problem is shown in the interface language and nothing is written. Choose the letter, its language and format
and the output folder (by default a new folder beside the CSV; a folder that already holds files is written
into only after asking). Start runs ``run_batch`` in a Worker with a progress bar and Cancel (the rows not
reached are reported as skipped); the result is a sortable table of the rows with the file written or the
error, in the interface language, and the counts. "Save a template CSV…" writes every column and one example row.

Closing the dialog during a run asks first. Locking the vault (Ctrl+L, the idle lock), which closes every
dialog, stops the batch without a question: the dialog hides at once and goes when the worker has stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from faceledger.gui.buttons import make_primary, set_enabled_why
from faceledger.gui.colour_roles import Role, css, qcolor
from faceledger.gui.dnd import accept_if, local_paths
from faceledger.gui.fit import compact_combo, wrapping
from faceledger.gui.i18n import shown
from faceledger.gui.pages import letters_labels as LL
from faceledger.gui.table_model import Index, RowsTableModel
from faceledger.gui.threads import Worker, error_text
from faceledger.letters.batch import BatchResult, BatchRow
from faceledger.safetext import display_path

BATCH_FORMATS = ("pdf", "docx", "eml")
SORT_ROLE = Qt.ItemDataRole.UserRole
LISTED_COLUMNS = 12  # more columns than this are counted, not listed (they are in the tooltip)


@dataclass(frozen=True)
class CsvSummary:
    """What the dialog says about a CSV it has read: its rows and the columns of its header."""

    path: Path
    rows: int
    columns: tuple[str, ...]


def read_summary(path: str) -> tuple[str, CsvSummary | BaseException]:
    """Worker body: read the CSV as the batch will (``read_rows``); its summary, or what is wrong with it.
    The path comes back with the answer, so an answer about a file the user has since replaced is dropped."""
    from faceledger.letters.batch import read_rows

    try:
        rows = read_rows(path)
    except Exception as err:  # noqa: BLE001 - said in the dialog, in the interface language
        return path, err
    columns = tuple(k for k in (rows[0] if rows else {}) if k and not k.startswith("_"))
    return path, CsvSummary(Path(path), len(rows), columns)


def run_letters(csv_path: str, out: str, letter_type: str, lang: str, fmt: str, *, progress, cancelled) -> BatchResult:
    """Worker body: the batch, reporting the number of rows done."""
    from faceledger.letters.batch import run_batch

    return run_batch(csv_path, out, letter_type, lang, fmt, progress=lambda done, _total: progress(done),
                     cancelled=cancelled)


def fresh_folder(base: Path) -> Path:
    """``base``, or ``base 2``, ``base 3``… : the first that does not exist or is an empty folder."""
    n = 1
    while True:
        cand = base if n == 1 else base.with_name(f"{base.name} {n}")
        if not cand.exists() or (cand.is_dir() and not any(cand.iterdir())):
            return cand
        n += 1


class BatchRowsModel(RowsTableModel[BatchRow]):
    """The rows of a finished batch: number, person, holder, status, and the file written or the error."""

    COLUMNS = ("row", "person", "holder", "status", "detail")

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.headers = [self.tr("Row"), self.tr("Person"), self.tr("Holder"), self.tr("Status"),
                        self.tr("File or error")]
        self.status_labels = {"ok": self.tr("Written"), "error": self.tr("Failed"), "skipped": self.tr("Skipped")}

    def _detail(self, r: BatchRow) -> str:
        return r.file if r.status == "ok" else shown(r.error_in(self.lang))

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == "row":
                return r.row if role == SORT_ROLE else str(r.row)
            value = {"person": r.sender, "holder": r.holder, "status": self.status_labels.get(r.status, r.status),
                     "detail": self._detail(r)}[col]
            return value.casefold() if role == SORT_ROLE else value
        if role == Qt.ItemDataRole.ToolTipRole and col == "detail":
            return self._detail(r)
        if role == Qt.ItemDataRole.ForegroundRole and r.status != "ok" and col in ("status", "detail"):
            return qcolor(Role.ERROR if r.status == "error" else Role.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class LettersBatchDialog(QDialog):
    """Letters for many people. ``lang`` is the core-text language of the interface ("zh"/"en")."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.url_opener = QDesktopServices.openUrl   # replaced in tests
        self.summary: CsvSummary | None = None       # the CSV as last read (None: none, or it was refused)
        self.result: BatchResult | None = None       # the last run's result
        self._csv: str = ""                          # the chosen CSV (as given; shown with display_path)
        self._worker: Worker | None = None           # the running batch
        self._reads = 0                              # reads of a CSV in flight
        self._closing = False                        # close once the batch has stopped
        self._out_auto = True                        # the output folder is the default one (follows the CSV)
        self.setWindowTitle(self.tr("Letters for many people"))
        self.setAcceptDrops(True)
        self.setMinimumWidth(560)
        self.resize(780, 600)
        lay = QVBoxLayout(self)
        lay.addWidget(wrapping(QLabel(self.tr(
            "One letter per row of a CSV file (a spreadsheet saved as CSV): who writes, to which holder, and the "
            "facts. Each letter is a file in the output folder; index.csv there lists every row."))))

        # a grid, not a QFormLayout: the form gives a wrapped label the height it would need at its narrowest
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.csv_edit, self.csv_btn = self._path_row(form, 0, self.tr("CSV file"),
                                                     self.tr("Choose a CSV file, or drop one here"),
                                                     self.tr("Choose the CSV file…"))
        self.csv_edit.setReadOnly(True)
        self.csv_info = wrapping(QLabel())
        self.csv_info.setAccessibleName(self.tr("About the CSV file"))
        self.csv_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.csv_info, 1, 1)
        self.type_box = compact_combo(QComboBox())
        for key, label in LL.letter_type_labels().items():
            self.type_box.addItem(label, key)
        self.type_box.setAccessibleName(self.tr("Letter"))
        self.lang_box = compact_combo(QComboBox())
        for key, label in LL.letter_lang_labels().items():
            self.lang_box.addItem(label, key)
        self.lang_box.setAccessibleName(self.tr("Language of the letters"))
        self.format_box = compact_combo(QComboBox())
        for key, label in zip(BATCH_FORMATS, (self.tr("PDF"), self.tr("Word (DOCX)"), self.tr("E-mail (.eml)"))):
            self.format_box.addItem(label, key)
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.setToolTip(self.tr("An e-mail file needs the holder's e-mail address (holder_email)."))
        for row, (label, field) in enumerate(((self.tr("Letter"), self.type_box),
                                              (self.tr("Language"), self.lang_box),
                                              (self.tr("Format"), self.format_box)), 2):
            form.addWidget(self._buddy(QLabel(label), field), row, 0)
            form.addWidget(field, row, 1)
        self.out_edit, self.out_btn = self._path_row(form, 5, self.tr("Output folder"),
                                                     self.tr("a new folder beside the CSV file"),
                                                     self.tr("Choose the output folder…"))
        lay.addLayout(form)

        busy = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.setTextVisible(True)
        busy.addWidget(self.progress, 1)
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setAccessibleName(self.tr("Cancel the batch"))
        busy.addWidget(self.cancel_btn)
        lay.addLayout(busy)
        self.message = wrapping(QLabel())
        self.message.setAccessibleName(self.tr("Batch status"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.message)

        self.model = BatchRowsModel(self.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Letters written"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.filler = QWidget()  # takes the room of the table until there is one, so the rows above stay together
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        lay.addWidget(self.filler, 1)

        buttons = QHBoxLayout()
        self.template_btn = QPushButton(self.tr("Save a template CSV…"))
        self.template_btn.setToolTip(self.tr("Every column, and one example row to replace with your own."))
        self.open_btn = QPushButton(self.tr("Open folder"))
        self.start_btn = QPushButton(self.tr("Start"))
        self.close_btn = QPushButton(self.tr("Close"))
        make_primary(self.start_btn)
        for b in (self.template_btn, None, self.open_btn, self.start_btn, self.close_btn):
            if b is None:
                buttons.addStretch(1)
                continue
            b.setAutoDefault(b is self.start_btn)
            buttons.addWidget(b)
        lay.addLayout(buttons)

        self.csv_btn.clicked.connect(self.ask_csv)
        self.out_btn.clicked.connect(self.ask_out)
        self.out_edit.textEdited.connect(self._out_edited)
        self.template_btn.clicked.connect(self.ask_template)
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn.clicked.connect(self.cancel)
        self.open_btn.clicked.connect(self.open_folder)
        self.close_btn.clicked.connect(self.close)
        self.table.doubleClicked.connect(self._open_row)
        ctx.vault_changed.connect(self._vault_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)
        self.finished.connect(self._finished)
        self._update()

    def _path_row(self, grid: QGridLayout, row: int, name: str, placeholder: str,
                  choose: str) -> tuple[QLineEdit, QPushButton]:
        """A labelled path field with its "Choose…" button (named for what it chooses) on ``row`` of ``grid``."""
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        button = QPushButton(self.tr("Choose…"))
        button.setAccessibleName(choose)
        line = QHBoxLayout()
        line.addWidget(edit, 1)
        line.addWidget(button)
        grid.addWidget(self._buddy(QLabel(name), edit), row, 0)
        grid.addLayout(line, row, 1)
        return edit, button

    @staticmethod
    def _buddy(label: QLabel, field: QWidget) -> QLabel:
        label.setBuddy(field)  # what a QFormLayout row does: the label names its field
        return label

    # ------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _update(self) -> None:
        running = self.busy
        for w in (self.csv_btn, self.out_btn, self.out_edit, self.type_box, self.lang_box, self.format_box,
                  self.template_btn):
            w.setEnabled(not running)
        self.cancel_btn.setVisible(running)
        self.progress.setVisible(running or self.result is not None)
        self.table.setVisible(self.result is not None)
        self.filler.setVisible(self.result is None)
        if running:
            why = self.tr("The batch is running.")
        elif self._reads:
            why = self.tr("Reading the CSV file…")
        elif self.summary is None:
            why = self.tr("Choose a CSV file first.")
        elif self.summary.rows == 0:
            why = self.tr("The CSV file has no rows below its header.")
        else:
            why = ""
        set_enabled_why(self.start_btn, not why, why)
        done = self.result is not None and self.result.out_dir.is_dir()
        set_enabled_why(self.open_btn, done and not running, self.tr("Start the batch first: its folder opens here."))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {css(Role.ERROR)}" if error else "")

    # ------------------------------------------------------------ the CSV
    def ask_csv(self) -> None:
        start = str(Path(self._csv).parent) if self._csv else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the CSV file"), start,
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.choose_csv(path)

    def choose_csv(self, path: str) -> None:
        """Read ``path`` in a worker; the summary or its problem shows when it is read."""
        if self.busy:
            return
        self._csv = path
        self.summary = None
        self.result = None
        self._primary(self.start_btn)
        self.model.set_rows([])
        self.csv_edit.setText(display_path(path))
        self.csv_info.setText(self.tr("Reading…"))
        self.csv_info.setStyleSheet("")
        self.csv_info.setToolTip("")
        self._say("")
        if self._out_auto:
            stem = Path(path).stem or "letters"
            self.out_edit.setText(str(fresh_folder(Path(path).parent / self.tr("{0} letters").format(stem))))
        worker = Worker(read_summary, path)
        worker.signals.success.connect(self._csv_read)
        self._reads += 1
        self._update()
        self.ctx.pool.start(worker)

    def _csv_read(self, answer: tuple[str, CsvSummary | BaseException]) -> None:
        self._reads -= 1
        path, summary = answer
        if path != self._csv:
            self._update()
            return  # another file was chosen meanwhile
        if isinstance(summary, BaseException):
            self.csv_info.setText(error_text(summary, self.lang))
            self.csv_info.setStyleSheet(f"color: {css(Role.ERROR)}")
        else:
            self.summary = summary
            listed = ", ".join(summary.columns)
            if len(summary.columns) <= LISTED_COLUMNS:
                text = self.tr("%n row(s); columns: {0}", "", summary.rows).format(listed)
            else:  # the template's 46 names would push the results table off the dialog
                text = self.tr("%n row(s); {0} columns (point here to see them)", "",
                               summary.rows).format(len(summary.columns))
            self.csv_info.setToolTip(listed)
            if summary.rows == 0:
                text = self.tr("No rows below the header: add one row per person and holder.")
            self.csv_info.setText(text)
            self.csv_info.setStyleSheet("")
        self._update()
        if self._closing and not self._reads and not self.busy:
            super().reject()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        accept_if(event, self._dropped(event) is not None)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        accept_if(event, self._dropped(event) is not None)

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped(event)
        if accept_if(event, path is not None):
            self.choose_csv(path)

    def _dropped(self, event) -> str | None:
        """The one local file a drag carries (None: several, a folder, a remote URL, or a batch is running)."""
        paths = local_paths(event)
        if self.busy or len(paths) != 1 or not Path(paths[0]).is_file():
            return None
        return paths[0]

    # ------------------------------------------------------------ output folder and template
    def _out_edited(self, _text: str) -> None:
        self._out_auto = False

    def ask_out(self) -> None:
        start = self.out_edit.text().strip() or (str(Path(self._csv).parent) if self._csv else str(Path.home()))
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the output folder"), start)
        if path:
            self.out_edit.setText(path)
            self._out_auto = False

    def out_dir(self) -> Path | None:
        text = self.out_edit.text().strip()
        if not text:
            return None
        out = Path(text).expanduser()
        if not out.is_absolute() and self._csv:
            out = Path(self._csv).parent / out  # a bare name: beside the CSV, not in the app's working folder
        return out

    def ask_template(self) -> None:
        start = Path(self._csv).parent if self._csv else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a template CSV"),
                                              str(start / (self.tr("letters template") + ".csv")),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.save_template(path)

    def save_template(self, path: str) -> None:
        from faceledger.errors import FaceLedgerError
        from faceledger.letters.batch import write_template

        if not Path(path).suffix:
            path += ".csv"
        try:
            write_template(path, self.lang)
        except FaceLedgerError as err:
            self._say(error_text(err, self.lang), True)
            return
        self._say(self.tr("Template saved: {0}. Replace its example row with one row per person and holder, save "
                          "it as CSV, then choose it here.").format(display_path(path)))

    # ------------------------------------------------------------ running
    def start(self) -> None:
        if self.busy or self._reads or self.summary is None or self.summary.rows == 0:
            return
        out = self.out_dir()
        if out is None:
            self._say(self.tr("Choose an output folder for the letters."), True)
            self.out_edit.setFocus()
            return
        if out.exists() and not out.is_dir():
            self._say(self.tr("{0} is a file, not a folder: choose a folder for the letters.")
                      .format(display_path(out)), True)
            self.out_edit.setFocus()
            return
        if out.is_dir() and any(out.iterdir()):
            if self._out_auto:  # the default is "a new folder beside the CSV file": a second run gets its own
                out = fresh_folder(out)
                self.out_edit.setText(str(out))
            elif not self._write_into(out):
                return
        self.result = None
        self.model.set_rows([])
        self.progress.setRange(0, self.summary.rows)
        self.progress.setValue(0)
        worker = Worker(run_letters, str(self.summary.path), str(out), self.type_box.currentData(),
                        self.lang_box.currentData(), self.format_box.currentData(), progress=True, cancellable=True)
        worker.signals.progress.connect(self._progress)
        worker.signals.success.connect(self._done)
        worker.signals.error.connect(self._failed)
        worker.signals.finished.connect(self._stopped)
        self._worker = worker
        self._say(self.tr("Writing %n letter(s)…", "", self.summary.rows))
        self._update()
        self.cancel_btn.setFocus()
        self.ctx.pool.start(worker)

    def _write_into(self, out: Path) -> bool:
        """Ask before writing into a folder that already holds files (the same names would be replaced)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("The folder is not empty"),
                          self.tr("{0} already holds files. index.csv would be replaced; the letters already there "
                                  "stay beside the new ones (one is replaced only by a letter with the same file "
                                  "name). Write into this folder anyway?").format(display_path(out)),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Write into this folder"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes

    def _progress(self, done: int) -> None:
        if done > self.progress.maximum():
            self.progress.setMaximum(done)
        self.progress.setValue(done)

    def cancel(self) -> None:
        """Stop the batch after the letter being written; the rows not reached are reported as skipped."""
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_btn.setEnabled(False)
            self._say(self.tr("Cancelling…"))

    def _done(self, result: BatchResult) -> None:
        self.result = result
        # what comes next is the folder: Enter opens it rather than starting the same batch again
        self._primary(self.open_btn)
        self.model.set_rows(result.rows)
        self.table.resizeColumnsToContents()
        skipped = sum(r.status == "skipped" for r in result.rows)
        parts = [self.tr("%n written", "", result.ok), self.tr("%n failed", "", result.failed)]
        if skipped:
            parts.append(self.tr("%n skipped", "", skipped))
        counts = self.tr(", ").join(parts)
        self._say((self.tr("Cancelled: {0}. index.csv in the folder lists every row.") if result.cancelled
                   else self.tr("Done: {0}. index.csv in the folder lists every row.")).format(counts))
        self.progress.setValue(sum(r.status != "skipped" for r in result.rows))
        if self._closing:
            self.ctx.status.emit(self.tr("Letters for many people stopped: {0}.").format(counts))

    def _primary(self, button: QPushButton) -> None:
        for b in (self.start_btn, self.open_btn):
            make_primary(b, b is button)

    def _failed(self, err: BaseException) -> None:
        self._say(error_text(err, self.lang), True)

    def _stopped(self) -> None:
        self._worker = None
        self.cancel_btn.setEnabled(True)
        self._update()
        if self._closing and not self._reads:
            super().reject()

    # ------------------------------------------------------------ results
    def open_folder(self) -> None:
        if self.result is not None and self.result.out_dir.is_dir():
            self.url_opener(QUrl.fromLocalFile(str(self.result.out_dir.resolve())))

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if self.result is not None and row.status == "ok" and row.file:
            path = self.result.out_dir / row.file
            if path.is_file():
                self.url_opener(QUrl.fromLocalFile(str(path.resolve())))

    # ------------------------------------------------------------ closing
    def reject(self) -> None:  # noqa: D401 - also what the vault's lock calls on every open dialog
        """Close; a running batch is stopped first without a question (locking must not wait for an answer):
        the dialog hides at once and goes when the worker has stopped."""
        if self.busy or self._reads:
            if self._worker is not None:
                self._worker.cancel()
            self._closing = True
            self.hide()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - the window's close button, Alt+F4, Close
        if self.busy:
            event.ignore()
            self._ask_to_stop()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.busy:
            self._ask_to_stop()
            return
        super().keyPressEvent(event)

    def _ask_to_stop(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop the batch?"),
                          self.tr("The batch is still running. Stop it and close? The letters written so far are "
                                  "kept; the rows not reached are listed as skipped in index.csv."),
                          QMessageBox.StandardButton.NoButton, self)
        stop = box.addButton(self.tr("Stop and close"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep running"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is stop and self.busy:
            self.reject()

    def _vault_changed(self) -> None:
        if self.ctx.vault is None and self.isVisible():
            self.reject()  # locked (or closed) while the dialog is open: stop and go, as the lock closes dialogs

    def _quitting(self) -> None:
        """The app is quitting: stop the batch and let it finish its current letter and index.csv."""
        if self._worker is not None:
            self._worker.cancel()
            self.ctx.pool.waitForDone(60_000)

    def _finished(self, _result: int) -> None:
        self.deleteLater()
