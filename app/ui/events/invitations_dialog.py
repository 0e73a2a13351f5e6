"""The invitations to an event's guests, each in the guest's language through the desk's "invitation"
template: read and edit one, copy it (WeChat) and mark it sent, which logs it as a message that counts
as contact. The tool prepares, the person sends."""
from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.events import invitations

from ..errors import error_text
from ..greetings_desk.greetings_model import MESSAGE, GreetingsModel
from ..worker import Worker


class InvitationsDialog(QDialog):
    storeChanged = Signal(list)  # the guests an invitation was logged for

    def __init__(self, db: sessionmaker[Session], worker: Worker, event_id: int, event_name: str,
                 now: Callable[[], datetime], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db, self.worker, self.event_id, self.now = db, worker, event_id, now
        self.setWindowTitle(self.tr("Invitations to {event}").format(event=event_name))
        self.resize(1000, 520)
        self.model = GreetingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(self.tr("Copy (for WeChat)"))
        self.copy_button.clicked.connect(self.copy_current)
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.clicked.connect(self.mark_sent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.worker.read(partial(invitations.invitations, db, event_id), self._loaded)

    def _loaded(self, found, error: Optional[BaseException]) -> None:
        self.model.set_greetings(found or [])
        self.status.setText(error_text(error) if error is not None else
                            "" if found else self.tr("No guest yet: invite customers first."))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        if found:
            self.table.selectRow(0)

    def _rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def copy_current(self) -> None:
        rows = self._rows()
        if not rows:
            return
        QGuiApplication.clipboard().setText("\n\n".join(self.model.greeting(r).text for r in rows))
        self.model.mark(rows, copied=True)
        self.status.setText(self.tr("Copied: paste it in WeChat, then mark it as sent."))

    def mark_sent(self) -> None:
        rows = [r for r in self._rows() if not self.model.is_sent(r)]
        if not rows:
            return
        found = [self.model.greeting(r) for r in rows]
        self.worker.write(partial(invitations.log_sent, self.db, found, self.now()),
                          partial(self._logged, rows, [g.contact_id for g in found]))

    def _logged(self, rows: list[int], ids: list[int], count, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.model.mark(rows, sent=True)
        self.status.setText(self.tr("%n invitation(s) logged as sent messages.", "", count))
        self.storeChanged.emit(ids)
