"""Starting the desktop app."""

from __future__ import annotations

import os
import sys


def make_app(argv: list[str] | None = None, *, cjk_font: bool = True):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("FaceLedger")
    app.setOrganizationName("FaceLedger")
    app.setApplicationDisplayName("FaceLedger 人脸账本")
    if cjk_font:
        install_cjk_font(app)
    return app


def _system_is_chinese() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale.system().name().lower().startswith("zh")


def install_cjk_font(app) -> None:
    """Chinese must render on a machine with no Chinese fonts: the shipped Noto Sans SC is the fallback."""

    from faceledger.errors import FaceLedgerError
    from faceledger.letters.pdf import font_family

    try:
        family = font_family()
    except FaceLedgerError:
        return  # system fonts only; letters report the missing font themselves
    from PySide6.QtGui import QFontInfo

    font = app.font()
    fams = list(font.families()) or [font.family()]
    if family in fams:
        return
    # A fontconfig alias ("Sans Serif") is no family of its own: with a fallback after it, Qt resolves the
    # primary font to the fallback, and English is set in Noto Sans SC with wide Chinese punctuation
    # ("Export PDF⋯"). The alias is replaced by the family it resolves to first.
    resolved = QFontInfo(font).family()
    if resolved and resolved != family and resolved not in fams:
        fams = [resolved, *[f for f in fams if f != font.family()]]
    font.setFamilies([*fams, family])
    app.setFont(font)


def build_window(vault=None, lang: str | None = None, settings=None):
    """Create the context and main window with translations installed (used by run() and the tests)."""
    from faceledger.gui import i18n
    from faceledger.gui.app_settings import AppSettings
    from faceledger.gui.context import AppContext
    from faceledger.gui.main_window import MainWindow

    settings = settings or AppSettings.load()
    used = i18n.install(lang or settings.language)
    ctx = AppContext(vault, i18n.core_lang(used))
    win = MainWindow(ctx, settings)
    return ctx, win


def open_window(holder: dict, language: str | None, settings=None, *, on_first=None):
    """Open the main window in ``language`` and keep it in ``holder["win"]``. Asked again (the Settings
    page's language switch), it builds a new window in the new language and hands it what the old one had:
    the open vault (or the name of the locked one), its place on screen, and the idle and screen locks
    the settings ask for."""
    old = holder.get("win")
    ctx, win = build_window(old.ctx.vault if old else None, language, settings if old is None else None)
    win.language_change_requested.connect(lambda lang: open_window(holder, lang))
    if old is not None:
        ctx.locked_name = old.ctx.locked_name
        old.ctx.vault = None  # handed over, not closed
        win.setGeometry(old.geometry())
        old.close()
        old.deleteLater()
        win.show()
        win._vault_changed()
        win.apply_settings()  # the auto-lock and the screen-lock watcher, as start() arms them
        win.show_page("settings")
    else:
        if on_first is not None:
            on_first(win)
        win.show()
        win.start()
    holder["win"] = win
    return win


def run(vault: str | None = None, lang: str | None = None) -> int:
    from faceledger.gui.app_settings import AppSettings

    settings = AppSettings.load()
    if vault and settings.last_vault != vault:
        settings.last_vault = vault
        settings.save()
    # Chinese on the first screen needs the CJK font before the first paint; an English first screen
    # has none (holder names appear after unlock), so the 8 MB font is registered just after it.
    english_first = (lang or settings.language) == "en" or (
        not (lang or settings.language) and not _system_is_chinese())
    app = make_app(cjk_font=not english_first)
    holder: dict = {}
    on_first = None
    if english_first:
        from PySide6.QtCore import QTimer

        def on_first(win) -> None:
            win.first_painted.connect(lambda: QTimer.singleShot(0, lambda: install_cjk_font(app)))

    open_window(holder, lang, settings, on_first=on_first)
    probe = os.environ.get("FACELEDGER_STARTUP_PROBE")
    if probe:  # bench/startup.py: report when the main window is on screen, then quit
        def report() -> None:
            import time

            print(f"SHOWN {time.time():.6f} {holder['win'].isVisible()}", flush=True)
            app.quit()

        holder["win"].first_painted.connect(report)
    return app.exec()
