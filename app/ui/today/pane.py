"""The today pane: who to call today and why, in sections or in four quadrants.

Each entry logs a call, snoozes, copies the number or the greeting in one click, or
by a key while the list has the focus (L, S, C, Ctrl+Shift+C, G: entry_keys), or from
its context menu; double-click (or Enter) asks the main window to open the customer
file. Every service call runs on the worker (actions.EntryActions); the list is one
model painted by one delegate.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Callable, Optional, Union

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListView, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from app.services.call_entry import CallEntry, ListHead, ListSetup

from ..errors import error_text
from ..worker import Worker
from . import entry_keys as keys
from .actions import DESK, EntryActions, entry_menu
from .empty_state import EmptyToday
from .entry_text import best_number
from .entry_delegate import EntryDelegate
from .quadrants import QuadrantView, entry_list_view
from .today_model import Role, TodayModel, head_sections

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

    from ..call_dialog import CallDialog
    from ..fast_start import FastStart

Today = Union[date, Callable[[], date]]
# Entries a fast start reads before the rest of the list: more than the tallest screen shows, with the
# details' lookahead (today_model.LOOKAHEAD) below them.
FIRST_SCREEN = 100


class TodayPane(QWidget):
    contactActivated = Signal(int)  # double-click or Enter: open the customer file
    contactChanged = Signal(int)  # a call was logged or an entry snoozed: the store changed for this contact
    loaded = Signal(int)  # the list was (re)loaded with this many entries
    importRequested = Signal()  # the empty page's next steps, which the main window carries out
    newContactRequested = Signal()
    customersRequested = Signal()
    tiersRequested = Signal()
    deskRequested = Signal(str, object)  # a birthday or holiday entry: the greetings desk on (occasion, day)

    def __init__(self, db: sessionmaker[Session], worker: Optional[Worker] = None, today: Today = date.today,
                 parent: Optional[QWidget] = None, *, first_screen: Optional[FastStart] = None) -> None:
        super().__init__(parent)
        self.db = db
        self._first_screen = first_screen  # a fast start reads the first list without the ORM
        self.worker = worker or Worker(self)
        self._today = today
        self._generation = 0
        self._arrived = False  # until the first list arrives the title counts nobody: "…", not "0 to call"
        self.actions = EntryActions(db, self.worker, self.today, self)
        self.model = TodayModel(self)
        self.call_dialog: Optional["CallDialog"] = None  # the last "no phone app here" dialog
        self.model.detailsWanted.connect(self._fetch_details)
        self.delegate = EntryDelegate(self)
        self.list = entry_list_view(self.delegate, self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Today's calls"))
        self.quadrants = QuadrantView(self.model, self.delegate, self)
        self.empty = EmptyToday(self)
        for signal in ("importRequested", "newContactRequested", "customersRequested", "tiersRequested"):
            getattr(self.empty, signal).connect(getattr(self, signal))
        self.stack = QStackedWidget()
        for page in (self.list, self.quadrants, self.empty):
            self.stack.addWidget(page)
        self.title = QLabel()
        self.quadrant_toggle = QPushButton(self.tr("Four quadrants"))
        self.quadrant_toggle.setCheckable(True)
        self.quadrant_toggle.setToolTip(self.tr("Important (tier A/B) against urgent (overdue or due today)"))
        refresh = QPushButton(self.tr("Refresh"))
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.quadrant_toggle)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)

        self.quadrant_toggle.toggled.connect(self._show_page)
        refresh.clicked.connect(self.reload)
        self.delegate.actionClicked.connect(self._action_clicked)
        self.actions.changed.connect(self._changed)
        for view in (self.list, *self.quadrants.views):
            view.activated.connect(self._activated)
            view.customContextMenuRequested.connect(partial(self._context_menu, view))
            keys.add_shortcuts(view, {action: partial(self._key_pressed, action)
                                      for action in (keys.LOG, keys.SNOOZE, keys.CALL, keys.COPY_NUMBER, keys.GREETING)})
        self._update_title()
        self.reload()

    # ------------------------------------------------------------------ today and loading

    def today(self) -> date:
        return self._today() if callable(self._today) else self._today

    def set_today(self, today: Today) -> None:
        self._today = today
        self.reload()

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        done = partial(self._loaded, self._generation, self.today())
        if self._first_screen is None or not self._first_screen.today_list(
                self.today(), done, self._computed, sections=head_sections(), limit=FIRST_SCREEN,
                rest=partial(self._loaded, self._generation, self.today(), announce=False)):
            self._computed(done)

    def _computed(self, done) -> None:
        from app.services import calllist

        self.worker.read(partial(calllist.today_list, self.db, self.today(), details=False), done)

    def _loaded(self, generation: int, today: date, entries: Optional[list[CallEntry] | ListHead],
                error: Optional[BaseException], *, announce: bool = True) -> None:
        """The list, or a fast start's first screenful of it (ListHead) and then, not announced, the whole."""
        if generation != self._generation:
            return  # a newer reload is on its way
        if error is not None:
            self.status.setText(error_text(error))
            return
        self._arrived = True
        if isinstance(entries, ListHead):
            self.model.set_head(entries, today)
        else:
            self.model.set_entries(entries or [], today)
        self._update_title()
        self._show_page(self.quadrant_toggle.isChecked())
        if not self.model.total():  # say why, when it is not "well done"
            from app.services import calllist

            self.worker.read(partial(calllist.list_setup, self.db), partial(self._setup_loaded, generation))
        if announce:
            self.loaded.emit(self.model.total())

    def _setup_loaded(self, generation: int, setup: Optional[ListSetup],
                      error: Optional[BaseException]) -> None:
        if generation == self._generation:
            self.empty.show_setup(setup if error is None else None)

    @Slot(list)
    def _fetch_details(self, entries: list[CallEntry]) -> None:
        """Numbers, notes and addresses for the entries on screen, looked up on copies off the GUI thread."""
        from app.services import calllist

        if not self.isVisible():  # closed between the paint and this: nothing to show them on
            self.model.forget_asked(entries)
            return
        copies = [replace(entry) for entry in entries]
        self.worker.read(partial(calllist.fill_details, self.db, copies), partial(self._details_loaded, entries))

    def _details_loaded(self, entries: list[CallEntry], filled: Optional[list[CallEntry]],
                        error: Optional[BaseException]) -> None:
        if error is not None:
            self.model.forget_asked(entries)
            self.status.setText(error_text(error))
            return
        self.model.apply_details(entries, filled or [])

    def _update_title(self) -> None:
        count = self.model.total()
        self.title.setText(self.tr("<b>Today</b>, {day} — {n} to call").format(
            day=QLocale().toString(QDate(self.today()), QLocale.FormatType.LongFormat),
            n=count if self._arrived else "…"))

    @Slot(bool)
    def _show_page(self, quadrants: bool) -> None:
        if not self.model.total():
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.quadrants if quadrants else self.list)

    # ------------------------------------------------------------------ what an entry's parts do

    @Slot(str, object, QPoint)
    def _action_clicked(self, action: str, entry: CallEntry, where: QPoint) -> None:
        from ..call_dialog import call

        if action == keys.LOG:
            self.log_call(entry)
        elif action == keys.SNOOZE:
            self.actions.popup(self.actions.snooze_menu(entry), where)
        elif action == keys.COPY_NUMBER:
            self.copy_number(entry)
        elif action == keys.CALL and entry.phone:
            self.call_dialog = call(entry.phone, best_number(entry) or entry.phone, entry.display_name, self)
            if self.call_dialog is not None:  # no phone app here: copied, and a code for the phone
                self.status.setText(self.tr("{number} copied.").format(number=best_number(entry)))
        elif action == keys.GREETING:
            self._copy(entry.detail, self.tr("Greeting for {name} copied.").format(name=entry.display_name))
        elif action == keys.OPEN:
            self.contactActivated.emit(entry.contact_id)
        elif action == DESK:
            self.open_desk(entry)

    def open_desk(self, entry: CallEntry) -> None:
        """A holiday's greetings to everyone, or this week's birthdays, in the greetings desk."""
        from app.services.desk.occasions import HOLIDAYS

        if entry.reason == "birthday":
            self.deskRequested.emit("birthday", self.today())
        else:
            self.deskRequested.emit(HOLIDAYS.get(entry.extra.get("holiday"), ""), entry.due_date)

    def _key_pressed(self, action: str, view: QListView) -> None:
        """A key for `action` on the entry with the focus, if it has that part (a holiday has no call to log)."""
        index = view.currentIndex()
        if index.isValid() and not index.data(Role.IsHeader):
            view.scrollTo(index)
            where = self.delegate.hit_rect(view, index, action)
            if where is not None:
                self._action_clicked(action, index.data(Role.Entry),
                                     view.viewport().mapToGlobal(where.bottomLeft() + QPoint(0, 1)))

    def log_call(self, entry: CallEntry) -> None:
        self.actions.log(entry)

    def current_entry(self) -> Optional[CallEntry]:
        """The entry the keys act on: in the list (or quadrant) with the focus, else the one shown."""
        views = [self.list] if self.stack.currentWidget() is self.list else list(self.quadrants.views)
        views.sort(key=lambda view: not view.hasFocus())
        for view in views:
            entry = view.currentIndex().data(Role.Entry)
            if entry is not None and entry.contact_id is not None:
                return entry
        return None

    def snooze(self, entry: CallEntry, until: date) -> None:
        self.actions.snooze(entry, until)

    def _changed(self, entry: CallEntry, reason: Optional[str], message: str) -> None:
        self.model.remove_entries(entry.contact_id, reason)
        self.status.setText(message)
        self.contactChanged.emit(entry.contact_id)
        self.reload()  # a call may close other entries of the same contact, or a follow-up may be new

    def copy_number(self, entry: CallEntry) -> None:
        if entry.phone:
            self._copy(entry.phone, self.tr("{number} copied.").format(number=entry.phone))

    def _copy(self, value: str, message: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.status.setText(message)

    # ------------------------------------------------------------------ menus and opening

    def _context_menu(self, view: QListView, pos: QPoint) -> None:
        entry = view.indexAt(pos).data(Role.Entry)
        if entry is not None and (entry.contact_id is not None or entry.reason == "holiday"):
            menu = entry_menu(entry, self.today(), self)
            menu.triggered.connect(partial(self._menu_chosen, entry))
            self.actions.popup(menu, view.viewport().mapToGlobal(pos))

    def _menu_chosen(self, entry: CallEntry, action: QAction) -> None:
        choice = self.actions.chosen(entry, action)
        if choice is not None:
            self._action_clicked(choice, entry, QPoint())

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(Role.ContactId)
        entry = index.data(Role.Entry)
        if contact_id is not None:
            self.contactActivated.emit(contact_id)
        elif entry is not None and entry.reason == "holiday":
            self.open_desk(entry)
