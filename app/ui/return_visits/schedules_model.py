"""The return-visit schedules as an editable table: the category (the first row, "All other purchases",
is the global one), the visits as "3: is it working?; 30: how is it going?", and the days before a
warranty ends. Texts are checked by the service when saved."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.return_visits import Schedule
from app.services.return_visits.schedule import visits_text

Index = QModelIndex | QPersistentModelIndex
CATEGORY, VISITS, WARRANTY = range(3)


class SchedulesModel(QAbstractTableModel):
    def __init__(self, schedules: list[Schedule], parent=None) -> None:
        super().__init__(parent)
        # [category ("" for the global one), visits text, warranty days text]
        self._rows = [[s.category or "", visits_text(s), "" if s.warranty_days is None else str(s.warranty_days)]
                      for s in schedules]
        if not self._rows or self._rows[0][0]:
            self._rows.insert(0, ["", "", ""])
        self.changed = False

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(row) for row in self._rows]

    def add_category(self, name: str) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([name.strip(), self._rows[0][1], self._rows[0][2]])  # starts as the global one
        self.endInsertRows()
        self.changed = True
        return row

    def remove(self, row: int) -> None:
        if row <= 0 or row >= len(self._rows):
            return  # the global schedule stays
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.changed = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 3:
            return None
        return (self.tr("Product category"), self.tr("Visits (days: reason; …)"),
                self.tr("Days before the warranty ends"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not (index.row() == 0 and index.column() == CATEGORY):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == CATEGORY and index.row() == 0:
                return self.tr("All other purchases")
            if index.column() == WARRANTY and not value:
                return self.tr("none")
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == VISITS:
            return self.tr("e.g. 3: is it working?; 30: how is it going?")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        text = str(value or "").strip()
        if self._rows[index.row()][index.column()] == text:
            return False
        self._rows[index.row()][index.column()] = text
        self.changed = True
        self.dataChanged.emit(index, index)
        return True
