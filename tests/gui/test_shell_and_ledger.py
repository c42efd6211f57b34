"""First run, unlock, the main window and the Ledger page, driven through real widgets."""

from datetime import date, timedelta

import pytest
from faceledger.gui.app import build_window, install_cjk_font
from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog
from faceledger.ledger import store
from faceledger.ledger.model import Collection, Holder, Request
from faceledger.vault.store import create_vault, exists, open_vault
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

PW = "gui test passphrase"


def test_first_run_with_keychain(qtbot):
    dlg = FirstRunDialog("default")
    qtbot.addWidget(dlg)
    assert dlg.rb_keychain.isEnabled() and dlg.rb_keychain.isChecked()
    assert not dlg.pass_box.isVisible()
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.vault is not None and dlg.vault.meta.key_mode == "keychain"
    dlg.vault.close()
    assert exists("default")


def test_first_run_passphrase_when_no_keychain(qtbot):
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    dlg = FirstRunDialog("default")
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.rb_keychain.isEnabled() and dlg.rb_pass.isChecked()
    assert dlg.pass_box.isVisible()
    qtbot.keyClicks(dlg.pw1, "short")
    assert dlg.strength.value() == 0
    dlg.pw2.setText("different")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "differ" in dlg.error.text() and dlg.vault is None
    dlg.pw2.setText("short")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "too short" in dlg.error.text() and not exists("default")
    dlg.pw1.setText("four random words here 7")
    dlg.pw2.setText("four random words here 7")
    assert dlg.strength.value() >= 3
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.vault is not None and dlg.vault.meta.key_mode == "passphrase"
    dlg.vault.close()


def test_unlock_wrong_then_right(qtbot):
    create_vault("v", passphrase=PW, use_keychain=False).close()
    dlg = UnlockDialog("v")
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.pw, "wrong passphrase")
    dlg.unlock()
    assert dlg.vault is None and "Wrong passphrase" in dlg.error.text()
    dlg.pw.setText(PW)
    dlg.unlock()
    assert dlg.vault is not None and dlg.result() == dlg.DialogCode.Accepted
    dlg.vault.close()


@pytest.fixture
def filled_vault(vault):
    a = store.add_holder(vault, Holder(name_zh="杭州野生动物世界", name_en="Hangzhou Safari Park",
                                       category="attraction", city="杭州"))
    store.add_collection(vault, Collection(holder_id=a.id, date="2019-10-17", context="entry", consent="coerced"))
    past = (date.today() - timedelta(days=3)).isoformat()
    store.add_request(vault, Request(holder_id=a.id, type="deletion", state="sent",
                                     date_sent=(date.today() - timedelta(days=30)).isoformat(), due_date=past))
    store.add_holder(vault, Holder(name_zh="万科物业", category="residential", city="深圳"))
    store.add_holder(vault, Holder(name_zh="某健身房", category="other", city="上海"))
    return vault


def make_window(qtbot, vault, lang="en"):
    ctx, win = build_window(vault, lang)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return ctx, win


def test_main_window_pages_and_ledger_table(qtbot, filled_vault):
    ctx, win = make_window(qtbot, filled_vault)
    page = win.show_page("ledger")
    assert page.model.rowCount() == 3
    names = [page.model.index(r, 0).data() for r in range(3)]
    assert "杭州野生动物世界 (Hangzhou Safari Park)" in names
    park = names.index("杭州野生动物世界 (Hangzhou Safari Park)")
    assert page.model.index(park, 5).data() == 1  # overdue
    qtbot.waitUntil(page.overdue_banner.isVisible, timeout=2000)
    page.table.selectRow(park)
    html = page.detail.toHtml()
    assert "2019-10-17" in html and "Overdue" in html
    # search as you type
    page.search.setText("深圳")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == "万科物业"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=2000)
    for key in ("photos", "evidence", "settings", "letters"):
        assert win.show_page(key) is not None
    ctx.vault = None


