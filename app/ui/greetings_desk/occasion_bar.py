"""Which occasion, and its day: the built-in ones (their names in the window's language) and the user's
own; picking one moves the day to its next date (a birthday: today, the week from it)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.desk.occasions import Occasion

from ..formatting import date_format


class OccasionBar(QWidget):
    changed = Signal()  # the occasion or its day
    templatesRequested = Signal()
    newOccasionRequested = Signal()

    def __init__(self, today: date, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.today = today
        self.occasion = QComboBox()
        self.occasion.setMinimumContentsLength(14)
        self.occasion.currentIndexChanged.connect(self._occasion_chosen)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat(date_format())
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(self.changed)
        templates = QPushButton(self.tr("Templates…"))
        templates.clicked.connect(self.templatesRequested)
        new = QPushButton(self.tr("New occasion…"))
        new.clicked.connect(self.newOccasionRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Occasion:")))
        row.addWidget(self.occasion)
        row.addWidget(QLabel(self.tr("Day:")))
        row.addWidget(self.day)
        row.addWidget(templates)
        row.addWidget(new)
        row.addStretch(1)

    def name_of(self, occasion: Occasion) -> str:
        """A built-in occasion in the window's language; the user's own as they named it."""
        return {"birthday": self.tr("Birthday"), "spring_festival": self.tr("Spring Festival"),
                "mid_autumn": self.tr("Mid-Autumn Festival"), "dragon_boat": self.tr("Dragon Boat Festival"),
                "christmas": self.tr("Christmas"), "new_year": self.tr("New Year"),
                "invitation": self.tr("Invitation")}.get(occasion.key, occasion.name)

    def set_occasions(self, occasions: list[Occasion], chosen: Optional[str] = None) -> None:
        chosen = chosen or (self.current().key if self.occasion.count() else None)
        self.occasion.blockSignals(True)
        self.occasion.clear()
        for occasion in occasions:
            if occasion.key != "invitation":  # an invitation is written from its event (Events)
                self.occasion.addItem(self.name_of(occasion), occasion)
        keys = [self.occasion.itemData(n).key for n in range(self.occasion.count())]
        self.occasion.setCurrentIndex(keys.index(chosen) if chosen in keys else 0)
        self.occasion.blockSignals(False)
        self._occasion_chosen()

    def choose(self, key: str, day: Optional[date] = None) -> None:
        for n in range(self.occasion.count()):
            if self.occasion.itemData(n).key == key:
                self.occasion.setCurrentIndex(n)
        if day is not None:
            self.day.setDate(QDate(day.year, day.month, day.day))

    def current(self) -> Occasion:
        return self.occasion.currentData()

    def current_day(self) -> date:
        return self.day.date().toPython()

    def _occasion_chosen(self) -> None:
        occasion = self.current()
        if occasion is None:
            return
        day = occasion.next_day(self.today) or self.today
        self.day.blockSignals(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)
        self.changed.emit()
