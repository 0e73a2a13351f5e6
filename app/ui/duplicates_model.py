"""The possible duplicates as a table: both customers side by side, and why they look alike."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.services.duplicates import DIFFERS, NAMES_DIFFER, ContactBrief, DuplicatePair, Reason

Index = QModelIndex | QPersistentModelIndex


class DuplicatesModel(QAbstractTableModel):
    # Column -> (which contact, what of it); "why" is the pair's.
    COLUMNS = (("a", "name"), ("a", "organization"), ("a", "phones"),
               ("b", "name"), ("b", "organization"), ("b", "phones"), ("pair", "why"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: Sequence[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> Optional[DuplicatePair]:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def remove_pair(self, ids: tuple[int, int]) -> None:
        row = next((i for i, p in enumerate(self._pairs) if p.ids == ids), None)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._pairs[row]
        self.endRemoveRows()

    def why(self, pair: DuplicatePair) -> str:
        parts = [self.reason_text(r) for r in pair.reasons]
        if pair.rank == NAMES_DIFFER:
            parts.append(self.tr("names differ"))
        return "; ".join(parts)

    def reason_text(self, reason: Reason) -> str:
        if reason.kind == "phone":
            return self.tr("same phone {number}").format(number=reason.value)
        if reason.kind == "email":
            return self.tr("same email {address}").format(address=reason.value)
        if reason.kind == "organization":
            return self.tr("same organisation {name}").format(name=reason.value)
        if reason.kind == DIFFERS:
            return {"phone": self.tr("different phones"), "email": self.tr("different emails")}.get(
                reason.value, self.tr("different organisations"))
        return self.tr("same name")

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Customer"), self.tr("Organisation"), self.tr("Phones"), self.tr("Looks like"),
                self.tr("Organisation"), self.tr("Phones"), self.tr("Why"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair = self._pairs[index.row()]
        side, what = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if side == "pair":
                return self.why(pair)
            contact: ContactBrief = pair.a if side == "a" else pair.b
            if what == "name":
                return contact.display_name
            if what == "organization":
                return contact.organization or ""
            return ", ".join(contact.phones)
        if role == Qt.ItemDataRole.ToolTipRole:
            if side == "pair":
                return self.why(pair)
            contact = pair.a if side == "a" else pair.b
            lines = [f"{contact.display_name} (#{contact.id})", *contact.phones, *contact.emails]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and what == "name":  # where each of the two begins
            font = QFont()
            font.setBold(True)
            return font
        return None