def test_add_holder_dialog_validates_and_saves(qtbot, filled_vault, monkeypatch):
    from faceledger.gui.pages.ledger_dialogs import HolderDialog

    dlg = HolderDialog(filled_vault)
    qtbot.addWidget(dlg)
    dlg.fields["name"].setText("某超市")
    dlg.fields["email"].setText("not an email")
    dlg._save()
    assert "email" in dlg.error.text() and dlg.holder is None
    assert dlg.error.text().startswith("Check “E-mail”: ")  # where to look, in the interface language
    dlg.fields["email"].setText("pi@shop.example")
    i = dlg.fields["category"].findData("retail")
    dlg.fields["category"].setCurrentIndex(i)
    dlg._save()
    assert dlg.holder is not None and dlg.holder.id
    assert store.get_holder(filled_vault, dlg.holder.id).category == "retail"


def test_collection_and_request_dialogs(qtbot, filled_vault):
    from faceledger.gui.pages.ledger_dialogs import CollectionDialog, RequestDialog

    h = store.list_holders(filled_vault, "万科")[0]
    dlg = CollectionDialog(filled_vault, h)
    qtbot.addWidget(dlg)
    dlg.fields["date"].set_value("2023-03-01")
    dlg.fields["consent"].setCurrentIndex(dlg.fields["consent"].findData("bundled"))
    dlg.fields["alternative_offered"].setCurrentIndex(dlg.fields["alternative_offered"].findData(False))
    dlg.inference_boxes["health"].setChecked(True)
    dlg._save()
    c = store.list_collections(filled_vault, h.id)[0]
    assert (c.date, c.consent, c.alternative_offered, c.sensitive_inference) == ("2023-03-01", "bundled", False,
                                                                                ["health"])
    rd = RequestDialog(filled_vault, h)
    qtbot.addWidget(rd)
    rd.fields["type"].setCurrentIndex(rd.fields["type"].findData("withdrawal"))
    rd.fields["due_date"].set_value("2000-01-01")  # before the date sent: refused, names the field
    rd._save()
    assert "due_date" in rd.error.text()
    rd.fields["due_date"].set_value((date.today() + timedelta(days=21)).isoformat())
    rd._save()
    r = store.list_requests(filled_vault, holder_id=h.id)[0]
    assert r.type == "withdrawal" and r.state == "sent"
    upd = RequestDialog(filled_vault, h, r)
    qtbot.addWidget(upd)
    upd.fields["state"].setCurrentIndex(upd.fields["state"].findData("answered_complied"))
    upd.fields["reply_date"].set_value(date.today().isoformat())
    upd.fields["event_note"].setText("已删除")
    upd._save()
    assert [e.state for e in store.request_events(filled_vault, r.id)] == ["sent", "answered_complied"]


def test_checklist_dialog_records_holders(qtbot, vault):
    from faceledger.gui.context import AppContext
    from faceledger.gui.pages.ledger_checklist import ChecklistDialog

    ctx = AppContext(vault, "zh")
    dlg = ChecklistDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.next()
    assert "至少" in dlg.progress.text() or "at least" in dlg.progress.text()
    dlg.checks["parks_zoos"].setChecked(True)
    dlg.checks["face_payment"].setChecked(True)
    dlg.next()
    first = dlg.item_pages[0]
    dlg.next()  # no name yet: stays
    assert dlg.stack.currentWidget() is first and first.error.text()
    first.name.setText("某支付平台")
    w = first.inputs["consent"]
    w.setCurrentIndex(w.findData("bundled"))
    dlg.next()
    second = dlg.item_pages[1]
    second.name.setText("杭州野生动物世界")
    second.city.setText("杭州")
    dlg.next()
    assert dlg.recorded == 2
    hs = {h.name_zh: h for h in store.list_holders(vault)}
    assert hs["某支付平台"].category == "payment"
    assert store.list_collections(vault, hs["某支付平台"].id)[0].consent == "bundled"
    assert hs["杭州野生动物世界"].category == "attraction"


def test_chinese_interface_is_translated(qtbot, filled_vault):
    ctx, win = make_window(qtbot, filled_vault, "zh_CN")
    assert win.nav.item(0).text().strip() == "账本"
    page = win.show_page("ledger")
    assert page.btn_add.text() == "添加持有方……"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "持有方"
    assert ctx.lang == "zh"
    ctx.vault = None


