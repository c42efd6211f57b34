"""The three shared walkers of gui_checks (accessible names, pseudo-localisation, text colours on a light and a
dark palette) over every page as the main window shows it (with content, without a vault, locked) and every
dialog reachable from the menus and the pages' buttons: About, first run (both key modes), unlock (with the
forgotten-passphrase help), Settings, the holder, collection (with issue 10's facts and whose face), request,
checklist (each step) and mark-as-sent dialogs, the Letters wizard on a complaint and its dialog of letters for
many people (tests/gui/test_letters_batch.py walks it during and after a run), and the Evidence page with a
case, entries, a correction and a verified bundle, with its new-case, entry, correction, timestamp and export
dialogs. The photo page's own views are walked in test_photos_page.py; here it is walked as the window opens it.

The pages are reached by clicking the navigation list and the dialogs by clicking the buttons that open them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from faceledger.evidence import store as ev_store
from faceledger.evidence.model import ExhibitSource, NewEntry
from faceledger.law.facts import Sender
from faceledger.ledger.model import Subject
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.letters import record
from gui_checks import (
    by_name,
    click_page,
    dark_palette,
    open_main_window,
    palette_applied,
    pseudo_localised,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget


def T(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


CASE = "郭某诉某野生动物世界"
DATA = ["杭州野生动物世界", "万科物业", "杭州", "深圳", "pi@park.example", "Li Ming", "liming@example.com",
        "FaceLedger 人脸账本", "中文（简体）", "English", "Noto Sans SC", "MediaPipe", "YuNet", "Qt", "PySide6",
        "default", "conftest.MemoryKeyring", "MemoryKeyring", "小明", "女儿", CASE, "SMS: face recognition required",
        "sms.png", "bundle.zip", "Correction of entry 1", "http://127.0.0.1:1/tsr", "UTC", "Asia/Shanghai",
        "Etc/UTC", "ID", "PDF", "ZIP", "RFC 3161", "SHA-256", "Ed25519", "TSA", "FreeTSA", "DigiCert", "Sectigo",
        "freetsa.org", "digicert.com", "sectigo.com", "timestamp.digicert.com", "timestamp.sectigo.com", "SMS",
        "https://…/tsr", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "证据目录"]


@pytest.fixture
def full(vault, tmp_path):
    a = store.add_holder(vault, Holder(name_zh="杭州野生动物世界", category="attraction", city="杭州",
                                       email="pi@park.example"))
    c = store.add_collection(vault, Collection(
        holder_id=a.id, date="2019-10-17", context="entry", consent="coerced", alternative_offered=False,
        legal_basis_claimed="consent", identification="identification", relationship_ended=True,
        acting_for="guardian", subject=Subject(name="小明", relation="女儿", birth_date="2015-03-01")))
    store.add_request(vault, Request(holder_id=a.id, type="deletion", state="sent", channel="post",
                                     collection_id=c.id, date_sent=(date.today() - timedelta(days=30)).isoformat(),
                                     due_date=(date.today() - timedelta(days=3)).isoformat()))
    store.add_holder(vault, Holder(name_zh="万科物业", category="leisure", city="深圳"))
    record.save_sender(vault, Sender(name="Li Ming", email="liming@example.com"))
    case = ev_store.create_case(vault, CASE, timezone="Asia/Shanghai")
    f = tmp_path / "sms.png"
    f.write_bytes(b"\x89PNG" + bytes(range(256)) * 40)
    ev_store.add_entry(vault, case, NewEntry(kind="communication", title="SMS: face recognition required",
                                             occurred_at="2019-10-17T09:30", source="SMS",
                                             exhibits=[ExhibitSource(path=str(f))]))
    ev_store.correct_entry(vault, case, 1, NewEntry(kind="communication", title="Correction of entry 1",
                                                    occurred_at="2019-10-17T09:31"))
    return vault


def _data(vault) -> list[str]:
    """DATA, and what this vault shows as data: its path, the law's own words quoted in Chinese (never
    translated), the names and licence texts of the shipped components, hashes and file paths."""
    from faceledger.gui.about_dialog import shipped
    from faceledger.letters.compose import compose
    from faceledger.paths import resource

    h = store.list_holders(vault, "杭州")[0]
    from faceledger.letters.profile import with_standing

    facts = with_standing(record.facts_from_ledger(vault, h.id, sender=record.load_sender(vault)))
    quotes = [line for kind in ("withdrawal", "deletion", "complaint") for c in compose(facts, kind, "en").citations
              for q in c.quotes for line in q.text_zh.splitlines()]
    licences = [ln.strip().replace("&", "") for s in shipped()
                for ln in resource(*s.files).read_text(encoding="utf-8").splitlines()]
    case = ev_store.list_cases(vault)[0]
    hashes = [x for e in ev_store.list_entries(vault, case) for x in (e.hash, e.prev_hash, *(
        ex.sha256 for ex in e.exhibits))]
    return [*DATA, str(vault.path), *quotes, *(f"{s.what} — {s.licence}" for s in shipped()), *licences,
            *hashes, case.uid]


def _through(qtbot, button, where: str, run, prepare=None) -> None:
    """Click ``button``; on the dialog it opens, ``prepare`` it (optional) and walk it, then close it."""
    from gui_checks import on_dialog

    def act(d: QDialog) -> None:
        if prepare is not None:
            prepare(d)
        QApplication.processEvents()
        run(where, d)
        d.reject()

    seen = on_dialog(QDialog, act)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) > 0 or seen.error is not None, timeout=5000)
    assert seen, f"{where}: no dialog opened"


WALKED = 36  # views and dialogs _walk reaches


def _walk(qtbot, vault, tmp_path, check, lang: str = "en") -> list[str]:
    """Every page and dialog, through ``check(widget) -> list of problems``."""
    from faceledger.gui.about_dialog import AboutDialog
    from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog
    from gui_checks import on_dialog
    from PySide6.QtWidgets import QTableView

    problems: list[str] = []
    walked: list[str] = []

    def run(where: str, w: QWidget) -> None:
        walked.append(where)
        problems.extend(f"[{where}] {p}" for p in check(w))

    ctx, win = open_main_window(qtbot, vault, lang, started=True)
    win.resize(1180, 720)
    run("menus and window", win)

    # Ledger: a holder selected, its dialogs, the checklist step by step, the delete question
    page = click_page(qtbot, win, "ledger")
    table = by_name(page, T("LedgerPage", "Holders"), QTableView)
    park = next(r for r in range(table.model().rowCount()) if "杭州" in table.model().index(r, 0).data())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(park, 0)).center())
    run("ledger", win)
    for label, where in (("Edit…", "holder dialog"), ("Add collection…", "collection dialog"),
                         ("Record request…", "request dialog"), ("Delete…", "delete question"),
                         ("Add holder…", "new holder dialog")):
        _through(qtbot, by_name(page, T("LedgerPage", label), QPushButton), where, run)

    def checklist(d: QDialog) -> None:
        from PySide6.QtWidgets import QCheckBox

        boxes = [b for b in d.findChildren(QCheckBox) if b.isVisible()]
        for b in boxes[:2]:
            b.setChecked(True)
        run("checklist step 1", d)
        qtbot.mouseClick(d.btn_next, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        run("checklist step 2", d)

    _through(qtbot, by_name(page, T("LedgerPage", "Find who holds your face…"), QPushButton), "checklist",
             lambda where, d: None, prepare=checklist)

    # Letters: the three steps on a complaint, then the mark-as-sent dialog after the mail client opened it
    qtbot.mouseClick(by_name(page, T("LedgerPage", "Write a letter…"), QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "letters" in win._pages and win._pages["letters"].isVisible(), timeout=3000)
    letters = win._pages["letters"]
    assert letters.holder_id() == store.list_holders(vault, "杭州")[0].id  # the holder selected, not the first
    letters.url_opener = lambda url: True
    letters.quiet_errors = True
    run("letters step 1", win)
    _through(qtbot, by_name(letters, T("LettersPage", "Letters for many people…"), QPushButton),
             "letters for many people", run)
    nxt = by_name(letters, T("LettersPage", "Next"), QPushButton)
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    letters.type_box.setCurrentIndex(letters.type_box.findData("complaint"))
    QApplication.processEvents()
    run("letters step 2 (complaint)", win)
    letters.type_box.setCurrentIndex(letters.type_box.findData("deletion"))  # to the holder, by e-mail
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    run("letters step 3", win)
    qtbot.mouseClick(by_name(letters, T("LettersPage", "Open in mail client"), QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: letters.last_request is not None, timeout=5000)
    run("letters recorded", win)
    _through(qtbot, by_name(letters, T("LettersPage", "Mark as sent…"), QPushButton), "mark as sent", run)

    # Photo check as the window opens it (its views with photos are walked in test_photos_page.py)
    click_page(qtbot, win, "photos")
    run("photos", win)

    # Evidence: a case with an entry, a correction, the detail of an entry, a verified bundle; its dialogs
    ev = click_page(qtbot, win, "evidence")
    qtbot.waitUntil(lambda: ev.entries.rowCount() == 2, timeout=3000)
    run("evidence", win)
    qtbot.mouseClick(ev.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=ev.table.visualRect(ev.entries.index(0, 1)).center())
    run("evidence entry", win)
    for btn, where in ((ev.add_btn, "entry dialog"), (ev.correct_btn, "correction dialog"),
                       (ev.stamp_btn, "timestamp dialog"), (ev.new_case_btn, "new case dialog"),
                       (ev.export_btn, "export dialog"), (ev.ledger_btn, "from the ledger")):
        _through(qtbot, btn, where, run)
    bundle = tmp_path / "bundle.zip"
    ev.export_bundle(str(bundle))
    qtbot.waitUntil(lambda: not ev.busy, timeout=30000)
    run("evidence exported", win)
    ev.verify_file(str(bundle))
    qtbot.waitUntil(lambda: not ev.busy, timeout=30000)
    run("evidence verified", win)

    # Settings, the About box (F1), then every page locked (Ctrl+L)
    click_page(qtbot, win, "settings")
    run("settings", win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    seen = on_dialog(AboutDialog, lambda d: (run("about", d), d.reject()))
    qtbot.keyClick(win, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(seen) > 0, timeout=3000)
    assert seen
    win.activateWindow()  # as the window manager does once a dialog closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ctx.vault is None, timeout=3000)
    for key in ("ledger", "letters", "photos", "evidence", "settings"):
        click_page(qtbot, win, key)
        run(f"{key} locked", win)

    # the vault dialogs: unlock with its help for a forgotten passphrase, first run in both key modes
    unlock = UnlockDialog("default", win)
    unlock.show()
    qtbot.mouseClick(unlock.btn_forgot, Qt.MouseButton.LeftButton)
    run("unlock", unlock)
    unlock.close()
    first = FirstRunDialog("default", win)
    first.show()
    run("first run (keychain)", first)
    qtbot.mouseClick(first.rb_pass, Qt.MouseButton.LeftButton, pos=first.rb_pass.rect().center().__class__(8, 8))
    QApplication.processEvents()
    run("first run (passphrase)", first)
    first.close()
    assert len(walked) == len(set(walked)) == WALKED, walked  # every view and dialog above was reached
    return problems


def _no_vault(qtbot, check, lang: str = "en") -> list[str]:
    """Every page with no vault at all (the user cancelled the first run)."""
    ctx, win = open_main_window(qtbot, None, lang)
    win.resize(1180, 720)
    out = []
    for key in ("ledger", "letters", "photos", "evidence", "settings"):
        click_page(qtbot, win, key)
        out += [f"[{key} without a vault] {p}" for p in check(win)]
    return out


def test_accessible_names_everywhere(qtbot, full, tmp_path):
    from gui_checks import unnamed_widgets

    problems = _walk(qtbot, full, tmp_path, unnamed_widgets) + _no_vault(qtbot, unnamed_widgets)
    assert not problems, "\n".join(problems)


def test_accessible_names_everywhere_in_chinese(qtbot, full, tmp_path):
    from gui_checks import unnamed_widgets

    problems = _walk(qtbot, full, tmp_path, unnamed_widgets, "zh_CN")
    assert not problems, "\n".join(problems)


def test_pseudo_localisation_everywhere(qtbot, full, tmp_path):
    from gui_checks import untranslated_texts

    data = _data(full)
    with pseudo_localised("en"):
        problems = _walk(qtbot, full, tmp_path, lambda w: untranslated_texts(w, data)) + _no_vault(
            qtbot, lambda w: untranslated_texts(w, data))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_colours_everywhere(qtbot, full, tmp_path, dark):
    from gui_checks import unreadable_colours

    palette = dark_palette() if dark else QApplication.style().standardPalette()
    with palette_applied(palette):
        problems = _walk(qtbot, full, tmp_path, unreadable_colours) + _no_vault(qtbot, unreadable_colours)
    assert not problems, "\n".join(problems)


def test_from_the_ledger_names_the_request_in_words(qtbot, full):
    """Issue 12: "From the ledger" listed requests by their stored id ("deletion"); it names them as the
    Ledger does, in the interface language."""
    from gui_checks import on_dialog
    from PySide6.QtWidgets import QInputDialog

    for lang, word in (("en", "Deletion"), ("zh_CN", None)):
        ctx, win = open_main_window(qtbot, full, lang, started=True)
        ev = click_page(qtbot, win, "evidence")
        offered: list[str] = []
        seen = on_dialog(QInputDialog, lambda d: (offered.extend(d.comboBoxItems()), d.reject()))
        qtbot.mouseClick(ev.ledger_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(seen) > 0, timeout=3000)
        assert seen and len(offered) == 1
        assert "deletion" not in offered[0]
        assert (word or T("LedgerLabels", "Deletion")) in offered[0]
        win.hide()  # not closed: closing the window closes the vault


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_first_run_does_not_show_the_id_default_as_a_name(qtbot, lang):
    """Issue 12: the vault name "default" appeared untranslated. The first-run field is left empty with the
    default vault's name in the interface language as its placeholder; creating it so makes the vault
    "default", and a name the user types is kept as typed."""
    from faceledger.gui import i18n
    from faceledger.gui.vault_dialogs import FirstRunDialog
    from faceledger.vault.store import exists
    from PySide6.QtWidgets import QLineEdit

    i18n.install(lang)
    try:
        d = FirstRunDialog("default")
        qtbot.addWidget(d)
        d.show()
        field = by_name(d, T("FirstRunDialog", "Vault name:"), QLineEdit)
        assert field.text() == "" and field.placeholderText() == T("VaultGate", "default vault")
        assert "default" not in field.placeholderText() or lang == "en"
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert d.vault is not None and d.vault.name == "default" and exists("default")
        d.vault.close()
        other = FirstRunDialog("client-a")
        qtbot.addWidget(other)
        assert other.name_edit.text() == "client-a"
    finally:
        i18n.install("en")
