"""What a visit in the week plan offers: open the customer, log the visit (or a call), snooze it.

The logging and snoozing are the today pane's (`today.actions.EntryActions`); this only
says what the plan's menu holds and what a visit's snooze puts off.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.services.calllist import CallEntry

from ..today.actions import fill_snooze_menu
from ..today.entry_keys import LOG, OPEN, SNOOZE, with_key

VISIT_KINDS = ("visit", "call")  # what "Log visit or call…" offers, a visit first


def visit_reasons(entry: CallEntry) -> tuple[str, ...]:
    """A plan entry is one visit for all of its contact's reasons: snoozing it puts them all off."""
    reasons = [entry.reason, *(reason for reason, _detail in entry.extra.get("also", ()))]
    return tuple(dict.fromkeys(reasons))


def card_menu(today: date, parent: QWidget, day: Optional[date] = None) -> QMenu:
    """The right-click menu of a card, with the keys that do the same on the card with the focus."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    menu = QMenu(parent)
    menu.addAction(with_key(translate("plan", "Open customer"), OPEN)).setData(OPEN)
    menu.addAction(with_key(translate("plan", "Log visit or call…"), LOG)).setData(LOG)
    snooze = menu.addMenu(translate("plan", "Snooze"))
    snooze.menuAction().setText(with_key(snooze.title(), SNOOZE))
    fill_snooze_menu(snooze, today, day)  # counted from the card's day, not today
    return menu
