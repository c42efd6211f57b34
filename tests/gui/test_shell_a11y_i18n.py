"""The shared checks over the shell and the Ledger, Letters and Settings pages and their dialogs: accessible
names, pseudo-localisation (every visible text translated at display time) and text colours readable on a
light and on a dark palette."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from faceledger.law.facts import Sender
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.letters import record
from gui_checks import (
    assert_accessible_names,
    assert_pseudo_localised,
    assert_readable_colours,
    dark_palette,
    open_main_window,
    palette_applied,
    pseudo_localised,
)
from PySide6.QtWidgets import QApplication, QTableView

MY_PAGES = ("ledger", "letters", "settings")


@pytest.fixture
def filled(vault):
    a = store.add_holder(vault, Holder(name_zh="杭州野生动物世界", category="attraction", city="杭州",
                                       email="pi@park.example"))
    c = store.add_collection(vault, Collection(holder_id=a.id, date="2019-10-17", context="entry", consent="coerced",
                                               alternative_offered=False))
    store.add_request(vault, Request(holder_id=a.id, type="deletion", state="sent", channel="post",
                                     collection_id=c.id, date_sent=(date.today() - timedelta(days=30)).isoformat(),
                                     due_date=(date.today() - timedelta(days=3)).isoformat()))
    store.add_holder(vault, Holder(name_zh="万科物业", category="residential", city="深圳"))
    record.save_sender(vault, Sender(name="Li Ming", email="liming@example.com"))
    return vault


# what the user typed or the system named: shown as data, never translated
DATA = ["杭州野生动物世界", "万科物业", "杭州", "深圳", "pi@park.example", "Li Ming", "liming@example.com",
        "FaceLedger 人脸账本", "中文（简体）", "English", "Noto Sans SC", "MediaPipe", "Qt", "PySide6", "default",
        "conftest.MemoryKeyring", "MemoryKeyring"]


def _window(qtbot, vault, lang="en"):
    return open_main_window(qtbot, vault, lang, started=True)


def _views(qtbot, win):
    """Each state of the shell's pages worth looking at, as (name, widget to check)."""
    for key in MY_PAGES:
        page = win.show_page(key)
        if key == "ledger":
            table = page.findChild(QTableView)
            table.selectRow(0)
        if key == "letters":
            for step in range(3):
                page.go_to(step)
                QApplication.processEvents()
                yield f"letters step {step + 1}", win
            continue
        QApplication.processEvents()
        yield key, win
    win.lock()
    for key in (*MY_PAGES, "photos", "evidence"):
        win.show_page(key)
        QApplication.processEvents()
        yield f"{key} locked", win


def _dialogs(win, vault_available: bool):
    from faceledger.gui.about_dialog import AboutDialog
    from faceledger.gui.pages.letters_sent_dialog import MarkSentDialog
    from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog

    made = [("about", AboutDialog(win)), ("unlock", UnlockDialog("default", win)),
            ("first run", FirstRunDialog("default", win)), ("mark sent", MarkSentDialog("email", win))]
    if vault_available:
        from faceledger.gui.pages.ledger_checklist import ChecklistDialog
        from faceledger.gui.pages.ledger_dialogs import CollectionDialog, HolderDialog, RequestDialog

        v = win.ctx.vault
        h = store.list_holders(v, "杭州")[0]
        made += [("holder", HolderDialog(v, h, win)), ("collection", CollectionDialog(v, h, None, win)),
                 ("request", RequestDialog(v, h, store.list_requests(v, holder_id=h.id)[0], win)),
                 ("checklist", ChecklistDialog(win.ctx, win))]
    for name, d in made:
        if name == "first run":
            d.rb_pass.setChecked(True)
        if name == "unlock":
            d._forgot()
        d.show()
        QApplication.processEvents()
        yield name, d
        d.close()


def _check_all(qtbot, vault, check, lang="en"):
    ctx, win = _window(qtbot, vault, lang)
    problems = []
    for name, d in _dialogs(win, True):
        try:
            check(d)
        except AssertionError as err:
            problems.append(f"[{name} dialog] {err}")
    for name, w in _views(qtbot, win):
        try:
            check(w)
        except AssertionError as err:
            problems.append(f"[{name}] {err}")
    assert not problems, "\n".join(problems)


def test_every_interactive_widget_has_an_accessible_name(qtbot, filled):
    _check_all(qtbot, filled, assert_accessible_names)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_accessible_names_in_chinese_too(qtbot, filled, lang):
    ctx, win = _window(qtbot, filled, lang)
    win.show_page("ledger")
    assert_accessible_names(win)


def _data(vault) -> list[str]:
    """DATA, and what this vault shows as data: its path, the law's own words quoted in Chinese (quoted
    byte for byte, never translated), the names and licence texts of the shipped components."""
    from faceledger.gui.about_dialog import shipped
    from faceledger.letters.compose import compose
    from faceledger.paths import resource

    h = store.list_holders(vault, "杭州")[0]
    facts = record.facts_from_ledger(vault, h.id)
    quotes = [line for kind in ("withdrawal", "deletion") for c in compose(facts, kind, "en").citations
              for q in c.quotes for line in q.text_zh.splitlines()]
    licences = [ln.strip().replace("&", "") for s in shipped() for ln in resource(*s.files).read_text(encoding="utf-8").splitlines()]
    return [*DATA, str(vault.path), *quotes, *(f"{s.what} — {s.licence}" for s in shipped()), *licences]


def test_every_visible_text_is_translated_at_display_time(qtbot, filled):
    data = _data(filled)
    with pseudo_localised("en"):
        _check_all(qtbot, filled, lambda w: assert_pseudo_localised(w, data))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_colours_are_readable(qtbot, filled, dark):
    from PySide6.QtWidgets import QApplication

    palette = dark_palette() if dark else QApplication.style().standardPalette()
    with palette_applied(palette):
        _check_all(qtbot, filled, assert_readable_colours)
