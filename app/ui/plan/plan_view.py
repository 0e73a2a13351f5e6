"""The weekly plan: a column per working day with how full it is, the entries that did
not fit ("carried over"), and the week to print or save as a PDF.

Dragging an entry onto another day pins it there (`plan.move_entry`) and builds the
plan again; the plan is built on the worker, printing happens on the GUI thread.
A card's context menu, or its keys (Enter, L, S), open the customer, log the visit or
snooze it, with the today pane's dialogs and writes (`today.actions.EntryActions`).
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Callable, Optional, Union

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimeZone, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListView, QPushButton, QScrollArea, QSplitter, QToolButton, QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.printing.plan_strings import plan_tr
from app.services import plan as plans
from app.services import calllist, settings
from app.services.errors import ServiceError
from app.services.plan_ics import export_calendar as calendar_export
from app.services.calllist import CallEntry
from app.services.plan import WeekPlan

from ..errors import error_text, show_error
from ..formatting import day_heading, week_dates
from ..today import entry_keys as keys
from ..today.actions import EntryActions
from ..worker import Worker
from .card_delegate import CardDelegate
from .card_menu import VISIT_KINDS, card_menu, visit_reasons
from .day_column import DayColumn
from .day_model import PlanRole
from .printing import PlanPrintPreview, save_plan_pdf
from .route_panel import RoutePanel

Today = Union[date, Callable[[], date]]


class PlanView(QWidget):
    contactActivated = Signal(int)  # double-click, Enter or "Open customer": open the customer file
    contactChanged = Signal(int)  # a visit was logged or snoozed: the store changed for this contact
    loaded = Signal(str)  # the week shown, e.g. "2026-W48"

    def __init__(self, db: sessionmaker[Session], worker: Optional[Worker] = None, today: Today = date.today,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker or Worker(self)
        self._today = today
        self.week: Optional[str] = None  # None: the week to plan from today (plans.week_to_plan), set once loaded
        self.plan: Optional[WeekPlan] = None
        self._generation = 0
        self._delegate = CardDelegate(self)
        self.actions = EntryActions(db, self.worker, self.today, self, kinds=VISIT_KINDS, reasons=visit_reasons)
        self.actions.changed.connect(self._changed)
        self.days: list[DayColumn] = []
        self.route_panel = RoutePanel(db, self.worker)  # the map and "open route in maps"
        self.carried_over = self._column(None)
        self.week_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QLabel()
        previous, following = QToolButton(), QToolButton()
        previous.setText("◀")
        previous.setToolTip(self.tr("Previous week"))
        following.setText("▶")
        following.setToolTip(self.tr("Next week"))
        this_week = QPushButton(self.tr("This week"))
        this_week.setToolTip(self.tr("The days left this week, or next week once this week's working days are over"))
        self.reset_button = QPushButton(self.tr("Undo my moves"))
        self.reset_button.setToolTip(self.tr("Plan this week again without the days you chose"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.calendar_button = QPushButton(self.tr("Export to calendar…"))
        self.calendar_button.setToolTip(self.tr("The week's visits and calls, and the follow-ups ahead, as an .ics "
                                                "file; importing it again updates the events"))
        top = QHBoxLayout()
        for widget in (previous, this_week, following):
            top.addWidget(widget)
        top.addWidget(self.week_label, 1)
        for widget in (self.reset_button, self.print_button, self.pdf_button, self.calendar_button):
            top.addWidget(widget)
        self._columns = QHBoxLayout()
        self._columns.setSpacing(10)
        self._columns.addWidget(self.carried_over)
        self.empty_hint = QLabel()  # a week with nothing to plan says why, in the columns' place
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #6b6b6b; font-size: 12pt;")
        self.empty_hint.hide()
        self._columns.addWidget(self.empty_hint, 1)
        board = QWidget()
        board.setLayout(self._columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(board)
        beside = QSplitter()
        beside.addWidget(scroll)
        beside.addWidget(self.route_panel)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(beside, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        previous.clicked.connect(partial(self._step, -1))
        following.clicked.connect(partial(self._step, 1))
        this_week.clicked.connect(self.show_this_week)
        self.reset_button.clicked.connect(self.reset_moves)
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.calendar_button.clicked.connect(self.choose_calendar)
        self.reload()

    def today(self) -> date:
        return self._today() if callable(self._today) else self._today

    def set_today(self, today: Today) -> None:
        self._today = today
        self.show_this_week()

    def title(self) -> str:
        return self.tr("Visit plan")

    # ------------------------------------------------------------------ which week

    @Slot()
    def show_this_week(self) -> None:
        self.set_week(None)

    def _step(self, weeks: int) -> None:
        self.set_week(plans.week_of(self.monday() + timedelta(weeks=weeks)))

    def set_week(self, week: Optional[str]) -> None:
        self.week = week
        self.reload()

    def monday(self) -> date:
        year, number = plans.parse_week(self.week or plans.week_of(self.today()))
        return date.fromisocalendar(year, number, 1)

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        self.worker.read(partial(plans.build_plan, self.db, self.week, today=self.today()),
                         partial(self._loaded, self._generation))

    def _loaded(self, generation: int, plan: Optional[WeekPlan], error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return
        if error is not None or plan is None:
            self.summary.setText(error_text(error) if error else "")
            return
        self.plan = plan
        self.week = plan.week
        while len(self.days) < len(plan.days):
            column = self._column(plan.days[len(self.days)].day)
            self._columns.insertWidget(len(self.days), column)
            self.days.append(column)
        while len(self.days) > len(plan.days):  # fewer working days in the settings now
            self.days.pop().deleteLater()
        for column, day in zip(self.days, plan.days):
            column.show_day(day.day, day.entries, plan.capacity, self.today())
        self.route_panel.show_plan(plan)
        self.carried_over.show_carried_over(plan.unplanned, int(plan.carried_to.split("W")[1]))
        self.carried_over.setVisible(bool(plan.unplanned))
        self._fill_carried_over(plan)
        sunday = self.monday() + timedelta(days=6)
        self.week_label.setText(self.tr("<b>Week {n}</b> · {dates}").format(
            n=self.week.split("W")[1].lstrip("0"), dates=week_dates(self.monday(), sunday, short=True)))
        if plan.is_over:
            self.summary.setText(self.tr("This week is over: there is nothing left to plan in it."))
        else:
            visits = sum(len(day.visits) for day in plan.days)
            summary = self.tr("{planned} planned ({visits} visits, {calls} calls), up to {capacity} a day. "
                              "Drag an entry to another day to move it.").format(
                planned=plan.planned, visits=visits, calls=plan.planned - visits, capacity=plan.capacity)
            if plan.unplanned:
                summary += " " + self.tr("%n carried over to next week's plan (week {week}).", "",
                                         len(plan.unplanned)).format(week=int(plan.carried_to.split("W")[1]))
            if plan.no_room:
                summary += " " + self.tr("%n dated entries found no room on or before their day: they are on "
                                         "Today's list.", "", len(plan.no_room))
            if plan.brought_forward:
                summary += " " + self.tr("%n brought forward from next week.", "", plan.brought_forward)
            if plan.past_days:
                summary = self.tr("From {day}: the days before are over.").format(
                    day=day_heading(plan.days[0].day, short_month=True)) + " " + summary
            self.summary.setText(summary)
        for button in (self.print_button, self.pdf_button, self.calendar_button):
            button.setEnabled(not plan.is_over)
        self.reset_button.setEnabled(not plan.is_over and plan.moves > 0)  # nothing moved: nothing to undo
        self._show_empty(plan)
        self.loaded.emit(plan.week)

    def _show_empty(self, plan: WeekPlan) -> None:
        empty = not plan.is_over and plan.planned == 0 and not plan.unplanned
        self.empty_hint.setText(self.tr(
            "Nothing to plan this week. A customer comes into the plan when they fall due: give customers a "
            "tier (Customers → Set tier, or the suggestions in Value → 80/20), schedule a follow-up, or add "
            "a birthday.") if empty else "")
        self.empty_hint.setVisible(empty)
        for column in self.days:
            column.setVisible(not empty)

    CARRIED_DETAILS = 300  # cards of the carried-over list given their number and place, the list's head

    def _fill_carried_over(self, plan: WeekPlan) -> None:
        """The plan reads the details of what it plans only; the carried-over cards get theirs here."""
        head = [e for e in plan.unplanned[:self.CARRIED_DETAILS] if not e.filled]
        if head:
            generation = self._generation
            self.worker.read(partial(calllist.fill_details, self.db, head),
                             lambda _result, error: error is None and generation == self._generation
                             and self.carried_over.model.set_entries(plan.unplanned))

    def _column(self, day: Optional[date]) -> DayColumn:
        column = DayColumn(day, self._delegate)
        column.model.moveRequested.connect(self.move)
        column.view.activated.connect(self._activated)
        column.view.clicked.connect(lambda _index, column=column: self.route_panel.show_day(column.model.day))
        column.view.customContextMenuRequested.connect(partial(self._context_menu, column.view))
        keys.add_shortcuts(column.view, {keys.LOG: partial(self._key_pressed, keys.LOG),
                                         keys.SNOOZE: partial(self._key_pressed, keys.SNOOZE)})
        return column

    # ------------------------------------------------------------------ moves

    @Slot(int, str, object)
    def move(self, contact_id: int, reason: str, day: date) -> None:
        """Pin an entry to `day` of the week shown (what a drop does)."""
        self.worker.write(partial(plans.move_entry, self.db, self.week, contact_id, reason, day), self._written)

    @Slot()
    def reset_moves(self) -> None:
        self.worker.write(partial(plans.clear_moves, self.db, self.week), self._written)

    def _written(self, _result: Any, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self.window(), error)
        self.reload()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(PlanRole.ContactId)
        if contact_id is not None:
            self.contactActivated.emit(contact_id)

    # ------------------------------------------------------------------ acting on a visit

    def log_visit(self, entry: CallEntry) -> None:
        self.actions.log(entry)

    def current_entry(self) -> Optional[CallEntry]:
        """The visit with the focus, else the current one of any day."""
        views = sorted(self.findChildren(QListView), key=lambda view: not view.hasFocus())
        for view in views:
            entry = view.currentIndex().data(PlanRole.Entry)
            if entry is not None:
                return entry
        return None

    def snooze(self, entry: CallEntry, until: date) -> None:
        self.actions.snooze(entry, until)

    def _changed(self, entry: CallEntry, _reason: Optional[str], message: str) -> None:
        self.status.setText(message)
        self.contactChanged.emit(entry.contact_id)
        self.reload()

    def _context_menu(self, view: QListView, pos: QPoint) -> None:
        entry = view.indexAt(pos).data(PlanRole.Entry)
        if entry is not None:
            menu = card_menu(self.today(), self, view.model().day)
            menu.triggered.connect(partial(self._menu_chosen, entry))
            self.actions.popup(menu, view.viewport().mapToGlobal(pos))

    def _menu_chosen(self, entry: CallEntry, action: QAction) -> None:
        choice = self.actions.chosen(entry, action)
        if choice == keys.OPEN:
            self.contactActivated.emit(entry.contact_id)
        elif choice == keys.LOG:
            self.log_visit(entry)

    def _key_pressed(self, action: str, view: QListView) -> None:
        """L or S on the card with the focus."""
        index = view.currentIndex()
        entry = index.data(PlanRole.Entry) if index.isValid() else None
        if entry is None:
            return
        if action == keys.LOG:
            self.log_visit(entry)
        elif action == keys.SNOOZE:
            view.scrollTo(index)
            below = view.visualRect(index).bottomLeft() + QPoint(8, 0)
            self.actions.popup(self.actions.snooze_menu(entry, view.model().day), view.viewport().mapToGlobal(below))

    # ------------------------------------------------------------------ paper

    @Slot()
    def print_plan(self) -> Optional[PlanPrintPreview]:
        if self.plan is None:
            return None
        preview = PlanPrintPreview(self.plan, self)
        preview.exec()
        return preview

    @Slot()
    def choose_pdf(self) -> None:
        if self.plan is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the plan as PDF"),
                                                    str(Path.home() / f"plan-{self.week}.pdf"), self.tr("PDF (*.pdf)"))
        if path:
            try:
                self.save_pdf(Path(path))
            except OSError as exc:
                show_error(self.window(), exc)
            else:
                self.summary.setText(self.tr("Saved {path}.").format(path=path))

    def save_pdf(self, path: Path, layout: str = "compact") -> int:
        """The week shown as an A4 PDF at `path` (what "Save PDF…" writes); returns the pages."""
        if self.plan is None:
            raise RuntimeError("the plan has not been loaded yet")
        return save_plan_pdf(self.plan, Path(path), layout)

    # ------------------------------------------------------------------ calendar

    @Slot()
    def choose_calendar(self) -> None:
        if self.plan is None:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the plan to a calendar"),
                                                    str(Path.home() / f"plan-{self.week}.ics"),
                                                    self.tr("iCalendar (*.ics)"))
        if path:
            try:
                events = self.export_calendar(Path(path))
            except ServiceError as exc:
                show_error(self.window(), exc)
            else:
                self.summary.setText(self.tr("Saved %n event(s) to {path}.", "", events).format(path=path))

    def export_calendar(self, path: Path) -> int:
        """The week shown as an .ics file at `path`, in this computer's time zone; returns the events."""
        if self.plan is None:
            raise RuntimeError("the plan has not been loaded yet")
        zone = settings.get(self.db, "time_zone") or bytes(QTimeZone.systemTimeZoneId().data()).decode() or None
        return calendar_export(self.db, self.plan, Path(path), zone_name=zone, tr=plan_tr)
