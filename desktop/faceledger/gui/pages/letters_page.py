"""The Letters page: a three-step wizard from the ledger to a letter that is sent and recorded.

1. Holder and facts: pick the holder and the collection, review the facts, fill in your own details.
2. Law and letter: choose the type and language, see the findings with the article text (quoted only
   where the catalog has it confirmed), set the reply deadline, and for a follow-up or complaint the
   earlier request (and the regulator).
3. Preview and send: the letter as it will print (the PDF writer's own pages, letters_preview.py),
   then export PDF, Word or e-mail, open it in the mail client, add the deadline to a calendar, and
   mark it sent. Each export is recorded as a request on the holder with the file in the vault.

Writing files runs in a Worker; the vault is written on the GUI thread when the worker is done.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError
from faceledger.gui.buttons import make_primary, set_enabled_why
from faceledger.gui.context import AppContext
from faceledger.gui.fit import FlowLayout, compact_combo, wrapping
from faceledger.gui.i18n import shown
from faceledger.gui.pages import ledger_labels as LLB
from faceledger.gui.pages import letters_labels as LL
from faceledger.gui.pages.letters_preview import LetterPreview
from faceledger.gui.threads import Worker, error_text

FILE_FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "eml": "E-mail (*.eml)", "txt": "Text (*.txt)"}


def _write_file(rendered, fmt: str, path: str) -> bytes:
    """Worker body: write the letter and return its bytes (for the vault)."""
    from faceledger.letters.export import write_letter

    # an e-mail carries the letter in its body and, as a lawyer sends it, as a PDF attachment
    out = write_letter(rendered, fmt, path, attach_pdf=fmt == "eml")
    return out.read_bytes()


class LettersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.url_opener = QDesktopServices.openUrl   # replaced in tests
        self.rendered = None                          # the RenderedLetter of the current preview
        self.last_request = None                      # the Request recorded by the last export
        self._worker: Worker | None = None
        self._requests: list = []
        self._standing: tuple = ("self", None)        # the profile's acting_for and subject (kept on save)

        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel("<h2>" + self.tr("Letters") + "</h2>"))
        top.addStretch(1)
        self.batch_btn = QPushButton(self.tr("Letters for many people…"))
        self.batch_btn.setToolTip(self.tr("One letter per row of a CSV file: for advocates writing for many people "
                                          "at once."))
        self.batch_btn.clicked.connect(self.open_batch)
        top.addWidget(self.batch_btn)
        lay.addLayout(top)
        self.no_vault = QLabel(self.tr("Open a vault first: letters are written from your ledger."))
        lay.addWidget(wrapping(self.no_vault))
        self.due_box = QGroupBox(self.tr("Needs a next letter"))
        due_lay = QHBoxLayout(self.due_box)
        self.due_list = QListWidget()
        self.due_list.setAccessibleName(self.tr("Requests that need a next letter"))
        self.due_list.setMaximumHeight(90)
        due_lay.addWidget(self.due_list, 1)
        self.due_btn = QPushButton(self.tr("Write it"))
        due_lay.addWidget(self.due_btn)
        self.due_btn.clicked.connect(lambda: self.start_next_step(self.due_list.currentRow()))
        lay.addWidget(self.due_box)
        self._steps_due: list = []
        body = QHBoxLayout()
        self.steps = QListWidget()
        self.steps.addItems([self.tr("1. Holder and facts"), self.tr("2. Law and letter"),
                             self.tr("3. Preview and send")])
        # as wide as its longest step (a longer language must not cut it), never less than 180 px
        self.steps.setFixedWidth(max(180, self.steps.sizeHintForColumn(0) + 2 * self.steps.frameWidth() + 12))
        self.steps.setAccessibleName(self.tr("Steps"))
        body.addWidget(self.steps)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._step_facts())
        self.stack.addWidget(self._step_law())
        self.stack.addWidget(self._step_preview())
        body.addWidget(self.stack, 1)
        lay.addLayout(body, 1)
        nav = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        nav.addWidget(self.status, 1)
        self.back_btn = QPushButton(self.tr("Back"))
        self.next_btn = QPushButton(self.tr("Next"))
        make_primary(self.next_btn)
        nav.addWidget(self.back_btn)
        nav.addWidget(self.next_btn)
        lay.addLayout(nav)

        self.steps.currentRowChanged.connect(self.go_to)
        self.back_btn.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_btn.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        ctx.vault_changed.connect(self.reload)
        ctx.ledger_changed.connect(self._ledger_changed)
        self.reload()
        self.steps.setCurrentRow(0)

    # ------------------------------------------------------------ step widgets
    def _step_facts(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.holder_box = compact_combo(QComboBox())
        self.collection_box = compact_combo(QComboBox())
        form.addRow(self.tr("Holder"), self.holder_box)
        form.addRow(self.tr("Collection"), self.collection_box)
        v.addLayout(form)
        self.facts_view = QTextBrowser()
        self.facts_view.setAccessibleName(self.tr("Facts from the ledger"))
        v.addWidget(self.facts_view, 1)
        box = QGroupBox(self.tr("Your details"))
        f = QFormLayout(box)
        about = QLabel(self.tr("Printed in the letter; give only what the holder needs to find you."))
        about.setWordWrap(True)
        f.addRow(about)
        self.sender_name = QLineEdit()
        self.sender_email = QLineEdit()
        self.sender_phone = QLineEdit()
        self.sender_address = QLineEdit()
        self.sender_account = QLineEdit()
        self.sender_account.setPlaceholderText(self.tr("member, card or account number the holder knows you by"))
        f.addRow(self.tr("Name"), self.sender_name)
        f.addRow(self.tr("E-mail"), self.sender_email)
        f.addRow(self.tr("Phone"), self.sender_phone)
        f.addRow(self.tr("Postal address"), self.sender_address)
        f.addRow(self.tr("Member / account no."), self.sender_account)
        v.addWidget(box)
        self.holder_box.currentIndexChanged.connect(self._holder_changed)
        self.collection_box.currentIndexChanged.connect(self._show_facts)
        return w

    def _step_law(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        form = QFormLayout()
        self.type_box = compact_combo(QComboBox())
        for key, label in LL.letter_type_labels().items():
            self.type_box.addItem(label, key)
        self.lang_box = compact_combo(QComboBox())
        for key, label in LL.letter_lang_labels().items():
            self.lang_box.addItem(label, key)
        self.days_box = QSpinBox()
        self.days_box.setRange(1, 250)
        self.days_box.setValue(15)
        self.days_box.setSuffix(self.tr(" working days"))
        self.days_box.setToolTip(self.tr("Your own deadline: no statute fixes a number of days (PIPL says 及时, "
                                         "promptly)."))
        self.prior_box = compact_combo(QComboBox())
        self.regulator_name = QLineEdit()
        self.regulator_name.setPlaceholderText(self.tr("e.g. the city's cyberspace administration or market "
                                                       "regulation bureau"))
        self.regulator_email = QLineEdit()
        self.addressee_box = compact_combo(QComboBox())
        self.addressee_box.setAccessibleName(self.tr("Suggested addressee"))
        self.addressee_box.setToolTip(self.tr("Where a complaint can go, in the order the facts suggest. Choosing one "
                                              "fills in the regulator; write the office of your place."))
        self.full_box = QCheckBox(self.tr("Full detail"))
        self.full_box.setAccessibleName(self.tr("Full detail"))
        full_hint = wrapping(QLabel(self.tr("every provision with its text in the letter")), 120)
        full_row = QHBoxLayout()
        full_row.addWidget(self.full_box)
        full_row.addWidget(full_hint, 1)
        self.full_box.setToolTip(self.tr("By default the letter cites the few provisions that matter and puts their "
                                         "texts in an annex, so that its body fits on two pages."))
        form.addRow(self.tr("Letter"), self.type_box)
        form.addRow(self.tr("Language"), self.lang_box)
        form.addRow(self.tr("Reply within"), self.days_box)
        form.addRow(self.tr("Earlier request"), self.prior_box)
        form.addRow(self.tr("Suggested addressee"), self.addressee_box)
        form.addRow(self.tr("Regulator (complaint)"), self.regulator_name)
        form.addRow(self.tr("Regulator e-mail"), self.regulator_email)
        form.addRow("", full_row)
        v.addLayout(form)
        row = QHBoxLayout()
        which = QLabel(self.tr("Which letter fits, and what would change it:"))
        which.setWordWrap(True)
        row.addWidget(which, 1)
        self.suggest_btn = QPushButton(self.tr("Use the suggested letter"))
        self.suggest_btn.setAccessibleName(self.tr("Use the suggested letter"))
        row.addWidget(self.suggest_btn)
        v.addLayout(row)
        self.advice_view = QTextBrowser()
        self.advice_view.setAccessibleName(self.tr("Advice"))
        v.addWidget(self.advice_view, 1)
        v.addWidget(QLabel(self.tr("What the law says about these facts:")))
        self.findings_view = QTextBrowser()
        self.findings_view.setAccessibleName(self.tr("What the law says"))
        v.addWidget(self.findings_view, 1)
        self.type_box.currentIndexChanged.connect(self._type_changed)
        self.addressee_box.activated.connect(self._addressee_chosen)
        self.suggest_btn.clicked.connect(self.use_suggestion)
        self._suggestions: list = []
        return w

    def _step_preview(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setAccessibleName(self.tr("Reference and reply date"))
        v.addWidget(self.deadline_label)
        split = QSplitter()
        self.preview = LetterPreview()
        split.addWidget(self.preview)
        v.addWidget(split, 1)
        # two rows, one primary each: make the letter, then record what happened to it; each wraps when the
        # window is too narrow for its labels (a longer language) instead of forcing the window wider
        row = FlowLayout()
        row.addWidget(QLabel(self.tr("Save or send:")))
        self.pdf_btn = QPushButton(self.tr("Export PDF…"))
        self.docx_btn = QPushButton(self.tr("Export Word…"))
        self.eml_btn = QPushButton(self.tr("Save e-mail…"))
        self.eml_btn.setToolTip(self.tr("An e-mail ready to send: the letter in its text and as a PDF attachment. "
                                        "Open the file with your mail program."))
        self.mail_btn = QPushButton(self.tr("Open in mail client"))
        self.copy_btn = QPushButton(self.tr("Copy text"))
        make_primary(self.pdf_btn)
        for b in (self.pdf_btn, self.docx_btn, self.eml_btn, self.mail_btn, self.copy_btn):
            row.addWidget(b)
        v.addLayout(row)
        row2 = FlowLayout()
        row2.addWidget(QLabel(self.tr("Then:")))
        self.sent_btn = QPushButton(self.tr("Mark as sent…"))
        self.discard_btn = QPushButton(self.tr("Discard draft…"))
        self.ics_btn = QPushButton(self.tr("Add deadline to calendar…"))
        make_primary(self.sent_btn)
        for b in (self.sent_btn, self.discard_btn, self.ics_btn):
            row2.addWidget(b)
        v.addLayout(row2)
        self.recorded_label = QLabel()
        self.recorded_label.setWordWrap(True)
        v.addWidget(self.recorded_label)
        self.pdf_btn.clicked.connect(lambda: self._ask_export("pdf"))
        self.docx_btn.clicked.connect(lambda: self._ask_export("docx"))
        self.eml_btn.clicked.connect(lambda: self._ask_export("eml"))
        self.mail_btn.clicked.connect(self.open_in_mail)
        self.copy_btn.clicked.connect(self.copy_text)
        self.ics_btn.clicked.connect(self._ask_ics)
        self.sent_btn.clicked.connect(self._ask_mark_sent)
        self.discard_btn.clicked.connect(self.discard_draft)
        self._update_record_buttons()
        return w

    def _update_record_buttons(self) -> None:
        req = self.last_request
        why = self.tr("Export the letter or open it in your mail client first: that records the request.")
        set_enabled_why(self.sent_btn, req is not None and req.state == "draft",
                        why if req is None else self.tr("This request is already marked as sent."))
        set_enabled_why(self.discard_btn, req is not None and req.state == "draft",
                        why if req is None else self.tr("A sent request is not a draft: delete it on the Ledger "
                                                        "page if you must."))

    def open_batch(self):
        """Letters for many people: the batch dialog (window-modal), in front of the main window. Its parent is
        the window, not this page, which a lock deletes while the batch may still be stopping."""
        from faceledger.gui.pages.letters_batch_dialog import LettersBatchDialog

        if self.ctx.vault is None:
            return None
        win = self.window()
        dlg = LettersBatchDialog(self.ctx, win)
        lock = getattr(win, "act_lock", None)
        if lock is not None:
            dlg.addAction(lock)  # Ctrl+L locks from the dialog too (a modal dialog keeps the window's keys)
        dlg.open()
        return dlg

    def show_next_letters(self) -> None:
        """Arrived from the overdue banner or the tray: the list of letters to write next, first item chosen."""
        self.go_to(0)
        if self._steps_due:
            self.due_list.setFocus()

    # ------------------------------------------------------------ data
    @property
    def busy(self) -> bool:
        return self._worker is not None

    def reload(self) -> None:
        vault = self.ctx.vault
        self.no_vault.setVisible(vault is None)
        self.stack.setEnabled(vault is not None)
        if vault is None:  # nothing decrypted stays on screen
            for f in (self.sender_name, self.sender_email, self.sender_phone, self.sender_address,
                      self.sender_account):
                f.clear()
            self.rendered = None
            self.last_request = None
            self.preview.clear()
        why = self.tr("Open or unlock a vault first: letters are written from your ledger.")
        set_enabled_why(self.next_btn, vault is not None and self.stack.currentIndex() < 2, why)
        set_enabled_why(self.batch_btn, vault is not None, why)
        self.holder_box.blockSignals(True)
        self.holder_box.clear()
        if vault is not None:
            from faceledger.ledger import store
            from faceledger.letters.record import load_sender

            for h in store.list_holders(vault):
                self.holder_box.addItem(h.display_name, h.id)
            try:
                sender = load_sender(vault)
            except FaceLedgerError:
                sender = None
            if sender is not None:
                self._standing = (sender.acting_for, sender.subject)
                self.sender_name.setText(sender.name or "")
                self.sender_email.setText(sender.email or "")
                self.sender_phone.setText(sender.phone or "")
                self.sender_address.setText(sender.postal_address or "")
                self.sender_account.setText(sender.account_id or "")
        self.holder_box.blockSignals(False)
        self._holder_changed()
        self._show_due()

    def _show_due(self) -> None:
        """Overdue or refused requests, each with the letter to write next (follow-up or complaint)."""
        self.due_list.clear()
        self._steps_due = []
        if self.ctx.vault is not None:
            from faceledger.ledger import store
            from faceledger.letters.record import next_steps

            names = {h.id: h.name_zh for h in store.list_holders(self.ctx.vault)}
            kinds = LL.letter_type_labels()
            self._steps_due = next_steps(self.ctx.vault)
            for st in self._steps_due:
                self.due_list.addItem(self.tr("{0} — {1}: {2}").format(
                    names.get(st.request.holder_id, "?"), kinds[st.letter_type], shown(st.why.get(self.ctx.lang))))
        self.due_box.setVisible(bool(self._steps_due))
        if self._steps_due:
            self.due_list.setCurrentRow(0)

    def start_next_step(self, row: int) -> None:
        """Prepare the suggested follow-up or complaint: holder, type and the earlier request chosen."""
        if not 0 <= row < len(self._steps_due):
            return
        st = self._steps_due[row]
        self.select_holder(st.request.holder_id)
        if st.request.collection_id is not None:
            self.select_collection(st.request.collection_id)
        self.set_type(st.letter_type)
        i = self.prior_box.findData(st.request.id)
        if i >= 0:
            self.prior_box.setCurrentIndex(i)
        self.go_to(1)

    def _ledger_changed(self) -> None:
        hid, cid = self.holder_id(), self.collection_id()
        self.reload()
        if hid is not None:
            self.select_holder(hid)
            if cid is not None:
                self.select_collection(cid)

    def holder_id(self) -> int | None:
        return self.holder_box.currentData()

    def collection_id(self) -> int | None:
        return self.collection_box.currentData()

    def select_holder(self, holder_id: int) -> None:
        i = self.holder_box.findData(holder_id)
        if i >= 0:
            self.holder_box.setCurrentIndex(i)

    def select_collection(self, collection_id: int) -> None:
        i = self.collection_box.findData(collection_id)
        if i >= 0:
            self.collection_box.setCurrentIndex(i)

    def set_type(self, letter_type: str) -> None:
        self.type_box.setCurrentIndex(self.type_box.findData(letter_type))

    def set_lang(self, lang: str) -> None:
        self.lang_box.setCurrentIndex(self.lang_box.findData(lang))

    def _holder_changed(self) -> None:
        self.collection_box.blockSignals(True)
        self.collection_box.clear()
        self.prior_box.clear()
        self._requests = []
        hid = self.holder_id()
        if self.ctx.vault is not None and hid is not None:
            from faceledger.ledger import store

            ctx_labels = LLB.context_labels()
            for c in reversed(store.list_collections(self.ctx.vault, holder_id=hid)):
                label = " · ".join(x for x in (c.date or self.tr("date unknown"),
                                               ctx_labels.get(c.context or "", "")) if x)
                self.collection_box.addItem(label, c.id)
            types, states = LLB.request_type_labels(), LLB.request_state_labels()
            self._requests = list(reversed(store.list_requests(self.ctx.vault, holder_id=hid)))
            self.prior_box.addItem(self.tr("(none)"), None)
            for r in self._requests:
                self.prior_box.addItem(" · ".join(x for x in (types.get(r.type, r.type), r.date_sent or r.created_at[:10],
                                                               r.reference or "", states.get(r.display_state(),
                                                                                              r.state)) if x), r.id)
        self.collection_box.blockSignals(False)
        self._show_facts()
        self._type_changed()

    def _type_changed(self) -> None:
        kind = self.type_box.currentData()
        self.prior_box.setEnabled(kind in ("followup", "complaint"))
        self.regulator_name.setEnabled(kind == "complaint")
        self.regulator_email.setEnabled(kind == "complaint")
        self.addressee_box.setEnabled(kind == "complaint")
        if kind in ("followup", "complaint") and self.prior_box.count() > 1 and self.prior_box.currentIndex() <= 0:
            self.prior_box.setCurrentIndex(1)   # the latest request

    def _show_facts(self) -> None:
        if self.ctx.vault is None or self.holder_id() is None:
            self.facts_view.setHtml(self.tr("<p>Add a holder and how it took your face on the Ledger page first.</p>"))
            return
        from html import escape

        from faceledger.ledger import store

        h = store.get_holder(self.ctx.vault, self.holder_id())
        rows = [(self.tr("Holder"), h.display_name), (self.tr("Category"), LLB.category_labels().get(h.category, h.category)),
                (self.tr("E-mail"), h.email or self.tr("(none: the letter can be printed or sent by post)"))]
        cid = self.collection_id()
        if cid is None:
            rows.append((self.tr("Collection"), self.tr("(none recorded: the letter will state no facts)")))
        else:
            c = store.get_collection(self.ctx.vault, cid)
            yn = LLB.yes_no_labels()
            rows += [(self.tr("Date"), c.date or self.tr("unknown")),
                     (self.tr("How"), LLB.context_labels().get(c.context or "", self.tr("unknown"))),
                     (self.tr("Where"), LLB.private_space_labels().get(c.private_space or "", "")
                      or LLB.place_labels().get(c.place or "", self.tr("unknown"))),
                     (self.tr("Consent"), LLB.consent_labels().get(c.consent or "unknown", c.consent or "")),
                     (self.tr("The holder relies on"),
                      LLB.legal_basis_labels().get(c.legal_basis_claimed or "unknown", "")),
                     (self.tr("Used to recognise you"),
                      LLB.identification_labels().get(c.identification or "unknown", ""))]
            acting, subject = (c.acting_for, c.subject) if c.acting_for else (h.acting_for, h.subject)
            if subject is not None:
                rows.append((self.tr("Whose face"), f"{LLB.acting_for_labels().get(acting, acting)}: {subject.name}"))
            for key, label in LLB.fact_labels().items():
                rows.append((label, yn[getattr(c, key)]))
            if c.sensitive_inference:
                inf = LLB.inference_labels()
                rows.append((self.tr("Inferred"), ", ".join(inf.get(s, s) for s in c.sensitive_inference)))
        html = "<table cellpadding='3'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows) + "</table>"
        self.facts_view.setHtml(html)

    # ------------------------------------------------------------ composing
    def sender(self):
        from faceledger.law.facts import Sender

        acting, subject = self._standing
        return Sender.from_dict({"name": self.sender_name.text(), "email": self.sender_email.text(),
                                 "phone": self.sender_phone.text(), "postal_address": self.sender_address.text(),
                                 "account_id": self.sender_account.text(), "acting_for": acting or "self",
                                 "subject": subject.to_dict() if subject else None})

    def build_letter(self, *, as_of: date | None = None):
        """Compose the letter from the choices on the page (raises FaceLedgerError with a message)."""
        from faceledger.ledger import store
        from faceledger.letters import record
        from faceledger.letters.compose import compose
        from faceledger.letters.model import Regulator
        from faceledger.letters.profile import with_standing

        if self.ctx.vault is None or self.holder_id() is None:
            raise FaceLedgerError(self.tr("Choose a holder first."))
        sender = self.sender()
        facts = with_standing(record.facts_from_ledger(self.ctx.vault, self.holder_id(), self.collection_id(),
                                                       as_of=as_of, sender=sender))
        kind = self.type_box.currentData()
        prior = None
        rid = self.prior_box.currentData() if kind in ("followup", "complaint") else None
        if rid is not None:
            prior = record.prior_from_request(store.get_request(self.ctx.vault, rid))
        regulator = None
        if kind == "complaint" and self.regulator_name.text().strip():
            regulator = Regulator.from_dict({"name_zh": self.regulator_name.text(),
                                             "email": self.regulator_email.text() or None})
        self._show_advice(facts, prior)
        return compose(facts, kind, self.lang_box.currentData(), reply_days=self.days_box.value(), prior=prior,
                       regulator=regulator, detail="full" if self.full_box.isChecked() else "short")

    # ------------------------------------------------------------ advice
    def _show_advice(self, facts, prior) -> None:
        """Which letter fits first, where a complaint can go, which facts would change the analysis, time limits."""
        from dataclasses import replace
        from html import escape

        from faceledger.law import advice

        if prior is not None and facts.prior is None:
            facts = replace(facts, prior=prior)
        lang = self.ctx.lang
        kinds = LL.letter_type_labels()
        self._suggestions = advice.suggested_letters(facts)
        routes = advice.route(facts)
        fits, where = self.tr("Which letter fits first"), self.tr("Where a complaint can go")
        would, limits = self.tr("Facts that would change the analysis"), self.tr("Time limits")
        pair = self.tr("{0}: {1}")  # a full-width colon in Chinese
        parts = [f"<p><b>{escape(fits)}</b></p><ol>"]
        parts += ["<li>" + escape(pair.format(kinds.get(sg.type, sg.type), shown(sg.why.get(lang)))) + "</li>"
                  for sg in self._suggestions]
        parts.append(f"</ol><p><b>{escape(where)}</b></p><ol>")
        for a in routes:
            line = "<li>" + escape(pair.format(shown(a.name.get(lang)), shown(a.why.get(lang))))
            if a.contact:
                line += f"<br><i>{escape(shown(a.contact.get(lang)))}</i>"
            parts.append(line + f" <i>{escape(shown(a.verify.get(lang)))}</i></li>")
        questions = advice.open_questions(facts)
        if questions:
            parts.append(f"</ol><p><b>{escape(would)}</b></p><ul>")
            parts += [f"<li>{escape(shown(q.why.get(lang)))}</li>" for q in questions]
            parts.append("</ul>")
        else:
            parts.append("</ol>")
        notes = advice.time_notes(facts)
        if notes:
            parts.append(f"<p><b>{escape(limits)}</b></p><ul>")
            parts += [f"<li>{escape(shown(n.get(lang)))}</li>" for n in notes]
            parts.append("</ul>")
        self.advice_view.setHtml("".join(parts))
        current = self.addressee_box.currentData()
        self.addressee_box.blockSignals(True)
        self.addressee_box.clear()
        for a in routes:
            if a.id not in ("court", "procuratorate"):  # a complaint goes to a department, not to a court
                self.addressee_box.addItem(shown(a.name.get(lang)), (a.id, a.name.zh, a.name.en))
        i = next((k for k in range(self.addressee_box.count()) if self.addressee_box.itemData(k) == current), 0)
        self.addressee_box.setCurrentIndex(i)
        self.addressee_box.blockSignals(False)

    def _addressee_chosen(self, index: int) -> None:
        data = self.addressee_box.itemData(index)
        if data:
            self.regulator_name.setText(data[1])

    def use_suggestion(self) -> None:
        """Choose the letter the facts suggest first (and, for a complaint, its first addressee)."""
        if not self._suggestions:
            return
        first = self._suggestions[0]
        self.set_type(first.type)
        if first.type == "complaint" and self.addressee_box.count():
            self.addressee_box.setCurrentIndex(0)
            self._addressee_chosen(0)
        self.go_to(self.stack.currentIndex())

    def go_to(self, step: int) -> None:
        step = max(0, min(step, self.stack.count() - 1))
        letter = None
        if step >= 1 and self.ctx.vault is not None:
            try:
                letter = self.build_letter()
            except FaceLedgerError as err:
                self._error(err)
                step = 0 if err.field and err.field.startswith("sender") else min(step, 1)
            if letter is not None:
                self._save_sender()
                self._show_findings(letter)
                if step == 2:
                    self._show_preview(letter)
        else:
            step = 0 if self.ctx.vault is None else step
        if step >= 1 and letter is not None:
            self.status.clear()  # the last step's problem is solved: its message goes
        self.stack.setCurrentIndex(step)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(step)
        self.steps.blockSignals(False)
        self.back_btn.setEnabled(step > 0)
        set_enabled_why(self.next_btn, self.ctx.vault is not None and step < self.stack.count() - 1,
                        self.tr("Open or unlock a vault first: letters are written from your ledger.")
                        if self.ctx.vault is None else self.tr("This is the last step."))

    def _save_sender(self) -> None:
        from faceledger.letters.record import save_sender

        try:
            save_sender(self.ctx.vault, self.sender())
        except FaceLedgerError:
            pass

    def _show_findings(self, letter) -> None:
        from html import escape

        lang = self.ctx.lang
        parts = []
        headings = {"basis": self.tr("What the letter rests on"), "breached": self.tr("What may have been breached"),
                    "regulator": self.tr("What the department may and must do"),
                    "remedies": self.tr("What a court may order"), "draft": self.tr("The 2023 draft (not law)")}
        for group, items in letter.citation_groups():
            parts.append(f"<h4>{escape(headings.get(group, group))}</h4>")
            parts += self._citation_html(items, lang)
        if not parts:
            parts.append("<p>" + escape(self.tr("No provision applies to these facts on these dates.")) + "</p>")
        self.findings_view.setHtml("".join(parts))

    def _citation_html(self, citations, lang: str) -> list[str]:
        from html import escape

        parts = []
        for c in citations:
            cite = c.cite_zh if lang == "zh" else c.cite_en
            subject = c.subject_zh if lang == "zh" else c.subject_en
            parts.append(f"<p><b>{escape(shown(cite))}</b> ({escape(shown(subject))})<br>"
                         f"{escape(shown(c.why.get(lang)))}</p>")
            for q in c.quotes:
                parts.append(f"<blockquote>“{escape(q.text_zh).replace(chr(10), '<br>')}”</blockquote>")
            if not c.quotes:
                parts.append("<p><i>" + escape(self.tr("The wording of this article is not verified: the letter cites "
                                                       "it by number only.")) + "</i></p>")
        return parts

    def _show_preview(self, letter) -> None:
        from faceledger.letters.export import render

        self.rendered = render(letter)
        self.preview.show_html(self.rendered.html)
        text = self.tr("Reference {0}. Reply requested by {1} ({2} working days).").format(
            letter.reference, letter.deadline.due.isoformat(), letter.deadline.working_days)
        for w in letter.warnings:
            text += "\n⚠ " + shown(w.get(self.ctx.lang))
        self.deadline_label.setText(text)
        self.recorded_label.setText("")
        self.last_request = None
        self._set_buttons(True)
        self._update_record_buttons()

    # ------------------------------------------------------------ output
    def _ask_export(self, fmt: str) -> None:
        if self.rendered is None:
            return
        from faceledger.letters.export import default_filename

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the letter"),
                                              str(Path.home() / default_filename(self.rendered.letter, fmt)),
                                              FILE_FILTERS[fmt])
        if path:
            self.export(fmt, path)

    def export(self, fmt: str, path: str) -> Worker | None:
        """Write the previewed letter to ``path`` in a worker, then record it in the vault."""
        if self.rendered is None or self._worker is not None:
            return None
        rendered = self.rendered
        worker = Worker(_write_file, rendered, fmt, path)
        worker.signals.success.connect(lambda data: self._exported(rendered, fmt, path, data))
        worker.signals.error.connect(self._error)
        worker.signals.finished.connect(self._done)
        self._worker = worker
        self._set_buttons(False)
        self.status.setText(self.tr("Writing {0}…").format(path))
        self.ctx.pool.start(worker)
        return worker

    def _done(self) -> None:
        self._worker = None
        self._set_buttons(True)

    def _set_buttons(self, enabled: bool) -> None:
        for b in (self.pdf_btn, self.docx_btn, self.copy_btn, self.ics_btn):
            b.setEnabled(enabled)
        has_mail = bool(self.rendered and self.rendered.letter.recipient_email)
        why = self.tr("The holder has no e-mail address: add one on the Ledger page, or send the PDF by post.")
        set_enabled_why(self.eml_btn, enabled and has_mail, why if not has_mail else "")
        set_enabled_why(self.mail_btn, enabled and has_mail, why if not has_mail else "")

    def _exported(self, rendered, fmt: str, path: str, data: bytes) -> None:
        self._record(rendered, fmt, data)
        self.status.setText(self.tr("Saved {0}.").format(path))

    def _record(self, rendered, fmt: str, data: bytes) -> None:
        from faceledger.ledger import store
        from faceledger.letters.record import record_letter

        try:
            self.last_request = record_letter(self.ctx.vault, rendered, fmt, data, holder_id=self.holder_id(),
                                              collection_id=self.collection_id())
        except FaceLedgerError as err:
            self._error(err)
            return
        docs = len(store.request_documents(self.ctx.vault, self.last_request.id))
        if self.last_request.state == "draft":
            text = self.tr("Recorded as request {0} (draft) with %n file(s). Mark it sent when it has gone out.",
                           "", docs).format(self.last_request.id)
        else:
            text = self.tr("Request {0} now has %n file(s).", "", docs).format(self.last_request.id)
        self.recorded_label.setText(text)
        self._update_record_buttons()
        self.ctx.ledger_changed.emit()

    def open_in_mail(self):
        """Open the user's mail client; if the letter is too long for a mailto link, copy it to the clipboard."""
        if self.rendered is None:
            return None
        from faceledger.letters.email_export import mailto_link
        from faceledger.letters.export import letter_bytes

        letter = self.rendered.letter
        link = mailto_link(letter.recipient_email, self.rendered.subject, self.rendered.text)
        if not link.complete:
            QGuiApplication.clipboard().setText(link.body)
            self.status.setText(self.tr("The letter is too long for a mail link: its text is on the clipboard. "
                                        "Paste it into the message, or use “Save e-mail…” and open that file."))
        self.url_opener(QUrl(link.url))
        self._record(self.rendered, "eml", letter_bytes(self.rendered, "eml"))
        return link

    def copy_text(self) -> None:
        if self.rendered is not None:
            QGuiApplication.clipboard().setText(self.rendered.text)
            self.status.setText(self.tr("The letter's text is on the clipboard."))

    def _ask_ics(self) -> None:
        if self.rendered is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the deadline"),
                                              str(Path.home() / f"{self.rendered.letter.reference}.ics"),
                                              "iCalendar (*.ics)")
        if path:
            self.save_ics(path)

    def save_ics(self, path: str) -> None:
        from faceledger.letters.deadlines import DueItem, to_ics

        letter = self.rendered.letter
        item = DueItem(letter.deadline.due, f"{letter.title.zh} – {letter.holder.name_zh}（{letter.reference}）",
                       letter.display_title, f"{letter.reference}@faceledger")
        try:
            Path(path).write_bytes(to_ics([item]))
        except OSError as err:
            self._error(self.tr("Could not write {0}: {1}").format(path, err.strerror or err))
            return
        self.status.setText(self.tr("Saved {0}.").format(path))

    def _ask_mark_sent(self) -> None:
        from faceledger.gui.pages.letters_sent_dialog import MarkSentDialog

        if self.last_request is None:
            return
        guess = "email" if self.rendered is not None and self.rendered.letter.recipient_email else "post"
        dlg = MarkSentDialog(self.last_request.channel or guess, self)
        if dlg.exec():
            sent_on, channel = dlg.value()
            self.mark_sent(channel=channel, date_sent=sent_on)

    def mark_sent(self, channel: str | None = None, date_sent: str | None = None) -> Any:
        if self.last_request is None:
            return None
        from faceledger.letters.record import mark_sent

        try:
            req = mark_sent(self.ctx.vault, self.last_request.id, channel=channel, date_sent=date_sent)
        except FaceLedgerError as err:
            self._error(err)
            return None
        self.last_request = req
        self._update_record_buttons()
        # the reply is due counted from the day it really went out: the line above the letter says so too, so
        # that one screen never shows two due dates
        self.deadline_label.setText(self.tr("Reference {0}. Sent on {1}; reply due {2}.").format(
            req.reference or "", req.date_sent, req.due_date))
        self.recorded_label.setText(self.tr("Request {0} marked as sent on {1}; reply due {2}.").format(
            req.id, req.date_sent, req.due_date))
        self.ctx.ledger_changed.emit()
        return req

    def discard_draft(self) -> None:
        from faceledger.letters.record import discard_draft

        req = self.last_request
        if req is None or req.state != "draft":
            return
        ok = QMessageBox.question(self, self.tr("Discard draft"),
                                  self.tr("Discard request {0} and its letter files? It was never sent.")
                                  .format(req.id))
        if ok != QMessageBox.StandardButton.Yes:
            return
        try:
            discard_draft(self.ctx.vault, req.id)
        except FaceLedgerError as err:
            self._error(err)
            return
        self.last_request = None
        self._update_record_buttons()
        self.recorded_label.setText(self.tr("The draft was discarded."))
        self.ctx.ledger_changed.emit()

    def _sender_message(self, err) -> str | None:
        """The sender checks the user meets most, in the interface language (the core's texts are English)."""
        field = getattr(err, "field", None) or ""
        if field == "sender.name":
            self.sender_name.setFocus()
            return self.tr("Your name is needed: it is printed in the letter.")
        if field == "sender.email":
            self.sender_email.setFocus()
            if not (self.sender_email.text().strip() or self.sender_phone.text().strip()
                    or self.sender_address.text().strip()):
                return self.tr("Give at least one way to answer you: an e-mail address, a phone number or a "
                               "postal address.")
            return self.tr("“{0}” is not an e-mail address.").format(self.sender_email.text().strip())
        return None

    def _error(self, err) -> None:
        msg = error_text(err, self.ctx.lang) if isinstance(err, BaseException) else str(err)
        msg = self._sender_message(err) or msg
        self.status.setText(msg)
        if self.isVisible() and not getattr(self, "quiet_errors", False):
            QMessageBox.warning(self, self.tr("Letters"), msg)
