"""The shell as a user meets it, by keyboard and mouse: the menu bar and its shortcuts, the About box, Lock
now / on idle / on screen lock (the key and every decrypted view dropped, back where the user was), the
vault gate instead of dead ends, the checklist's Enter, the holders table's keys."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import weakref
from datetime import date, timedelta
from pathlib import Path

import pytest
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.vault.store import create_vault
from gui_checks import by_name, click_button, on_dialog, open_main_window, toggle
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton, QTableView, QToolButton

PW = "gui test passphrase"


def T(context: str, source: str) -> str:
    """A source string in the interface language (what the user reads)."""
    return QCoreApplication.translate(context, source)


def _fill(v):
    a = store.add_holder(v, Holder(name_zh="杭州野生动物世界", category="attraction", city="杭州"))
    store.add_collection(v, Collection(holder_id=a.id, date="2019-10-17", context="entry", consent="coerced"))
    store.add_request(v, Request(holder_id=a.id, type="deletion", state="sent",
                                 date_sent=(date.today() - timedelta(days=30)).isoformat(),
                                 due_date=(date.today() - timedelta(days=3)).isoformat()))
    store.add_holder(v, Holder(name_zh="万科物业", category="residential", city="深圳"))
    return v


@pytest.fixture
def pass_vault():
    return _fill(create_vault("default", passphrase=PW, use_keychain=False))


def open_window(qtbot, vault, lang="en"):
    return open_main_window(qtbot, vault, lang)


def click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_of(table: QTableView, text: str) -> int:
    m = table.model()
    return next(r for r in range(m.rowCount()) if text in m.index(r, 0).data())


def test_menu_bar_standard_keys_and_mnemonics(qtbot, pass_vault):
    ctx, win = open_window(qtbot, pass_vault, "zh_CN")
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "转到(&G)", "帮助(&H)"]
    assert win.act_lock.shortcut().toString() == "Ctrl+L"
    assert win.act_find.shortcut().toString() == "Ctrl+F"
    assert win.act_new_holder.shortcut().toString() == "Ctrl+N"
    assert win.act_quit.shortcut().toString() == "Ctrl+Q"
    assert "&" in win.act_new_holder.text() and "&" in win.act_about.text()
    # Ctrl+2 goes to Letters, Ctrl+F to the Ledger's search, F1 opens About with the version and licences
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page_key() == "letters"
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page_key() == "ledger"
    assert QCoreApplication.instance().focusWidget() is by_name(win, "搜索持有方", QLineEdit)
    texts: list[str] = []
    seen = on_dialog(QDialog, lambda d: (texts.append(by_name(d, "许可证文本").toPlainText()), d.reject()))
    qtbot.keyClick(win, Qt.Key.Key_F1)
    assert seen and seen[0].windowTitle() == "关于人脸账本"
    assert "SIL OPEN FONT LICENSE" in texts[0].upper()
    ctx.vault = None


def test_lock_drops_the_vault_and_unlock_returns_where_the_user_was(qtbot):
    ctx, win = open_window(qtbot, _fill(create_vault("default", passphrase=PW, use_keychain=False)))
    page = win.show_page("ledger")
    table = by_name(win, "Holders", QTableView)
    click_row(qtbot, table, row_of(table, "万科物业"))
    assert "万科物业" in by_name(win, "Holder details").toPlainText()
    gone = weakref.ref(ctx.vault)
    page_ref = weakref.ref(page)
    del page
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.vault is None and ctx.locked_name == "default"
    unlock = by_name(win, "Unlock…", QPushButton)  # the gate, in front of the page the user was on
    assert win.current_page_key() == "ledger"
    QCoreApplication.sendPostedEvents(None, 0)   # deleteLater of the pages
    gc.collect()
    assert page_ref() is None                     # the decrypted views are gone
    if gone() is not None:
        holders = [type(r).__name__ for r in gc.get_referrers(gone())]
        raise AssertionError(f"the locked vault is still referred to by {holders}")
    assert "Locked" in win._vault_label.text()
    # every page shows the locked state, Settings too (with its own Unlock)
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert by_name(win, "Unlock…", QPushButton).isVisible()
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)

    def type_passphrase(d):
        qtbot.keyClicks(d.pw, "wrong words")
        qtbot.keyClick(d.pw, Qt.Key.Key_Return)
        assert "Wrong passphrase" in d.error.text()
        assert d.pw.selectedText() == "wrong words"  # typing replaces it, as in KeePassXC
        qtbot.keyClicks(d.pw, PW)
        qtbot.keyClick(d.pw, Qt.Key.Key_Return)

    seen = on_dialog(QDialog, type_passphrase)
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    assert seen and ctx.vault is not None
    assert win.current_page_key() == "ledger"
    table = by_name(win, "Holders", QTableView)
    sel = table.selectionModel().selectedRows()
    assert sel and "万科物业" in sel[0].data()          # the same holder, as before the lock
    ctx.vault.close()
    ctx.vault = None


def test_lock_closes_open_dialogs_without_saving(qtbot, pass_vault):
    ctx, win = open_window(qtbot, pass_vault)
    win.show_page("ledger")
    table = by_name(win, "Holders", QTableView)
    click_row(qtbot, table, row_of(table, "万科物业"))

    def lock_while_editing(d):
        qtbot.keyClicks(d.fields["city"], "changed")
        win.lock()  # what the idle timer does while the dialog is open

    seen = on_dialog(QDialog, lock_while_editing)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen and not seen[0].isVisible() and ctx.vault is None
    from faceledger.vault.store import open_vault

    with open_vault("default", PW) as v:
        assert [h.city for h in store.list_holders(v, "万科")] == ["深圳"]


def test_idle_lock(qtbot, pass_vault, monkeypatch):
    from faceledger.gui import auto_lock

    monkeypatch.setattr(auto_lock, "MS_PER_MINUTE", 600)  # a "minute" of 600 ms
    ctx, win = open_window(qtbot, pass_vault)
    win.settings.auto_lock_minutes = 1
    win.start()
    qtbot.waitUntil(lambda: win.idle_lock is not None, timeout=2000)
    for _ in range(5):  # typing keeps it open
        qtbot.wait(200)
        qtbot.keyClick(win.nav, Qt.Key.Key_Down)
        assert ctx.vault is not None
    qtbot.waitUntil(lambda: ctx.vault is None, timeout=3000)
    assert ctx.locked_name == "default"


@pytest.mark.skipif(not shutil.which("dbus-run-session") or not shutil.which("dbus-send"),
                    reason="needs dbus-run-session and dbus-send (Debian: dbus-daemon, dbus-bin)")
def test_screen_lock_signal_on_a_real_session_bus(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text('''
import os, subprocess
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from faceledger.gui.auto_lock import ScreenLockWatcher
w = ScreenLockWatcher()
print("watching", len(w.watching), flush=True)
w.screen_locked.connect(lambda: (print("LOCKED", flush=True), app.quit()))
def send(active):
    subprocess.run(["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:" + active], check=True)
QTimer.singleShot(100, lambda: send("false"))
QTimer.singleShot(300, lambda: send("true"))
QTimer.singleShot(8000, lambda: (print("TIMEOUT", flush=True), app.quit()))
app.exec()
''')
    r = subprocess.run(["dbus-run-session", "--", sys.executable, str(probe)], capture_output=True, text=True,
                       timeout=60)
    assert "watching 3" in r.stdout and r.stdout.count("LOCKED") == 1 and "TIMEOUT" not in r.stdout, r


def test_no_vault_is_no_dead_end(qtbot):
    ctx, win = open_window(qtbot, None)
    win.show_page("ledger")
    create = by_name(win, "Create a vault…", QPushButton)
    assert by_name(win, "Restore from a backup…", QPushButton).isVisible()
    assert not win.act_lock.isEnabled() and not win.act_new_holder.isEnabled()
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)   # Letters: the same way out
    assert by_name(win, "Create a vault…", QPushButton).isVisible()
    seen = on_dialog(QDialog, lambda d: click_button(d, "Create vault"))
    qtbot.mouseClick(by_name(win, "Create a vault…", QPushButton), Qt.MouseButton.LeftButton)
    assert seen and ctx.vault is not None and win.current_page_key() == "letters"
    assert not create.isVisible() if not _deleted(create) else True
    ctx.vault.close()
    ctx.vault = None


def _deleted(w) -> bool:
    try:
        w.isVisible()
        return False
    except RuntimeError:
        return True


def test_pages_without_a_vault_say_why_things_are_disabled(qtbot):
    from faceledger.gui.context import AppContext
    from faceledger.gui.pages.ledger_page import LedgerPage
    from faceledger.gui.pages.letters_page import LettersPage

    ledger = LedgerPage(AppContext(None, "en"))
    qtbot.addWidget(ledger)
    ledger.show()
    more = by_name(ledger, "More", QPushButton)
    assert not more.isEnabled() and "vault" in more.toolTip()
    letters = LettersPage(AppContext(None, "en"))
    qtbot.addWidget(letters)
    letters.show()
    nxt = by_name(letters, "Next", QPushButton)
    assert not nxt.isEnabled() and "vault" in nxt.toolTip()


def test_holders_table_keys(qtbot, pass_vault, monkeypatch):
    ctx, win = open_window(qtbot, pass_vault)
    win.show_page("ledger")
    table = by_name(win, "Holders", QTableView)
    assert not table.tabKeyNavigation()
    click_row(qtbot, table, row_of(table, "万科物业"))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()                    # Tab leaves the table
    table.setFocus()
    seen = on_dialog(QDialog, lambda d: d.reject())
    qtbot.keyClick(table, Qt.Key.Key_Return)       # Enter opens the holder
    assert seen and seen[0].windowTitle() == "Edit holder"
    win.activateWindow()  # where the closed dialog gives the focus back
    table.setFocus()
    seen = on_dialog(QMessageBox, lambda d: click_button(d, "Cancel"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)       # Delete asks first; Cancel keeps it
    assert seen and len(store.list_holders(pass_vault)) == 2
    win.activateWindow()
    table.setFocus()
    seen = on_dialog(QMessageBox, lambda d: click_button(d, "Delete"))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert seen and [h.name_zh for h in store.list_holders(pass_vault)] == ["杭州野生动物世界"]
    ctx.vault = None


def test_checklist_enter_goes_forward_and_records(qtbot, vault):
    ctx, win = open_window(qtbot, vault)
    win.show_page("ledger")
    find = by_name(win, "Find who holds your face…", QPushButton)   # the empty ledger's primary action

    def answer(d):
        box = next(cb for cb in d.checks.values() if cb.isVisible())
        toggle(qtbot, box)
        assert box.isChecked()
        qtbot.keyClick(d, Qt.Key.Key_Return)       # Next, not Cancel
        page = d.item_pages[0]
        assert d.stack.currentWidget() is page
        qtbot.keyClicks(page.name, "Alipay")  # QTest types Latin-1 only
        qtbot.keyClick(page.name, Qt.Key.Key_Return)  # the last page: records

    seen = on_dialog(QDialog, answer)
    qtbot.mouseClick(find, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert [h.name_zh for h in store.list_holders(vault)] == ["Alipay"]


def test_request_dialog_defaults_to_the_only_collection(qtbot, pass_vault):
    from faceledger.gui.pages.ledger_dialogs import RequestDialog

    h = store.list_holders(pass_vault, "杭州")[0]
    d = RequestDialog(pass_vault, h)
    qtbot.addWidget(d)
    assert d.fields["collection"].currentData() == store.list_collections(pass_vault, h.id)[0].id


def test_tray_click_opens_the_next_letters(qtbot, pass_vault):
    ctx, win = open_window(qtbot, pass_vault)
    win.start()
    qtbot.waitUntil(lambda: win.reminders is not None, timeout=2000)
    btn = by_name(win, T("LettersLabels", "FaceLedger: replies due"), QToolButton)
    assert "1 overdue" in btn.text()
    win.reminders.open_requested.emit()            # what the tray icon's activated signal sends
    assert win.current_page_key() == "letters"
    ctx.vault = None


def test_settings_turn_the_tray_and_auto_lock_on_and_off(qtbot, pass_vault):
    from PySide6.QtWidgets import QCheckBox, QSpinBox

    ctx, win = open_window(qtbot, pass_vault)
    win.start()
    qtbot.waitUntil(lambda: win.reminders is not None, timeout=2000)
    win.show_page("settings")
    spin = by_name(win, "Lock after this many idle minutes:", QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    assert win.idle_lock.minutes == 3 and win.settings.auto_lock_minutes == 3
    tray = by_name(win, "Show reply deadlines in the system tray", QCheckBox)
    if tray.isChecked():
        toggle(qtbot, tray)
    assert win.reminders.tray is None and not win.settings.tray_reminders
    ctx.vault = None


def test_dev_app_without_a_display_says_so_in_one_line():
    import os

    dev = Path(__file__).resolve().parents[2] / "dev"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run(["bash", str(dev), "app"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0], r.stderr


def test_a_keychain_vault_left_mid_move_to_a_passphrase_asks_for_it(qtbot, mem_keyring):
    """A keychain vault whose move to a passphrase was interrupted after the database took the new key: its
    key is only behind the passphrase now. The app asks for it (as the CLI does) instead of refusing with
    'needs its passphrase'."""
    from faceledger.vault import keys

    v = create_vault("default")
    v.set_setting("s", 5)
    new = keys.new_key()
    keys.write_keyfile(v.path / "vault.key.pending", keys.wrap_key(new, PW))
    v.db.execute(f"PRAGMA rekey = \"x'{keys.derive(new, 'sqlcipher').hex()}'\"")
    v.close()  # "crash" before vault.json says passphrase
    ctx, win = open_window(qtbot, None)
    assert ctx.vault is None

    def type_passphrase(d):
        qtbot.keyClicks(d.pw, PW)
        qtbot.keyClick(d.pw, Qt.Key.Key_Return)

    seen = on_dialog(QDialog, type_passphrase)
    qtbot.mouseClick(by_name(win, "Open a vault…", QPushButton), Qt.MouseButton.LeftButton)
    assert seen and ctx.vault is not None
    assert ctx.vault.get_setting("s") == 5 and ctx.vault.meta.key_mode == "passphrase"
    ctx.vault.close()
    ctx.vault = None


def test_locking_on_the_settings_page_leaves_the_page_with_its_unlock_button(qtbot, vault):
    """Ctrl+L (or the idle lock) while Settings is shown: Settings stays, saying the vault is locked and
    offering Unlock (before, the page was dropped and nothing took its place: a blank window)."""
    from gui_checks import click_page

    ctx, win = open_main_window(qtbot, vault, "zh_CN", started=True)
    click_page(qtbot, win, "settings")
    win.activateWindow()
    qtbot.waitUntil(lambda: QCoreApplication.instance().activeWindow() is win, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert ctx.vault is None
    unlock = by_name(win, T("SettingsPage", "Unlock…"), QPushButton)
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)  # a keychain vault opens without a question
    qtbot.waitUntil(lambda: ctx.vault is not None, timeout=8000)
    assert win.current_page_key() == "settings"
    ctx.vault.close()
    ctx.vault = None
