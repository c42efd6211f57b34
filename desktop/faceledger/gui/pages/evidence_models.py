"""Qt models over the evidence core: the cases of a vault and the timeline of a case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from faceledger.evidence.model import ENTRY_KINDS, Case, Entry
from faceledger.gui.i18n import shown
from faceledger.gui.table_model import Index, RowsTableModel


class CaseListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.cases: list[Case] = []

    def set_cases(self, cases: list[Case]) -> None:
        self.beginResetModel()
        self.cases = cases
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.cases)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.cases[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # the whole name (the view wraps it), the count below
            return c.name + "\n" + self.tr("%n entries", "", c.entry_count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Case id {0}\nOpened {1} (UTC)\nTime zone {2}").format(c.uid, c.created_at, c.timezone)
        if role == Qt.ItemDataRole.UserRole:
            return c.uid
        return None

    def row_of(self, uid: str) -> int:
        for i, c in enumerate(self.cases):
            if c.uid == uid:
                return i
        return -1


class WrappedNameDelegate(QStyledItemDelegate):
    """Case names wrap onto as many lines as they need (never cut with "…"): the height is measured for the
    view's width, with a line to spare for scripts whose fallback font is taller than the primary one."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        view = self.parent()
        width = max(80, view.viewport().width() - 12) if view is not None else hint.width()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = option.fontMetrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, max(hint.height(), rect.height()) + option.fontMetrics.lineSpacing() // 2 + 6)


class EntryTableModel(RowsTableModel[Entry]):
    COLUMNS = ("seq", "occurred", "kind", "title", "exhibits", "stamped", "hash")

    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang
        self.corrected_by = {}
        self.headers = [self.tr("#"), self.tr("Occurred"), self.tr("Kind"), self.tr("Title"), self.tr("Exhibits"),
                        self.tr("Timestamp"), self.tr("Hash")]

    @property
    def entries(self) -> list[Entry]:
        return self.rows

    def set_entries(self, entries: list[Entry]) -> None:
        self.corrected_by: dict[int, list[int]] = {}
        for e in entries:
            if e.corrects_seq:
                self.corrected_by.setdefault(e.corrects_seq, []).append(e.seq)
        self.set_rows(entries)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "seq":
                return e.seq
            if col == "occurred":
                return display_time(e.occurred_at)
            if col == "kind":
                return shown(ENTRY_KINDS[e.kind].get(self.lang)) if e.kind in ENTRY_KINDS else e.kind
            if col == "title":
                later = self.corrected_by.get(e.seq)
                return ((self.tr("[corrects {0}] ").format(e.corrects_seq) if e.corrects_seq else "") + e.title
                        + (self.tr(" — corrected by entry {0}").format(", ".join(map(str, later))) if later else ""))
            if col == "exhibits":
                return len(e.exhibits) or ""
            if col == "stamped":
                return e.timestamps[-1].gen_time.replace("+00:00", "Z") if e.timestamps else ""
            if col == "hash":
                return e.hash[:16] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and col == "hash":
            return e.hash
        if role == Qt.ItemDataRole.FontRole and col == "title" and self.corrected_by.get(e.seq):
            from PySide6.QtGui import QFont

            f = QFont()
            f.setItalic(True)  # superseded by a correction: still there as recorded, visibly corrected
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("seq", "exhibits"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def display_time(value: str | None) -> str:
    """An entry's local date and time as people write it ("2019-10-17 09:30"), not ISO's "2019-10-17T09:30"."""
    return (value or "").replace("T", " ", 1)
