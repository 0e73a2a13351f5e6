"""A part of the customer file: shows one contact and saves what the user changes.

Every part writes through the worker and says `changed` afterwards; an answer that
arrives after the user moved on to another contact is not shown on the new one.
"""
from __future__ import annotations

from functools import partial
from typing import Any, Callable, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact

from ..errors import show_error
from ..worker import Worker

Answer = Callable[[Any, Optional[BaseException]], None]


class Section(QGroupBox):
    changed = Signal(int)  # contact id

    def __init__(self, title: str, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(title, parent)
        self.db = db
        self.worker = worker
        self.contact_id = 0

    def show_contact(self, contact: Contact) -> None:
        self.contact_id = contact.id

    def commit_pending(self) -> None:
        """Save edits still in progress (the user is moving to another contact)."""

    def write(self, fn: Callable[..., Any], *args: Any, answer: Optional[Answer] = None, **kwargs: Any) -> None:
        """Run fn(db, *args) on the worker; errors go to `answer` when given, else to a message box."""
        self.worker.write(partial(fn, self.db, *args, **kwargs), partial(self.__written, self.contact_id, answer))

    def __written(self, contact_id: int, answer: Optional[Answer], result: Any, error: Optional[BaseException]) -> None:
        if contact_id == self.contact_id and answer is not None:
            answer(result, error)
        elif error is not None:
            show_error(self.window(), error)
        self.changed.emit(contact_id)
