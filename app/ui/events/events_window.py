"""The events window: the events (newest first) on the left, the chosen one's guests on the right with
their answers; new and edit an event, invite with the desk's filters, set guests' status (accepting past
the capacity is refused with the reason; marking attended logs a meeting), the invitations in each
guest's language, the report, and labels on paper."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.dates import local_now
from app.services.events import calendar, guests

from ..errors import error_text
from ..worker import Worker
from .event_dialog import EventDialog
from .events_model import NAME as EVENT_NAME, EventsModel
from .guests_model import NAME as GUEST_NAME, GuestsModel
from .invitations_dialog import InvitationsDialog
from .invite_dialog import InviteDialog
from .names import status_name
from .report_dialog import ReportDialog
from .paper import ask_and_print

STATUS_BUTTONS = ("accepted", "declined", "attended", "no_show", "invited")


class EventsWindow(QWidget):
    storeChanged = Signal(list)  # contacts whose history changed (attendance, invitations sent)

    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.worker, self.today, self.now = db, worker, today, now
        self.setWindowTitle(self.tr("Events"))
        self.resize(1200, 680)
        self.events = EventsModel(self)
        self.event_table = self._table(self.events, EVENT_NAME)
        self.event_table.selectionModel().currentRowChanged.connect(lambda *_: self.load_guests())
        self.guests = GuestsModel(self)
        self.guest_table = self._table(self.guests, GUEST_NAME)
        self.guest_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.new_button = self._button(self.tr("New event…"), self.new_event)
        self.edit_button = self._button(self.tr("Edit…"), self.edit_event)
        self.invite_button = self._button(self.tr("Invite…"), self.invite)
        self.letters_button = self._button(self.tr("Invitations…"), self.open_invitations)
        self.report_button = self._button(self.tr("Report"), self.open_report)
        self.labels_button = self._button(self.tr("Print labels…"), self.print_labels)
        self.status_buttons = {s: self._button(status_name(s), partial(self.set_status, s)) for s in STATUS_BUTTONS}
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self._update_buttons()
        self.reload()

    def _table(self, model, stretch: int) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.invite_button, self.letters_button,
                       self.report_button, self.labels_button):
            top.addWidget(button)
        top.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.guest_table, 1)
        column.addWidget(QLabel(self.tr("Set the chosen guests to:")))
        row = QHBoxLayout()
        for button in self.status_buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.event_table)
        split.addWidget(right)
        split.setSizes([800, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # ------------------------------------------------------------------ reading

    def current_event(self):
        index = self.event_table.selectionModel().currentIndex()
        return self.events.event(index.row()) if index.isValid() else None

    def reload(self, keep: Optional[int] = None) -> None:
        current = self.current_event()
        keep = keep if keep is not None else current.id if current else None
        self.worker.read(partial(calendar.list_events, self.db), partial(self._events_loaded, keep))

    def _events_loaded(self, keep: Optional[int], found, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.events.set_events(found)
        self.event_table.resizeColumnsToContents()
        self.event_table.horizontalHeader().setSectionResizeMode(EVENT_NAME, QHeaderView.ResizeMode.Stretch)
        row = self.events.row_of(keep) if keep is not None else None
        if row is None and found:
            row = 0
        if row is not None:
            self.event_table.selectRow(row)
        else:
            self.guests.set_guests([])
        if not found:
            self.status.setText(self.tr("No event yet: New event… makes one, then Invite… fills its guest list."))
        self._update_buttons()

    def load_guests(self) -> None:
        event = self.current_event()
        self._update_buttons()
        if event is None:
            self.guests.set_guests([])
            return
        self.worker.read(partial(guests.guest_list, self.db, event.id), partial(self._guests_loaded, event.id))

    def _guests_loaded(self, event_id: int, found, error: Optional[BaseException]) -> None:
        event = self.current_event()
        if event is None or event.id != event_id:
            return
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.guests.set_guests(found)
        self.guest_table.resizeColumnsToContents()
        self.guest_table.horizontalHeader().setSectionResizeMode(GUEST_NAME, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_event = self.current_event() is not None
        for button in (self.edit_button, self.invite_button, self.letters_button, self.report_button,
                       self.labels_button):
            button.setEnabled(has_event)
        for button in self.status_buttons.values():
            button.setEnabled(has_event and self.guests.rowCount() > 0)

    # ------------------------------------------------------------------ writing

    def _written(self, keep: Optional[int], message: str, changed: list[int], result,
                 error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.status.setText(message.format(result=result) if message else "")
        if changed:
            self.storeChanged.emit(changed)
        self.reload(keep if keep is not None else result if isinstance(result, int) else None)

    def new_event(self) -> EventDialog:
        start = datetime.combine(self.today() + timedelta(days=14), datetime.min.time()).replace(hour=14)
        dialog = EventDialog(start, parent=self)
        dialog.accepted.connect(lambda: self.worker.write(
            partial(calendar.add_event, self.db, dialog.data()), partial(self._written, None, "", [])))
        dialog.open()
        return dialog

    def edit_event(self) -> Optional[EventDialog]:
        event = self.current_event()
        if event is None:
            return None
        dialog = EventDialog(event.starts_at, event, self)
        dialog.accepted.connect(lambda: self.worker.write(
            partial(calendar.update_event, self.db, event.id, dialog.data()),
            partial(self._written, event.id, "", [])))
        dialog.open()
        return dialog

    def invite(self) -> Optional[InviteDialog]:
        event = self.current_event()
        if event is None:
            return None
        dialog = InviteDialog(self.db, self.worker, self.today(), event.name, self)
        dialog.accepted.connect(lambda: self.invite_contacts(dialog.chosen))
        dialog.open()
        return dialog

    def invite_contacts(self, contact_ids: list[int]) -> None:
        event = self.current_event()
        if event is None or not contact_ids:
            return
        self.worker.write(partial(guests.invite, self.db, event.id, contact_ids, self.today()),
                          partial(self._invited, event.id))

    def _invited(self, event_id: int, result, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        text = self.tr("%n customer(s) invited.", "", result.added)
        if result.over_capacity:
            text += " " + self.tr("Warning: {guests} guests for {places} places ({over} more than there are "
                                  "places); some may decline.").format(guests=result.expected,
                                                                       places=result.capacity,
                                                                       over=result.over_capacity)
        self.status.setText(text)
        self.reload(event_id)

    def chosen_guests(self) -> list[int]:
        return [self.guests.guest(i.row()).contact_id for i in self.guest_table.selectionModel().selectedRows()]

    def set_status(self, status: str) -> None:
        event, ids = self.current_event(), self.chosen_guests()
        if event is None or not ids:
            self.status.setText(self.tr("Choose one or more guests first."))
            return
        # Attending logs a meeting and taking it back removes it: their customers' dates move.
        message = self.tr("{result} guest(s): {status}").replace("{status}", status_name(status))
        self.worker.write(partial(guests.set_status, self.db, event.id, ids, status, self.today(), self.now()),
                          partial(self._written, event.id, message, ids))

    # ------------------------------------------------------------------ reading it out

    def open_invitations(self) -> Optional[InvitationsDialog]:
        event = self.current_event()
        if event is None:
            return None
        dialog = InvitationsDialog(self.db, self.worker, event.id, event.name, self.now, self)
        dialog.storeChanged.connect(self.storeChanged)
        dialog.open()
        return dialog

    def open_report(self) -> Optional[ReportDialog]:
        event = self.current_event()
        if event is None:
            return None
        dialog = ReportDialog(self.db, self.worker, event.id, event.name, self)
        dialog.open()
        return dialog

    def print_labels(self) -> None:
        if self.current_event() is None:
            return
        from app.services.events import invitations

        ids = self.chosen_guests() or self.guests.contact_ids()
        cards = partial(invitations.invitations, self.db, self.current_event().id, ids)  # the invitation on a card
        ask_and_print(self, self.db, self.worker, ids, cards, self.status.setText)
