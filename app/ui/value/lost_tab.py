"""The Lost tab: what losing customers cost, by reason, tier and month, and winning one back."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import directory
from app.services.directory import ContactFilter, ContactRow
from app.services.value import lost
from app.services.value.lost import LostReport

from ..worker import Worker
from .common import count_text, fit_columns, money_text, moment, others_text, tidy_table
from .lost_model import LostContactsModel, LostGroupsModel
from .tab_base import ValueTab


@dataclass
class LostFigures:
    report: LostReport
    contacts: list[ContactRow]


def load_lost(db: sessionmaker[Session], today: date) -> LostFigures:
    return LostFigures(lost.lost_report(db, today), directory.list_contacts(db, ContactFilter(lost=True)))


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    tidy_table(view)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


class LostTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.by = {"reason": LostGroupsModel(self.tr("Reason"), self), "tier": LostGroupsModel(self.tr("Tier"), self),
                   "month": LostGroupsModel(self.tr("Month lost"), self)}
        names = {"reason": self.tr("Lost by reason"), "tier": self.tr("Lost by tier"), "month": self.tr("Lost by month")}
        self.tables = {dim: _table(model, names[dim]) for dim, model in self.by.items()}
        self.contacts = LostContactsModel(self)
        self.contact_table = _table(self.contacts, self.tr("Lost customers"))
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.win_back_button = QPushButton(self.tr("Win back"))
        self.win_back_button.setToolTip(self.tr("The customer buys again: active once more, logged on their history"))
        self.win_back_button.setEnabled(False)
        reports = QWidget()
        row = QHBoxLayout(reports)
        row.setContentsMargins(0, 0, 0, 0)
        for table in self.tables.values():
            row.addWidget(table)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.contact_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.win_back_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(reports)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.contact_table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.contact_table.activated.connect(self._activated)
        self.win_back_button.clicked.connect(self.win_back)

    def load_call(self):
        return partial(load_lost, self.db, self.today())

    def show_result(self, figures: LostFigures) -> None:
        report = figures.report
        for dim, model in self.by.items():
            model.set_groups(report.groups[dim], report.main_currency)
        self.contacts.set_rows(figures.contacts)
        for table in (*self.tables.values(), self.contact_table):
            fit_columns(table)
        text = self.tr("{n} customers lost; revenue lost (their last 12 months before leaving): {revenue}").format(
            n=count_text(report.total.customers), revenue=money_text(report.total.revenue, report.main_currency))
        if report.total.other_currencies:
            text += self.tr(", and in other currencies {amounts}").format(
                amounts=others_text(report.total.other_currencies))
        self.total.setText(text)
        self._selection_changed()

    def selected_contact(self) -> Optional[ContactRow]:
        rows = self.contact_table.selectionModel().selectedRows()
        return self.contacts.rows()[rows[0].row()] if rows else None

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_selection) -> None:
        self.win_back_button.setEnabled(self.selected_contact() is not None)

    @Slot()
    def win_back(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        self.write(partial(lost.win_back, self.db, contact.id, moment(self.today())),
                   lambda _none: self.tr("{name} is won back: an active customer again.").format(name=contact.display_name))
