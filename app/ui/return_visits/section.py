"""The Settings dialog's return-visits section: the schedules table with Add category… and Remove, and
the one call that saves them (on the worker, with the rest of the settings)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import return_visits
from app.services.return_visits import Schedule
from app.services.return_visits.schedule import parse_visits, parse_warranty_days, replace_schedules

from .schedules_model import VISITS, SchedulesModel


def save_rows(db: sessionmaker[Session], rows: list[tuple[str, str, str]]) -> None:
    """Runs on the worker: every row checked (a bad one names itself), then all saved together."""
    replace_schedules(db, [Schedule(parse_visits(visits), parse_warranty_days(warranty), category or None)
                           for category, visits, warranty in rows])


class ReturnVisitsSection(QWidget):
    def __init__(self, db: sessionmaker[Session], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.model = SchedulesModel(return_visits.all_schedules(db), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(VISITS, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        add = QPushButton(self.tr("Add category…"))
        add.clicked.connect(self.ask_category)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Return visits after a sale (on Today, each on its day with its reason):")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def ask_category(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add category"), self.tr("Product category:"))
        if ok and name.strip():
            self.table.selectRow(self.model.add_category(name))

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def pending(self) -> Optional[list[tuple[str, str, str]]]:
        """The rows to save, or None when nothing was changed."""
        return self.model.rows() if self.model.changed else None
