"""Invite from the desk's filters: tier, group, city, stage (and this week's birthdays), the number of
customers they choose shown as they change, then invite them all."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Optional

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.desk import greet
from app.services.events import guests
from app.services.groups import list_groups

from ..errors import error_text
from ..greetings_desk.recipients_bar import RecipientsBar
from ..worker import Worker


def _lists(db: sessionmaker[Session]) -> tuple[list[str], list[str]]:
    return [g.name for g in list_groups(db)], greet.cities(db)


class InviteDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: date, event_name: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db, self.worker, self.today = db, worker, today
        self.chosen: list[int] = []
        self._generation = 0
        self.setWindowTitle(self.tr("Invite to {event}").format(event=event_name))
        self.recipients = RecipientsBar()
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Invite every customer who fits all of these:")))
        layout.addWidget(self.recipients)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.recipients.changed.connect(self.recount)
        self.worker.read(partial(_lists, db), self._lists_loaded)

    def _lists_loaded(self, lists, error: Optional[BaseException]) -> None:
        if error is None:
            self.recipients.set_lists(*lists)
        self.recount()

    def recount(self) -> None:
        self._generation += 1
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.worker.read(partial(guests.chosen, self.db, self.recipients.choice(), self.today),
                         partial(self._counted, self._generation))

    def _counted(self, generation: int, found, error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return
        if error is not None:
            self.count.setText(error_text(error))
            return
        self.chosen = list(found)
        self.count.setText(self.tr("%n customer(s) chosen.", "", len(self.chosen)))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Invite %n", "", len(self.chosen)))
        ok.setEnabled(bool(self.chosen))
