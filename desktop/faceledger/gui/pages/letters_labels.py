"""Translated labels of the Letters page and the deadline reminders (group "letters" of scripts/i18n.py).

Each string is a literal QCoreApplication.translate call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def letter_type_labels() -> dict[str, str]:
    return {"withdrawal": QCoreApplication.translate("LettersLabels", "Withdraw consent (撤回同意)"), "deletion": QCoreApplication.translate("LettersLabels", "Delete my data (删除)"),
            "access": QCoreApplication.translate("LettersLabels", "Access, copy and explanation (查阅、复制、解释说明)"),
            "followup": QCoreApplication.translate("LettersLabels", "Follow-up after silence (催告)"), "complaint": QCoreApplication.translate("LettersLabels", "Complaint to a regulator (投诉举报)")}


def letter_lang_labels() -> dict[str, str]:
    return {"zh": QCoreApplication.translate("LettersLabels", "Chinese"), "en": QCoreApplication.translate("LettersLabels", "English"), "bilingual": QCoreApplication.translate("LettersLabels", "Chinese and English (Chinese first)")}


def reminder_title() -> str:
    return QCoreApplication.translate("LettersLabels", "FaceLedger: replies due")


def reminder_overdue(holder: str, due: str, next_letter: str) -> str:
    return QCoreApplication.translate("LettersLabels", "{0}: no reply since {1}. Next: {2}.").format(holder, due, next_letter)


def reminder_due_soon(holder: str, due: str) -> str:
    return QCoreApplication.translate("LettersLabels", "{0}: reply due on {1}.").format(holder, due)


def reminder_summary(overdue: int, soon: int) -> str:
    return QCoreApplication.translate("LettersLabels", "{0} overdue, {1} due within 3 days").format(overdue, soon)


def show_window() -> str:
    return QCoreApplication.translate("LettersLabels", "Show FaceLedger")
