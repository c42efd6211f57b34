"""The Ledger page: who holds your face, how they took it, what you asked, and what is overdue."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError
from faceledger.gui.context import AppContext
from faceledger.gui.pages import ledger_labels as L
from faceledger.gui.table_model import Index, RowsTableModel
from faceledger.ledger import store
from faceledger.ledger.store import HolderSummary


class HolderTableModel(RowsTableModel[HolderSummary]):
    """Holders with their numbers: the core's HolderSummary rows."""

    COLUMNS = ("name", "category", "city", "collections", "open", "overdue", "next_due")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [self.tr("Holder"), self.tr("Category"), self.tr("City"), self.tr("Collections"),
                        self.tr("Open requests"), self.tr("Overdue"), self.tr("Next due")]
        self._cats = L.category_labels()

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"name": s.holder.display_name, "category": self._cats.get(s.holder.category, s.holder.category),
                    "city": s.holder.city or "", "collections": s.collections, "open": s.open_requests,
                    "overdue": s.overdue or "", "next_due": s.next_due or ""}[col]
        if role == Qt.ItemDataRole.ForegroundRole and s.overdue and col in ("overdue", "next_due", "name"):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("collections", "open", "overdue"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return s.holder.id
        return None

    def summary(self, row: int) -> HolderSummary:
        return self.row_at(row)


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("<h2>Ledger</h2>"))
        top.addWidget(title)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search holders, cities, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        top.addWidget(self.search)
        self.btn_checklist = QPushButton(self.tr("Find who holds your face…"))
        self.btn_add = QPushButton(self.tr("Add holder"))
        top.addWidget(self.btn_checklist)
        top.addWidget(self.btn_add)
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(self.tr("Import holders from CSV…"), self.import_csv)
        menu.addAction(self.tr("Import a directory file…"), self.import_directory)
        menu.addAction(self.tr("Export a directory file (no personal facts)…"), self.export_directory)
        menu.addAction(self.tr("Export the whole ledger (JSON)…"), self.export_json)
        menu.addAction(self.tr("Import a ledger export (JSON)…"), self.import_json)
        more.setMenu(menu)
        top.addWidget(more)
        lay.addLayout(top)
        self.overdue_banner = QLabel()
        self.overdue_banner.setObjectName("overdueBanner")
        self.overdue_banner.setStyleSheet("background:#fdecea; color:#7a0012; padding:6px; border-radius:4px")
        self.overdue_banner.setWordWrap(True)
        self.overdue_banner.hide()
        lay.addWidget(self.overdue_banner)

        split = QSplitter()
        self.model = HolderTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        for c in range(1, len(HolderTableModel.COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_holder())
        split.addWidget(self.table)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._detail_link)
        rl.addWidget(self.detail, 1)
        btns = QHBoxLayout()
        self.btn_edit = QPushButton(self.tr("Edit"))
        self.btn_coll = QPushButton(self.tr("Add collection"))
        self.btn_req = QPushButton(self.tr("Record request"))
        self.btn_del = QPushButton(self.tr("Delete"))
        for b in (self.btn_edit, self.btn_coll, self.btn_req, self.btn_del):
            btns.addWidget(b)
        rl.addLayout(btns)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 360])
        lay.addWidget(split, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.btn_add.clicked.connect(self.add_holder)
        self.btn_checklist.clicked.connect(self.open_checklist)
        self.btn_edit.clicked.connect(self.edit_holder)
        self.btn_coll.clicked.connect(self.add_collection)
        self.btn_req.clicked.connect(lambda: self.edit_request(None))
        self.btn_del.clicked.connect(self.delete_holder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_detail())
        ctx.ledger_changed.connect(self.refresh)
        ctx.vault_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ data
    @property
    def vault(self):
        return self.ctx.vault

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).holder.id if rows else None

    def refresh(self) -> None:
        keep = self.selected_id()
        enabled = self.vault is not None
        for w in (self.btn_add, self.btn_checklist, self.search):
            w.setEnabled(enabled)
        if not enabled:
            self.model.set_rows([])
            self.empty.setText(self.tr("No vault is open. Create or unlock one to keep your ledger."))
            self.empty.show()
            self.show_detail()
            return
        rows = store.holder_summaries(self.vault, self.search.text().strip() or None)
        self.model.set_rows(rows)
        total = len(store.list_holders(self.vault)) if self.search.text().strip() else len(rows)
        if total == 0:
            self.empty.setText(self.tr("Your ledger is empty. Most people cannot list who holds their face: "
                                       "“Find who holds your face…” walks you through the usual places."))
            self.empty.show()
        elif not rows:
            self.empty.setText(self.tr("No holder matches “{0}”.").format(self.search.text()))
            self.empty.show()
        else:
            self.empty.hide()
        overdue = store.count_overdue(self.vault)
        if overdue:
            self.overdue_banner.setText(self.tr(
                "{0} request(s) are past their reply date. Consider a follow-up letter or a complaint "
                "to the regulator (Letters page).").format(overdue))
            self.overdue_banner.show()
        else:
            self.overdue_banner.hide()
        if keep is not None:
            for r, s in enumerate(rows):
                if s.holder.id == keep:
                    self.table.selectRow(r)
                    break
        self.show_detail()

    def show_detail(self) -> None:
        hid = self.selected_id()
        for b in (self.btn_edit, self.btn_coll, self.btn_req, self.btn_del):
            b.setEnabled(hid is not None)
        if hid is None or self.vault is None:
            hint = self.tr("Select a holder to see its details.")
            self.detail.setHtml(f"<p style='color:#666'>{hint}</p>")
            return
        self.detail.setHtml(self._detail_html(hid))

    def _detail_html(self, hid: int) -> str:
        from html import escape as e

        h = store.get_holder(self.vault, hid)
        colls = store.list_collections(self.vault, hid)
        reqs = store.list_requests(self.vault, holder_id=hid)
        cats, ctxs, places, cons = L.category_labels(), L.context_labels(), L.place_labels(), L.consent_labels()
        facts, yn, states, types = L.fact_labels(), L.yes_no_labels(), L.request_state_labels(), L.request_type_labels()
        out = [f"<h3>{e(h.display_name)}</h3><p>{e(cats.get(h.category, h.category))}"
               + (f" · {e(h.city)}" if h.city else "") + "</p><table cellspacing=2>"]
        for label, val in ((self.tr("E-mail"), h.email), (self.tr("Address"), h.address or h.postal_address),
                           (self.tr("Phone"), h.phone), (self.tr("Web form"), h.web_form),
                           (self.tr("PI officer"), h.pi_officer), (self.tr("Last verified"), h.last_verified),
                           (self.tr("Sources"), "; ".join(h.sources) if h.sources else None),
                           (self.tr("Notes"), h.notes)):
            if val:
                out.append(f"<tr><td style='color:#666'>{e(label)}</td><td>{e(val)}</td></tr>")
        out.append("</table>")
        t_how, t_none = self.tr("How they took your face"), self.tr("No collection recorded yet.")
        t_nodate, t_edit = self.tr("(no date)"), self.tr("edit")
        out.append(f"<h4>{t_how} ({len(colls)})</h4>")
        if not colls:
            out.append(f"<p style='color:#666'>{t_none}</p>")
        for c in colls:
            bits = [ctxs.get(c.context or "", ""), places.get(c.place or "", "")]
            if c.consent:
                bits.append(self.tr("consent: {0}").format(cons[c.consent]))
            known = [f"{facts[f]}: {yn[getattr(c, f)]}" for f in facts if getattr(c, f) is not None]
            out.append(f"<p><b>{e(c.date or t_nodate)}</b> {e(' · '.join(b for b in bits if b))}"
                       f"<br><span style='color:#444'>{e('; '.join(known))}</span> "
                       f"<a href='coll:{c.id}'>{t_edit}</a></p>")
        t_req, t_nothing, t_update = self.tr("Requests"), self.tr("Nothing asked yet."), self.tr("update")
        out.append(f"<h4>{t_req} ({len(reqs)})</h4>")
        if not reqs:
            out.append(f"<p style='color:#666'>{t_nothing}</p>")
        today = date.today()
        for r in reqs:
            st = r.display_state(today)
            colour = "#b00020" if st == "overdue" else "#000"
            due = self.tr(", due {0}").format(r.due_date) if r.due_date else ""
            out.append(f"<p><b>{e(types.get(r.type, r.type))}</b> — <span style='color:{colour}'>"
                       f"{e(states.get(st, st))}</span>{e(due)} <a href='req:{r.id}'>{t_update}</a><br>")
            for ev in store.request_events(self.vault, r.id):
                out.append(f"&nbsp;&nbsp;{e(ev.date)} · {e(states.get(ev.state, ev.state))}"
                           + (f": {e(ev.note)}" if ev.note else "") + "<br>")
            if r.reply_summary:
                out.append(f"&nbsp;&nbsp;<i>{e(r.reply_summary)}</i><br>")
            out.append("</p>")
        return "".join(out)

    def _detail_link(self, url) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind == "coll":
            self.add_collection(int(ident))
        elif kind == "req":
            self.edit_request(int(ident))

    # ------------------------------------------------------------ actions
    def _changed(self) -> None:
        self.ctx.ledger_changed.emit()

    def add_holder(self) -> None:
        from faceledger.gui.pages.ledger_dialogs import HolderDialog

        dlg = HolderDialog(self.vault, None, self)
        if dlg.exec():
            self._changed()
            self._select(dlg.holder.id)

    def _select(self, hid: int) -> None:
        for r, s in enumerate(self.model.rows):
            if s.holder.id == hid:
                self.table.selectRow(r)

    def edit_holder(self) -> None:
        from faceledger.gui.pages.ledger_dialogs import HolderDialog

        hid = self.selected_id()
        if hid is None:
            return
        if HolderDialog(self.vault, store.get_holder(self.vault, hid), self).exec():
            self._changed()

    def delete_holder(self) -> None:
        hid = self.selected_id()
        if hid is None:
            return
        h = store.get_holder(self.vault, hid)
        ok = QMessageBox.question(self, self.tr("Delete holder"),
                                  self.tr("Delete {0} with its collections and requests? This cannot be undone.")
                                  .format(h.display_name))
        if ok == QMessageBox.StandardButton.Yes:
            store.delete_holder(self.vault, hid)
            self._changed()

    def add_collection(self, coll_id: int | None = None) -> None:
        from faceledger.gui.pages.ledger_dialogs import CollectionDialog

        hid = self.selected_id()
        if hid is None:
            return
        coll = store.get_collection(self.vault, coll_id) if coll_id else None
        if CollectionDialog(self.vault, store.get_holder(self.vault, hid), coll, self).exec():
            self._changed()

    def edit_request(self, req_id: int | None) -> None:
        from faceledger.gui.pages.ledger_dialogs import RequestDialog

        hid = self.selected_id()
        if hid is None:
            return
        req = store.get_request(self.vault, req_id) if req_id else None
        if RequestDialog(self.vault, store.get_holder(self.vault, hid), req, self).exec():
            self._changed()

    def open_checklist(self) -> None:
        from faceledger.gui.pages.ledger_checklist import ChecklistDialog

        dlg = ChecklistDialog(self.ctx, self)
        if dlg.exec() and dlg.recorded:
            self._changed()
            self.ctx.status.emit(self.tr("{0} holder(s) added to your ledger.").format(dlg.recorded))

    # ------------------------------------------------------------ files
    def _run_file_action(self, fn, *args) -> Any:
        try:
            return fn(self.vault, *args)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Nothing was changed"), err.full_in(self.ctx.lang))
            return None

    def import_csv(self) -> None:
        from faceledger.ledger.transfer import import_holders_csv

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import holders"), "", self.tr("CSV files (*.csv)"))
        if path and (n := self._run_file_action(import_holders_csv, path)) is not None:
            self._changed()
            self.ctx.status.emit(self.tr("Imported {0} holders.").format(n))

    def import_directory(self) -> None:
        from faceledger.ledger.directory import merge_directory

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a directory"), "",
                                              self.tr("Directory files (*.json)"))
        if path and (rep := self._run_file_action(merge_directory, path)) is not None:
            self._changed()
            msg = self.tr("{0} added, {1} completed, {2} unchanged, {3} conflict(s).").format(
                len(rep.added), len(rep.updated), len(rep.unchanged), len(rep.conflicts))
            if rep.conflicts:
                msg += "\n\n" + "\n".join(str(c) for c in rep.conflicts[:30])
            QMessageBox.information(self, self.tr("Directory imported"), msg)

    def export_directory(self) -> None:
        from faceledger.ledger.directory import export_directory

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a directory"), "directory.json",
                                              self.tr("Directory files (*.json)"))
        if path and (n := self._run_file_action(export_directory, path)) is not None:
            self.ctx.status.emit(self.tr("Wrote {0} holders to {1}.").format(n, path))

    def export_json(self) -> None:
        from faceledger.ledger.transfer import export_json

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"), "faceledger-export.json",
                                              self.tr("JSON files (*.json)"))
        if path and self._run_file_action(export_json, path) is not None:
            QMessageBox.information(self, self.tr("Exported"),
                                    self.tr("The export file is not encrypted. Keep it somewhere safe."))

    def import_json(self) -> None:
        from faceledger.ledger.transfer import import_json

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a ledger export"), "",
                                              self.tr("JSON files (*.json)"))
        if path and (rep := self._run_file_action(import_json, path)) is not None:
            self._changed()
            self.ctx.status.emit(rep.summary())
