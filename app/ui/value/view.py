"""The customer-value view: five tabs over the value services (app/services/value).

    view = ValueView(db, worker, today=lambda: date.today())
    view.contactActivated.connect(open_customer_file)   # a row, card or node was double-clicked
    view.storeChanged.connect(reload_lists)             # tiers applied or undone, a stage moved, a customer won back

Each tab loads through the worker the first time it is shown, and again when it is shown
after the store changed; a tab that is not looked at costs nothing (the scores of 100,000
customers take seconds of SQL).
"""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Callable, Optional, Union

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy.orm import Session, sessionmaker

from ..worker import Worker
from .lost_tab import LostTab
from .pareto_tab import ParetoTab
from .referrals_tab import ReferralsTab
from .scores_tab import ScoresTab
from .stages_tab import StagesTab
from .tab_base import ValueTab

Today = Union[date, Callable[[], date]]


class ValueView(QTabWidget):
    contactActivated = Signal(int)  # open this contact's customer file
    storeChanged = Signal()  # tiers, a sales stage or a lost customer changed

    def __init__(self, db: sessionmaker[Session], worker: Optional[Worker] = None, today: Today = date.today,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker or Worker(self)
        self._today = today
        self.pareto = ParetoTab(db, self.worker, self.today, self)
        self.scores = ScoresTab(db, self.worker, self.today, self)
        self.stages = StagesTab(db, self.worker, self.today, self)
        self.referrals = ReferralsTab(db, self.worker, self.today, self)
        self.lost = LostTab(db, self.worker, self.today, self)
        for tab, title in ((self.pareto, self.tr("80/20")), (self.scores, self.tr("Scores")),
                           (self.stages, self.tr("Stages")), (self.referrals, self.tr("Referrals")),
                           (self.lost, self.tr("Lost"))):
            self.addTab(tab, title)
            tab.contactActivated.connect(self.contactActivated)
            tab.storeChanged.connect(partial(self._changed_by, tab))
        self.currentChanged.connect(self._load_current)

    def tabs(self) -> list[ValueTab]:
        return [self.pareto, self.scores, self.stages, self.referrals, self.lost]

    def today(self) -> date:
        return self._today() if callable(self._today) else self._today

    def set_today(self, today: Today) -> None:
        self._today = today
        self.reload()

    @Slot()
    def reload(self) -> None:
        """The store changed elsewhere: every tab is out of date; the one on screen loads now."""
        for tab in self.tabs():
            tab.stale = True
        self._load_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_current()

    @Slot()
    def _load_current(self, *_index) -> None:
        tab = self.currentWidget()
        if isinstance(tab, ValueTab) and tab.stale and self.isVisible():
            tab.reload()

    def _changed_by(self, source: ValueTab) -> None:
        for tab in self.tabs():
            if tab is not source:
                tab.stale = True  # the source reloads itself
        self.storeChanged.emit()
