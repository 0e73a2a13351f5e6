"""The catalogue as an editable table; an edit is handed to the dialog, which saves it through the
service and reads the catalogue again (a refused value comes back as it was)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services.catalogue import ProductRow

from ..formatting import format_money

Index = QModelIndex | QPersistentModelIndex
# (field of ProductData, editable)
COLUMNS = (("name", True), ("model", True), ("category", True), ("list_price", True), ("currency", True),
           ("warranty_months", True), ("replacement_days", True), ("purchases", False), ("customers", False))
FIELD_COLUMN = {name: n for n, (name, _) in enumerate(COLUMNS)}


class ProductsModel(QAbstractTableModel):
    edited = Signal(int, str, str)  # product id, field, text typed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ProductRow] = []

    def set_rows(self, rows: list[ProductRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def product_id(self, row: int) -> int:
        return self._rows[row].product.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return (self.tr("Product"), self.tr("Model"), self.tr("Category"), self.tr("List price"), self.tr("Currency"),
                self.tr("Warranty (months)"), self.tr("Bought again after (days)"), self.tr("Purchases"),
                self.tr("Customers"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][1]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()][0]
        value = getattr(row, name) if name in ("purchases", "customers") else getattr(row.product, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "list_price" and value is not None:
                return format_money(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= FIELD_COLUMN["list_price"]:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not COLUMNS[index.column()][1]:
            return False
        self.edited.emit(self.product_id(index.row()), COLUMNS[index.column()][0], str(value))
        return True
