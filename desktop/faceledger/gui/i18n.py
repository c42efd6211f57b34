"""Loading Qt translations: every ``resources/i18n/*_<lang>.qm``. English is the source language.

``FACELEDGER_PSEUDO=1`` stretches every string by 40 % and wraps it in brackets (Vorta's
TRANS_SCALE idea) to find layouts that break with long translations.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from faceledger.paths import resource

_installed: list[QTranslator] = []
_current = "en"  # the UI language of the installed translators (English, the source, until install())


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def core_lang(ui_lang: str) -> str:
    """The language code of core texts (letters, findings) for a UI language."""
    return "zh" if ui_lang.startswith("zh") else "en"


def pseudo(text: str) -> str:
    """``text`` stretched by 40 % and bracketed: what pseudo-localisation shows for a translated string."""
    if not text:
        return text
    return f"[{text}{'~' * max(1, len(text) * 2 // 5)}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if not source:
            return source
        if n >= 0 and "%n" in source:
            source = source.replace("%n", str(n))
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install(lang: str) -> str:
    """Install the translators for ``lang`` ("zh_CN", "en" or "" for the system). Returns the language used."""
    global _current
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang or system_language()
    for qm in sorted(resource("i18n").glob(f"*_{lang}.qm")):  # English: its plural forms only
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)
    if lang != "en":
        qt_t = QTranslator(app)  # Qt's own dialogs (buttons of QMessageBox etc.)
        from PySide6.QtCore import QLibraryInfo

        if qt_t.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_t)
            _installed.append(qt_t)
    if os.environ.get("FACELEDGER_PSEUDO"):
        t = PseudoTranslator(app)
        app.installTranslator(t)
        _installed.append(t)
    _current = lang
    return lang


def pseudo_active() -> bool:
    return any(isinstance(t, PseudoTranslator) for t in _installed)


def shown(text: str) -> str:
    """A text the core wrote in the interface language (``Text.get(lang)``, an error's ``full_in``) as the
    interface shows it: unchanged, or pseudo-localised when FACELEDGER_PSEUDO is on, so the pseudo test
    can tell a core text (translated at display time) from a string that skipped translation."""
    return pseudo(text) if pseudo_active() else text


def current_core_lang() -> str:
    """The core-text language ("zh"/"en") matching the installed translators: for a dialog that has no
    AppContext, so its core messages are in the language of its own labels."""
    return core_lang(_current)
