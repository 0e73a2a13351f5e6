"""How the main window reaches the events: one action (Customers → Events…) and one events window,
raised again when open."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..store_events import StoreEvents
from ..worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:  # the window itself is imported when first opened, not with the main window
    from .events_window import EventsWindow


class EventsOpener(QObject):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 now: Callable[[], datetime], store: StoreEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self.worker, self.today, self.now, self.store = db, worker, today, now, store
        self.window: Optional["EventsWindow"] = None
        self.action = QAction(self.tr("Events…"), parent)
        self.action.setToolTip(self.tr("Lectures, member days, launches and dinners: invitations, answers, "
                                       "and whether the event paid"))
        self.action.triggered.connect(lambda: self.open())

    def open(self) -> EventsWindow:
        from .events_window import EventsWindow

        if self.window is None:
            self.window = EventsWindow(self.db, self.worker, self.today, self.now, self.parent())
            self.window.storeChanged.connect(lambda ids: self.store.announce(ids, self.window))
            self.store.follow(self.window, self.window.reload)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window
