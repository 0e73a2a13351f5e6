"""How the main window reaches the desk: one action (Customers → Greetings desk…, and the toolbar) and
one desk window, raised again when open; Today's birthday and holiday entries open it on their occasion."""
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
    from .desk_window import GreetingsDesk


class DeskOpener(QObject):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 now: Callable[[], datetime], store: StoreEvents, parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self.worker, self.today, self.now, self.store = db, worker, today, now, store
        self.desk: Optional["GreetingsDesk"] = None
        self.action = QAction(self.tr("Greetings desk…"), parent)
        self.action.setToolTip(self.tr("Greetings for an occasion, each in the customer's own language"))
        self.action.triggered.connect(lambda: self.open())

    def open(self, key: Optional[str] = None, day: Optional[date] = None) -> GreetingsDesk:
        from .desk_window import GreetingsDesk

        if self.desk is None:
            self.desk = GreetingsDesk(self.db, self.worker, self.today, self.now, self.parent())
            self.desk.storeChanged.connect(lambda ids: self.store.announce(ids, self.desk))
            self.store.follow(self.desk, self.desk.reload)
        if key:  # "": a holiday no occasion is made for; the desk opens as it was
            self.desk.open_for(key, day)
        self.desk.show()
        self.desk.raise_()
        self.desk.activateWindow()
        return self.desk
