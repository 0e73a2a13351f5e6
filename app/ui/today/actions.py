"""What the today pane and the week plan do to an entry: log the call (or visit), snooze it,
and the menus that offer both.

`EntryActions` is the one place that asks (the log dialog, a snooze date) and writes
through the worker; the today pane and the plan each hold one and reload on `changed`.
`snooze_reasons` runs on the worker (they get values, never
widgets); menus are opened with `popup()` and answer through signals, so no nested
event loop runs.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QMenu, QVBoxLayout, QWidget

from app.services.call_entry import CallEntry
from app.services.dates import local_now

from ..errors import show_error
from ..worker import Worker
from . import entry_text as text
from .entry_keys import CALL, COPY_NUMBER, GREETING, LOG, OPEN, SNOOZE, with_key
from .log_call_dialog import LogCallDialog

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

PICK = "pick"  # the data of "Pick a date…": ask for the day
DESK = "greetings_desk"  # the data of "Greetings desk…" on a birthday or a holiday


def snooze_reasons(db: sessionmaker[Session], contact_id: int, until: date, reasons: Sequence[str]) -> None:
    from app.services import calllist

    for reason in reasons:
        calllist.snooze(db, contact_id, until, reason)


def snooze_choices(today: date, after: Optional[date] = None) -> list[tuple[str, date]]:
    """(label, until) for the snooze menu; "next week" is next Monday. `after`: a later day the
    entry is planned on (the week plan), which the choices then count from."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    if after is not None and after > today:
        return [
            (translate("today", "The day after"), after + timedelta(days=1)),
            (translate("today", "3 days later"), after + timedelta(days=3)),
            (translate("today", "The week after"), after + timedelta(days=7 - after.weekday())),
        ]
    return [
        (translate("today", "Tomorrow"), today + timedelta(days=1)),
        (translate("today", "In 3 days"), today + timedelta(days=3)),
        (translate("today", "Next week"), today + timedelta(days=7 - today.weekday())),
    ]


def fill_snooze_menu(menu: QMenu, today: date, after: Optional[date] = None) -> None:
    for label, until in snooze_choices(today, after):
        action = menu.addAction(f"{label}\t{text.short_date(until)}")
        action.setData(until)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("today", "Pick a date…")).setData(PICK)


def entry_menu(entry: CallEntry, today: date, parent: QWidget) -> QMenu:
    """The right-click menu: everything the entry's buttons do, with their keys, for keyboard and screen-reader users."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    menu = QMenu(parent)
    if entry.contact_id is None:  # a holiday: its greetings to many customers, each in their language
        menu.addAction(translate("today", "Greetings desk…")).setData(DESK)
        return menu
    menu.addAction(with_key(translate("today", "Log call…"), LOG)).setData(LOG)
    snooze = menu.addMenu(translate("today", "Snooze"))
    snooze.menuAction().setText(with_key(snooze.title(), SNOOZE))
    fill_snooze_menu(snooze, today)
    if entry.phone:
        menu.addAction(with_key(translate("today", "Copy number"), COPY_NUMBER)).setData(COPY_NUMBER)
        menu.addAction(with_key(translate("today", "Call {number}").format(number=text.best_number(entry)),
                                CALL)).setData(CALL)
    if entry.reason in text.GREETING_REASONS and entry.detail:
        menu.addAction(with_key(translate("today", "Copy greeting"), GREETING)).setData(GREETING)
    if entry.reason == "birthday":  # this week's birthdays greeted together
        menu.addAction(translate("today", "Greetings desk…")).setData(DESK)
    menu.addSeparator()
    menu.addAction(with_key(translate("today", "Open customer file"), OPEN)).setData(OPEN)
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


class EntryActions(QObject):
    """Logging and snoozing entries for one view: the dialogs and menus, then the write on the worker.

    `kinds` are what the log dialog offers (the first chosen); `reasons(entry)` are what a
    snooze puts off: the entry's own reason in the today list, every reason of a visit in
    the plan.
    """

    changed = Signal(object, object, str)  # the CallEntry, the reason now off the list (None: all), message

    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date], parent: QWidget, *,
                 kinds: Sequence[str] = ("call",),
                 reasons: Callable[[CallEntry], Sequence[str]] = lambda entry: (entry.reason,)) -> None:
        super().__init__(parent)
        self.db, self.worker, self.today = db, worker, today
        self.kinds, self.reasons = tuple(kinds), reasons
        self._parent = parent
        self._menu: Optional[QMenu] = None

    def log(self, entry: CallEntry) -> None:
        from app.services.interactions import log_interaction

        dialog = LogCallDialog(entry.display_name, self.today(), self._parent, kinds=self.kinds)
        if dialog.exec() != LogCallDialog.DialogCode.Accepted:
            return
        logged = dialog.values()
        now, today = local_now(), self.today()
        when = now if now.date() == today else datetime.combine(today, now.time())
        if logged.kind == "visit":
            message = self.tr("Visit with {name} logged.").format(name=entry.display_name)
        else:
            message = self.tr("Call with {name} logged.").format(name=entry.display_name)
        self.worker.write(partial(log_interaction, self.db, entry.contact_id, logged.kind, when=when,
                                  summary=logged.summary, outcome=logged.outcome, follow_up_on=logged.follow_up_on),
                          partial(self._written, entry, None, message))

    def snooze(self, entry: CallEntry, until: date) -> None:
        reasons = tuple(self.reasons(entry))
        self.worker.write(partial(snooze_reasons, self.db, entry.contact_id, until, reasons),
                          partial(self._written, entry, reasons[0] if len(reasons) == 1 else None,
                                  self.tr("{name} snoozed until {day}.").format(name=entry.display_name,
                                                                                 day=text.short_date(until))))

    def ask_snooze_date(self, entry: CallEntry) -> None:
        dialog = SnoozeDateDialog(entry.display_name, self.today(), self._parent)
        if dialog.exec() == SnoozeDateDialog.DialogCode.Accepted:
            self.snooze(entry, dialog.until())

    def _written(self, entry: CallEntry, reason: Optional[str], message: str, _result: Any,
                 error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self._parent.window(), error)
            return
        self.changed.emit(entry, reason, message)

    # ------------------------------------------------------------------ menus

    def snooze_menu(self, entry: CallEntry, after: Optional[date] = None) -> QMenu:
        menu = QMenu(self._parent)
        fill_snooze_menu(menu, self.today(), after)
        menu.triggered.connect(partial(self.chosen, entry))
        return menu

    def popup(self, menu: QMenu, where: QPoint) -> QMenu:
        """Show `menu` without waiting for it; the one shown before is let go."""
        if self._menu is not None:
            self._menu.deleteLater()
        self._menu = menu
        menu.popup(where)
        return menu

    def chosen(self, entry: CallEntry, action: QAction) -> Optional[str]:
        """Snooze for a day picked from a snooze menu (asking on "Pick a date…"); any other choice is returned."""
        choice = action.data()
        if isinstance(choice, QDate):
            choice = choice.toPython()
        if isinstance(choice, date):
            self.snooze(entry, choice)
        elif choice == PICK:
            self.ask_snooze_date(entry)
        elif isinstance(choice, str):
            return choice
        return None
