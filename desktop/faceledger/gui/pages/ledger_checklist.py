"""“Find who holds your face”: a guided checklist for a first-time user.

Step 1 asks, for each usual place (face payment, gates, hotels, stations, SIM cards, banks, schools,
parks, gyms, apps...), "has this happened to you?". Then one short page per "yes": who it was and a
few facts, asked on the spot. Finish records a holder and a collection for each.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from faceledger.errors import FaceLedgerError
from faceledger.gui.buttons import make_primary
from faceledger.gui.colour_roles import Role, css
from faceledger.gui.context import AppContext
from faceledger.gui.i18n import shown
from faceledger.gui.pages.ledger_dialogs import OptionalDate
from faceledger.gui.pages.ledger_labels import yes_no_labels
from faceledger.ledger.checklist import ChecklistItem, load_checklist, record_answer


class _ItemPage(QWidget):
    def __init__(self, item: ChecklistItem, lang: str, facts, parent=None):
        super().__init__(parent)
        self.item = item
        lay = QVBoxLayout(self)
        q = QLabel(f"<h3>{shown(item.question.get(lang))}</h3>"
                   f"<p style='color:{css(Role.MUTED)}'>{shown(item.examples.get(lang))}</p>")
        q.setWordWrap(True)
        lay.addWidget(q)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. the business, estate or app name"))
        self.city = QLineEdit()
        form.addRow(self.tr("Who was it?*"), self.name)
        form.addRow(self.tr("City:"), self.city)
        self.inputs: dict[str, QWidget] = {}
        yn = yes_no_labels()
        for fid in item.facts:
            fq = facts[fid]
            label = QLabel(shown(fq.question.get(lang)))
            label.setWordWrap(True)
            if fid == "date":
                w: QWidget = OptionalDate(None)
                w.set_label(label.text())
            else:
                w = QComboBox()
                if fq.options:
                    w.addItem("—", None)
                    for key, text in fq.options:
                        w.addItem(shown(text.get(lang)), key)
                else:
                    for v in (None, True, False):
                        w.addItem(yn[v], v)
            self.inputs[fid] = w
            # the question on a row of its own, the whole width, above its answer: beside it, a question
            # that wraps was given one line's height and cut in half (a form does not ask a label's height
            # for its width); it stays the answer's label for a screen reader (its buddy)
            label.setBuddy(w)
            form.addRow(label)
            form.addRow(w)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(f"color:{css(Role.ERROR)}")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        lay.addStretch(1)

    def facts(self) -> dict:
        out = {}
        for fid, w in self.inputs.items():
            out[fid] = w.value() if isinstance(w, OptionalDate) else w.currentData()
        return {k: v for k, v in out.items() if v is not None}


class ChecklistDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.recorded = 0
        self._done: set[str] = set()
        self.setWindowTitle(self.tr("Find who holds your face"))
        self.resize(640, 620)
        self.cl = load_checklist()
        lang = ctx.lang
        lay = QVBoxLayout(self)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        # step 1: the questions
        first = QWidget()
        fl = QVBoxLayout(first)
        intro = QLabel(self.tr("<h3>Where has your face been taken?</h3><p>Tick every one that has happened to "
                               "you. Next, you will say who it was and answer a few quick questions.</p>"))
        intro.setWordWrap(True)
        fl.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        il = QVBoxLayout(inner)
        self.checks: dict[str, QCheckBox] = {}
        for item in self.cl.items:
            cb = QCheckBox(shown(item.question.get(lang)))
            ex = QLabel(f"<span style='color:{css(Role.MUTED)}'>{shown(item.examples.get(lang))}</span>")
            ex.setWordWrap(True)
            ex.setContentsMargins(24, 0, 0, 6)
            il.addWidget(cb)
            il.addWidget(ex)
            self.checks[item.id] = cb
        il.addStretch(1)
        scroll.setWidget(inner)
        fl.addWidget(scroll, 1)
        self.stack.addWidget(first)
        self.item_pages: list[_ItemPage] = []
        nav = QHBoxLayout()
        self.progress = QLabel()
        nav.addWidget(self.progress)
        nav.addStretch(1)
        self.btn_back = QPushButton(self.tr("Back"))
        self.btn_next = QPushButton(self.tr("Next"))
        self.btn_cancel = QPushButton(self.tr("Cancel"))
        nav.addWidget(self.btn_cancel)
        nav.addWidget(self.btn_back)
        nav.addWidget(self.btn_next)
        # Enter goes forward (and on the last page records): Next is the default, never Cancel
        for b in (self.btn_cancel, self.btn_back):
            b.setAutoDefault(False)
        make_primary(self.btn_next)
        lay.addLayout(nav)
        self.btn_back.clicked.connect(self.back)
        self.btn_next.clicked.connect(self.next)
        self.btn_cancel.clicked.connect(self.reject)
        self._update_nav()

    def _update_nav(self) -> None:
        i = self.stack.currentIndex()
        n = len(self.item_pages)
        self.btn_back.setEnabled(i > 0)
        last = i == n and n > 0
        self.btn_next.setText(self.tr("Add to my ledger") if last else self.tr("Next"))
        self.progress.setText(self.tr("Step {0} of {1}").format(i + 1, n + 1) if n else "")

    def back(self) -> None:
        self.stack.setCurrentIndex(max(0, self.stack.currentIndex() - 1))
        self._update_nav()

    def next(self) -> None:
        i = self.stack.currentIndex()
        if i == 0:
            chosen = [it for it in self.cl.items if self.checks[it.id].isChecked()]
            if not chosen:
                self.progress.setText(self.tr("Tick at least one, or Cancel."))
                return
            for p in self.item_pages:
                self.stack.removeWidget(p)
                p.deleteLater()
            self.item_pages = [_ItemPage(it, self.ctx.lang, self.cl.facts) for it in chosen]
            for p in self.item_pages:
                self.stack.addWidget(p)
            self.stack.setCurrentIndex(1)
            self.item_pages[0].name.setFocus()
        elif i < len(self.item_pages):
            if not self._check_page(self.item_pages[i - 1]):
                return
            self.stack.setCurrentIndex(i + 1)
            self.item_pages[i].name.setFocus()
        else:
            if not self._check_page(self.item_pages[i - 1]):
                return
            self.finish()
            return
        self._update_nav()

    def _check_page(self, page: _ItemPage) -> bool:
        if not page.name.text().strip():
            page.error.setText(self.tr("Say who it was (a name is enough)."))
            page.name.setFocus()
            return False
        page.error.clear()
        return True

    def finish(self) -> None:
        for page in self.item_pages:
            if page.item.id in self._done:
                continue
            try:
                record_answer(self.ctx.vault, page.item.id, page.name.text().strip(),
                              city=page.city.text().strip() or None, facts=page.facts())
                self.recorded += 1
                self._done.add(page.item.id)
            except FaceLedgerError as err:
                self.stack.setCurrentWidget(page)
                page.error.setText(shown(err.full_in(self.ctx.lang)))
                self._update_nav()
                return
        self.accept()
