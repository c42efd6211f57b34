"""Issue 10 in the app, driven through the real widgets (found by accessible name): the collection dialog takes
the new facts and whose face it is; the Letters wizard says which letter fits, where a complaint can go and
which facts would change the analysis, writes as the guardian, and keeps a short or full letter."""

from __future__ import annotations

import pytest
from faceledger.gui.context import AppContext
from faceledger.gui.pages.ledger_dialogs import CollectionDialog, HolderDialog
from faceledger.gui.pages.letters_page import LettersPage
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Subject
from faceledger.letters import record
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDialogButtonBox, QPushButton, QWidget


@pytest.fixture(autouse=True)
def english():
    """The names below are the English ones: whatever an earlier test installed, the interface is English here."""
    from faceledger.gui import i18n

    before = i18n._current
    i18n.install("en")
    yield
    i18n.install(before)


def named(parent: QWidget, name: str, kind=QWidget):
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item as a user does with the keyboard: focus the box, press Home, then Down until it shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def type_text(widget: QWidget, text: str) -> None:
    """Type as a Chinese user does: the input method commits the characters to the focused field."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    assert text in widget.text()


def button(parent: QWidget, text: str) -> QAbstractButton:
    (b,) = [b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    return b


def open_dialog(qtbot, vault, cls):
    """A school holder and the dialog *cls* opened on it."""
    h = store.add_holder(vault, Holder(name_zh="某市实验小学", category="school"))
    dlg = cls(vault, h)
    qtbot.addWidget(dlg)
    dlg.show()
    return h, dlg


def save(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_collection_dialog_records_the_new_facts_and_whose_face(qtbot, vault):
    h, dlg = open_dialog(qtbot, vault, CollectionDialog)
    choose(qtbot, named(dlg, "The holder relies on", QComboBox), "A legal")
    choose(qtbot, named(dlg, "Used to recognise you", QComboBox), "Picks")
    choose(qtbot, named(dlg, "Relationship ended", QComboBox), "No")
    who = named(dlg, "Whose face", QComboBox)
    assert not named(dlg, "Their name").isEnabled()
    choose(qtbot, who, "My child")
    assert named(dlg, "Their name").isEnabled()
    type_text(named(dlg, "Their name"), "李小雨")
    type_text(named(dlg, "Relation"), "女儿")
    save(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.error.text()
    (c,) = store.list_collections(vault, h.id)
    assert (c.legal_basis_claimed, c.identification, c.relationship_ended) == ("legal_duty", "identification", False)
    assert c.acting_for == "guardian" and c.subject.name == "李小雨" and c.subject.relation == "女儿"


def test_a_child_without_a_relation_is_refused_and_the_field_shown(qtbot, vault):
    h, dlg = open_dialog(qtbot, vault, HolderDialog)
    choose(qtbot, named(dlg, "Whose face", QComboBox), "My child")
    type_text(named(dlg, "Their name"), "李小雨")
    save(qtbot, dlg)
    assert dlg.result() != dlg.DialogCode.Accepted and "relation" in dlg.error.text()
    type_text(named(dlg, "Relation"), "女儿")
    save(qtbot, dlg)
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.error.text()
    assert store.get_holder(vault, h.id).subject.name == "李小雨"


@pytest.fixture
def school(vault):
    h = store.add_holder(vault, Holder(name_zh="某市实验小学", category="school", email="office@school.example"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2025-09-01", context="entry", place="public",
                                           consent="none", identification="identification", minor_under_14=True,
                                           guardian_consent=False, alternative_offered=False, acting_for="guardian",
                                           subject=Subject(name="李小雨", relation="女儿", birth_date="2016-05-20")))
    record.save_sender(vault, Sender(name="李华", email="lihua@example.com"))
    return vault, h


def test_the_wizard_advises_and_writes_as_the_guardian(qtbot, school):
    vault, _h = school
    page = LettersPage(AppContext(vault, "en"))
    page.quiet_errors = True
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    assert "Whose face" in page.facts_view.toPlainText() and "李小雨" in page.facts_view.toPlainText()
    qtbot.mouseClick(button(page, "Next"), Qt.MouseButton.LeftButton)
    advice = named(page, "Advice").toPlainText()
    assert "Which letter fits first" in advice and "Where a complaint can go" in advice
    assert "Facts that would change the analysis" in advice and "Verify the contact" in advice
    qtbot.mouseClick(named(page, "Use the suggested letter", QPushButton), Qt.MouseButton.LeftButton)
    assert page.type_box.currentData() == page._suggestions[0].type
    choose(qtbot, page.type_box, "Delete")
    qtbot.mouseClick(button(page, "Next"), Qt.MouseButton.LeftButton)
    text = page.preview.toPlainText()
    assert "本人李华系未成年人李小雨的监护人" in text and "附件：所引法律条文" in text
    findings = named(page, "What the law says").toPlainText()
    assert "What the letter rests on" in findings and "Protection of Minors, Art. 72, para. 2" in findings
    qtbot.mouseClick(button(page, "Back"), Qt.MouseButton.LeftButton)
    full = named(page, "Full detail")
    qtbot.mouseClick(full, Qt.MouseButton.LeftButton, pos=QPoint(8, full.height() // 2))  # on its box
    assert full.isChecked()
    qtbot.mouseClick(button(page, "Next"), Qt.MouseButton.LeftButton)
    assert page.rendered.letter.detail == "full" and "附件：所引法律条文" not in page.preview.toPlainText()
    # the profile saved from the page keeps the guardian's entries apart from the sender's own standing
    assert record.load_sender(vault).acting_for == "self"


def test_a_complaint_goes_to_the_suggested_addressee(qtbot, vault):
    h = store.add_holder(vault, Holder(name_zh="某某酒店", category="hotel"))
    store.add_collection(vault, Collection(holder_id=h.id, date="2026-01-15", context="camera",
                                           private_space="hotel_room"))
    record.save_sender(vault, Sender(name="周婷", email="zhouting@example.com"))
    page = LettersPage(AppContext(vault, "zh"))
    page.quiet_errors = True
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.mouseClick(button(page, page.tr("Next")), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named(page, page.tr("Use the suggested letter"), QPushButton), Qt.MouseButton.LeftButton)
    assert page.type_box.currentData() == "complaint"
    box = named(page, page.tr("Suggested addressee"), QComboBox)
    assert box.isEnabled() and box.currentData()[0] == "police"
    assert page.regulator_name.text() == "公安机关"
    qtbot.mouseClick(button(page, page.tr("Next")), Qt.MouseButton.LeftButton)
    assert "致：公安机关" in page.preview.toPlainText() and "保全措施" in page.preview.toPlainText()


def test_the_advice_in_chinese_has_full_width_colons(qtbot, school):
    """QA: "撤回同意: 只能刷脸……" and "网信部门……: ……": the advice list joined its items with an ASCII colon."""
    from faceledger.gui import i18n

    vault, _h = school
    i18n.install("zh_CN")
    page = LettersPage(AppContext(vault, "zh_CN"))
    page.quiet_errors = True
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.mouseClick(button(page, "下一步"), Qt.MouseButton.LeftButton)
    advice = named(page, "建议").toPlainText()
    assert "适合先发的信函" in advice and "：" in advice
    assert ": " not in advice, advice
