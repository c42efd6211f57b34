"""Qt table models for the photo page: the faces of one photo, and the rows of a folder scan (sortable and
filterable through :class:`ScanFilter`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from faceledger.gui.i18n import shown
from faceledger.gui.pages.photos_canvas import verdict_text_colour
from faceledger.gui.table_model import Index, RowsTableModel
from faceledger.photos.check import FaceResult

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# most matchable first when sorted descending; files that could not be read last
VERDICT_ORDER = {"high": 4, "medium": 3, "low": 2, "none": 1, "error": 0}


class FaceTableModel(RowsTableModel[FaceResult]):
    COLUMNS = ("n", "verdict", "ied", "pose", "sharpness", "brightness", "reasons")

    def __init__(self, parent=None, lang: str = "zh"):
        super().__init__(parent)
        self.lang = lang
        self.verdict_names: dict[str, str] = {}
        self.header_tips: list[str] = []
        self.px = "{0} px"   # the page sets it translated

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section < len(self.header_tips) and self.header_tips[section]):
            return self.header_tips[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "n":
                return str(index.row() + 1)
            if col == "verdict":
                return self.verdict_names.get(f.verdict, f.verdict)
            if col == "ied":
                return "" if f.ied_px is None else self.px.format(f"{f.ied_px:.0f}")
            if col == "pose":
                if f.yaw is None:
                    return ""
                return f"{f.yaw:+.0f}° / {f.pitch:+.0f}° / {f.roll:+.0f}°"
            if col == "sharpness":
                return "" if f.sharpness is None else f"{f.sharpness:.0f}"
            if col == "brightness":
                return "" if not f.exposure else f"{f.exposure['brightness']:.0f}"
            if col == "reasons":
                return " ".join(shown(r.text.get(self.lang)) for r in f.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and col == "reasons":
            return "\n".join(shown(r.text.get(self.lang)) for r in f.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and col == "verdict":
            return QBrush(verdict_text_colour(f.verdict))
        return None


class ScanTableModel(RowsTableModel[dict]):
    COLUMNS = ("file", "verdict", "faces", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.verdict_names: dict[str, str] = {}
        self.error_name = "error"

    @staticmethod
    def kind(r: dict) -> str:
        """The row's verdict, or "error" for a file that could not be read."""
        return (r.get("verdict") or "none") if r["ok"] else "error"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "file":
                return Path(r["path"]).name
            if col == "verdict":
                return self.verdict_names.get(r["verdict"], r["verdict"]) if r["ok"] else self.error_name
            if col == "faces":
                return str(len(r.get("faces", []))) if r["ok"] else ""
            if col == "note":  # a core text, in the scan's language
                return shown(r.get("error") or r.get("summary") or "")
        if role == SORT_ROLE:
            if col == "file":
                return Path(r["path"]).name.lower()
            if col == "verdict":
                return VERDICT_ORDER[self.kind(r)]
            if col == "faces":
                return len(r.get("faces", [])) if r["ok"] else -1
            return r.get("error") or r.get("summary") or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return r["path"]  # the whole path (escaped: safe to show)
        if role == Qt.ItemDataRole.ForegroundRole and col == "verdict":
            return QBrush(verdict_text_colour(self.kind(r)))
        return None

    def path_at(self, index: QModelIndex) -> str:
        """The file as the OS names it (the row's "path" is the escaped one shown)."""
        r = self.rows[index.row()]
        return r.get("fs_path", r["path"])


class ScanFilter(QSortFilterProxyModel):
    """The scan rows sorted by any column (verdicts by how matchable) and filtered by verdict and by name."""

    def __init__(self, source: ScanTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.kinds: set[str] | None = None   # None: every verdict
        self.text = ""

    def set_kinds(self, kinds: set[str] | None) -> None:
        self.beginFilterChange()
        self.kinds = kinds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: ScanTableModel = self.sourceModel()  # type: ignore[assignment]
        r = model.rows[row]
        if self.kinds is not None and model.kind(r) not in self.kinds:
            return False
        return not self.text or self.text in r["path"].lower()

    def row_dict(self, index: QModelIndex) -> dict:
        model: ScanTableModel = self.sourceModel()  # type: ignore[assignment]
        return model.rows[self.mapToSource(index).row()]
