"""Translated labels of the Letters page and the deadline reminders (group "letters" of scripts/i18n.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("LettersLabels", text)


def letter_type_labels() -> dict[str, str]:
    return {"withdrawal": _t("Withdraw consent (撤回同意)"), "deletion": _t("Delete my data (删除)"),
            "access": _t("Access, copy and explanation (查阅、复制、解释说明)"),
            "followup": _t("Follow-up after silence (催告)"), "complaint": _t("Complaint to a regulator (投诉举报)")}


def letter_lang_labels() -> dict[str, str]:
    return {"zh": _t("Chinese"), "en": _t("English"), "bilingual": _t("Chinese and English (Chinese first)")}


def reminder_title() -> str:
    return _t("FaceLedger: replies due")


def reminder_overdue(holder: str, due: str, next_letter: str) -> str:
    return _t("{0}: no reply since {1}. Next: {2}.").format(holder, due, next_letter)


def reminder_due_soon(holder: str, due: str) -> str:
    return _t("{0}: reply due on {1}.").format(holder, due)


def reminder_summary(overdue: int, soon: int) -> str:
    return _t("{0} overdue, {1} due within 3 days").format(overdue, soon)


def show_window() -> str:
    return _t("Show FaceLedger")
