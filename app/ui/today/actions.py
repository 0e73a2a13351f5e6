"""What the today pane does to an entry: log the call, snooze it, and the menus that offer both.

`record_call` runs on the worker (it gets values, never widgets); the menus are
opened with `popup()` and answer through signals, so no nested event loop runs.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Optional

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QMenu, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.calllist import CallEntry, schedule_follow_up
from app.services.interactions import log_interaction

from . import entry_text as text

PICK = "pick"  # the data of "Pick a date…": ask for the day


def record_call(db: sessionmaker[Session], contact_id: int, when: datetime, summary: str, outcome: str,
                follow_up_on: Optional[date]) -> int:
    """Log the call (which closes due follow-ups and moves the next due date), then the next follow-up."""
    interaction_id = log_interaction(db, contact_id, "call", when=when, summary=summary, outcome=outcome)
    if follow_up_on is not None:
        schedule_follow_up(db, contact_id, follow_up_on, outcome or summary)
    return interaction_id


def snooze_choices(today: date) -> list[tuple[str, date]]:
    """(label, until) for the snooze menu; "next week" is next Monday."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    return [
        (translate("today", "Tomorrow"), today + timedelta(days=1)),
        (translate("today", "In 3 days"), today + timedelta(days=3)),
        (translate("today", "Next week"), today + timedelta(days=7 - today.weekday())),
    ]


def fill_snooze_menu(menu: QMenu, today: date) -> None:
    for label, until in snooze_choices(today):
        action = menu.addAction(f"{label}\t{text.short_date(until)}")
        action.setData(until)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("today", "Pick a date…")).setData(PICK)


def entry_menu(entry: CallEntry, today: date, parent: QWidget) -> QMenu:
    """The right-click menu: everything the entry's buttons do, for keyboard and screen-reader users."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    menu = QMenu(parent)
    menu.addAction(translate("today", "Log call…")).setData("log")
    fill_snooze_menu(menu.addMenu(translate("today", "Snooze")), today)
    if entry.phone:
        menu.addAction(translate("today", "Copy number")).setData("copy_number")
        menu.addAction(translate("today", "Call {number}").format(number=text.best_number(entry))).setData("call")
    if entry.reason in text.GREETING_REASONS and entry.detail:
        menu.addAction(translate("today", "Copy greeting")).setData("copy_greeting")
    menu.addSeparator()
    menu.addAction(translate("today", "Open customer file")).setData("open")
    return menu


class SnoozeDateDialog(QDialog):
    """"Pick a date…": a calendar from tomorrow on."""

    def __init__(self, contact_name: str, today: date, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze {name} until").format(name=contact_name))
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(today + timedelta(days=1)))
        self.calendar.setSelectedDate(QDate(today + timedelta(days=14)))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def until(self) -> date:
        return self.calendar.selectedDate().toPython()
