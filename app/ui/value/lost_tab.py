"""The Lost tab: what losing customers cost, by reason, tier and month; the lost customers
themselves (a row of the report narrows them to its group); winning some back, after asking."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.value import lost
from app.services.value.lost import LostCustomer, LostCustomers, LostReport

from ..builtin_names import lost_reason_name
from ..worker import Worker
from .common import ValueRole, count_text, fit_columns, money_text, moment, others_text, tidy_table
from .lost_model import LostCustomersModel, LostGroupsModel
from .tab_base import ValueTab


@dataclass
class LostFigures:
    report: LostReport
    customers: LostCustomers


def load_lost(db: sessionmaker[Session], today: date) -> LostFigures:
    return LostFigures(lost.lost_report(db, today), lost.lost_customers(db, today))


def _table(model, name: str, selection: QAbstractItemView.SelectionMode) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    tidy_table(view)
    view.setSelectionMode(selection)
    return view


class LostTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.titles = {"reason": self.tr("Reason"), "tier": self.tr("Tier"), "month": self.tr("Month lost")}
        self.by = {dim: LostGroupsModel(title, self) for dim, title in self.titles.items()}
        names = {"reason": self.tr("Lost by reason"), "tier": self.tr("Lost by tier"), "month": self.tr("Lost by month")}
        single = QAbstractItemView.SelectionMode.SingleSelection
        self.tables = {dim: _table(model, names[dim], single) for dim, model in self.by.items()}
        self.customers = LostCustomersModel(self)
        self.customer_table = _table(self.customers, self.tr("Lost customers"),
                                     QAbstractItemView.SelectionMode.ExtendedSelection)
        self._syncing = False  # selecting report rows from code, not the user narrowing the list
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setTextFormat(Qt.TextFormat.PlainText)  # reasons are the user's own words
        self.shown = QLabel()
        self.shown.setWordWrap(True)
        self.show_all = QPushButton(self.tr("Show all"))
        self.win_back_button = QPushButton(self.tr("Win back…"))
        self.win_back_button.setToolTip(self.tr("The customer buys again: active once more, logged on their history"))
        self.open_action = QAction(self.tr("Open customer file"), self)
        self.win_back_action = QAction(self.tr("Win back…"), self)
        self.customer_table.addActions([self.open_action, self.win_back_action])
        self.customer_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._lay_out()
        for dim, table in self.tables.items():
            table.selectionModel().selectionChanged.connect(partial(self._report_selected, dim))
        self.customer_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.customer_table.activated.connect(self._activated)
        self.open_action.triggered.connect(self.open_current)
        self.show_all.clicked.connect(self.clear_filter)
        self.win_back_button.clicked.connect(self.win_back)
        self.win_back_action.triggered.connect(self.win_back)

    def _lay_out(self) -> None:
        reports = QWidget()
        row = QHBoxLayout(reports)
        row.setContentsMargins(0, 0, 0, 0)
        for table in self.tables.values():
            row.addWidget(table)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.shown, 1)
        bar.addWidget(self.show_all)
        bar.addWidget(self.win_back_button)
        column.addLayout(bar)
        column.addWidget(self.customer_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reports)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def load_call(self):
        return partial(load_lost, self.db, self.today())

    def show_result(self, figures: LostFigures) -> None:
        report = figures.report
        kept = self.customers.filter()
        self._syncing = True  # resetting the report models drops their selection; the filter is put back below
        try:
            for dim, model in self.by.items():
                model.set_groups(report.groups[dim], report.main_currency)
        finally:
            self._syncing = False
        self.customers.set_customers(figures.customers.customers, figures.customers.main_currency)
        if kept and self._group_row(*kept) is not None:
            self.set_filter(*kept)  # still a group after the reload (winning back its last customer ends it)
        else:
            self.clear_filter()
        for table in self.tables.values():
            fit_columns(table)
        fit_columns(self.customer_table)
        text = self.tr("%Ln customer(s) lost; revenue lost (their last 12 months before leaving): {revenue}", "",
                       report.total.customers).format(revenue=money_text(report.total.revenue, report.main_currency))
        if report.total.other_currencies:
            text += self.tr(", and in other currencies {amounts}").format(
                amounts=others_text(report.total.other_currencies))
        back = report.won_back_total
        if back.lost:  # losses stay on record after a win-back: which reasons do customers come back from?
            text += "\n" + self.tr("Won back: {won} of {lost} losses ({rate} %): {reasons}").format(
                won=count_text(back.won_back), lost=count_text(back.lost), rate=f"{back.rate:.0f}",
                reasons=", ".join(self.tr("{reason} {won} of {lost}").format(
                    reason=self.tr("unknown") if w.key == lost.UNKNOWN else lost_reason_name(w.key),
                    won=count_text(w.won_back), lost=count_text(w.lost)) for w in report.won_back))
        self.total.setText(text)

    # ------------------------------------------------------------------ narrowing the list to a group

    def set_filter(self, dimension: str, key: str) -> None:
        """List only the customers of one group of the report, and show that group selected."""
        row = self._group_row(dimension, key)
        self._syncing = True
        try:
            for dim, table in self.tables.items():
                if dim != dimension:
                    table.clearSelection()
                elif row is not None and table.selectionModel().selectedRows() != [self.by[dim].index(row, 0)]:
                    table.selectRow(row)
        finally:
            self._syncing = False
        self.customers.set_filter(dimension, key)
        self._show_count()

    @Slot()
    def clear_filter(self) -> None:
        self._syncing = True
        try:
            for table in self.tables.values():
                table.clearSelection()
        finally:
            self._syncing = False
        self.customers.set_filter(None)
        self._show_count()

    def _group_row(self, dimension: str, key: str) -> Optional[int]:
        model = self.by[dimension]
        return next((row for row in range(model.rowCount()) if model.index(row, 0).data(ValueRole) == key), None)

    def _report_selected(self, dimension: str, *_selection) -> None:
        if self._syncing:
            return
        rows = self.tables[dimension].selectionModel().selectedRows()
        if rows:
            self.set_filter(dimension, rows[0].data(ValueRole))
        else:
            self.clear_filter()

    def _show_count(self) -> None:
        chosen = self.customers.filter()
        shown, total = count_text(self.customers.rowCount()), count_text(self.customers.total())
        self.show_all.setVisible(chosen is not None)
        if chosen is None:
            self.shown.setText(self.tr("{n} lost customers. Select a row of the report above to list only its "
                                       "customers; double-click a customer to open their file.").format(n=total))
        else:
            dimension, key = chosen
            row = self._group_row(dimension, key)
            label = key if row is None else self.by[dimension].index(row, 0).data()  # as the report writes it
            self.shown.setText(self.tr("{shown} of {n} lost customers · {what}: {key}").format(
                shown=shown, n=total, what=self.titles[dimension], key=label))
        self._selection_changed()  # the list was reset: nothing is selected any more

    # ------------------------------------------------------------------ opening and winning back

    def selected_customers(self) -> list[LostCustomer]:
        rows = sorted(index.row() for index in self.customer_table.selectionModel().selectedRows())
        return [self.customers.rows()[row] for row in rows]

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_selection) -> None:
        chosen = bool(self.selected_customers())
        self.win_back_button.setEnabled(chosen)
        self.win_back_action.setEnabled(chosen)
        self.open_action.setEnabled(self.customer_table.currentIndex().isValid())

    @Slot()
    def open_current(self) -> None:
        self._activated(self.customer_table.currentIndex())

    @Slot()
    def win_back(self) -> None:
        chosen = self.selected_customers()
        if not chosen:
            return
        if len(chosen) == 1:
            question = self.tr("Win back {name}? They become an active customer again: the reason and day they were "
                               "lost are cleared, and the win is logged on their history.").format(
                name=chosen[0].display_name)
        else:
            question = self.tr("Win back these {n} customers? They become active customers again: the reasons and "
                               "days they were lost are cleared, and each win is logged on their history.").format(
                n=count_text(len(chosen)))
        answer = QMessageBox.question(self, self.tr("Win back"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        name = chosen[0].display_name
        self.write(partial(lost.win_back_customers, self.db, [c.contact_id for c in chosen], moment(self.today())),
                   lambda won: self.tr("{name} is won back: an active customer again.").format(name=name) if won == 1
                   else self.tr("{n} customers are won back: active customers again.").format(n=count_text(won)))
