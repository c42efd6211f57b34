"""Starting the desktop app."""

from __future__ import annotations

import os
import sys


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("FaceLedger")
    app.setOrganizationName("FaceLedger")
    app.setApplicationDisplayName("FaceLedger 人脸账本")
    install_cjk_font(app)
    return app


def install_cjk_font(app) -> None:
    """Chinese must render on a machine with no Chinese fonts: the shipped Noto Sans SC is the fallback."""

    from faceledger.errors import FaceLedgerError
    from faceledger.letters.pdf import font_family

    try:
        family = font_family()
    except FaceLedgerError:
        return  # system fonts only; letters report the missing font themselves
    font = app.font()
    fams = list(font.families()) or [font.family()]
    if family not in fams:
        font.setFamilies([*fams, family])
        app.setFont(font)


def build_window(vault=None, lang: str | None = None):
    """Create the context and main window with translations installed (used by run() and the tests)."""
    from faceledger.gui import i18n
    from faceledger.gui.app_settings import AppSettings
    from faceledger.gui.context import AppContext
    from faceledger.gui.main_window import MainWindow

    settings = AppSettings.load()
    used = i18n.install(lang or settings.language)
    ctx = AppContext(vault, i18n.core_lang(used))
    win = MainWindow(ctx, settings)
    return ctx, win


def run(vault: str | None = None, lang: str | None = None) -> int:
    app = make_app()
    from faceledger.gui.app_settings import AppSettings

    if vault:
        s = AppSettings.load()
        if s.last_vault != vault:
            s.last_vault = vault
            s.save()
    holder = {}

    def open_window(language: str | None) -> None:
        old = holder.get("win")
        ctx_vault = old.ctx.vault if old else None
        ctx, win = build_window(ctx_vault, language)
        win.language_change_requested.connect(open_window)
        if old is not None:
            old.ctx.vault = None  # handed over, not closed
            win.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
            win.show()
            win._vault_changed()
            win.show_page("settings")
        else:
            win.show()
            win.start()
        holder["win"] = win

    open_window(lang)
    probe = os.environ.get("FACELEDGER_STARTUP_PROBE")
    if probe:  # bench/startup.py: report when the main window is on screen, then quit
        def report() -> None:
            import time

            print(f"SHOWN {time.time():.6f} {holder['win'].isVisible()}", flush=True)
            app.quit()

        holder["win"].first_painted.connect(report)
    return app.exec()
