"""The Photo check page: is there a face in this photo that a recognition system could match, and why;
what the photo's metadata reveals; a protected copy (faces covered, metadata gone, checked again);
and a whole folder checked in the background, sorted and filtered, with "protect all flagged".

Everything slow (decoding, detection, protection, folder scans) runs in a Worker on the QThreadPool;
the page only shows results. Photos never leave the machine. The page never calls a photo "safe":
a low verdict means harder to match today. With no photo yet, the Check tab is one large central
"Open photos…" (as Dangerzone's first screen); every control has an accessible name; the photo canvas
takes focus with Tab and its boxes are edited from the keyboard (photos_canvas.py).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from faceledger.gui.buttons import make_primary
from faceledger.gui.context import AppContext
from faceledger.gui.dnd import accept_if, local_paths
from faceledger.gui.fit import FlowLayout, compact_combo, wrapping
from faceledger.gui.i18n import shown
from faceledger.gui.pages.photos_canvas import (
    VERDICT_COLOURS,
    CanvasBox,
    PhotoCanvas,
    qimage_from_rgb,
    verdict_text_colour,
)
from faceledger.gui.pages.photos_models import FaceTableModel, ScanFilter, ScanTableModel
from faceledger.gui.threads import Worker, error_text
from faceledger.safetext import display_path

PHOTO_FILTER_EXTS = "*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif *.gif *.ppm *.pgm *.pbm"
THUMB = 56


class _Rows(QObject):
    """Carries scan rows from the worker thread to the page (a queued connection)."""

    row = Signal(object)


def check_for_display(path: str) -> tuple[Any, Any]:
    """Worker body: the check result and the decoded pixels, never raising for a bad photo."""
    from faceledger.photos.check import PhotoResult, check_with_pixels
    from faceledger.text import Text

    try:
        return check_with_pixels(path)
    except Exception as err:  # noqa: BLE001 - one bad photo is a message in the list, not a failed page
        return PhotoResult(path=path, ok=False, error=Text(f"意外错误：{type(err).__name__}: {err}",
                                                           f"Unexpected error: {type(err).__name__}: {err}"),
                           error_kind="internal"), None


def protect_for_display(src: str, out: str, method: str, boxes: list, extra: list, removed: list, lang: str,
                        progress=None) -> dict[str, Any]:
    """Worker body: protect, then decode the written file for the "after" view. Failures are results; the
    page says them in its own words (ProtectFailed's hint is the command line's)."""
    from faceledger.errors import FaceLedgerError
    from faceledger.photos.errors import PhotoError
    from faceledger.photos.load import load_photo
    from faceledger.photos.protect import ProtectFailed, protect_photo

    try:
        report = protect_photo(src, out, method, boxes=boxes, extra_boxes=extra, removed=removed, progress=progress)
    except ProtectFailed as err:
        return {"ok": False, "report": err.report, "error": None}
    except PhotoError as err:
        return {"ok": False, "report": None, "error": err.text.get(lang)}
    except FaceLedgerError as err:
        return {"ok": False, "report": None, "error": err.message_in(lang)}
    after = load_photo(Path(out))
    return {"ok": True, "report": report, "rgb": after.rgb, "width": after.width, "height": after.height}


def breakable(name: str, run: int = 18) -> str:
    """A file name that a word-wrapping list can break: a zero-width space after ``_ - .`` and inside runs of
    more than ``run`` characters (a long name was cut off at the list's edge)."""
    out, count = [], 0
    for ch in name:
        out.append(ch)
        count += 1
        if ch in "_-." or count >= run:
            out.append("\u200b")
            count = 0
    return "".join(out)


def _centred(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class PhotosPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._worker: Worker | None = None
        self._queue: list[str] = []
        self._scan_worker: Worker | None = None
        self._batch_worker: Worker | None = None
        self.results: dict[str, Any] = {}     # path -> PhotoResult
        self._images: dict[str, Any] = {}     # path -> QImage (decoded, possibly reduced)
        self.current: str | None = None
        self.last_protect: dict[str, Any] | None = None
        self.last_batch: list | None = None
        self.last_error: str | None = None
        self.scan_report: Any = None
        self._removed: list[tuple[int, int, int, int]] = []  # detected boxes the user took away
        self.verdict_names = {"high": self.tr("Easy to match"), "medium": self.tr("Matchable"),
                              "low": self.tr("Harder to match today"), "none": self.tr("No face found")}

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("<h2>Photo check</h2>"))
        top.addWidget(title)
        top.addStretch(1)
        self.open_btn = _named(QPushButton(self.tr("Open photos…")), self.tr("Open photos"))
        self.open_btn.clicked.connect(self._ask_open)
        top.addWidget(self.open_btn)
        lay.addLayout(top)
        intro = QLabel(self.tr("Drop photos here or open them. Everything happens on this computer: "
                               "no photo is sent anywhere."))
        lay.addWidget(wrapping(intro))

        self.tabs = _named(QTabWidget(), self.tr("Photo check sections"))
        self.tabs.addTab(self._build_check_tab(), self.tr("Check"))
        self.tabs.addTab(self._build_protect_tab(), self.tr("Protect"))
        self.tabs.addTab(self._build_scan_tab(), self.tr("Folder scan"))
        lay.addWidget(self.tabs, 1)

        busy = QHBoxLayout()
        self.busy_label = QLabel()
        self.progress = _named(QProgressBar(), self.tr("Progress"))
        self.progress.setRange(0, 100)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        lay.addLayout(busy)
        self.message = _named(QLabel(), self.tr("Message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.message)
        self._set_busy(None)
        self._show_empty_state()
        self.setAcceptDrops(True)

    # ------------------------------------------------------------------ building
    def _build_check_tab(self) -> QWidget:
        self.check_stack = QStackedWidget()
        self.check_stack.addWidget(self._build_empty_state())
        self.check_stack.addWidget(self._build_check_content())
        return self.check_stack

    def _build_empty_state(self) -> QWidget:
        """One large central action, as Dangerzone's first screen; a folder scan as the second way in."""
        w = QWidget()
        col = QVBoxLayout(w)
        col.addStretch(2)
        head = QLabel(self.tr("Could a face-recognition system match a face in your photo?"))
        f = head.font()
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        head.setFont(f)
        wrapping(head)
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(head)
        sub = QLabel(self.tr("FaceLedger finds the faces, says how matchable each one is and why, lists what the "
                             "file's metadata reveals, and writes a copy with the faces covered. Nothing leaves "
                             "this computer."))
        wrapping(sub)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(sub)
        col.addSpacing(18)
        self.open_big_btn = _named(QPushButton(self.tr("Open photos…")), self.tr("Open photos to check"))
        make_primary(self.open_big_btn)
        bf = self.open_big_btn.font()
        bf.setPointSizeF(bf.pointSizeF() * 1.4)
        self.open_big_btn.setFont(bf)
        self.open_big_btn.setMinimumSize(QSize(280, 64))
        self.open_big_btn.clicked.connect(self._ask_open)
        col.addLayout(_centred(self.open_big_btn))
        hint = QLabel(self.tr("or drop photos here. JPEG, PNG, WebP, HEIC, TIFF, BMP, GIF and PPM are read."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        wrapping(hint)
        col.addWidget(hint)
        self.empty_scan_btn = _named(QPushButton(self.tr("Check a whole folder…")), self.tr("Check a whole folder"))
        self.empty_scan_btn.setFlat(True)
        self.empty_scan_btn.clicked.connect(self._empty_scan)
        col.addLayout(_centred(self.empty_scan_btn))
        col.addStretch(3)
        return w

    def _build_check_content(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Horizontal)
        self.photo_list = _named(QListWidget(), self.tr("Checked photos"))
        self.photo_list.setWordWrap(True)
        self.photo_list.setIconSize(QSize(THUMB, THUMB))
        self.photo_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.photo_list.currentRowChanged.connect(self._photo_selected)
        split.addWidget(self.photo_list)

        mid = QWidget()
        ml = QVBoxLayout(mid)
        ml.setContentsMargins(0, 0, 0, 0)
        self.canvas = _named(PhotoCanvas(), self.tr("Photo with face boxes"),
                             self.tr("Tab or N and P go from face to face; the table beside shows the selected "
                                     "face's figures."))
        self.canvas.placeholder = self.tr("Select a photo in the list.")
        self.canvas.selection_changed.connect(self._canvas_selected)
        ml.addWidget(self.canvas, 1)
        ml.addLayout(self._legend([("high", self.verdict_names["high"]), ("medium", self.verdict_names["medium"]),
                                   ("low", self.verdict_names["low"])]))
        split.addWidget(mid)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.verdict_label = _named(QLabel(), self.tr("Verdict"))
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(self.verdict_label)
        self.faces = FaceTableModel(self, self.ctx.lang)
        self.faces.verdict_names = self.verdict_names
        self.faces.px = self.tr("{0} px")
        self.faces.headers = ["#", self.tr("Verdict"), self.tr("Eye distance"), self.tr("Pose"),
                              self.tr("Sharpness"), self.tr("Brightness"), self.tr("Why")]
        self.faces.header_tips = ["", "", self.tr("Distance between the eye centres, in pixels of the photo"),
                                  self.tr("Turn (yaw) / up-down tilt (pitch) / roll, in degrees"),
                                  self.tr("Detail in the face (higher is sharper)"),
                                  self.tr("Mean brightness of the face, 0-255"), ""]
        self.face_view = _named(QTableView(), self.tr("Faces found"))
        self.face_view.setModel(self.faces)
        self.face_view.setTabKeyNavigation(False)
        self.face_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.face_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.face_view.verticalHeader().setVisible(False)
        self.face_view.setColumnHidden(FaceTableModel.COLUMNS.index("reasons"), True)
        self.face_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.face_view.horizontalHeader().setStretchLastSection(True)
        self.face_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._face_selected(cur.row()))
        rl.addWidget(self.face_view, 1)
        self.reasons = _named(QTextBrowser(), self.tr("Why: reasons for each face"))
        rl.addWidget(self.reasons, 2)
        rl.addWidget(QLabel(self.tr("<b>What this photo reveals</b>")))
        self.reveals = _named(QListWidget(), self.tr("What this photo reveals"))
        self.reveals.setWordWrap(True)
        rl.addWidget(self.reveals, 2)
        self.to_protect_btn = _named(QPushButton(self.tr("Protect this photo…")), self.tr("Protect this photo"))
        self.to_protect_btn.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        rl.addWidget(self.to_protect_btn)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([190, 450, 450])
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        return tab

    def _build_protect_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(4, 4, 4, 4)
        row = FlowLayout()  # wraps in a narrow window or a longer language
        method_label = QLabel(self.tr("&Method:"))
        row.addWidget(method_label)
        self.method = _named(QComboBox(), self.tr("Protection method"))
        method_label.setBuddy(self.method)
        for key, label in (("blur", self.tr("Strong blur")), ("pixelate", self.tr("Coarse pixels")),
                           ("fill", self.tr("Solid fill"))):
            self.method.addItem(label, key)
        row.addWidget(self.method)
        self.add_box_btn = _named(QPushButton(self.tr("Add a box")), self.tr("Add a box"),
                                  self.tr("Adds a box in the middle of the photo: move it with the arrow keys, "
                                          "resize it with Shift and the arrow keys."))
        self.add_box_btn.clicked.connect(self._add_box)
        row.addWidget(self.add_box_btn)
        self.remove_box_btn = _named(QPushButton(self.tr("Remove selected box")), self.tr("Remove selected box"))
        self.remove_box_btn.clicked.connect(self._remove_box)
        row.addWidget(self.remove_box_btn)
        self.reset_boxes_btn = _named(QPushButton(self.tr("Restore detected boxes")), self.tr("Restore detected boxes"))
        self.reset_boxes_btn.clicked.connect(lambda: self._load_protect_boxes())
        row.addWidget(self.reset_boxes_btn)
        self.protect_btn = _named(QPushButton(self.tr("Protect and save as…")), self.tr("Protect and save as"))
        make_primary(self.protect_btn)
        self.protect_btn.clicked.connect(self._ask_protect)
        row.addWidget(self.protect_btn)
        lay.addLayout(row)
        hint = QLabel(self.tr("Drag on the photo to add a box over a face the check missed; click a box and press "
                              "Delete to remove it. From the keyboard: Tab to the photo, Tab or N/P from box to box, "
                              "Insert to add a box, arrow keys to move it, Shift+arrow keys to resize it. Faces "
                              "found again in the result are covered anyway."))
        lay.addWidget(wrapping(hint))
        split = QSplitter(Qt.Orientation.Horizontal)
        for attr, title, editable, name in (
                ("before", self.tr("Before: boxes to cover"), True, self.tr("Photo before protection, editable boxes")),
                ("after", self.tr("After: the protected copy"), False, self.tr("Protected copy"))):
            box = QWidget()
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(QLabel(f"<b>{title}</b>"))
            canvas = _named(PhotoCanvas(editable=editable), name)
            bl.addWidget(canvas, 1)
            setattr(self, f"{attr}_canvas", canvas)
            split.addWidget(box)
        self.before_canvas.placeholder = self.tr("Open a photo on the Check tab first.")
        self.after_canvas.placeholder = self.tr("The protected copy appears here after it is saved.")
        self.before_canvas.boxes_changed.connect(self._update_buttons)
        self.before_canvas.selection_changed.connect(lambda _i: self._update_buttons())
        self.before_canvas.box_removed.connect(self._box_removed)
        lay.addWidget(split, 1)
        lay.addLayout(self._legend([("high", self.tr("Detected face")), ("user", self.tr("Your box")),
                                    ("covered", self.tr("Covered (after)"))]))
        self.protect_report = _named(QTextBrowser(), self.tr("Protection report"))
        self.protect_report.setMinimumHeight(90)
        self.protect_report.setMaximumHeight(190)
        lay.addWidget(self.protect_report)
        return tab

    def _build_scan_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(4, 4, 4, 4)
        row = FlowLayout()  # wraps in a narrow window or a longer language
        self.scan_btn = _named(QPushButton(self.tr("Scan a folder…")), self.tr("Scan a folder"))
        make_primary(self.scan_btn)
        self.scan_btn.clicked.connect(self._ask_scan)
        row.addWidget(self.scan_btn)
        self.scan_folder_label = _named(QLabel(), self.tr("Scanned folder"))
        self.scan_folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.protect_flagged_btn = _named(QPushButton(self.tr("Protect all flagged…")),
                                          self.tr("Protect all flagged photos"),
                                          self.tr("Writes a protected copy of every photo judged easy to match or "
                                                  "matchable into a folder you choose."))
        self.protect_flagged_btn.clicked.connect(self._ask_protect_flagged)
        row.addWidget(self.protect_flagged_btn)
        self.save_report_btn = _named(QPushButton(self.tr("Save report (JSON and CSV)…")), self.tr("Save report"))
        self.save_report_btn.clicked.connect(self._ask_save_report)
        row.addWidget(self.save_report_btn)
        lay.addLayout(row)
        lay.addWidget(self.scan_folder_label)

        frow = QHBoxLayout()
        show = QLabel(self.tr("S&how:"))
        frow.addWidget(show)
        self.scan_filter = compact_combo(_named(QComboBox(), self.tr("Show photos")))
        show.setBuddy(self.scan_filter)
        for label, kinds in ((self.tr("All"), None),
                             (self.tr("Flagged: easy to match or matchable"), {"high", "medium"}),
                             (self.verdict_names["high"], {"high"}), (self.verdict_names["medium"], {"medium"}),
                             (self.verdict_names["low"], {"low"}), (self.verdict_names["none"], {"none"}),
                             (self.tr("Cannot read"), {"error"})):
            self.scan_filter.addItem(label, kinds)
        frow.addWidget(self.scan_filter)
        self.scan_search = _named(QLineEdit(), self.tr("Find a file name"))
        self.scan_search.setPlaceholderText(self.tr("Find a file name…"))
        self.scan_search.setClearButtonEnabled(True)
        frow.addWidget(self.scan_search, 1)
        lay.addLayout(frow)

        prow = QHBoxLayout()
        self.scan_progress = _named(QProgressBar(), self.tr("Scan progress"))
        self.scan_progress.setRange(0, 100)
        self.scan_cancel_btn = _named(QPushButton(self.tr("Cancel")), self.tr("Cancel the scan"))
        self.scan_cancel_btn.clicked.connect(self.cancel_scan)
        prow.addWidget(self.scan_progress, 1)
        prow.addWidget(self.scan_cancel_btn)
        lay.addLayout(prow)
        self.scan_rows = ScanTableModel(self)
        self.scan_rows.verdict_names = self.verdict_names
        self.scan_rows.error_name = self.tr("Cannot read")
        self.scan_rows.headers = [self.tr("File"), self.tr("Verdict"), self.tr("Faces"), self.tr("Note")]
        self.scan_proxy = ScanFilter(self.scan_rows, self)
        self.scan_filter.currentIndexChanged.connect(
            lambda _i: self.scan_proxy.set_kinds(self.scan_filter.currentData()))
        self.scan_search.textChanged.connect(self.scan_proxy.set_text)
        self.scan_view = _named(QTableView(), self.tr("Scanned photos"),
                                self.tr("Click a column header to sort; Enter or a double click opens the photo."))
        self.scan_view.setModel(self.scan_proxy)
        self.scan_view.setSortingEnabled(True)
        self.scan_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.scan_view.setTabKeyNavigation(False)
        self.scan_view.verticalHeader().setVisible(False)
        self.scan_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.scan_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.scan_view.doubleClicked.connect(self._open_scan_row)
        self.scan_view.activated.connect(self._open_scan_row)
        lay.addWidget(self.scan_view, 1)
        self.scan_summary = _named(QLabel(), self.tr("Scan summary"))
        self.scan_summary.setWordWrap(True)
        lay.addWidget(self.scan_summary)
        self._rows = _Rows(self)
        self._rows.row.connect(self._scan_row)
        self._scan_busy(False)
        return tab

    def _legend(self, items: list[tuple[str, str]]) -> FlowLayout:
        row = FlowLayout(spacing=18)
        for kind, text in items:
            swatch = QPixmap(14, 14)
            swatch.fill(VERDICT_COLOURS[kind])
            icon = QLabel()
            icon.setPixmap(swatch)
            entry = QWidget()
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(icon)
            pair.addWidget(QLabel(text))
            row.addWidget(entry)
        return row

    def _error_css(self) -> str:
        return verdict_text_colour("error").name()

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._worker is not None or bool(self._queue)

    @property
    def scanning(self) -> bool:
        return self._scan_worker is not None or self._batch_worker is not None

    def _show_empty_state(self) -> None:
        empty = self.photo_list.count() == 0 and not self.busy
        self.check_stack.setCurrentIndex(0 if empty else 1)
        self.open_btn.setVisible(not empty)  # the central button is the one primary action then

    def _set_busy(self, label: str | None) -> None:
        on = label is not None
        self.busy_label.setVisible(on)
        self.progress.setVisible(on)
        self.busy_label.setText(label or "")
        self.progress.setValue(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        free = self._worker is None
        res = self.results.get(self.current) if self.current else None
        has_photo = res is not None and res.ok
        why = "" if has_photo else self.tr("Open a photo that can be read first.")
        if has_photo and not free:
            why = self.tr("Wait until the current check or protection has finished.")
        for b in (self.protect_btn, self.method, self.reset_boxes_btn, self.add_box_btn):
            b.setEnabled(free and has_photo)
            b.setToolTip(why)
        self.to_protect_btn.setEnabled(has_photo)
        self.remove_box_btn.setEnabled(free and has_photo and self.before_canvas.selected >= 0)
        self.remove_box_btn.setToolTip("" if self.remove_box_btn.isEnabled() else
                                       self.tr("Select a box on the photo first."))
        flagged = self._flagged_paths()
        self.protect_flagged_btn.setEnabled(bool(flagged) and not self.scanning)
        self.protect_flagged_btn.setToolTip(
            self.protect_flagged_btn.accessibleDescription() if flagged else
            self.tr("Scan a folder first: photos judged easy to match or matchable are protected."))
        self.save_report_btn.setEnabled(self.scan_report is not None and not self.scanning)
        self.save_report_btn.setToolTip("" if self.save_report_btn.isEnabled() else self.tr("Scan a folder first."))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color:{self._error_css()}; font-weight:bold" if error else "")
        self.message.setText(text)
        self.ctx.status.emit(text.splitlines()[0] if text else "")

    def _start(self, label: str, worker: Worker, on_success) -> None:
        self.progress.setRange(0, 100)
        self._worker = worker
        self.last_error = None
        worker.signals.progress.connect(self.progress.setValue)
        worker.signals.success.connect(on_success)
        worker.signals.error.connect(self._worker_failed)
        worker.signals.finished.connect(self._worker_finished)
        self._set_busy(label)
        self.ctx.pool.start(worker)

    def _worker_failed(self, err: BaseException) -> None:
        self.last_error = shown(error_text(err, self.ctx.lang))
        self._say(self.last_error, True)

    def _worker_finished(self) -> None:
        self._worker = None
        self._set_busy(None)
        self._next_in_queue()

    # ------------------------------------------------------------------ check
    def open_paths(self, paths: list[str]) -> None:
        """Check these photos one after another in the background; each appears in the list when done."""
        for p in paths:
            p = str(p)
            if p not in self._queue:
                self._queue.append(p)
        self._next_in_queue()

    def _next_in_queue(self) -> None:
        if self._worker is not None or not self._queue:
            if not self._queue:
                self._update_buttons()
                self._show_empty_state()
            return
        path = self._queue.pop(0)
        worker = Worker(check_for_display, path)
        left = len(self._queue)
        label = self.tr("Checking {0}…").format(display_path(Path(path).name))
        if left:
            label += " " + self.tr("({0} more waiting)").format(left)
        self.check_stack.setCurrentIndex(1)
        self.open_btn.setVisible(True)
        self._start(label, worker, lambda res, p=path: self._checked(p, res))
        self.progress.setRange(0, 0)  # a single photo has no steps: a busy indicator

    def _checked(self, path: str, res: tuple) -> None:
        self.progress.setRange(0, 100)
        result, rgb = res
        self.results[path] = result
        if rgb is not None:
            self._images[path] = qimage_from_rgb(rgb)
        name = display_path(Path(path).name)
        existing = [i for i in range(self.photo_list.count()) if self.photo_list.item(i).data(Qt.ItemDataRole.UserRole)
                    == path]
        if existing:
            item = self.photo_list.item(existing[0])
        else:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.photo_list.addItem(item)
        image = self._images.get(path)
        if image is not None:
            thumb = QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            item.setIcon(QIcon(thumb))
        item.setToolTip(display_path(path) + ("" if result.ok else "\n" + shown(result.summary(self.ctx.lang))))
        if result.ok:
            verdict = self.verdict_names.get(result.verdict, result.verdict)
            item.setText(f"{breakable(name)}\n{verdict}")
            item.setForeground(QBrush(verdict_text_colour(result.verdict)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {verdict}")
        else:
            item.setText(breakable(name) + "\n" + self.tr("Cannot read"))
            item.setForeground(QBrush(verdict_text_colour("error")))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {self.tr('Cannot read')}")
        self.photo_list.setCurrentItem(item)
        self.show_result(path)

    def _photo_selected(self, row: int) -> None:
        if row < 0:
            return
        path = self.photo_list.item(row).data(Qt.ItemDataRole.UserRole)
        if path != self.current:
            self.show_result(path)

    def show_result(self, path: str) -> None:
        self.current = path
        result = self.results[path]
        lang = self.ctx.lang
        name = display_path(Path(path).name)
        self.reveals.clear()
        summary = shown(result.summary(lang))  # a core text in the interface language
        if not result.ok:
            self.canvas.placeholder = self.tr("{0} could not be checked:\n{1}").format(name, summary)
            self.canvas.set_photo(None, 1, 1, [])
            head = self.tr("Cannot read this file")
            self.verdict_label.setText(f"<span style='color:{self._error_css()}'><b>{escape(head)}</b></span><br/>"
                                       f"{escape(summary)}")
            self.faces.set_rows([])
            self.reasons.clear()
            self._load_protect_boxes()
            self._update_buttons()
            # the message describes the photo shown, not the last one checked
            self._say(self.tr("{0} could not be checked: {1}").format(name, summary), True)
            return
        boxes = [CanvasBox(f.box, f.verdict, str(i)) for i, f in enumerate(result.faces, 1)]
        self.canvas.set_photo(self._images.get(path), result.width, result.height, boxes)
        colour = verdict_text_colour(result.verdict).name()
        head = self.verdict_names.get(result.verdict, result.verdict)
        count = self.tr("faces found: {0}").format(len(result.faces))
        self.verdict_label.setText(
            f"<span style='font-size:15pt; color:{colour}'><b>{escape(head)}</b></span> — {escape(count)}<br/>"
            f"{escape(summary)}")
        self.faces.set_rows(list(result.faces))
        self._show_reasons(-1)
        for line in (self._reveal_lines(result) or [self.tr("Nothing: this file carries no place, time, device or "
                                                             "owner information.")]):
            self.reveals.addItem(line)
        self._load_protect_boxes()
        self._update_buttons()
        self._say(f"{name}{'：' if lang == 'zh' else ': '}{summary}")

    def _reveal_lines(self, result) -> list[str]:
        from faceledger.photos.reveals import reveal_lines

        return [shown(line) for line in reveal_lines(result.reveals, self.ctx.lang)]

    def _show_reasons(self, selected: int) -> None:
        result = self.results.get(self.current) if self.current else None
        if result is None or not result.ok:
            self.reasons.clear()
            return
        if not result.faces:
            self.reasons.setHtml("<p>" + escape(shown(result.summary(self.ctx.lang))) + "</p>")
            return
        parts = []
        pal = self.palette()
        for i, f in enumerate(result.faces):
            name = self.verdict_names.get(f.verdict, f.verdict)
            colour = verdict_text_colour(f.verdict).name()
            style = ""
            if i == selected:  # the palette's own selection colours: readable in light and dark
                style = (f" style='background:{pal.color(QPalette.ColorRole.Highlight).name()}; "
                         f"color:{pal.color(QPalette.ColorRole.HighlightedText).name()}'")
                colour = pal.color(QPalette.ColorRole.HighlightedText).name()
            items = "".join(f"<li>{escape(shown(r.text.get(self.ctx.lang)))}</li>" for r in f.reasons)
            face = self.tr("Face {0}").format(i + 1)
            parts.append(f"<div{style}><b>{escape(face)}: "
                         f"<span style='color:{colour}'>{escape(name)}</span></b><ul>{items}</ul></div>")
        self.reasons.setHtml("".join(parts))

    def _canvas_selected(self, index: int) -> None:
        if index >= 0:
            self.face_view.selectRow(index)
        self._show_reasons(index)

    def _face_selected(self, row: int) -> None:
        if row >= 0 and self.canvas.selected != row:
            self.canvas.selected = row
            self.canvas.update()
        self._show_reasons(row)

    def _ask_open(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open photos"), "",
                                                self.tr("Photos ({0});;All files (*)").format(PHOTO_FILTER_EXTS))
        if paths:
            self.open_paths(paths)

    def _empty_scan(self) -> None:
        self.tabs.setCurrentIndex(2)
        self._ask_scan()

    # drag and drop: files are checked, a folder is scanned
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        accept_if(event, bool(local_paths(event)))

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = local_paths(event)
        if not accept_if(event, bool(paths)):
            return
        folders = [p for p in paths if Path(p).is_dir()]
        files = [p for p in paths if not Path(p).is_dir()]
        if files:
            self.tabs.setCurrentIndex(0)
            self.open_paths(files)
        if folders:
            self.tabs.setCurrentIndex(2)
            if self.scanning:
                self._say(self.tr("A folder scan is already running; drop the folder again when it ends."), True)
            else:
                self.scan(folders[0])

    # ------------------------------------------------------------------ protect
    def _load_protect_boxes(self) -> None:
        result = self.results.get(self.current) if self.current else None
        self.after_canvas.set_photo(None, 1, 1, [])
        self.after_canvas.placeholder = self.tr("The protected copy appears here after it is saved.")
        self.protect_report.clear()
        self._removed = []
        if result is None or not result.ok:
            self.before_canvas.set_photo(None, 1, 1, [])
            self._update_buttons()
            return
        boxes = [CanvasBox(f.box, "high", str(i)) for i, f in enumerate(result.faces, 1)]
        self.before_canvas.set_photo(self._images.get(self.current), result.width, result.height, boxes)
        self._update_buttons()

    def _box_removed(self, box: CanvasBox) -> None:
        if box.kind != "user":
            self._removed.append(tuple(int(v) for v in box.box))  # type: ignore[arg-type]

    def _add_box(self) -> None:
        fw, fh = self.before_canvas.full_size
        side = max(8, min(fw, fh) // 5)
        self.before_canvas.add_box(((fw - side) // 2, (fh - side) // 2, side, side))
        self.before_canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_box(self) -> None:
        self.before_canvas.remove_selected()
        self._update_buttons()

    def protect_boxes(self) -> tuple[list, list, list]:
        """(detected boxes the user kept, boxes the user drew or moved, detected boxes the user removed)."""
        kept = [tuple(int(v) for v in b.box) for b in self.before_canvas.boxes if b.kind != "user"]
        drawn = [tuple(int(v) for v in b.box) for b in self.before_canvas.boxes if b.kind == "user"]
        return kept, drawn, list(self._removed)

    def protect_to(self, out: str, method: str | None = None) -> Worker | None:
        """Write a protected copy of the current photo to ``out`` (in a worker); the result shows when done."""
        if self._worker is not None or not self.current:
            return None
        result = self.results.get(self.current)
        if result is None or not result.ok:
            return None
        if method:
            self.method.setCurrentIndex(self.method.findData(method))
        method = self.method.currentData()
        kept, drawn, removed = self.protect_boxes()
        worker = Worker(protect_for_display, self.current, out, method, kept, drawn, removed, self.ctx.lang,
                        progress=True)
        self.protect_report.clear()
        self.after_canvas.set_photo(None, 1, 1, [])
        self.after_canvas.placeholder = self.tr("Protecting…")
        self._start(self.tr("Covering faces and checking the result…"), worker, self._protected)
        return worker

    def _protected(self, res: dict[str, Any]) -> None:
        self.last_protect = res
        rep = res.get("report")
        err = self._error_css()
        if not res["ok"]:
            self.after_canvas.placeholder = self.tr("Not protected: no file was written.")
            lines = [f"<h3 style='color:{err}'>{escape(self.tr('Not protected: no file was written.'))}</h3>"]
            if rep is not None and rep.faces_after:
                lines.append(f"<p style='color:{err}'><b>" + escape(
                    self.tr("After {0} rounds of covering, %n face(s) could still be detected; they are marked "
                            "with ! on the photo. Draw a box over each of them (or select it and make it larger), "
                            "or choose Solid fill as the method, and protect again.", "", rep.faces_after).format(
                        rep.rounds)) + "</b></p>")
                self.before_canvas.set_boxes(self.before_canvas.boxes + [
                    CanvasBox(tuple(b), "user", "!") for b in rep.still_found])
            elif res.get("error"):
                lines.append(f"<p>{escape(shown(res['error']))}</p>")
            self.protect_report.setHtml("".join(lines))
            self._say(self.tr("The photo was not protected."), True)
            self.after_canvas.update()
            return
        img = qimage_from_rgb(res["rgb"])
        covered = [CanvasBox(c.box, "covered") for c in rep.covered]
        self.after_canvas.set_photo(img, res["width"], res["height"], covered)
        self.protect_report.setHtml(self._protect_html(rep))
        self._say(self.tr("Protected copy saved: {0}").format(display_path(rep.output)))

    def _protect_html(self, rep) -> str:
        sources = {"yunet": self.tr("found by the detectors"), "mediapipe": self.tr("found by the detectors"),
                   "haar": self.tr("found by the third detector"), "reviewed": self.tr("detected, kept by you"),
                   "user": self.tr("drawn by you"), "recheck": self.tr("found again in the result")}
        methods = {"blur": self.tr("blurred"), "pixelate": self.tr("pixelated"), "fill": self.tr("filled")}
        meta = {"exif": self.tr("EXIF (camera data)"), "gps": self.tr("GPS position"),
                "thumbnail": self.tr("embedded thumbnail"), "xmp": self.tr("XMP"), "iptc": self.tr("IPTC"),
                "icc_profile": self.tr("colour profile"), "comment": self.tr("comment"),
                "text": self.tr("text fields")}
        saved = self.tr("Saved to {0}").format(display_path(rep.output))
        checked = self.tr("Checked again with the detectors (YuNet and MediaPipe at two sizes, and Haar): no face "
                          "was found in the protected copy (%n round(s)). Detection can miss faces: look at the "
                          "result yourself before you share it.", "", rep.rounds)
        out = [f"<p><b>{escape(saved)}</b><br/>{escape(checked)}</p>"]
        removed = ", ".join(meta.get(k, k) for k in rep.metadata_removed) or self.tr("none was present")
        out.append("<p>" + escape(self.tr("Metadata removed: {0}").format(removed)) + "</p>")
        if rep.metadata_left:
            out.append(f"<p style='color:{self._error_css()}'><b>" + escape(
                self.tr("Metadata still present: {0}").format(", ".join(rep.metadata_left))) + "</b></p>")
        out.append("<p>" + escape(self.tr("Covered regions:")) + "</p><ul>")
        for i, c in enumerate(rep.covered, 1):
            x, y, w, h = c.box
            line = self.tr("Region {0} ({1}): {2}, {3}×{4} px at {5}, {6}").format(
                i, sources.get(c.source, c.source), methods.get(c.method, c.method), w, h, x, y)
            if c.method != rep.method:
                line += " " + self.tr("(strengthened: a face was still found under the first cover)")
            out.append(f"<li>{escape(line)}</li>")
        out.append("</ul>")
        return "".join(out)

    def _ask_protect(self) -> None:
        if not self.current:
            return
        src = Path(self.current)
        suffix = src.suffix.lower() if src.suffix.lower() in (".jpg", ".jpeg", ".png", ".webp") else ".jpg"
        default = src.with_name(f"{src.stem}-protected{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the protected copy"), str(default),
                                              self.tr("JPEG (*.jpg);;PNG (*.png);;WebP (*.webp)"))
        if path:
            if not Path(path).suffix:
                path += ".jpg"
            self.protect_to(path)

    # ------------------------------------------------------------------ folder scan
    def _scan_busy(self, on: bool) -> None:
        self.scan_progress.setVisible(on)
        self.scan_cancel_btn.setVisible(on)
        self.scan_cancel_btn.setEnabled(on)
        self.scan_btn.setEnabled(not on)
        self.scan_btn.setToolTip(self.tr("A scan or a protection of the flagged photos is running.") if on else "")
        self._update_buttons()

    def scan(self, folder: str, workers: int | None = None) -> Worker | None:
        """Check every photo under ``folder`` (worker processes on all cores); rows appear as they finish."""
        from faceledger.photos.scan import scan_folder

        if self.scanning:
            return None
        self.scan_report = None
        self.scan_rows.set_rows([])
        self.scan_summary.clear()
        self.scan_folder_label.setText(display_path(folder))
        self.scan_folder_label.setToolTip(display_path(folder))
        rows = self._rows

        def fn(progress, cancelled):
            return scan_folder(folder, lang=self.ctx.lang, workers=workers, progress=progress, cancelled=cancelled,
                               on_result=rows.row.emit)

        return self._start_background("_scan_worker", Worker(fn, progress=True, cancellable=True), self._scanned)

    def _start_background(self, attr: str, worker: Worker, on_success) -> Worker:
        """Start a scan-tab job (the folder scan, or protecting the flagged photos) with the tab's progress
        bar and Cancel; ``attr`` holds it while it runs."""
        setattr(self, attr, worker)
        worker.signals.progress.connect(self.scan_progress.setValue)
        worker.signals.success.connect(on_success)
        worker.signals.error.connect(lambda err: self._say(shown(error_text(err, self.ctx.lang)), True))
        worker.signals.finished.connect(lambda: self._background_finished(attr))
        self.scan_progress.setValue(0)
        self._scan_busy(True)
        self.ctx.pool.start(worker)
        return worker

    def _background_finished(self, attr: str) -> None:
        setattr(self, attr, None)
        self._scan_busy(False)

    def cancel_scan(self) -> None:
        for w in (self._scan_worker, self._batch_worker):
            if w is not None:
                w.cancel()
                self.scan_cancel_btn.setEnabled(False)
                self.scan_summary.setText(self.tr("Cancelling: waiting for the photos being checked…"))

    def _scan_row(self, row: dict) -> None:
        n = len(self.scan_rows.rows)
        self.scan_rows.beginInsertRows(QModelIndex(), n, n)
        self.scan_rows.rows.append(row)
        self.scan_rows.endInsertRows()

    def _scanned(self, report) -> None:
        self.scan_report = report
        self.scan_rows.set_rows(list(report.results))
        c = report.counts()
        text = self.tr("{0} of %n photo(s) checked in {1:.1f} s. Easy to match: {2}; matchable: {3}; "
                       "harder to match today: {4}; no face: {5}; cannot read: {6}; other files skipped: {7}.", "",
                       report.total) \
            .format(len(report.results), report.seconds, c["high"], c["medium"], c["low"], c["none"], c["error"],
                    len(report.skipped))
        if report.cancelled:
            text = self.tr("Cancelled.") + " " + text
        self.scan_summary.setText(text)
        self.ctx.status.emit(text)

    def _ask_scan(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of photos"))
        if folder:
            self.scan(folder)

    def _open_scan_row(self, index: QModelIndex) -> None:
        r = self.scan_proxy.row_dict(index)
        self.tabs.setCurrentIndex(0)
        self.open_paths([r.get("fs_path", r["path"])])

    def _flagged_paths(self) -> list[str]:
        return [r.get("fs_path", r["path"]) for r in self.scan_rows.rows if ScanTableModel.kind(r) in ("high", "medium")]

    def protect_flagged(self, folder: str) -> Worker | None:
        """Protect every photo the scan judged easy to match or matchable into ``folder`` (a worker)."""
        from faceledger.photos.protect import protect_many

        paths = self._flagged_paths()
        if not paths or self.scanning:
            return None
        method = self.method.currentData()
        worker = Worker(lambda progress, cancelled: protect_many(paths, folder, method, progress=progress,
                                                                 cancelled=cancelled),
                        progress=True, cancellable=True)
        self.scan_summary.setText(self.tr("Protecting %n photo(s)…", "", len(paths)))
        return self._start_background("_batch_worker", worker, lambda items: self._batch_done(items, len(paths)))

    def _batch_done(self, items: list, total: int) -> None:
        self.last_batch = items
        done = [i for i in items if i.ok]
        failed = [i for i in items if not i.ok]
        text = self.tr("Protected copies written: {0} of {1}.").format(len(done), total)
        if failed:
            text += " " + self.tr("Not protected: {0}").format("; ".join(
                f"{display_path(Path(i.path).name)} ({shown(i.message.get(self.ctx.lang)) if i.message else ''})"
                for i in failed))
        if len(items) < total:
            text = self.tr("Cancelled.") + " " + text
        self.scan_summary.setText(text)
        self._say(text, bool(failed))

    def _ask_protect_flagged(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the protected copies"))
        if folder:
            self.protect_flagged(folder)

    def save_scan_report(self, target: str) -> tuple[Path, Path] | None:
        from faceledger.errors import FaceLedgerError
        from faceledger.photos.scan import write_reports

        if self.scan_report is None:
            return None
        try:
            paths = write_reports(self.scan_report, target)
        except FaceLedgerError as err:
            self._say(shown(err.full_in(self.ctx.lang)), True)
            return None
        self._say(self.tr("Report saved: {0} and {1}").format(display_path(paths[0]), display_path(paths[1])))
        return paths

    def _ask_save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the scan report"),
                                              str(Path.home() / "photo-scan-report.json"),
                                              self.tr("JSON and CSV (*.json)"))
        if path:
            self.save_scan_report(path)
