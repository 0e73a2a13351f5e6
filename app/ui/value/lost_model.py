"""Lost customers as tables: the report's groups (by reason, tier or month) and the lost contacts."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import Qt

from app.services.directory import ContactRow
from app.services.value.lost import LostGroup

from ..builtin_names import lost_reason_name
from ..formatting import format_date
from .common import DASH, NUMBER_ALIGNMENT, ContactIdRole, RowsTableModel, ValueRole, count_text, money_text, others_text


class LostGroupsModel(RowsTableModel):
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


class LostContactsModel(RowsTableModel):
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
