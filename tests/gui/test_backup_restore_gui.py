"""Back up and restore from Settings, as a user does it: the backup's passphrase typed twice (a typo in a
passphrase asked once would make the backup impossible to open), then the backup restored as a new vault."""

from __future__ import annotations

import pytest
from faceledger.ledger import store
from faceledger.ledger.model import Holder
from gui_checks import by_name, click_page, on_dialog, open_main_window
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton

BACKUP_PW = "correct horse battery 42"


def T(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def type_and_enter(qtbot, text: str):
    """The next passphrase (or name) box: the user types into it and presses Enter."""
    def act(d: QInputDialog):
        field = d.findChild(QLineEdit)
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    return act


def answers(qtbot, texts: list[str], said: list[str]) -> list:
    """Answer the next input boxes in turn with ``texts``; a message box that comes up instead, or after
    the last, is read into ``said`` and closed."""
    seen: list = []

    def read(d: QMessageBox) -> None:
        said.append(d.text())
        d.accept()

    def step(i: int):
        def act(d):
            seen.append(d.labelText())  # what the box asked (the dialog is gone once answered)
            type_and_enter(qtbot, texts[i])(d)
            if i + 1 < len(texts):
                on_dialog(QInputDialog, step(i + 1))
            on_dialog(QMessageBox, read)
        return act

    on_dialog(QInputDialog, step(0))
    return seen


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_backup_asks_the_passphrase_twice_then_restores(qtbot, vault, tmp_path, monkeypatch, lang):
    store.add_holder(vault, Holder(name_zh="健身房", category="other"))
    ctx, win = open_main_window(qtbot, vault, lang, started=True)
    page = click_page(qtbot, win, "settings")
    dest = tmp_path / "mine.flbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(dest), "")))

    # a typo in the repeat: told so, and no backup that nobody could open
    said = []
    seen = answers(qtbot, [BACKUP_PW, BACKUP_PW + "x"], said)
    qtbot.mouseClick(by_name(page, T("SettingsPage", "Back up…"), QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert len(seen) == 2 and said == [T("SettingsPage", "The two passphrases differ.")]
    assert not dest.exists()

    # typed the same twice: written
    said.clear()
    seen = answers(qtbot, [BACKUP_PW, BACKUP_PW], said)
    qtbot.mouseClick(by_name(page, T("SettingsPage", "Back up…"), QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert dest.is_file() and str(dest) in said[0]

    # restored under a new name; a wrong passphrase first asks again for the passphrase alone (the file and the
    # name stay chosen), then the backup's passphrase: the restored vault is the one open
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(dest), "")))
    steps = answers(qtbot, ["restored", "not the passphrase", BACKUP_PW], said)
    qtbot.mouseClick(by_name(page, T("SettingsPage", "Restore from a backup…"), QPushButton),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.vault is not None and ctx.vault.name == "restored", timeout=10000)
    assert [h.name_zh for h in store.list_holders(ctx.vault)] == ["健身房"]
    assert len(steps) == 3 and steps[2].endswith("\n\n" + T("RestoreBackup", "Passphrase of the backup:"))
    assert steps[2].startswith("口令错误" if lang == "zh_CN" else "Wrong passphrase")
    ctx.vault.close()
    ctx.vault = None
