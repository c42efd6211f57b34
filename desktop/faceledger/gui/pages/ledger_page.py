"""The Ledger page: who holds your face, how they took it, what you asked, and what is overdue."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QKeySequence
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
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError
from faceledger.gui.buttons import make_primary, set_enabled_why
from faceledger.gui.colour_roles import Role, banner_css, css, qcolor
from faceledger.gui.context import AppContext
from faceledger.gui.i18n import shown
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
        if role == Qt.ItemDataRole.ToolTipRole and col in ("name", "category"):
            return self.data(index)  # whole, where the column is too narrow for it
        if role == Qt.ItemDataRole.ForegroundRole and s.overdue and col in ("overdue", "next_due", "name"):
            return QBrush(qcolor(Role.ERROR))
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
        title = QLabel("<h2>" + self.tr("Ledger") + "</h2>")
        top.addWidget(title)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search holders, cities, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setAccessibleName(self.tr("Search holders"))
        top.addWidget(self.search)
        self.btn_checklist = QPushButton(self.tr("Find who holds your face…"))
        self.btn_add = QPushButton(self.tr("Add holder…"))
        top.addWidget(self.btn_checklist)
        top.addWidget(self.btn_add)
        # a push button with a menu draws its arrow beside the text (a tool button's overlapped it)
        more = QPushButton(self.tr("More"))
        self.btn_more = more
        menu = QMenu(more)
        menu.addAction(self.tr("Import holders from CSV…"), self.import_csv)
        menu.addAction(self.tr("Import a directory file…"), self.import_directory)
        menu.addAction(self.tr("Export a directory file (no personal facts)…"), self.export_directory)
        menu.addAction(self.tr("Export the whole ledger (JSON)…"), self.export_json)
        menu.addAction(self.tr("Import a ledger export (JSON)…"), self.import_json)
        more.setMenu(menu)
        top.addWidget(more)
        lay.addLayout(top)
        # the overdue banner is a button: clicking it (or Space on it) opens the letters to write next
        self.overdue_banner = QPushButton()
        self.overdue_banner.setObjectName("overdueBanner")
        self.overdue_banner.setStyleSheet(banner_css(Role.DANGER_BANNER) + "; text-align:left; border:none")
        self.overdue_banner.setCursor(Qt.CursorShape.PointingHandCursor)
        self.overdue_banner.hide()
        self.overdue_banner.clicked.connect(lambda: self.ctx.open_letters_requested.emit(0))
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
        self.table.setTabKeyNavigation(False)   # Tab leaves the table; arrows move between rows
        self.table.setAccessibleName(self.tr("Holders"))
        for c in range(2, len(HolderTableModel.COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # fit_split
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda _i: self.edit_holder())
        self.table.installEventFilter(self)  # Enter opens the holder, Delete deletes it (after asking)
        split.addWidget(self.table)
        self.split = split

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Holder details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._detail_link)
        rl.addWidget(self.detail, 1)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # the table gets the width its columns need (every column in view, the whole holder name), the
        # detail pane the rest; once the user drags the handle, their choice stays
        self._split_moved_by_user = False
        split.splitterMoved.connect(lambda *_: setattr(self, "_split_moved_by_user", True))
        split.installEventFilter(self)
        # the selected holder's actions, in one row under the table and its detail (in the detail pane they
        # made it as wide as five buttons and pushed the table's columns out of view)
        btns = QHBoxLayout()
        btns.setContentsMargins(0, 0, 0, 0)
        self.btn_letter = QPushButton(self.tr("Write a letter…"))
        self.btn_edit = QPushButton(self.tr("Edit…"))
        self.btn_coll = QPushButton(self.tr("Add collection…"))
        self.btn_req = QPushButton(self.tr("Record request…"))
        self.btn_del = QPushButton(self.tr("Delete…"))
        make_primary(self.btn_letter)
        for b in (self.btn_letter, self.btn_coll, self.btn_req, self.btn_edit):
            btns.addWidget(b)
        btns.addStretch(1)
        btns.addWidget(self.btn_del)  # apart from the others: it cannot be undone
        self.holders_box = QWidget()
        hb = QVBoxLayout(self.holders_box)
        hb.setContentsMargins(0, 0, 0, 0)
        hb.addWidget(split, 1)
        hb.addLayout(btns)
        lay.addWidget(self.holders_box, 1)
        # the empty state: one sentence and one primary action where the blank table would be
        self.empty_box = QWidget()
        el = QVBoxLayout(self.empty_box)
        el.addStretch(1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        el.addWidget(self.empty)
        erow = QHBoxLayout()
        erow.addStretch(1)
        self.btn_empty_start = QPushButton(self.tr("Find who holds your face…"))
        make_primary(self.btn_empty_start)
        erow.addWidget(self.btn_empty_start)
        erow.addStretch(1)
        el.addLayout(erow)
        el.addStretch(2)
        lay.addWidget(self.empty_box, 1)
        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.no_match)
        self.btn_empty_start.clicked.connect(self.open_checklist)
        self.btn_letter.clicked.connect(self.write_letter)

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

    DETAIL_MIN_CHARS = 40    # the detail pane keeps room for about this many average characters a line
    CATEGORY_MIN_CHARS = 12  # a long category gives way (elided, whole in its tooltip) before the numbers do

    def _column_widths_needed(self) -> list[int]:
        """Each column's width to show its header and its widest cell."""
        h = self.table.horizontalHeader()
        return [max(h.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in range(h.count())]

    def _table_chrome(self) -> int:
        """The table's width beyond its columns: its frame, and the vertical scroll bar when rows overflow."""
        chrome = 2 * self.table.frameWidth()
        bar = self.table.verticalScrollBar()
        rows_h = self.model.rowCount() * max(1, self.table.verticalHeader().defaultSectionSize())
        if bar.isVisible() or rows_h > self.table.viewport().height():
            chrome += bar.sizeHint().width()
        return chrome

    def fit_split(self) -> None:
        """Give the table what its columns need, the detail pane the rest (never under a readable width); on
        a wide window the two share what is left over. When even that is too narrow, a long category is
        elided first, then the holder's name (the detail pane shows both whole): the numbers stay in view."""
        if self._split_moved_by_user or not self.split.isVisible():
            return
        total = self.split.width() - self.split.handleWidth()
        if total <= 0:
            return
        chars = self.fontMetrics().averageCharWidth()
        detail_min = min(chars * self.DETAIL_MIN_CHARS, total // 2)
        self.split.widget(1).setMinimumWidth(detail_min)
        widths = self._column_widths_needed()
        need = sum(widths) + self._table_chrome()
        table = max(need, total // 2) if total - need >= detail_min else total - detail_min
        over = need - table
        cat_min = max(self.table.horizontalHeader().sectionSizeHint(1), chars * self.CATEGORY_MIN_CHARS)
        self.table.horizontalHeader().resizeSection(1, max(min(widths[1], cat_min), widths[1] - max(0, over)))
        self.split.setSizes([table, total - table])

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is getattr(self, "split", None) and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self.fit_split)
            return False
        if obj is self.table and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_holder()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_holder()
                return True
        return super().eventFilter(obj, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def view_state(self) -> dict:
        """What to bring back after the vault is locked and unlocked: the selected holder and the search."""
        return {"holder": self.selected_id(), "search": self.search.text()}

    def restore_view_state(self, state: dict) -> None:
        self.search.setText(state.get("search") or "")
        self.refresh()
        if state.get("holder") is not None:
            self._select(state["holder"])

    def refresh(self) -> None:
        keep = self.selected_id()
        enabled = self.vault is not None
        why = self.tr("Open or unlock a vault first.")
        for w in (self.btn_add, self.btn_checklist, self.btn_more, self.btn_empty_start):
            set_enabled_why(w, enabled, why)
        self.search.setEnabled(enabled)
        self.no_match.hide()
        if not enabled:
            self.model.set_rows([])
            self.empty.setText(self.tr("No vault is open. Create or unlock one to keep your ledger."))
            self.empty_box.show()
            self.holders_box.hide()
            self.overdue_banner.hide()
            self.show_detail()
            return
        rows = store.holder_summaries(self.vault, self.search.text().strip() or None)
        self.model.set_rows(rows)
        QTimer.singleShot(0, self, self.fit_split)  # the columns' widths follow their content
        total = len(store.list_holders(self.vault)) if self.search.text().strip() else len(rows)
        self.empty_box.setVisible(total == 0)
        self.holders_box.setVisible(total > 0)
        self.btn_checklist.setVisible(total > 0)  # when empty, the empty state's own button is the one
        if total == 0:
            self.empty.setText("<h3>" + self.tr("Your ledger is empty") + "</h3><p>" + self.tr(
                "Most people cannot list who holds their face. A short checklist walks you through the usual "
                "places: face payment, gates, hotels, stations, banks, schools, apps.") + "</p>")
        elif not rows:
            self.no_match.setText(self.tr("No holder matches “{0}”.").format(self.search.text()))
            self.no_match.show()
        overdue = store.count_overdue(self.vault)
        if overdue:
            self.overdue_banner.setText(self.tr(
                "%n request(s) past the reply date. Write the follow-up or complaint now →", "", overdue))
            self.overdue_banner.setAccessibleName(self.overdue_banner.text())
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
        why = self.tr("Select a holder in the table first.")
        for b in (self.btn_letter, self.btn_edit, self.btn_coll, self.btn_req, self.btn_del):
            set_enabled_why(b, hid is not None, why)
        if hid is None or self.vault is None:
            hint = escape(self.tr("Select a holder to see its details."))
            if self.vault is not None and self.model.rowCount():  # what to do next, once there are holders
                hint += "<br>" + escape(self.tr("Then {0} drafts a withdrawal or deletion request to it, and {1} "
                                                "records another time it took your face.").format(
                    self.tr("“{0}”").format(self.btn_letter.text().replace("&", "")),
                    self.tr("“{0}”").format(self.btn_coll.text().replace("&", ""))))
            self.detail.setHtml(f"<p style='color:{css(Role.MUTED)}'>{hint}</p>")
            return
        self.detail.setHtml(self._detail_html(hid))

    def _detail_html(self, hid: int) -> str:
        from html import escape as e

        h = store.get_holder(self.vault, hid)
        colls = store.list_collections(self.vault, hid)
        reqs = store.list_requests(self.vault, holder_id=hid)
        cats, ctxs, places, cons = L.category_labels(), L.context_labels(), L.place_labels(), L.consent_labels()
        facts, yn, states, types = L.fact_labels(), L.yes_no_labels(), L.request_state_labels(), L.request_type_labels()
        muted, late = css(Role.MUTED), css(Role.ERROR)
        out = [f"<h3>{e(h.display_name)}</h3><p>{e(cats.get(h.category, h.category))}"
               + (f" · {e(h.city)}" if h.city else "") + "</p><table cellspacing=2>"]
        for label, val in ((self.tr("E-mail"), h.email), (self.tr("Address"), h.address or h.postal_address),
                           (self.tr("Phone"), h.phone), (self.tr("Web form"), h.web_form),
                           (self.tr("PI officer"), h.pi_officer), (self.tr("Last verified"), h.last_verified),
                           (self.tr("Sources"), "; ".join(h.sources) if h.sources else None),
                           (self.tr("Notes"), h.notes)):
            if val:
                out.append(f"<tr><td style='color:{muted}'>{e(label)}</td><td>{e(val)}</td></tr>")
        out.append("</table>")
        t_how, t_none = self.tr("How they took your face"), self.tr("No collection recorded yet.")
        t_nodate, t_edit, t_delete = self.tr("(no date)"), self.tr("edit"), self.tr("delete")
        t_sep = self.tr("; ")  # between facts: "；" in Chinese (lupdate cannot read a tr() inside an f-string)
        out.append(f"<h4>{e(t_how)} ({len(colls)})</h4>")
        if not colls:
            out.append(f"<p style='color:{muted}'>{e(t_none)}</p>")
        for c in colls:
            bits = [ctxs.get(c.context or "", ""), places.get(c.place or "", "")]
            if c.consent:
                bits.append(self.tr("consent: {0}").format(cons[c.consent]))
            if c.legal_basis_claimed:  # issue 10's facts: what the holder relies on, recognition, whose face
                bits.append(self.tr("relies on: {0}").format(L.legal_basis_labels()[c.legal_basis_claimed]))
            if c.identification:
                bits.append(L.identification_labels()[c.identification])
            if c.acting_for and c.acting_for != "self":
                who = L.acting_for_labels()[c.acting_for]
                bits.append(self.tr("{0}: {1}").format(who, c.subject.name) if c.subject and c.subject.name else who)
            known = [self.tr("{0}: {1}").format(facts[f], yn[getattr(c, f)]) for f in facts
                     if getattr(c, f) is not None]
            out.append(f"<p><b>{e(c.date or t_nodate)}</b> {e(' · '.join(b for b in bits if b))}"
                       f"<br><span style='color:{muted}'>{e(t_sep.join(known))}</span> "
                       f"<a href='coll:{c.id}'>{e(t_edit)}</a> · <a href='delcoll:{c.id}'>{e(t_delete)}</a></p>")
        t_req, t_nothing, t_update = self.tr("Requests"), self.tr("Nothing asked yet."), self.tr("update")
        t_discard = self.tr("discard draft")
        out.append(f"<h4>{e(t_req)} ({len(reqs)})</h4>")
        if not reqs:
            out.append(f"<p style='color:{muted}'>{e(t_nothing)}</p>")
        today = date.today()
        for r in reqs:
            st = r.display_state(today)
            state = e(states.get(st, st))
            if st == "overdue":
                state = f"<span style='color:{late}'>{state}</span>"
            due = self.tr(", due {0}").format(r.due_date) if r.due_date else ""
            remove = (f"<a href='discard:{r.id}'>{e(t_discard)}</a>" if r.state == "draft"
                      else f"<a href='delreq:{r.id}'>{e(t_delete)}</a>")
            out.append(f"<p><b>{e(types.get(r.type, r.type))}</b> — {state}{e(due)} "
                       f"<a href='req:{r.id}'>{e(t_update)}</a> · {remove}<br>")
            for ev in store.request_events(self.vault, r.id):
                what = L.event_text(ev)
                out.append(f"&nbsp;&nbsp;{e(ev.date)} · {e(states.get(ev.state, ev.state))}"
                           + (f": {e(what)}" if what else "") + "<br>")
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
        elif kind == "delcoll":
            self.delete_collection(int(ident))
        elif kind in ("delreq", "discard"):
            self.delete_request(int(ident))

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

    def write_letter(self) -> None:
        hid = self.selected_id()
        if hid is not None:
            self.ctx.open_letters_requested.emit(hid)

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)  # Enter on the question keeps everything
        box.exec()
        return box.clickedButton() is yes

    def delete_holder(self) -> None:
        hid = self.selected_id()
        if hid is None:
            return
        h = store.get_holder(self.vault, hid)
        if self._confirm(self.tr("Delete holder"),
                         self.tr("Delete {0} with its collections, requests and letters? This cannot be undone. "
                                 "Evidence entries keep their own copies.").format(h.display_name)):
            store.delete_holder(self.vault, hid)
            self._changed()

    def delete_collection(self, coll_id: int) -> None:
        c = store.get_collection(self.vault, coll_id)
        if self._confirm(self.tr("Delete collection"),
                         self.tr("Delete the collection of {0}? Requests about it stay, without it.")
                         .format(c.date or self.tr("(no date)"))):
            store.delete_collection(self.vault, coll_id)
            self._changed()

    def delete_request(self, req_id: int) -> None:
        r = store.get_request(self.vault, req_id)
        kind = L.request_type_labels().get(r.type, r.type)
        if r.state == "draft":
            title = self.tr("Discard draft")
            text = self.tr("Discard the draft “{0}” and its letter files? It was never sent.").format(kind)
        else:
            title = self.tr("Delete request")
            text = self.tr("Delete the request “{0}” with its timeline and letter files? This cannot be undone. "
                           "Evidence entries that cite it keep their own copies.").format(kind)
        if self._confirm(title, text):
            store.delete_request(self.vault, req_id)
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
            self.ctx.status.emit(self.tr("%n holder(s) added to your ledger.", "", dlg.recorded))

    # ------------------------------------------------------------ files
    def _run_file_action(self, fn, *args) -> Any:
        if self.vault is None:  # the menu is disabled without a vault; a shortcut must not get past it
            return None
        try:
            return fn(self.vault, *args)
        except FaceLedgerError as err:
            QMessageBox.warning(self, self.tr("Nothing was changed"), shown(err.full_in(self.ctx.lang)))
            return None

    def import_csv(self) -> None:
        from faceledger.ledger.transfer import import_holders_csv

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import holders"), "", self.tr("CSV files (*.csv)"))
        if path and (n := self._run_file_action(import_holders_csv, path)) is not None:
            self._changed()
            self.ctx.status.emit(self.tr("Imported %n holder(s).", "", n))

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
            self.ctx.status.emit(self.tr("Wrote %n holder(s) to {0}.", "", n).format(path))

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
