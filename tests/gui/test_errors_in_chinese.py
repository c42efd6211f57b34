"""With the Chinese interface, the core's errors reach the user in Chinese: dialogs, message boxes, page
messages and errors from background workers. The English interface keeps the English texts."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from faceledger.gui import i18n
from faceledger.gui.app import build_window
from faceledger.gui.context import AppContext
from faceledger.vault.store import create_vault

PW = "gui test passphrase"
# four or more English words in a row: an English sentence left in a Chinese message
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}")


@pytest.fixture
def english_after():
    """Tests here install the Chinese translation; put English back so later tests see the source texts."""
    yield
    i18n.install("en")


def _window(qtbot, vault, lang):
    ctx, win = build_window(vault, lang)
    qtbot.addWidget(win)
    return ctx, win


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _restore_with_wrong_passphrase(qtbot, vault, tmp_path, monkeypatch, lang: str) -> list[str]:
    """Settings → restore a backup, giving the wrong passphrase, in interface language ``lang``."""
    from faceledger.vault.backup import backup

    backup(vault, tmp_path / "b.flbackup", PW)
    ctx, win = _window(qtbot, vault, lang)
    page = win.show_page("settings")
    shown = _warnings(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "b.flbackup"), ""))
    # the name, a wrong passphrase, then Cancel on the question asked again (which says what went wrong)
    replies = iter([("restored", True), ("not the passphrase", True), ("", False)])
    asked: list[str] = []

    def get_text(parent, title, label, *a, **k):
        asked.append(label)
        return next(replies)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    page.restore()
    ctx.vault = None
    assert len(asked) == 3
    return shown + [asked[2].rsplit("\n\n", 1)[0]]


def test_restoring_a_backup_with_a_wrong_passphrase_says_so_in_chinese(qtbot, vault, tmp_path, monkeypatch,
                                                                       english_after):
    shown = _restore_with_wrong_passphrase(qtbot, vault, tmp_path, monkeypatch, "zh_CN")
    assert shown == ["口令错误：保险库没有打开，也未做任何更改。\n请检查口令（键盘布局、大写锁定）后重试。"]


def test_english_interface_keeps_the_english_message(qtbot, vault, tmp_path, monkeypatch, english_after):
    shown = _restore_with_wrong_passphrase(qtbot, vault, tmp_path, monkeypatch, "en")
    assert shown and shown[0].startswith("Wrong passphrase: the vault was not opened")


def _ledger_import(qtbot, vault, monkeypatch, path, method: str):
    """The Chinese ledger page importing ``path`` with ``method``: (ctx, page, the warnings it showed)."""
    ctx, win = _window(qtbot, vault, "zh_CN")
    page = win.show_page("ledger")
    shown = _warnings(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    getattr(page, method)()
    return ctx, page, shown


def test_corrupt_ledger_import_is_explained_in_chinese(qtbot, vault, tmp_path, monkeypatch, english_after):
    bad = tmp_path / "export.json"
    bad.write_text('{"format": "faceledger-export",\n "version": 1, "holders": [', encoding="utf-8")
    ctx, page, shown = _ledger_import(qtbot, vault, monkeypatch, bad, "import_json")
    assert len(shown) == 1
    assert shown[0].startswith(f"{bad} 不是有效的 JSON（第 2 行第 ")
    assert "此处应有一个值" in shown[0] and "没有从中读取任何内容" in shown[0]
    assert not ENGLISH_SENTENCE.search(shown[0]), shown[0]

    # a readable export whose holders are wrong: every problem listed, with its place, in Chinese
    bad.write_text(json.dumps({"format": "faceledger-export", "version": 1, "holders": [
        {"name_zh": "某超市", "category": "shop"}, {"name_zh": "某酒店", "category": "hotel",
                                                 "collections": [{"date": "2019-13-01"}]}]}), encoding="utf-8")
    shown.clear()
    page.import_json()
    lines = shown[0].splitlines()
    assert lines[0] == f"{bad} 有 2 个问题；未导入任何内容。"
    assert lines[1].startswith("  holders[0]：category：不允许 'shop'；")
    assert lines[2] == "  holders[1].collections[0]：date：'2019-13-01' 不是日期（请用 YYYY-MM-DD 格式）。"
    assert not ENGLISH_SENTENCE.search(shown[0]), shown[0]
    ctx.vault = None


def test_csv_import_problems_name_their_lines_in_chinese(qtbot, vault, tmp_path, monkeypatch, english_after):
    csv = tmp_path / "holders.csv"
    csv.write_text("name,category,email\n某超市,retail,not-an-email\n,hotel,\n", encoding="utf-8")
    ctx, page, shown = _ledger_import(qtbot, vault, monkeypatch, csv, "import_csv")
    assert shown[0].splitlines() == [f"{csv} 有 2 个问题；未导入任何内容。",
                                     "  第 2 行：email：'not-an-email' 不是电子邮箱地址。",
                                     "  第 3 行：name 为必填项。"]
    ctx.vault = None


def test_holder_dialog_names_the_field_and_the_problem_in_chinese(qtbot, vault, english_after):
    from faceledger.gui.pages.ledger_dialogs import HolderDialog

    i18n.install("zh_CN")
    dlg = HolderDialog(vault)
    qtbot.addWidget(dlg)
    dlg.fields["name"].setText("某超市")
    dlg.fields["email"].setText("not an email")
    dlg._save()
    assert dlg.error.text() == "请检查“电子邮箱”：'not an email' 不是电子邮箱地址。"  # no field id (issue 12)


def test_first_run_and_unlock_dialogs_in_chinese(qtbot, tmp_path, english_after):
    import keyring
    import keyring.backends.fail

    from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog
    from faceledger.vault.store import read_meta

    keyring.set_keyring(keyring.backends.fail.Keyring())
    dlg = FirstRunDialog("default", lang="zh")
    qtbot.addWidget(dlg)
    dlg.pw1.setText("short")
    dlg.pw2.setText("short")
    dlg.create()
    assert dlg.error.text() == "口令太短：至少需要 8 个字符。" and dlg.vault is None

    create_vault("v", passphrase=PW, use_keychain=False).close()
    (read_meta("v").path / "vault.key").write_text("{not json", encoding="utf-8")  # a damaged key file
    unlock = UnlockDialog("v", lang="zh")
    qtbot.addWidget(unlock)
    unlock.pw.setText(PW)
    unlock.unlock()
    assert unlock.vault is None
    assert unlock.error.text().startswith("无法读取保险库的密钥文件")
    assert unlock.error.text().endswith("请从备份恢复保险库（“设置”页面的“从备份恢复……”）。")


def test_worker_errors_and_bundle_reports_in_chinese(qtbot, vault, tmp_path, english_after):
    from faceledger.evidence import store
    from faceledger.evidence.model import NewEntry
    from faceledger.gui.pages.evidence_page import EvidencePage

    i18n.install("zh_CN")
    page = EvidencePage(AppContext(vault, "zh"))
    qtbot.addWidget(page)
    page.show()
    case = store.create_case(vault, "某案件")
    store.add_entry(vault, case, NewEntry(kind="note", title="记录", occurred_at="2019-10-17"))
    page.select_case(case.uid)

    # an error raised inside a pool worker: the page says it in the interface language
    page.export_bundle(str(tmp_path / "no such folder" / "case.zip"))
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.last_error == f"文件夹 {tmp_path / 'no such folder'} 不存在。\n请选择一个已有的文件夹。"

    # a bundle that does not verify: the reason in Chinese
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    page.verify_file(str(junk))
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    text = page.detail.toPlainText()
    assert text.splitlines()[:2] == ["证据包核验未通过。", "✗ junk.zip 不是 ZIP 文件（证据包是 .zip 文件）"]
    assert not ENGLISH_SENTENCE.search(text), text
