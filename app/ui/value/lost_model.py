"""Lost customers as tables: the report's groups (by reason, tier or month) and the lost contacts."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services.directory import ContactRow
from app.services.value.lost import LostGroup

from ..builtin_names import lost_reason_name
from ..formatting import format_date
from .common import DASH, NUMBER_ALIGNMENT, ContactIdRole, Index, ValueRole, count_text, money_text, others_text


class _Table(QAbstractTableModel):
    """A read-only table over a list; subclasses set the titles and say what a cell shows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles: tuple[str, ...] = ()
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class LostGroupsModel(_Table):
    """Key (a reason, tier or month), customers lost, revenue lost, amounts in other currencies."""

    def __init__(self, key_title: str, parent=None) -> None:
        super().__init__(parent)
        self._titles = (key_title, self.tr("Customers"), self.tr("Revenue lost"), self.tr("Other currencies"))
        self._currency: Optional[str] = None

    def set_groups(self, groups: Sequence[LostGroup], currency: Optional[str]) -> None:
        self._currency = currency
        self.set_rows(groups)

    def cell(self, group: LostGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            special = {"unknown": self.tr("unknown"), "none": self.tr("no tier")}
            key = special.get(group.key) or lost_reason_name(group.key)  # a seeded reason in the user's language
            return (key, count_text(group.customers), money_text(group.revenue, self._currency),
                    others_text(group.other_currencies))[column]
        if role == ValueRole:
            return (group.key, group.customers, group.revenue, group.other_currencies)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return NUMBER_ALIGNMENT
        return None


class LostContactsModel(_Table):
    """The lost contacts, to pick one to win back: name, organization, tier, last contact."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles = (self.tr("Lost customer"), self.tr("Organization"), self.tr("Tier"), self.tr("Last contact"))

    def cell(self, contact: ContactRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (contact.display_name, contact.organization or "", contact.tier or DASH,
                    format_date(contact.last_contact_at))[column]
        if role == ContactIdRole:
            return contact.id
        if role == ValueRole:
            return (contact.display_name, contact.organization, contact.tier, contact.last_contact_at)[column]
        return None
