"""The events as a table: when, name, kind, place, places, and the guests by status. Rows are the
service's answer (calendar.list_events), read on the worker and set whole."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.models import GUEST_STATUSES
from app.services.events.calendar import EventRow

from ..formatting import format_datetime
from .names import kind_name, status_name

Index = QModelIndex | QPersistentModelIndex
WHEN, NAME, KIND, PLACE, PLACES = range(5)
COLUMNS = 5 + len(GUEST_STATUSES)
EventIdRole = Qt.ItemDataRole.UserRole + 1


class EventsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []

    def set_events(self, rows: list[EventRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def event(self, row: int) -> EventRow:  # type: ignore[override]
        return self._rows[row]

    def row_of(self, event_id: int) -> Optional[int]:
        return next((n for n, e in enumerate(self._rows) if e.id == event_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < COLUMNS:
            return None
        if section >= PLACES + 1:
            return status_name(GUEST_STATUSES[section - PLACES - 1])
        return (self.tr("When"), self.tr("Event"), self.tr("Kind"), self.tr("Place"), self.tr("Places"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        if role == EventIdRole:
            return event.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= PLACES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == WHEN:
            return format_datetime(event.starts_at)
        if column == NAME:
            return event.name
        if column == KIND:
            return kind_name(event.kind)
        if column == PLACE:
            return event.place or ""
        if column == PLACES:
            return str(event.capacity) if event.capacity else "—"
        return str(event.counts.get(GUEST_STATUSES[column - PLACES - 1], 0))