def test_cjk_font_is_installed(qapp):
    from PySide6.QtGui import QFont, QFontInfo

    old = qapp.font()
    qapp.setFont(QFont("Sans Serif"))  # the fontconfig alias most Linux desktops hand Qt
    try:
        install_cjk_font(qapp)
        assert "Noto Sans SC" in qapp.font().families()
        # English stays in the Latin font: the alias is resolved before the fallback is added (issue 12)
        assert QFontInfo(qapp.font()).family() != "Noto Sans SC"
        assert qapp.font().families()[-1] == "Noto Sans SC"
    finally:
        qapp.setFont(old)


def test_window_starts_first_run_when_no_vault(qtbot, monkeypatch):
    seen = []

    def fake_exec(self):
        seen.append(type(self).__name__)
        return 0

    monkeypatch.setattr(FirstRunDialog, "exec", fake_exec)
    ctx, win = make_window(qtbot, None)
    win.start()
    qtbot.waitUntil(lambda: seen == ["FirstRunDialog"], timeout=2000)
    assert ctx.vault is None
    assert "No vault" in win._vault_label.text()


def test_window_unlocks_passphrase_vault(qtbot, monkeypatch):
    create_vault("default", passphrase=PW, use_keychain=False).close()

    def fake_exec(self):
        self.pw.setText(PW)
        self.unlock()
        return 1

    monkeypatch.setattr(UnlockDialog, "exec", fake_exec)
    ctx, win = make_window(qtbot, None)
    win.start()
    qtbot.waitUntil(lambda: ctx.vault is not None, timeout=3000)
    assert "default" in win._vault_label.text()
    win.close()
    assert open_vault("default", PW).db is not None


def test_keychain_vault_missing_key_shows_message(qtbot, monkeypatch, mem_keyring):
    create_vault("default").close()
    mem_keyring.store.clear()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    ctx, win = make_window(qtbot, None)
    assert win.ensure_vault() is False
    assert shown and "keychain" in shown[0]


def test_language_switch_from_settings_rebuilds_window(qtbot, filled_vault, monkeypatch):
    from faceledger.gui import app as app_mod

    opened = []

    class FakeQApp:
        def exec(self):
            return 0

    monkeypatch.setattr(app_mod, "make_app", lambda argv=None, cjk_font=True: FakeQApp())
    real_build = app_mod.build_window

    def spy(vault, lang, settings=None):
        ctx, win = real_build(filled_vault if vault is None else vault, lang, settings)
        qtbot.addWidget(win)
        opened.append(win)
        return ctx, win

    monkeypatch.setattr(app_mod, "build_window", spy)
    from faceledger.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "start", lambda self: None)
    app_mod.run(lang="en")
    first = opened[-1]
    assert first.nav.item(0).text().strip() == "Ledger"
    settings = first.show_page("settings")
    settings.lang.setCurrentIndex(settings.lang.findData("zh_CN"))
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=3000)
    second = opened[-1]
    assert second.nav.item(0).text().strip() == "账本"
    assert second.ctx.vault is filled_vault  # handed over, still open
    assert filled_vault.query_one("SELECT count(*) FROM holders")[0] == 3
    from faceledger.gui.app_settings import AppSettings

    assert AppSettings.load().language == "zh_CN"
    second.ctx.vault = None


def test_quick_gui_argument_parsing(monkeypatch):
    from faceledger import cli

    a = cli._quick_gui_args([])
    assert (a.vault, a.lang, a.handler) == ("default", None, cli._run_gui)
    a = cli._quick_gui_args(["gui", "--vault", "client-1", "--lang=zh_CN"])
    assert (a.vault, a.lang) == ("client-1", "zh_CN")
    assert cli._quick_gui_args(["gui", "--lang", "fr"]) is None
    assert cli._quick_gui_args(["gui", "--bogus"]) is None
    monkeypatch.setenv("FACELEDGER_VAULT", "env-vault")
    assert cli._quick_gui_args(["gui"]).vault == "env-vault"
