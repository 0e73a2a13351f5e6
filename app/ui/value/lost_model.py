"""Lost customers as tables: the report's groups (by reason, tier or month) and the customers themselves."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from PySide6.QtCore import Qt

from app.services.value.lost import LostCustomer, LostGroup

from ..builtin_names import lost_reason_name
from ..formatting import format_date
from .common import DASH, NUMBER_ALIGNMENT, ContactIdRole, RowsTableModel, ValueRole, count_text, money_text, others_text

REVENUE = 5  # LostCustomersModel's column of revenue lost


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


class LostCustomersModel(RowsTableModel):
    """The lost customers, most revenue lost first; narrowed to one group of the report by set_filter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._titles = (self.tr("Lost customer"), self.tr("Organisation"), self.tr("Tier"), self.tr("Lost on"),
                        self.tr("Reason"), self.tr("Revenue lost"), self.tr("Other currencies"),
                        self.tr("Last contact"))
        self._all: list[LostCustomer] = []
        self._currency: Optional[str] = None
        self._filter: Optional[tuple[str, str]] = None  # (dimension, group key)

    def set_customers(self, customers: Sequence[LostCustomer], currency: Optional[str]) -> None:
        self._all, self._currency = list(customers), currency
        self._refilter()

    def set_filter(self, dimension: Optional[str], key: Optional[str] = None) -> None:
        """Only the customers the report counts under `key` by `dimension` (reason, tier, month); None: all."""
        self._filter = (dimension, key) if dimension is not None else None
        self._refilter()

    def filter(self) -> Optional[tuple[str, str]]:
        return self._filter

    def total(self) -> int:
        """Lost customers, filtered out or not."""
        return len(self._all)

    def _refilter(self) -> None:
        if self._filter is None:
            self.set_rows(self._all)
        else:
            dimension, key = self._filter
            self.set_rows([c for c in self._all if c.key(dimension) == key])

    def cell(self, customer: LostCustomer, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            unknown = self.tr("unknown")
            return (customer.display_name, customer.organization or "", customer.tier or DASH,
                    format_date(customer.lost_on) if customer.lost_on else unknown,
                    lost_reason_name(customer.reason) if customer.reason else unknown,
                    money_text(customer.revenue, self._currency), others_text(customer.other_currencies),
                    format_date(customer.last_contact))[column]
        if role == ContactIdRole:
            return customer.contact_id
        if role == ValueRole:
            return (customer.display_name, customer.organization, customer.tier, customer.lost_on, customer.reason,
                    customer.revenue, customer.other_currencies, customer.last_contact)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == REVENUE:
            return NUMBER_ALIGNMENT
        return None
