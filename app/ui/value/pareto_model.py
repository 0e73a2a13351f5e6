"""The 80/20 ranking as a table: customer (with a tick box), revenue, cumulative share,
current tier and suggested tier. Holds the service's ParetoRow list as it came."""
from __future__ import annotations

from typing import Any, Iterable, Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont

from app.services.value.pareto import ParetoRow

from .common import RowsTableModel, DASH, NUMBER_ALIGNMENT, ContactIdRole, Index, ValueRole, money_text, share_text

CUSTOMER, REVENUE, CUMULATIVE, CURRENT, SUGGESTED = range(5)


class ParetoModel(RowsTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ParetoRow] = []
        self._checked: set[int] = set()
        self._currency: Optional[str] = None
        self._titles = (self.tr("Customer"), self.tr("Revenue"), self.tr("Cumulative share"),
                        self.tr("Current tier"), self.tr("Suggested tier"))

    def set_rows(self, rows: list[ParetoRow], currency: Optional[str]) -> None:
        self.beginResetModel()
        self._rows, self._currency = rows, currency
        if self._checked:  # ticks survive a reload for customers still ranked
            self._checked &= {row.contact_id for row in rows}
        self.endResetModel()

    def rows(self) -> list[ParetoRow]:
        return self._rows

    def checked_ids(self) -> list[int]:
        """Ticked customers, in ranking order."""
        return [row.contact_id for row in self._rows if row.contact_id in self._checked]

    def set_checked(self, contact_ids: Iterable[int]) -> None:
        self._checked = set(contact_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, CUSTOMER), self.index(len(self._rows) - 1, CUSTOMER),
                                  [Qt.ItemDataRole.CheckStateRole])

    @Slot()
    def check_differences(self) -> None:
        """Tick every customer whose suggested tier is not the current one (and only those)."""
        self.set_checked(row.contact_id for row in self._rows if row.differs)

    # ------------------------------------------------------------------ the model

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.display_name, money_text(row.revenue, self._currency), share_text(row.cumulative_share),
                    row.current or DASH, row.suggested)[column]
        if role == ValueRole:
            return (row.display_name, row.revenue, row.cumulative_share, row.current, row.suggested)[column]
        if role == ContactIdRole:
            return row.contact_id
        if role == Qt.ItemDataRole.CheckStateRole and column == CUSTOMER:
            return Qt.CheckState.Checked if row.contact_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (REVENUE, CUMULATIVE):
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CURRENT, SUGGESTED):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole and column == SUGGESTED and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == SUGGESTED and row.differs:
            return self.tr("Suggested {new}, now {old}").format(new=row.suggested, old=row.current or DASH)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CUSTOMER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CUSTOMER or role != Qt.ItemDataRole.CheckStateRole:
            return False
        contact_id = self._rows[index.row()].contact_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(contact_id)
        else:
            self._checked.discard(contact_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
