"""An event's guest list as a table: name, tier, status and the day it changed. Rows are the service's
answer (guests.guest_list), read on the worker and set whole."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.events.guests import GuestRow

from ..formatting import format_date
from .names import status_name

Index = QModelIndex | QPersistentModelIndex
NAME, TIER, STATUS, SINCE, INVITED = range(5)
ContactIdRole = Qt.ItemDataRole.UserRole + 1


class GuestsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[GuestRow] = []

    def set_guests(self, rows: list[GuestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def guest(self, row: int) -> GuestRow:
        return self._rows[row]

    def contact_ids(self) -> list[int]:
        return [g.contact_id for g in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return (self.tr("Guest"), self.tr("Tier"), self.tr("Status"), self.tr("Since"), self.tr("Invited on"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        guest = self._rows[index.row()]
        if role == ContactIdRole:
            return guest.contact_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (guest.display_name, guest.tier or "", status_name(guest.status), format_date(guest.status_on),
                format_date(guest.invited_on))[index.column()]
