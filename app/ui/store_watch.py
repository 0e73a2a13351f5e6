"""Others' changes within seconds: the window asks the store's change marker every two seconds and,
when another process or person moved it, announces one change of everything on the store signal
(store_events.py), so every view reloads as it does after a write of our own.

Polling a one-row counter (app/models/team.py) works the same on SQLite and PostgreSQL and costs a
primary-key read; the read runs on the worker like every other. Our own writes move the marker too:
they were announced already, so the next answer after one is taken as the new starting point.
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QObject, QTimer, Slot


from .store_events import StoreEvents
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

INTERVAL_MS = 2000


class StoreWatch(QObject):
    def __init__(self, db: sessionmaker[Session], worker: Worker, events: StoreEvents, *,
                 interval_ms: int = INTERVAL_MS, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._events = events
        self._known: Optional[int] = None  # the marker as of what the views show
        self._asking = False
        self._ours = False  # a write of ours was announced: the next answer is the new starting point
        events.changed.connect(self._announced)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    @Slot()
    def poll(self) -> None:
        from app.services.team.revision import store_revision

        if self._asking:
            return  # a slow store: one question at a time
        self._asking = True
        self._worker.read(partial(store_revision, self._db), self._answered)

    def _answered(self, revision: Optional[int], error: Optional[BaseException]) -> None:
        self._asking = False
        if error is not None or revision is None:
            return  # the store is being put back or moved: the next tick asks again
        changed_elsewhere = self._known is not None and revision != self._known and not self._ours
        self._known, self._ours = revision, False
        if changed_elsewhere:
            self._events.announce((), self)

    def _announced(self, _ids: list, source: Optional[QObject]) -> None:
        if source is not self:
            self._ours = True
