"""What every tab of the value view does alike: load through the worker when it is shown,
drop answers a newer load has overtaken, write through the worker and say what changed."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any, Callable, Optional

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session, sessionmaker

from ..errors import error_text, show_error
from ..worker import Worker
from .common import ContactIdRole


class ValueTab(QWidget):
    contactActivated = Signal(int)  # a row, card or node was activated: open the customer file
    storeChanged = Signal()  # this tab changed tiers, stages or lost customers
    loaded = Signal()  # the tab shows fresh figures

    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self._today = today
        self._generation = 0
        self.stale = True  # figures older than the store: reload when next shown
        self._note = ""  # what the last write did, shown once the figures after it are in
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)

    def today(self) -> date:
        return self._today()

    # ------------------------------------------------------------------ for the tabs to fill in

    def load_call(self) -> Callable[[], Any]:
        """The service call that fetches the tab's figures; runs on a worker thread, so values only."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ loading and writing

    @Slot()
    def reload(self) -> None:
        self.stale = False
        self._generation += 1
        self.status.setText(self.tr("Loading…"))
        self.worker.read(self.load_call(), partial(self._loaded, self._generation))

    def _loaded(self, generation: int, result: Any, error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.status.setText(self._note)
        self._note = ""
        self.show_result(result)
        self.loaded.emit()

    def write(self, call: Callable[[], Any], message: Callable[[Any], str], *, changes_store: bool = True) -> None:
        """Run `call` on the write thread; then say `message(result)`, announce the change and reload."""
        self.worker.write(call, partial(self._written, message, changes_store))

    def _written(self, message: Callable[[Any], str], changes_store: bool, result: Any,
                 error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self.window(), error)
            return
        self._note = message(result)
        if changes_store:
            self.storeChanged.emit()
        self.reload()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contactActivated.emit(int(contact_id))
