#!/usr/bin/env python3
"""Screenshots of the real window, for the README and for looking at the GUI in every state.

    .venv/bin/python scripts/screenshots.py                  # README set: docs/screenshots/*.png (zh and en)
    .venv/bin/python scripts/screenshots.py --all --out DIR  # every page with a vault, without, locked;
                                                             # menus, dialogs; light and dark
    QT_SCALE_FACTOR=2 .venv/bin/python scripts/screenshots.py --all --out DIR/2x
    .venv/bin/python scripts/screenshots.py --all --pseudo --lang en --out DIR/pseudo   # pseudo-localised

Each picture is checked to show what its name says: a "-dark" one has a dark window (the Breeze Dark palette of
tests/gui/gui_checks.py), any other a light one (Qt's Fusion palette); a mismatch stops the script.

It makes a throw-away data folder with a demo vault (a few holders, an overdue request, a letter), opens the
main window offscreen as the app does, and grabs it. Nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_SET = (("ledger", "vault"), ("letters", "vault"), ("ledger", "locked"))


def demo_vault():
    from faceledger.law.facts import Sender
    from faceledger.ledger import store
    from faceledger.ledger.model import Collection, Holder, Request
    from faceledger.letters import record
    from faceledger.vault.store import create_vault

    v = create_vault("default")
    park = store.add_holder(v, Holder(name_zh="杭州野生动物世界", name_en="Hangzhou Safari Park", category="attraction",
                                      city="杭州", email="pi@park.example"))
    store.add_collection(v, Collection(holder_id=park.id, date="2019-10-17", context="entry", place="public",
                                       consent="coerced", alternative_offered=False, signage=True))
    store.add_request(v, Request(holder_id=park.id, type="deletion", state="sent", channel="post",
                                 date_sent=(date.today() - timedelta(days=40)).isoformat(),
                                 due_date=(date.today() - timedelta(days=5)).isoformat()))
    gym = store.add_holder(v, Holder(name_zh="某某健身有限公司", category="leisure", city="上海",
                                     email="privacy@gym.example"))
    store.add_collection(v, Collection(holder_id=gym.id, date="2024-03-05", context="entry", consent="bundled",
                                       alternative_offered=False))
    store.add_holder(v, Holder(name_zh="万科物业", category="residential", city="深圳"))
    record.save_sender(v, Sender(name="李明", email="liming@example.com"))
    return v


def grab(widget, path: Path, *, dark: bool, border: bool = True) -> None:
    """Save ``widget`` as ``path`` after checking that it is drawn in the palette its name claims: the
    widget's window colour and (``border``: windows and dialogs) the median lightness of the picture's
    bottom row of pixels, which is window background (a status bar, a dialog's margin)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    pixmap = widget.grab()
    looks_dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if border:
        img = pixmap.toImage()
        row = sorted(img.pixelColor(x, img.height() - 2).lightness() for x in range(0, img.width(), 4))
        looks_dark = looks_dark and row[len(row) // 2] < 128
    if looks_dark != dark:
        raise SystemExit(f"{path.name}: drawn {'dark' if looks_dark else 'light'}, named "
                         f"{'dark' if dark else 'light'}")
    pixmap.save(str(path))
    print(path)


def dark_palette():
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from gui_checks import dark_palette as dp

    return dp()


def shoot(out: Path, lang: str, *, everything: bool, dark: bool) -> None:
    from faceledger.gui.app import build_window
    from faceledger.gui.vault_dialogs import FirstRunDialog, UnlockDialog
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    light = app.style().standardPalette()
    app.setPalette(dark_palette() if dark else light)
    tag = f"{lang[:2]}{'-dark' if dark else ''}"
    vault = demo_vault()
    ctx, win = build_window(vault, lang)
    win.resize(1180, 720)
    win.show()
    QApplication.processEvents()
    win._painted = True
    wanted = [("ledger", "vault"), ("letters", "vault"), ("photos", "vault"), ("evidence", "vault"),
              ("settings", "vault")] if everything else [k for k in README_SET if k[1] == "vault"]
    for key, _state in wanted:
        page = win.show_page(key)
        if key == "ledger":  # the holder with an overdue request: its collection and timeline in the detail
            page.table.selectRow(next(r for r, h in enumerate(page.model.rows) if h.holder.city == "杭州"))
        if key == "letters":
            page.select_holder(2)
            page.go_to(2)
        grab(win, out / f"{key}-{tag}.png", dark=dark)
    if everything:
        win.show_page("ledger")
        for name, menu in win.menus.items():
            menu.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
            grab(menu, out / f"menu-{name}-{tag}.png", dark=dark, border=False)
            menu.hide()
        from faceledger.gui.about_dialog import AboutDialog

        about = AboutDialog(win)
        about.show()
        grab(about, out / f"about-{tag}.png", dark=dark)
        about.close()
        unlock = UnlockDialog("default", win)
        unlock.show()
        unlock._forgot()
        unlock.caps.show()
        grab(unlock, out / f"unlock-{tag}.png", dark=dark)
        unlock.close()
        first = FirstRunDialog("default", win)
        first.rb_pass.setChecked(True)
        first.pw1.setText("four random words 7")
        first.show()
        grab(first, out / f"first-run-{tag}.png", dark=dark)
        first.close()
        shoot_dialogs(win, vault, out, tag, dark)
        shoot_batch(win, out, tag, dark)
    win.show_page("ledger")
    win.lock()
    for key in (["ledger", "letters", "photos", "evidence", "settings"] if everything else ["ledger"]):
        win.show_page(key)
        grab(win, out / f"{key}-locked-{tag}.png", dark=dark)
    if everything:
        ctx.locked_name = None
        ctx.vault_changed.emit()
        for key in ("ledger", "letters", "settings"):
            win.show_page(key)
            grab(win, out / f"{key}-novault-{tag}.png", dark=dark)
    win.close()


def shoot_dialogs(win, vault, out: Path, tag: str, dark: bool) -> None:
    """The Ledger's dialogs (holder, collection with issue 10's facts, request, checklist), mark as sent and
    the Evidence page's entry dialog, each as it opens from its page."""
    from faceledger.gui.pages.evidence_dialogs import EntryDialog
    from faceledger.gui.pages.ledger_checklist import ChecklistDialog
    from faceledger.gui.pages.ledger_dialogs import CollectionDialog, HolderDialog, RequestDialog
    from faceledger.gui.pages.letters_sent_dialog import MarkSentDialog
    from faceledger.ledger import store

    park = next(h for h in store.list_holders(vault) if h.city == "杭州")
    coll = store.list_collections(vault, park.id)[0]
    req = store.list_requests(vault, holder_id=park.id)[0]
    for name, dlg in (("holder", HolderDialog(vault, park, win)), ("collection", CollectionDialog(vault, park, coll, win)),
                      ("request", RequestDialog(vault, park, req, win)), ("checklist", ChecklistDialog(win.ctx, win)),
                      ("mark-sent", MarkSentDialog("post", win)), ("evidence-entry", EntryDialog(win.ctx.lang, win))):
        dlg.show()
        grab(dlg, out / f"dialog-{name}-{tag}.png", dark=dark)
        dlg.close()


def shoot_batch(win, out: Path, tag: str, dark: bool) -> None:
    """Letters for many people: empty, with a CSV read, during a run and with its result (a failed row among
    the written ones), opened from the Letters page's button; the letters go to a throw-away folder."""
    import time

    from PySide6.QtWidgets import QApplication

    def pump_until(cond, seconds: float = 60) -> None:
        end = time.monotonic() + seconds
        while not cond() and time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.002)

    folder = Path(tempfile.mkdtemp(prefix="fl-batch-"))
    src = folder / "people.csv"
    rows = [f"李明{i},l{i}@example.com,某店{i},retail,,2024-03-05,entry,none,no,R{i}" for i in range(60)]
    rows.insert(2, "王芳,,某机场,transport,,2025-09-12,entry,none,yes,BAD")
    src.write_text("sender_name,sender_email,holder_name,holder_category,holder_email,collection_date,context,"
                   "consent,alternative_offered,reference\n" + "\n".join(rows) + "\n", encoding="utf-8")
    page = win.show_page("letters")
    dlg = page.open_batch()
    grab(dlg, out / f"dialog-batch-{tag}.png", dark=dark)
    dlg.choose_csv(str(src))
    pump_until(lambda: not dlg._reads)
    grab(dlg, out / f"dialog-batch-read-{tag}.png", dark=dark)
    dlg.start()
    pump_until(lambda: dlg.progress.value() >= 5)
    grab(dlg, out / f"dialog-batch-running-{tag}.png", dark=dark)
    pump_until(lambda: not dlg.busy)
    grab(dlg, out / f"dialog-batch-done-{tag}.png", dark=dark)
    dlg.reject()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--all", action="store_true", help="every page and state, menus and dialogs, light and dark")
    ap.add_argument("--lang", action="append", choices=["zh_CN", "en"], help="default: both")
    ap.add_argument("--pseudo", action="store_true", help="pseudo-localised (FACELEDGER_PSEUDO=1)")
    args = ap.parse_args()
    if args.pseudo:
        os.environ["FACELEDGER_PSEUDO"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="fl-shots-")
    os.environ["FACELEDGER_HOME"] = home
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    sys.path.insert(0, str(ROOT / "tests"))
    import keyring
    from conftest import MemoryKeyring  # the tests' in-memory keychain: no real keychain is touched
    from faceledger.gui.app import make_app

    keyring.set_keyring(MemoryKeyring())
    make_app([sys.argv[0]])
    import shutil

    from faceledger.paths import vaults_dir

    for lang in args.lang or ["zh_CN", "en"]:
        for dark in ((False, True) if args.all else (False,)):
            shutil.rmtree(vaults_dir(), ignore_errors=True)
            shoot(Path(args.out), lang, everything=args.all, dark=dark)
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
