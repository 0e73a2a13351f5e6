"""Whom to greet: tier, group, city, sales stage and "birthdays this week" (lunar ones on this year's day).
Every filter given must hold; the bar says when its choice changes and the desk builds the list again."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from app.services.desk.greet import Choice
from app.services.value.stages import STAGES

TIERS = ("A", "B", "C", "D")


def stage_label(stage: str) -> str:
    # The stage board's words (app/ui/value/stages_tab.py), so a stage reads the same everywhere.
    translate = QCoreApplication.translate
    return {"prospect": translate("StagesTab", "Prospect"), "first contact": translate("StagesTab", "First contact"),
            "needs identified": translate("StagesTab", "Needs identified"),
            "negotiating": translate("StagesTab", "Negotiating"), "customer": translate("StagesTab", "Customer"),
            "after-sale": translate("StagesTab", "After-sale")}.get(stage, stage)


class RecipientsBar(QWidget):
    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.tier = self._combo([(self.tr("Any tier"), None)] + [(self.tr("Tier {code}").format(code=c), c)
                                                                  for c in TIERS] + [(self.tr("No tier"), "none")])
        self.group = self._combo([(self.tr("Any group"), None)])
        self.city = self._combo([(self.tr("Any city"), None)])
        self.stage = self._combo([(self.tr("Any stage"), None)] + [(stage_label(s), s) for s in STAGES])
        self.birthdays = QCheckBox(self.tr("Birthdays this week"))
        self.birthdays.setToolTip(self.tr("Only customers whose birthday falls in the seven days from the day "
                                          "chosen; lunar (农历) birthdays on this year's day"))
        self.birthdays.toggled.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("To:")))
        for widget in (self.tier, self.group, self.city, self.stage, self.birthdays):
            row.addWidget(widget)
        row.addStretch(1)

    def _combo(self, items: list[tuple[str, Optional[str]]]) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def set_lists(self, groups: list[str], cities: list[str]) -> None:
        """The store's groups and cities; what was chosen stays chosen when it is still there."""
        for combo, values in ((self.group, groups), (self.city, cities)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

    def choose(self, *, tier: Optional[str] = None, group: Optional[str] = None, city: Optional[str] = None,
               stage: Optional[str] = None, birthdays: Optional[bool] = None) -> None:
        """Set filters as a user would pick them (tests, and Today's entries opening the desk)."""
        for combo, value in ((self.tier, tier), (self.group, group), (self.city, city), (self.stage, stage)):
            if value is not None:
                combo.setCurrentIndex(max(combo.findData(value), 0))
        if birthdays is not None:
            self.birthdays.setChecked(birthdays)

    def force_birthdays(self, forced: bool) -> None:
        """A birthday greeting goes to this week's birthdays only."""
        self.birthdays.blockSignals(True)
        if forced or not self.birthdays.isEnabled():  # checked by the birthday occasion, not by the user
            self.birthdays.setChecked(forced)
        self.birthdays.setEnabled(not forced)
        self.birthdays.blockSignals(False)

    def choice(self) -> Choice:
        return Choice(tier=self.tier.currentData(), group=self.group.currentData(), city=self.city.currentData(),
                      stage=self.stage.currentData(), birthdays_week=self.birthdays.isChecked())
