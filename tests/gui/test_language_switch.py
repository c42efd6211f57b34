"""The interface language switched at runtime from Settings, as the app does it (``app.open_window``): the new
window keeps what the old one had, the open vault or the locked one, and the idle lock the user set."""

from __future__ import annotations

from faceledger.gui.app import open_window
from faceledger.gui.app_settings import AppSettings
from gui_checks import by_name, click_page
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton


def pick_language(qtbot, holder: dict, code: str):
    """On the Settings page, the user goes to the language list and chooses with the arrow keys; returns the
    window that replaced the old one, once it is on screen."""
    win = holder["win"]
    combo = click_page(qtbot, win, "settings").lang
    combo.setFocus()
    while combo.currentData() != code:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.findData(code) > before else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, "the arrow keys do not move through the languages"
    new = holder["win"]
    assert new is not win
    qtbot.waitUntil(lambda: new._painted and new.current_page_key() == "settings"
                    and new._pages["settings"].isVisible(), timeout=3000)
    return new


def test_switching_language_keeps_the_vault_the_lock_and_the_idle_lock(qtbot, vault):
    vault.close()
    settings = AppSettings.load()
    settings.auto_lock_minutes = 5
    settings.save()
    holder: dict = {}
    first = open_window(holder, "zh_CN", settings)
    qtbot.waitUntil(lambda: first.ctx.vault is not None and first.idle_lock is not None, timeout=8000)

    win = pick_language(qtbot, holder, "en")
    assert win.ctx.vault is not None
    assert win.nav.item(0).text().strip() == "Ledger"  # the new window speaks English
    # the auto-lock the user set is armed in the new window: idle, it locks
    assert win.idle_lock is not None and win.idle_lock.minutes == 5 and win.idle_lock.timer.isActive()
    win.idle_lock.timer.start(50)  # five idle minutes, shortened
    qtbot.waitUntil(lambda: win.ctx.vault is None, timeout=3000)

    # switched while locked: the new window is locked too (not "no vault open"), and offers Unlock
    locked = pick_language(qtbot, holder, "zh_CN")
    assert locked.ctx.vault is None and locked.ctx.locked_name == "default"
    unlock = by_name(locked, QCoreApplication.translate("SettingsPage", "Unlock…"), QPushButton)
    assert unlock.isVisible()
    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)  # a keychain vault opens without a question
    qtbot.waitUntil(lambda: locked.ctx.vault is not None, timeout=8000)
    assert locked.ctx.vault.name == "default"
    locked.ctx.vault.close()
    locked.ctx.vault = None
    locked.close()
    locked.deleteLater()  # the app deletes each window it replaces; the last one goes here
