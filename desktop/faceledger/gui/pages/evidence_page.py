"""The Evidence page: cases, the timeline of a case, adding entries with exhibits, timestamps, export,
and "verify a bundle", which anyone can use on a bundle they received (no vault needed).

All long work (hashing exhibits, asking a TSA, writing or checking a bundle) runs in a Worker with a
progress bar and a cancel button; results and errors show on the page, never as a frozen window.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QListView, QProgressBar, QPushButton, QSplitter, QStackedWidget, QTableView,
                               QTextBrowser, QVBoxLayout, QWidget)

from faceledger.errors import FaceLedgerError
from faceledger.evidence.model import CAPTURE_METHODS, ENTRY_KINDS, Case, Entry, NewEntry
from faceledger.gui.context import AppContext
from faceledger.gui.dnd import accept_if, local_paths
from faceledger.gui.fit import FlowLayout, wrapping
from faceledger.gui.i18n import shown
from faceledger.gui.pages.evidence_dialogs import EntryDialog, ExportDialog, NewCaseDialog, StampDialog
from faceledger.gui.pages.evidence_models import CaseListModel, EntryTableModel, WrappedNameDelegate, display_time
from faceledger.gui.pages.evidence_style import color, style
from faceledger.gui.threads import Cancelled, Worker, error_text
from faceledger.safetext import clip, for_terminal

TSA_SETTING = "evidence.tsa_url"
TSA_CA_SETTING = "evidence.tsa_ca_file"
REPORT_LANG_SETTING = "evidence.report_lang"
STATUS_CHARS = 90  # the status bar gets a short line; the page's own message shows everything


class EvidencePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._worker: Worker | None = None
        self._on_success: Any = None
        self.last_result: Any = None
        self.last_error: str | None = None
        self.case: Case | None = None

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Evidence") + "</h2>"))
        top.addStretch(1)
        self.verify_btn = QPushButton(self.tr("Verify a bundle…"))
        self.verify_btn.setToolTip(self.tr("Check a bundle you received: no vault and no network needed"))
        self.verify_btn.setAccessibleName(self.tr("Verify a bundle"))
        self.verify_btn.clicked.connect(self._ask_verify)
        top.addWidget(self.verify_btn)
        lay.addLayout(top)

        self.no_vault = QLabel(self.tr("Open a vault to keep an evidence log. You can verify a bundle without one."))
        wrapping(self.no_vault)
        lay.addWidget(self.no_vault)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Cases")))
        self.cases = CaseListModel(self)
        self.case_view = QListView()
        self.case_view.setModel(self.cases)
        self.case_view.setAccessibleName(self.tr("Cases"))
        self.case_view.setWordWrap(True)  # a case's full name, on as many lines as it needs
        self.case_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.case_view.setSpacing(2)
        self.case_view.setItemDelegate(WrappedNameDelegate(self.case_view))
        self.case_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.case_view.selectionModel().currentChanged.connect(self._case_selected)
        ll.addWidget(self.case_view)
        self.new_case_btn = QPushButton(self.tr("New case…"))
        self.new_case_btn.setAccessibleName(self.tr("New case"))
        self.new_case_btn.clicked.connect(lambda _checked=False: self._ask_new_case())
        ll.addWidget(self.new_case_btn)
        split.addWidget(left)

        self.right = QStackedWidget()
        self.empty = QWidget()
        el = QVBoxLayout(self.empty)
        el.addStretch(1)
        self.empty_text = QLabel(self._intro_html())
        wrapping(self.empty_text)
        self.empty_text.setAccessibleName(self.tr("What a case is"))
        el.addWidget(self.empty_text)
        self.empty_new_btn = QPushButton(self.tr("Open your first case…"))
        self.empty_new_btn.setAccessibleName(self.tr("Open your first case"))
        self.empty_new_btn.setDefault(True)
        self.empty_new_btn.setAutoDefault(True)
        self.empty_new_btn.setMinimumHeight(36)
        self.empty_new_btn.clicked.connect(lambda _checked=False: self._ask_new_case())
        el.addWidget(self.empty_new_btn, 0, Qt.AlignmentFlag.AlignLeft)
        el.addStretch(2)
        self.right.addWidget(self.empty)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        actions = FlowLayout()  # wraps in a narrow window or a longer language
        self.add_btn = QPushButton(self.tr("Add entry…"))
        # clicked(bool) would fill the first parameter of a slot with False: wrap it
        self.add_btn.clicked.connect(lambda _checked=False: self._ask_add())
        self.correct_btn = QPushButton(self.tr("Correct…"))
        self.correct_btn.clicked.connect(lambda _checked=False: self._ask_correct())
        self.ledger_btn = QPushButton(self.tr("From the ledger…"))
        self.ledger_btn.setToolTip(self.tr("Add a letter you sent (and its reply) from the ledger, in one step"))
        self.ledger_btn.clicked.connect(self._ask_from_ledger)
        self.stamp_btn = QPushButton(self.tr("Timestamp…"))
        self.stamp_btn.clicked.connect(self._ask_stamp)
        self.export_btn = QPushButton(self.tr("Export bundle…"))
        self.export_btn.clicked.connect(self._ask_export)
        for b, name in ((self.add_btn, self.tr("Add entry")), (self.ledger_btn, self.tr("From the ledger")),
                        (self.correct_btn, self.tr("Correct the selected entry")),
                        (self.stamp_btn, self.tr("Timestamp")), (self.export_btn, self.tr("Export bundle"))):
            b.setAccessibleName(name)
            actions.addWidget(b)
        rl.addLayout(actions)
        self.entries = EntryTableModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.entries)
        self.table.setAccessibleName(self.tr("Entries of the case"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._entry_selected)
        rl.addWidget(self.table, 3)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Details"))
        rl.addWidget(self.detail, 2)
        self.right.addWidget(right)
        split.addWidget(self.right)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 680])
        lay.addWidget(split, 1)

        busy = QHBoxLayout()
        self.busy_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.cancel_btn = QPushButton(self.tr("Cancel"))
        self.cancel_btn.setAccessibleName(self.tr("Cancel the running task"))
        self.cancel_btn.clicked.connect(self._cancel)
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_btn)
        lay.addLayout(busy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.message)
        self._set_busy(None)

        self.entry_dialog: EntryDialog | None = None
        self._last_folder = ""  # where the last bundle was written or checked: "verify" opens there
        self.setAcceptDrops(True)
        ctx.vault_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ state
    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _set_busy(self, label: str | None) -> None:
        on = label is not None
        for w in (self.busy_label, self.progress, self.cancel_btn):
            w.setVisible(on)
        self.busy_label.setText(label or "")
        self.progress.setValue(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_vault = self.ctx.vault is not None
        free = self._worker is None
        has_case = has_vault and self.case is not None
        has_entries = has_case and self.entries.rowCount() > 0
        self.no_vault.setVisible(not has_vault)
        self.right.setCurrentWidget(self.empty if has_vault and not self.cases.cases else self.right.widget(1))
        self.empty_new_btn.setEnabled(has_vault and free)
        self.case_view.setEnabled(has_vault)
        self.new_case_btn.setEnabled(has_vault and free)
        self.add_btn.setEnabled(has_case and free)
        self.ledger_btn.setEnabled(has_case and free)
        self.correct_btn.setEnabled(has_entries and free and self.table.currentIndex().isValid())
        self.stamp_btn.setEnabled(has_entries and free)
        self.export_btn.setEnabled(has_entries and free)
        self.verify_btn.setEnabled(free)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(style(self, "error" if error else None))
        self.message.setText(text)
        self.ctx.status.emit(clip(text.splitlines()[0], STATUS_CHARS) if text else "")

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        from faceledger.evidence import store

        vault = self.ctx.vault
        keep = self.case.uid if self.case else None
        if vault is None:
            self.cases.set_cases([])
            self.case = None
            self.entries.set_entries([])
            self.detail.clear()
            self._update_buttons()
            return
        try:
            self.cases.set_cases(store.list_cases(vault))
        except FaceLedgerError as err:
            self._say(shown(err.full_in(self.ctx.lang)), True)
            return
        row = self.cases.row_of(keep) if keep else (0 if self.cases.cases else -1)
        if row >= 0:
            self.case_view.setCurrentIndex(self.cases.index(row))
            self.select_case(self.cases.cases[row].uid)
        else:
            self.case = None
            self.entries.set_entries([])
            self.detail.clear()
        self._update_buttons()

    def _intro_html(self) -> str:
        """What a case is and how to start one, shown while the vault has none."""
        return "<p><b>{}</b></p><p>{}</p><p>{}</p>".format(
            self.tr("No cases yet."),
            self.tr("A case (案件) is the record of one dispute: what was agreed, what changed, what you asked "
                    "and what was refused, each with its date and its exhibits (photos, receipts, letters)."),
            self.tr("Entries cannot be edited or deleted afterwards: a mistake is fixed with a correction that "
                    "points to it, and the exported bundle lets anyone check that nothing was changed."))

    def select_case(self, uid: str) -> None:
        from faceledger.evidence import store

        if self.ctx.vault is None:
            return
        self.case = store.get_case(self.ctx.vault, uid)
        self.entries.set_entries(store.list_entries(self.ctx.vault, self.case))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._show_case_summary()
        self._update_buttons()

    def _case_selected(self, current, _previous=None) -> None:
        if current.isValid():
            uid = current.data(Qt.ItemDataRole.UserRole)
            if not self.case or self.case.uid != uid:
                self.select_case(uid)

    def _show_case_summary(self) -> None:
        c = self.case
        if c is None:
            return
        queued = self.ctx.vault.query("SELECT count(*) FROM ev_stamp_queue WHERE case_id = ? AND state = 'pending'",
                                      (c.id,))[0][0]
        rows = [(self.tr("Case id"), f"<tt>{c.uid}</tt>"), (self.tr("Time zone"), escape(c.timezone)),
                (self.tr("Entries"), str(c.entry_count)), (self.tr("Chain head"), f"<tt>{c.head_hash or '—'}</tt>"),
                (self.tr("Signing key"), f"<tt>{c.key_fingerprint}</tt>")]
        html = f"<h3>{escape(c.name)}</h3><p>{escape(c.description or '')}</p><table>" + \
            "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        if queued:
            html += "<p><b>" + self.tr("%n timestamp request(s) queued; use Timestamp… to retry.", "", queued) \
                + "</b></p>"
        self.detail.setHtml(html)

    def _entry_selected(self, current, _previous=None) -> None:
        self._update_buttons()
        if not current.isValid():
            return
        self.show_entry(self.entries.entries[current.row()])

    def show_entry(self, e: Entry) -> None:
        lang = self.ctx.lang
        kind = shown(ENTRY_KINDS[e.kind].get(lang)) if e.kind in ENTRY_KINDS else e.kind
        rows = [(self.tr("Occurred"), f"{display_time(e.occurred_at)} ({e.timezone})"), (self.tr("Kind"), kind),
                (self.tr("Source"), e.source or ""), (self.tr("Recorded (UTC)"), display_time(e.recorded_at)),
                (self.tr("Previous hash"), f"<tt>{e.prev_hash}</tt>"), (self.tr("Hash"), f"<tt>{e.hash}</tt>")]
        if e.corrects_seq:
            rows.insert(0, (self.tr("Corrects"), self.tr("entry {0}").format(e.corrects_seq)))
        later = self.entries.corrected_by.get(e.seq)
        if later:
            rows.insert(0, (self.tr("Corrected by"), self.tr("entry {0} (this entry stays as it was recorded)")
                            .format(", ".join(str(n) for n in later))))
        html = f"<h3>{e.seq}. {escape(e.title)}</h3>"
        if e.description:
            html += f"<p>{escape(e.description)}</p>"
        html += "<table>" + "".join(f"<tr><td>{k}</td><td>{v if '<tt>' in v else escape(v)}</td></tr>"
                                    for k, v in rows) + "</table>"
        if e.exhibits:
            html += "<h4>" + self.tr("Exhibits") + "</h4><ul>"
            for x in e.exhibits:
                method = shown(CAPTURE_METHODS[x.capture_method].get(lang)) if x.capture_method in CAPTURE_METHODS \
                    else (x.capture_method or "")
                bits = ", ".join(escape(b) for b in (method, x.device or "", x.collector or "", x.captured_at or "")
                                 if b)
                size = escape(self.tr("%n byte(s)", "", x.size))
                html += f"<li>{escape(x.filename)} — {size}<br/><tt>{x.sha256}</tt>" + \
                    (f"<br/>{bits}" if bits else "") + "</li>"
            html += "</ul>"
        for t in e.timestamps:
            html += "<p>" + self.tr("Timestamped {0} by {1}").format(escape(t.gen_time), escape(t.tsa_url)) + "</p>"
        self.detail.setHtml(html)

    # ------------------------------------------------------------------ running work
    def _run(self, label: str, fn, *args, on_success=None, cancellable: bool = True, **kwargs) -> Worker | None:
        if self._worker is not None:
            return None
        worker = Worker(fn, *args, progress=True, cancellable=cancellable, **kwargs)
        self._worker = worker
        self._on_success = on_success
        self.last_error = None
        self.cancel_btn.setEnabled(cancellable)
        worker.signals.progress.connect(self.progress.setValue)
        worker.signals.success.connect(self._worker_done)
        worker.signals.error.connect(self._worker_failed)
        worker.signals.finished.connect(self._worker_finished)
        self._set_busy(label)
        self.ctx.pool.start(worker)
        return worker

    def _worker_done(self, result: Any) -> None:
        self.last_result = result
        if self._on_success:
            self._on_success(result)

    def _worker_failed(self, err: BaseException) -> None:
        self.last_error = error_text(err, self.ctx.lang)
        self._say(self.tr("Cancelled; nothing was changed.") if isinstance(err, Cancelled) else self.last_error, True)

    def _worker_finished(self) -> None:
        self._worker = None
        self._set_busy(None)

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.busy_label.setText(self.tr("Cancelling…"))

    # ------------------------------------------------------------------ actions
    def create_case(self, name: str, description: str | None = None, timezone: str | None = None) -> Case | None:
        """Open a case; a refusal (a duplicate name, an unknown time zone) is said on the page."""
        case = self._try_create_case(name, description, timezone)
        if isinstance(case, str):
            self._say(case, True)
            return None
        return case

    def _try_create_case(self, name: str, description: str | None, timezone: str | None) -> Case | str:
        from faceledger.evidence import store

        try:
            case = store.create_case(self.ctx.vault, name, description=description or None, timezone=timezone or None)
        except FaceLedgerError as err:
            return err.full_in(self.ctx.lang)
        self.case = case
        self.refresh()
        self._say(self.tr("Case “{0}” opened.").format(case.name))
        return case

    def _ask_new_case(self) -> None:
        from faceledger.evidence.store import default_timezone

        def create(name: str, description: str, timezone: str) -> str | None:
            result = self._try_create_case(name, description, timezone)
            return result if isinstance(result, str) else None

        dlg = NewCaseDialog(default_timezone(self.ctx.vault), create, self)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.case_dialog = dlg

    def add_entry(self, new: NewEntry) -> Worker | None:
        from faceledger.evidence import store

        def fn(progress, cancelled):
            return store.add_entry(self.ctx.vault, self.case, new, progress=progress, cancelled=cancelled)

        def done(entry: Entry) -> None:
            self.select_case(self.case.uid)
            self.refresh()
            self._say(self.tr("Entry {0} recorded; hash {1}.").format(entry.seq, entry.hash))

        return self._run(self.tr("Hashing and storing exhibits…"), fn, on_success=done)

    def open_entry_dialog(self, files: list[str] | None = None, corrects: Entry | None = None) -> EntryDialog:
        """Open the entry dialog (not blocking); on OK the entry is recorded in a worker."""
        dlg = EntryDialog(self.ctx.lang, self, corrects=corrects.seq if corrects else None,
                          timezone=self.case.timezone if self.case else "")
        if corrects is not None:
            dlg.prefill_correction(corrects)
        if files:
            dlg.files.add_paths(files)
        dlg.accepted.connect(lambda: dlg.result_entry is not None and self.add_entry(dlg.result_entry))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.entry_dialog = dlg
        return dlg

    def _ask_add(self, corrects: Entry | None = None) -> None:
        self.open_entry_dialog(corrects=corrects)

    # files dropped on the page open a new entry with them
    def _dropped_files(self, event) -> list[str]:
        if self.case is None or self._worker is not None:
            return []
        return [p for p in local_paths(event) if Path(p).is_file()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        accept_if(event, bool(self._dropped_files(event)))

    def dropEvent(self, event) -> None:  # noqa: N802
        files = self._dropped_files(event)
        if accept_if(event, bool(files)):
            self.open_entry_dialog(files)

    def _ask_correct(self) -> None:
        idx = self.table.currentIndex()
        if idx.isValid():
            self._ask_add(corrects=self.entries.entries[idx.row()])

    def ledger_requests(self) -> list[tuple[int, str]]:
        """(request id, label) for ledger requests that were sent, newest last."""
        from faceledger.gui.pages.ledger_labels import request_type_labels
        from faceledger.ledger.store import get_holder, list_requests

        out = []
        names: dict[int, str] = {}
        for r in list_requests(self.ctx.vault):
            if not r.date_sent:
                continue
            if r.holder_id not in names:
                h = get_holder(self.ctx.vault, r.holder_id)
                names[r.holder_id] = h.name_zh or h.name_en or f"#{h.id}"
            reply = self.tr(", reply {0}").format(r.reply_date) if r.reply_date else ""
            kind = request_type_labels().get(r.type, r.type)
            out.append((r.id, self.tr("{0}: {1} sent {2}{3}").format(names[r.holder_id], kind, r.date_sent, reply)))
        return out

    def add_from_ledger(self, request_id: int) -> Worker | None:
        from faceledger.evidence.from_ledger import add_request_entries

        vault, case = self.ctx.vault, self.case

        def fn(progress, cancelled=None):  # noqa: ARG001 - small documents
            return add_request_entries(vault, case, request_id)

        def done(entries) -> None:
            self.select_case(case.uid)
            self.refresh()
            self._say(self.tr("Added %n entries from the ledger.", "", len(entries)))

        return self._run(self.tr("Adding from the ledger…"), fn, on_success=done, cancellable=False)

    def _ask_from_ledger(self) -> None:
        try:
            choices = self.ledger_requests()
        except FaceLedgerError as err:
            self._say(shown(err.full_in(self.ctx.lang)), True)
            return
        if not choices:
            self._say(self.tr("The ledger has no sent letters yet."), True)
            return
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(self, self.tr("From the ledger"), self.tr("Letter sent:"), labels, 0, False)
        if ok and label in labels:
            self.add_from_ledger(choices[labels.index(label)][0])

    def stamp(self, url: str, ca_file: str | None = None, all_entries: bool = False) -> Worker | None:
        from faceledger.evidence import stamping

        try:
            url = stamping.check_tsa_url(url)
            ca_pem = stamping.read_ca_file(ca_file) if ca_file else None
        except FaceLedgerError as err:
            self._say(shown(err.full_in(self.ctx.lang)), True)
            return None
        vault = self.ctx.vault
        vault.set_setting(TSA_SETTING, url)
        vault.set_setting(TSA_CA_SETTING, ca_file or "")
        case = self.case

        def fn(progress, cancelled=None):  # noqa: ARG001 - each request is short and has a timeout
            return stamping.stamp_case(vault, case, url, ca_pem=ca_pem, all_entries=all_entries, progress=progress)

        def done(report) -> None:
            self.select_case(case.uid)
            self._say(shown("\n".join(report.lines(self.ctx.lang, gui=True))), report.failed)

        return self._run(self.tr("Asking the timestamp authority…"), fn, on_success=done, cancellable=False)

    def _ask_stamp(self) -> None:
        v = self.ctx.vault
        dlg = StampDialog(v.get_setting(TSA_SETTING, ""), v.get_setting(TSA_CA_SETTING, ""), self)
        dlg.accepted.connect(lambda: self.stamp(dlg.url.text(), dlg.ca_file.text().strip() or None,
                                                bool(dlg.all_entries.currentData())))
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.stamp_dialog = dlg

    def export_bundle(self, path: str, report_lang: str = "zh") -> Worker | None:
        from faceledger.evidence.bundle_export import export_case
        from faceledger.letters.pdf import font_family

        vault, case, lang = self.ctx.vault, self.case, report_lang
        try:
            font_family()  # register the PDF font on the GUI thread before the worker renders
        except FaceLedgerError as err:
            self._say(shown(err.full_in(self.ctx.lang)), True)
            return None

        def fn(progress, cancelled):
            return export_case(vault, case, path, lang=lang, progress=progress, cancelled=cancelled)

        def done(res) -> None:
            self._last_folder = str(Path(res.path).parent)
            self._say(self.tr("Bundle written: {0} ({1} entries, {2} exhibits, {3} timestamps). Chain head {4}.")
                      .format(res.path, res.entries, res.exhibits, res.timestamps, res.head_hash))

        return self._run(self.tr("Writing the bundle…"), fn, on_success=done)

    def _ask_export(self) -> None:
        from faceledger.safetext import file_name_part

        name = f"{file_name_part(self.case.name)}-evidence.zip"
        v = self.ctx.vault
        dlg = ExportDialog(str(Path.home() / name), v.get_setting(REPORT_LANG_SETTING, "zh") or "zh", self)

        def go() -> None:
            lang = dlg.lang.currentData()
            v.set_setting(REPORT_LANG_SETTING, lang)
            self.export_bundle(dlg.path.text().strip(), lang)

        dlg.accepted.connect(go)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.export_dialog = dlg

    def verify_file(self, path: str) -> Worker | None:
        from faceledger.evidence.bundle_verify import verify_bundle

        self._last_folder = str(Path(path).parent)
        def fn(progress, cancelled):
            return verify_bundle(path, progress=progress, cancelled=cancelled)

        def done(result) -> None:
            self.detail.setHtml(self.verify_html(result))
            self._say(self.tr("The bundle is intact.") if result.ok else
                      self.tr("FAILED: {0}").format(for_terminal(result.failure_zh if self.ctx.lang.startswith("zh")
                                                                  else result.failure)), not result.ok)

        return self._run(self.tr("Checking the bundle…"), fn, on_success=done)

    def verify_html(self, result) -> str:
        """The verification as a list: ✓ for each check that held, ✗ for the one that failed, the timestamps,
        a warning when there are none, and the key's fingerprint (computed, not read from the bundle) first and
        last. Every text from the bundle goes through safetext and HTML escaping."""
        zh = self.ctx.lang.startswith("zh")
        ok_c, bad_c, warn_c = color(self, "ok"), color(self, "error"), color(self, "warn")

        def line(mark: str, c: str, text: str) -> str:
            return f"<li><span style='color:{c}'><b>{mark}</b></span> {escape(shown(for_terminal(text)))}</li>"

        key = result.key_line("zh" if zh else "en")
        head = self.tr("The bundle is intact.") if result.ok else self.tr("The bundle does NOT verify.")
        html = f"<h3 style='color:{ok_c if result.ok else bad_c}'>{head}</h3>"
        if key:
            html += f"<p><b>{escape(shown(key))}</b></p>"
        if result.case_name is not None:
            html += "<p>" + escape(self.tr("Case: {0} ({1})").format(for_terminal(result.case_name),
                                                                      for_terminal(result.case_id))) + "</p>"
        html += "<ul style='list-style-type:none'>"
        html += "".join(line("✓", ok_c, p) for p in (result.passed_zh if zh else result.passed))
        if not result.ok:
            html += line("✗", bad_c, (result.failure_zh or result.failure) if zh else result.failure)
        html += "</ul>"
        if result.ok and result.timestamps:
            html += "<p>" + self.tr("Trusted timestamps:") + "</p><ul>"
            for t in result.timestamps:
                html += "<li>" + escape(for_terminal(self.tr("entry {0}: {1} by {2}").format(
                    t["entry"], t["gen_time"], t["tsa"]))) + "</li>"
            html += "</ul>"
        warn = result.no_timestamp_warning("zh" if zh else "en")
        if warn:
            html += f"<p style='color:{warn_c}'><b>{escape(shown(warn))}</b></p>"
        if key:
            html += f"<p><b>{escape(shown(key))}</b></p>"
        return html

    def _ask_verify(self) -> None:
        dlg = QFileDialog(self, self.tr("Verify a bundle"), self._last_folder or str(Path.home()),
                          self.tr("ZIP bundle (*.zip);;All files (*)"))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same dialog everywhere, and testable
        dlg.fileSelected.connect(self.verify_file)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()
        self.verify_dialog = dlg
