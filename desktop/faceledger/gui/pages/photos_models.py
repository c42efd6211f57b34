"""Qt table models for the photo page: the faces of one photo, and the rows of a folder scan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from faceledger.gui.pages.photos_canvas import VERDICT_COLOURS
from faceledger.gui.table_model import Index, RowsTableModel
from faceledger.photos.check import FaceResult


class FaceTableModel(RowsTableModel[FaceResult]):
    COLUMNS = ("n", "verdict", "ied", "pose", "sharpness", "brightness", "reasons")

    def __init__(self, parent=None, lang: str = "zh"):
        super().__init__(parent)
        self.lang = lang
        self.verdict_names: dict[str, str] = {}
        self.header_tips: list[str] = []

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
                return "" if f.ied_px is None else f"{f.ied_px:.0f} px"
            if col == "pose":
                if f.yaw is None:
                    return ""
                return f"{f.yaw:+.0f}° / {f.pitch:+.0f}° / {f.roll:+.0f}°"
            if col == "sharpness":
                return "" if f.sharpness is None else f"{f.sharpness:.0f}"
            if col == "brightness":
                return "" if not f.exposure else f"{f.exposure['brightness']:.0f}"
            if col == "reasons":
                return " ".join(r.text.get(self.lang) for r in f.reasons)
        if role == Qt.ItemDataRole.ToolTipRole and col == "reasons":
            return "\n".join(r.text.get(self.lang) for r in f.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and col == "verdict":
            return VERDICT_COLOURS.get(f.verdict)
        return None


class ScanTableModel(RowsTableModel[dict]):
    COLUMNS = ("file", "verdict", "faces", "note")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.verdict_names: dict[str, str] = {}
        self.error_name = "error"

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
            if col == "note":
                return r.get("error") or r.get("summary") or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return r["path"]
        if role == Qt.ItemDataRole.ForegroundRole and col == "verdict":
            return VERDICT_COLOURS.get(r["verdict"]) if r["ok"] else QColor(176, 0, 32)
        return None

    def path_at(self, index: QModelIndex) -> str:
        """The file as the OS names it (the row's "path" is the escaped one shown)."""
        r = self.rows[index.row()]
        return r.get("fs_path", r["path"])
