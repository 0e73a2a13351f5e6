"""The tiers as an editable table for the settings dialog: name, colour, call and visit cadences in days."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
NAME, COLOUR, CADENCE, VISITS = range(4)


@dataclass(frozen=True)
class TierRow:
    code: str
    name: str
    colour: str
    cadence_days: int
    visit_cadence_days: Optional[int] = None  # None: called only


class TiersModel(QAbstractTableModel):
    def __init__(self, rows: list[TierRow], parent=None) -> None:
        super().__init__(parent)
        self._original = list(rows)
        self._rows = list(rows)
        self._titles = (self.tr("Name"), self.tr("Colour"), self.tr("Call every (days)"), self.tr("Visit every (days)"))
        self._no_visits = self.tr("no visits")

    def changed_rows(self) -> list[TierRow]:
        return [new for old, new in zip(self._original, self._rows) if new != old]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._titles):
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section].code
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == VISITS and row.visit_cadence_days is None:
            return self._no_visits
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.name, row.colour, row.cadence_days, row.visit_cadence_days or "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == VISITS:
            return self.tr("Leave empty (or 0) for a tier that is called, never visited")
        if role == Qt.ItemDataRole.DecorationRole and column == COLOUR:
            return QColor(row.colour)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == NAME and str(value).strip():
            new = replace(row, name=str(value).strip())
        elif column == COLOUR and QColor(str(value)).isValid():
            new = replace(row, colour=QColor(str(value)).name())
        elif column == CADENCE and str(value).isdigit() and 1 <= int(value) <= 3650:
            new = replace(row, cadence_days=int(value))
        elif column == VISITS and str(value).strip() in ("", "0"):
            new = replace(row, visit_cadence_days=None)
        elif column == VISITS and str(value).isdigit() and 1 <= int(value) <= 3650:
            new = replace(row, visit_cadence_days=int(value))
        else:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        return True
