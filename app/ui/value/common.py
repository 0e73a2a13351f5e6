"""What the value tabs share: roles, money and percentages as the user reads them, the moment of an action."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Mapping, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QTreeView,
)

from app.services.dates import local_now

from ..formatting import format_money, format_number

Index = QModelIndex | QPersistentModelIndex
ContactIdRole = Qt.ItemDataRole.UserRole + 1  # the contact a row or card stands for
ValueRole = Qt.ItemDataRole.UserRole + 2  # the raw value behind a cell (Decimal, int, float, str)
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DASH = "—"
FIT_ROWS = 60
ROW_AIR = 10  # px above a line of text in every table and tree row (tidy_table, tidy_tree)


def money_text(amount: Optional[Decimal], currency: Optional[str]) -> str:
    return format_money(amount, currency) if amount is not None else ""


def others_text(amounts: Mapping[str, Decimal]) -> str:
    """"40.00 EUR, 12.00 USD": amounts kept apart because they are not in the main currency."""
    return ", ".join(format_money(amount, code) for code, amount in sorted(amounts.items()))


def decimal_text(value: float, places: int = 1) -> str:
    """37.3 / 37,3 with the locale's decimal sign (no grouping in the C locale, as format_number)."""
    return QLocale().toString(float(value), "f", places)


def share_text(share: Optional[float]) -> str:
    return DASH if share is None else f"{decimal_text(share)} %"


def count_text(value: int) -> str:
    return format_number(value)


def moment(today: date) -> datetime:
    """When an action done now is recorded: now, or this time of day on the view's "today" when it differs."""
    now = local_now()
    return now if now.date() == today else datetime.combine(today, now.time())


def tidy_table(view: QTableView, *, stretch: int = 0) -> QTableView:
    """Rows selected whole, one text line high, no row numbers; column `stretch` takes the spare width."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + ROW_AIR)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.horizontalHeader().setHighlightSections(False)
    return view


class _TableHighRows(QStyledItemDelegate):
    """A tree's rows as high as the tables' (a tree has no vertical header to set it on)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + ROW_AIR))


def tidy_tree(view: QTreeView) -> QTreeView:
    """Rows as high as tidy_table's, so the referral tree is no denser than the tables beside it."""
    view.setItemDelegate(_TableHighRows(view))
    return view


def fit_columns(view: QTableView | QTreeView, *, stretch: int = 0) -> None:
    """Every column but the stretching one as wide as its title and its first FIT_ROWS cells.

    Measured here rather than with resizeColumnToContents, which asks a thousand rows for
    every role and takes a quarter of a second on a big table.
    """
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    model, cells, titles = view.model(), view.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), FIT_ROWS)
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widths = [titles.horizontalAdvance(title) + 24]  # room for the sort arrow
        widths += [cells.horizontalAdvance(str(model.index(row, column).data() or "")) + 16 for row in range(rows)]
        view.setColumnWidth(column, max(widths))


class RowsTableModel(QAbstractTableModel):
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
