"""Add/edit dialogs for holders, collections and requests. Validation is the core's: a bad value
shows the core's message under the form and puts the cursor in the field it names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError
from faceledger.gui.colour_roles import Role, css
from faceledger.gui.i18n import current_core_lang, shown
from faceledger.gui.pages import ledger_labels as L
from faceledger.ledger import store
from faceledger.ledger.model import (
    ACTING_FOR,
    BOOL_FACTS,
    CONSENTS,
    CONTEXTS,
    HOLDER_CATEGORIES,
    IDENTIFICATIONS,
    LEGAL_BASES,
    PLACES,
    PRIVATE_SPACES,
    REQUEST_CHANNELS,
    REQUEST_STATES,
    REQUEST_TYPES,
    SENSITIVE_INFERENCES,
    Collection,
    Holder,
    Request,
    Subject,
)


def _combo(values, labels: dict, *, optional: bool, none_label: str = "—") -> QComboBox:
    c = QComboBox()
    if optional:
        c.addItem(none_label, None)
    for v in values:
        c.addItem(labels.get(v, v), v)
    return c


def _set_combo(c: QComboBox, value) -> None:
    i = c.findData(value)
    c.setCurrentIndex(max(i, 0))


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, value: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_label(self, label: str) -> None:
        """Name the two parts for assistive technology after the form's label for the date."""
        label = label.rstrip(":：*")
        self.check.setAccessibleName(self.tr("{0}: known").format(label))
        self.edit.setAccessibleName(label)

    def set_value(self, value: str | None) -> None:
        self.check.setChecked(bool(value))
        self.edit.setEnabled(bool(value))
        d = date.fromisoformat(value) if value else date.today()
        self.edit.setDate(QDate(d.year, d.month, d.day))

    def value(self) -> str | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toString("yyyy-MM-dd")


