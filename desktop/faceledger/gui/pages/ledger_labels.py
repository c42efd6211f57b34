"""Translated labels for the ledger's stored ids (categories, facts, states...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_labels() -> dict[str, str]:
    return {
        "payment": QCoreApplication.translate("LedgerLabels", "Payment"),
        "transport": QCoreApplication.translate("LedgerLabels", "Transport"),
        "hotel": QCoreApplication.translate("LedgerLabels", "Hotel"),
        "retail": QCoreApplication.translate("LedgerLabels", "Retail"),
        "residential": QCoreApplication.translate("LedgerLabels", "Residential"),
        "workplace": QCoreApplication.translate("LedgerLabels", "Workplace"),
        "school": QCoreApplication.translate("LedgerLabels", "School"),
        "attraction": QCoreApplication.translate("LedgerLabels", "Park / attraction"),
        "leisure": QCoreApplication.translate("LedgerLabels", "Gym, pool, cinema or venue"),
        "finance": QCoreApplication.translate("LedgerLabels", "Bank / finance"),
        "telecom": QCoreApplication.translate("LedgerLabels", "Telecom"),
        "healthcare": QCoreApplication.translate("LedgerLabels", "Healthcare"),
        "government": QCoreApplication.translate("LedgerLabels", "Government"),
        "online": QCoreApplication.translate("LedgerLabels", "Online / app"),
        "other": QCoreApplication.translate("LedgerLabels", "Other"),
    }


def context_labels() -> dict[str, str]:
    return {
        "entry": QCoreApplication.translate("LedgerLabels", "Entry gate"),
        "payment": QCoreApplication.translate("LedgerLabels", "Payment"),
        "check_in": QCoreApplication.translate("LedgerLabels", "Check-in"),
        "attendance": QCoreApplication.translate("LedgerLabels", "Attendance"),
        "account_verification": QCoreApplication.translate("LedgerLabels", "Identity verification"),
        "camera": QCoreApplication.translate("LedgerLabels", "Camera"),
        "other": QCoreApplication.translate("LedgerLabels", "Other"),
    }


def place_labels() -> dict[str, str]:
    return {
        "public": QCoreApplication.translate("LedgerLabels", "Public place"),
        "private_space": QCoreApplication.translate("LedgerLabels", "Private space"),
        "residential": QCoreApplication.translate("LedgerLabels", "Residential"),
        "workplace": QCoreApplication.translate("LedgerLabels", "Workplace"),
        "online": QCoreApplication.translate("LedgerLabels", "Online"),
    }


def private_space_labels() -> dict[str, str]:
    return {
        "hotel_room": QCoreApplication.translate("LedgerLabels", "Hotel room"),
        "bathroom": QCoreApplication.translate("LedgerLabels", "Bathroom"),
        "toilet": QCoreApplication.translate("LedgerLabels", "Toilet"),
        "changing_room": QCoreApplication.translate("LedgerLabels", "Changing room"),
    }


def consent_labels() -> dict[str, str]:
    return {
        "none": QCoreApplication.translate("LedgerLabels", "Not asked"),
        "bundled": QCoreApplication.translate("LedgerLabels", "Bundled into terms"),
        "separate": QCoreApplication.translate("LedgerLabels", "Separate consent"),
        "coerced": QCoreApplication.translate("LedgerLabels", "Coerced (no face, no service)"),
        "unknown": QCoreApplication.translate("LedgerLabels", "Unknown"),
    }


def fact_labels() -> dict[str, str]:
    return {
        "purpose_stated": QCoreApplication.translate("LedgerLabels", "Purpose stated"),
        "alternative_offered": QCoreApplication.translate("LedgerLabels", "Alternative offered"),
        "service_refused_without_face": QCoreApplication.translate("LedgerLabels", "Refused without face"),
        "signage": QCoreApplication.translate("LedgerLabels", "Signs on site"),
        "minor_under_14": QCoreApplication.translate("LedgerLabels", "Minor under 14"),
        "guardian_consent": QCoreApplication.translate("LedgerLabels", "Guardian consented"),
        "stored_off_device": QCoreApplication.translate("LedgerLabels", "Stored off the device"),
        "retention_stated": QCoreApplication.translate("LedgerLabels", "Retention stated"),
        "scale_over_100k": QCoreApplication.translate("LedgerLabels", "100,000 people or more"),
        "relationship_ended": QCoreApplication.translate("LedgerLabels", "Relationship ended"),
    }


def legal_basis_labels() -> dict[str, str]:
    return {
        "consent": QCoreApplication.translate("LedgerLabels", "Your consent"),
        "contract": QCoreApplication.translate("LedgerLabels", "A contract with you"),
        "employment": QCoreApplication.translate("LedgerLabels", "Employment (HR management)"),
        "legal_duty": QCoreApplication.translate("LedgerLabels", "A legal duty"),
        "unknown": QCoreApplication.translate("LedgerLabels", "Not said / unknown"),
    }


def identification_labels() -> dict[str, str]:
    return {
        "verification": QCoreApplication.translate("LedgerLabels", "Verifies who you are (1:1)"),
        "identification": QCoreApplication.translate("LedgerLabels", "Picks you out of many (1:N)"),
        "none": QCoreApplication.translate("LedgerLabels", "Images only, no recognition"),
        "unknown": QCoreApplication.translate("LedgerLabels", "Unknown"),
    }


def acting_for_labels() -> dict[str, str]:
    return {
        "self": QCoreApplication.translate("LedgerLabels", "My own face"),
        "guardian": QCoreApplication.translate("LedgerLabels", "My child's (I am the guardian)"),
        "close_relative": QCoreApplication.translate("LedgerLabels", "A deceased close relative's"),
        "agent": QCoreApplication.translate("LedgerLabels", "A client's (written authorisation)"),
    }


def inference_labels() -> dict[str, str]:
    return {
        "race": QCoreApplication.translate("LedgerLabels", "Race"),
        "ethnicity": QCoreApplication.translate("LedgerLabels", "Ethnicity"),
        "religion": QCoreApplication.translate("LedgerLabels", "Religion"),
        "health": QCoreApplication.translate("LedgerLabels", "Health"),
        "other": QCoreApplication.translate("LedgerLabels", "Other"),
    }


def request_type_labels() -> dict[str, str]:
    return {
        "withdrawal": QCoreApplication.translate("LedgerLabels", "Withdraw consent"),
        "deletion": QCoreApplication.translate("LedgerLabels", "Deletion"),
        "access": QCoreApplication.translate("LedgerLabels", "Access and copy"),
        "explanation": QCoreApplication.translate("LedgerLabels", "Explanation"),
        "followup": QCoreApplication.translate("LedgerLabels", "Follow-up"),
        "complaint": QCoreApplication.translate("LedgerLabels", "Complaint"),
        "other": QCoreApplication.translate("LedgerLabels", "Other"),
    }


def request_state_labels() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("LedgerLabels", "Draft"),
        "sent": QCoreApplication.translate("LedgerLabels", "Sent"),
        "awaiting": QCoreApplication.translate("LedgerLabels", "Awaiting reply"),
        "answered_complied": QCoreApplication.translate("LedgerLabels", "Complied"),
        "answered_partial": QCoreApplication.translate("LedgerLabels", "Partly complied"),
        "answered_refused": QCoreApplication.translate("LedgerLabels", "Refused"),
        "overdue": QCoreApplication.translate("LedgerLabels", "Overdue"),
        "escalated": QCoreApplication.translate("LedgerLabels", "Escalated"),
        "closed": QCoreApplication.translate("LedgerLabels", "Closed"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "email": QCoreApplication.translate("LedgerLabels", "E-mail"),
        "post": QCoreApplication.translate("LedgerLabels", "Post"),
        "web_form": QCoreApplication.translate("LedgerLabels", "Web form"),
        "in_person": QCoreApplication.translate("LedgerLabels", "In person"),
        "phone": QCoreApplication.translate("LedgerLabels", "Phone"),
        "app": QCoreApplication.translate("LedgerLabels", "In the app"),
        "other": QCoreApplication.translate("LedgerLabels", "Other"),
    }


def yes_no_labels() -> dict[object, str]:
    return {
        True: QCoreApplication.translate("LedgerLabels", "Yes"),
        False: QCoreApplication.translate("LedgerLabels", "No"),
        None: QCoreApplication.translate("LedgerLabels", "Unknown"),
    }


def format_labels() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("LedgerLabels", "PDF"),
        "docx": QCoreApplication.translate("LedgerLabels", "Word"),
        "eml": QCoreApplication.translate("LedgerLabels", "e-mail file"),
        "txt": QCoreApplication.translate("LedgerLabels", "text"),
    }


def event_text(event) -> str:
    """A request timeline event (a stored code with its data, and the user's own note) in the interface
    language."""
    code, detail = event.what()
    fmts, channels = format_labels(), channel_labels()
    fmt = fmts.get(detail.get("format", ""), detail.get("format", ""))
    if code == "letter_generated":
        what = (QCoreApplication.translate("LedgerLabels", "letter {0} written as {1}").format(detail["reference"], fmt)
                if fmt else QCoreApplication.translate("LedgerLabels", "letter {0} written").format(detail["reference"]))
    elif code == "document_added":
        what = QCoreApplication.translate("LedgerLabels", "also saved as {0}").format(fmt)
    elif code == "sent":
        ch = detail.get("channel")
        what = (QCoreApplication.translate("LedgerLabels", "sent by {0}").format(channels.get(ch, ch)) if ch
                else QCoreApplication.translate("LedgerLabels", "sent"))
    else:
        what = ""
    note = event.user_note
    return QCoreApplication.translate("LedgerLabels", "{0} — {1}").format(what, note) if what and note \
        else (what or note or "")
