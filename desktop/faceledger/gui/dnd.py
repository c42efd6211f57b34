"""Drag and drop of local files, shared by the pages and dialogs that accept dropped files."""

from __future__ import annotations


def local_paths(event) -> list[str]:
    """The local files and folders a drag or drop event carries (remote URLs are left out)."""
    md = event.mimeData()
    if not md.hasUrls():
        return []
    return [u.toLocalFile() for u in md.urls() if u.isLocalFile()]


def accept_if(event, wanted: bool) -> bool:
    """Accept the proposed action when ``wanted``, else ignore the event (so the drop is refused visibly)."""
    if wanted:
        event.acceptProposedAction()
    else:
        event.ignore()
    return wanted
