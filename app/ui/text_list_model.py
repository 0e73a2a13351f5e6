"""A read-only list of texts, each with a value behind it (an id, a path, a problem).

Used instead of QStandardItemModel, which leaks in PySide6 6.12 (see STYLE.md).
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TextListModel(QAbstractListModel):
    def __init__(self, items: Sequence[tuple[str, Any]] = (), parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, Any]] = list(items)

    def set_items(self, items: Sequence[tuple[str, Any]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append(self, text: str, value: Any = None) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append((text, value))
        self.endInsertRows()

    def texts(self) -> list[str]:
        return [text for text, _ in self._items]

    def values(self) -> list[Any]:
        return [value for _, value in self._items]

    def value(self, row: int) -> Optional[Any]:
        return self._items[row][1] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        text, value = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None