class WhoseFace(QGroupBox):
    """Whose face the entries are (a child's, a deceased relative's, a client's): kept per holder or collection,
    so that a letter written from them speaks as the guardian, relative or agent."""

    def __init__(self, title: str, acting_for: str | None, subject: Subject | None, inherit: str,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.acting = _combo(ACTING_FOR, L.acting_for_labels(), optional=True, none_label=inherit)
        self.acting.setAccessibleName(self.tr("Whose face"))
        _set_combo(self.acting, acting_for)
        self.name = QLineEdit(subject.name if subject else "")
        self.name.setAccessibleName(self.tr("Their name"))
        self.relation = QLineEdit(subject.relation or "" if subject else "")
        self.relation.setPlaceholderText(self.tr("to you, e.g. 女儿, 父亲, 委托人"))
        self.relation.setAccessibleName(self.tr("Relation"))
        self.birth = OptionalDate(subject.birth_date if subject else None)
        self.birth.set_label(self.tr("Birth date"))
        form.addRow(self.tr("Whose face:"), self.acting)
        form.addRow(self.tr("Their name:"), self.name)
        form.addRow(self.tr("Relation:"), self.relation)
        form.addRow(self.tr("Birth date:"), self.birth)
        self.acting.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        other = self.acting.currentData() not in (None, "self")
        for w in (self.name, self.relation, self.birth):
            w.setEnabled(other)

    def values(self) -> tuple[str | None, Subject | None]:
        acting = self.acting.currentData()
        if acting in (None, "self"):
            return acting, None
        return acting, Subject(name=self.name.text(), relation=self.relation.text() or None,
                               birth_date=self.birth.value())

    def register(self, dialog: _FormDialog) -> None:
        """Let the dialog point at these fields when the core names them in an error."""
        for key, widget in (("acting_for", self.acting), ("subject", self.name), ("subject.name", self.name),
                            ("subject.relation", self.relation), ("subject.birth_date", self.birth)):
            dialog.fields[key] = widget
            dialog.labels[key] = self.title()


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = current_core_lang()  # the core's messages in the language of the labels
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.lay = QVBoxLayout(self)
        self.form = QFormLayout()
        self.lay.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(f"color: {css(Role.ERROR)}")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.lay.addWidget(self.error)
        self.lay.addWidget(self.buttons)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        self.labels[key] = label
        self.form.addRow(label, widget)
        if isinstance(widget, OptionalDate):
            widget.set_label(label)
        return widget

    def _save(self) -> None:
        self.error.clear()
        for w in self.fields.values():  # the last attempt's red border goes with its message
            if w.property("invalid"):
                w.setStyleSheet("")
                w.setProperty("invalid", False)
        try:
            self.save()
        except FaceLedgerError as err:
            key = getattr(err, "field", None) or ""
            # the field's own label says where to look, in the interface language like the message; the
            # core's own "field_id:" prefix is then dropped (it read 请检查“电子邮箱”：email：…)
            where = self.labels.get(key, "").rstrip(":：*")
            msg = err.full_in(self.lang)
            if where:
                for sep in (": ", "：", ":"):
                    if msg.startswith(key + sep):
                        msg = msg[len(key) + len(sep):].lstrip()
                        break
            msg = shown(msg)
            self.error.setText(self.tr("Check “{0}”: {1}").format(where, msg) if where else msg)
            w = self.fields.get(key)
            if w is not None:
                w.setFocus()
                w.setStyleSheet(f"border: 1px solid {css(Role.ERROR)}")
                w.setProperty("invalid", True)
            return
        self.accept()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class HolderDialog(_FormDialog):
    def __init__(self, vault, holder: Holder | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Edit holder") if holder else self.tr("Add holder"), parent)
        self.vault = vault
        self.holder = holder
        h = holder or Holder(name_zh="", category="other")
        self.add("name", self.tr("Name (Chinese)*:"), QLineEdit(h.name_zh))
        self.add("name_en", self.tr("Name (English):"), QLineEdit(h.name_en or ""))
        cat = self.add("category", self.tr("Category*:"), _combo(HOLDER_CATEGORIES, L.category_labels(),
                                                                 optional=False))
        _set_combo(cat, h.category)
        for key, label in (("city", self.tr("City:")), ("address", self.tr("Address:")),
                           ("email", self.tr("E-mail:")), ("postal_address", self.tr("Postal address:")),
                           ("phone", self.tr("Phone:")), ("web_form", self.tr("Web form (URL):")),
                           ("pi_officer", self.tr("Personal-information officer:"))):
            self.add(key, label, QLineEdit(getattr(h, key) or ""))
        self.add("sources", self.tr("Sources (one per line):"), QPlainTextEdit("\n".join(h.sources)))
        self.fields["sources"].setMaximumHeight(60)
        self.add("last_verified", self.tr("Last verified:"), OptionalDate(h.last_verified))
        notes = self.add("notes", self.tr("Notes:"), QPlainTextEdit(h.notes or ""))
        notes.setMaximumHeight(80)
        self.whose = WhoseFace(self.tr("Whose entries these are"), h.acting_for, h.subject,
                               self.tr("Mine (as in my sender profile)"))
        self.lay.addWidget(self.whose)
        self.whose.register(self)
        self.finish_layout()

    def values(self) -> Holder:
        f = self.fields
        base = self.holder or Holder(name_zh="", category="other")
        base.name_zh = f["name"].text()
        base.category = f["category"].currentData()
        for key in ("name_en", "city", "address", "email", "postal_address", "phone", "web_form", "pi_officer"):
            setattr(base, key, f[key].text() or None)
        base.sources = [s for s in f["sources"].toPlainText().splitlines() if s.strip()]
        base.last_verified = f["last_verified"].value()
        base.notes = f["notes"].toPlainText() or None
        base.acting_for, base.subject = self.whose.values()
        return base

    def save(self) -> None:
        h = self.values()
        if h.id is None:
            self.holder = store.add_holder(self.vault, h)
        else:
            self.holder = store.update_holder(self.vault, h)


class CollectionDialog(_FormDialog):
    def __init__(self, vault, holder: Holder, coll: Collection | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("How {0} took your face").format(holder.name_zh), parent)
        self.vault = vault
        self.holder = holder
        self.coll = coll
        c = coll or Collection(holder_id=holder.id)
        self.add("date", self.tr("Date:"), OptionalDate(c.date))
        _set_combo(self.add("context", self.tr("What for:"), _combo(CONTEXTS, L.context_labels(), optional=True)),
                   c.context)
        _set_combo(self.add("place", self.tr("Where:"), _combo(PLACES, L.place_labels(), optional=True)), c.place)
        _set_combo(self.add("private_space", self.tr("Private space:"),
                            _combo(PRIVATE_SPACES, L.private_space_labels(), optional=True)), c.private_space)
        _set_combo(self.add("consent", self.tr("Consent:"), _combo(CONSENTS, L.consent_labels(), optional=True)),
                   c.consent)
        basis = self.add("legal_basis_claimed", self.tr("The holder relies on:"),
                         _combo(LEGAL_BASES, L.legal_basis_labels(), optional=True))
        basis.setAccessibleName(self.tr("The holder relies on"))
        basis.setToolTip(self.tr("What the holder says its processing rests on. Only consent-based processing is "
                                 "judged by the consent rules; otherwise the letter asks for its basis."))
        _set_combo(basis, c.legal_basis_claimed)
        ident = self.add("identification", self.tr("Used to recognise you:"),
                         _combo(IDENTIFICATIONS, L.identification_labels(), optional=True))
        ident.setAccessibleName(self.tr("Used to recognise you"))
        _set_combo(ident, c.identification)
        yn = L.yes_no_labels()
        for f in (*BOOL_FACTS, "relationship_ended"):
            box = QComboBox()
            for v in (None, True, False):
                box.addItem(yn[v], v)
            _set_combo(box, getattr(c, f))
            self.add(f, L.fact_labels()[f] + ":", box)
            box.setAccessibleName(L.fact_labels()[f])
        group = QGroupBox()
        gl = QHBoxLayout(group)
        self.inference_boxes = {}
        for key, label in L.inference_labels().items():
            cb = QCheckBox(label)
            cb.setChecked(key in c.sensitive_inference)
            gl.addWidget(cb)
            self.inference_boxes[key] = cb
        self.add("sensitive_inference", self.tr("Inferred from the face:"), group)
        notes = self.add("notes", self.tr("Notes:"), QPlainTextEdit(c.notes or ""))
        notes.setMaximumHeight(70)
        self.whose = WhoseFace(self.tr("Whose face this is"), c.acting_for, c.subject,
                               self.tr("As for the holder"))
        self.lay.addWidget(self.whose)
        self.whose.register(self)
        self.finish_layout()

    def values(self) -> Collection:
        f = self.fields
        c = self.coll or Collection(holder_id=self.holder.id)
        c.date = f["date"].value()
        for key in ("context", "place", "private_space", "consent", "legal_basis_claimed", "identification",
                    *BOOL_FACTS, "relationship_ended"):
            setattr(c, key, f[key].currentData())
        c.acting_for, c.subject = self.whose.values()
        c.sensitive_inference = [k for k in SENSITIVE_INFERENCES if self.inference_boxes[k].isChecked()]
        c.notes = f["notes"].toPlainText() or None
        return c

    def save(self) -> None:
        c = self.values()
        self.coll = store.add_collection(self.vault, c) if c.id is None else store.update_collection(self.vault, c)


class RequestDialog(_FormDialog):
    """Record a request (add) or its progress (update)."""

    def __init__(self, vault, holder: Holder, request: Request | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Update request") if request else self.tr("Record a request"), parent)
        self.vault = vault
        self.holder = holder
        self.request = request
        r = request or Request(holder_id=holder.id, type="deletion", state="sent", date_sent=date.today().isoformat())
        t = self.add("type", self.tr("Type:"), _combo(REQUEST_TYPES, L.request_type_labels(), optional=False))
        _set_combo(t, r.type)
        t.setEnabled(request is None)
        colls = store.list_collections(vault, holder.id)
        cbox = QComboBox()
        cbox.addItem("—", None)
        for c in colls:
            no_date = self.tr("(no date)")
            cbox.addItem(f"{c.date or no_date} · {L.context_labels().get(c.context or '', '')}", c.id)
        _set_combo(cbox, r.collection_id)
        if request is None and len(colls) == 1:
            cbox.setCurrentIndex(1)  # the only collection is the one the request is about
        self.add("collection", self.tr("About collection:"), cbox)
        _set_combo(self.add("state", self.tr("State:"), _combo(REQUEST_STATES, L.request_state_labels(),
                                                               optional=False)), r.state)
        _set_combo(self.add("channel", self.tr("Sent by:"), _combo(REQUEST_CHANNELS, L.channel_labels(),
                                                                   optional=True)), r.channel)
        self.add("date_sent", self.tr("Date sent:"), OptionalDate(r.date_sent))
        self.add("due_date", self.tr("Reply due:"), OptionalDate(r.due_date))
        self.add("reply_date", self.tr("Reply received:"), OptionalDate(r.reply_date))
        rs = self.add("reply_summary", self.tr("What the reply said:"), QPlainTextEdit(r.reply_summary or ""))
        rs.setMaximumHeight(70)
        self.add("reference", self.tr("Reference:"), QLineEdit(r.reference or ""))
        self.add("event_note", self.tr("Note for the timeline:"), QLineEdit())
        self.finish_layout()
        # a letter's request knows its reply period: a new sent date moves the due date with it, until the user
        # sets the due date by hand
        from faceledger.letters.record import reply_period

        self._reply_days = reply_period(vault, request) if request is not None else None
        self._due_by_hand = False
        self._recounting = False
        sent, due = self.fields["date_sent"], self.fields["due_date"]
        due.edit.dateChanged.connect(self._due_edited)
        due.check.toggled.connect(self._due_edited)
        sent.edit.dateChanged.connect(self._recount_due)
        sent.check.toggled.connect(self._recount_due)

    def _due_edited(self, *_: object) -> None:
        if not self._recounting:
            self._due_by_hand = True

    def _recount_due(self, *_: object) -> None:
        from faceledger.letters.deadlines import add_working_days

        sent = self.fields["date_sent"].value()
        if not self._reply_days or self._due_by_hand or not sent:
            return
        self._recounting = True
        try:
            self.fields["due_date"].set_value(add_working_days(date.fromisoformat(sent), self._reply_days).due.isoformat())
        finally:
            self._recounting = False

    def save(self) -> None:
        f = self.fields
        vals = {"collection_id": f["collection"].currentData(), "state": f["state"].currentData(),
                "channel": f["channel"].currentData(), "date_sent": f["date_sent"].value(),
                "due_date": f["due_date"].value(), "reply_date": f["reply_date"].value(),
                "reply_summary": f["reply_summary"].toPlainText() or None,
                "reference": f["reference"].text() or None}
        note = f["event_note"].text() or None
        if self.request is None:
            self.request = store.add_request(self.vault, Request(holder_id=self.holder.id,
                                                                 type=f["type"].currentData(), **vals), note=note)
        else:
            self.request = store.update_request(self.vault, self.request.id, event_note=note, **vals)
