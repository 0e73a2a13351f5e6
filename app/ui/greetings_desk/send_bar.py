"""What is done with a prepared greeting: copy it (for WeChat, where mass sending is limited and
confirmed by hand), open an sms: or mailto: link with it, mark it sent (logged as a message with
its text, which counts as contact), export every greeting as a CSV for a bulk-SMS service, or print
labels, envelopes or cards for those who get paper (app/ui/events/paper.py)."""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.desk import greet
from app.services.desk.occasions import Occasion

from ..errors import error_text
from ..worker import Worker
from .greetings_model import GreetingsModel


class SendBar(QWidget):
    said = Signal(str)  # what happened, for the desk's status line
    sent = Signal(list)  # contact ids a sent greeting was logged for

    def __init__(self, db: sessionmaker[Session], worker: Worker, model: GreetingsModel, *,
                 current: Callable[[], Optional[int]], chosen: Callable[[], list[int]],
                 occasion: Callable[[], Occasion], today: Callable[[], date], now: Callable[[], datetime],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db, self.worker, self.model = db, worker, model
        self.current, self.chosen, self.occasion, self.today, self.now = current, chosen, occasion, today, now
        self.copy_button = self._button(self.tr("Copy (for WeChat)"), self.copy_current)
        self.sms_button = self._button(self.tr("Open SMS"), self.open_sms)
        self.mail_button = self._button(self.tr("Open email"), self.open_email)
        self.sent_button = self._button(self.tr("Mark as sent"), self.mark_sent)
        self.export_button = self._button(self.tr("Export CSV…"), self.ask_export)
        self.labels_button = self._button(self.tr("Print labels…"), self.print_labels)  # for those who get paper
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, self.sms_button, self.mail_button, self.sent_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.labels_button)
        row.addWidget(self.export_button)
        self.update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def update_buttons(self) -> None:
        row = self.current()
        g = self.model.greeting(row) if row is not None else None
        self.copy_button.setEnabled(g is not None)
        self.sms_button.setEnabled(bool(g and g.phone))
        self.mail_button.setEnabled(bool(g and g.email))
        self.sent_button.setEnabled(g is not None and not self.model.is_sent(row))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.labels_button.setEnabled(self.model.rowCount() > 0)

    def copy_current(self) -> None:
        row = self.current()
        if row is None:
            return
        g = self.model.greeting(row)
        QGuiApplication.clipboard().setText(g.text)
        self.model.mark([row], copied=True)
        self.said.emit(self.tr("The greeting to {name} is copied: paste it in WeChat, then mark it as "
                               "sent.").format(name=g.display_name))

    def open_sms(self) -> None:
        self._open_link(greet.sms_link)

    def open_email(self) -> None:
        occasion = self.occasion()
        self._open_link(lambda g: greet.mailto_link(g, occasion.name_in(g.language)))

    def _open_link(self, make: Callable) -> None:
        row = self.current()
        if row is None:
            return
        g = self.model.greeting(row)
        link = make(g)
        if link and QDesktopServices.openUrl(QUrl(link)):
            self.said.emit(self.tr("The message to {name} is open in your messaging app; mark it as sent once "
                                   "it is sent.").format(name=g.display_name))
        else:
            QGuiApplication.clipboard().setText(g.text)
            self.model.mark([row], copied=True)
            self.said.emit(self.tr("No app here opens the link: the greeting to {name} is copied "
                                   "instead.").format(name=g.display_name))

    def mark_sent(self) -> None:
        """The chosen rows' greetings, as they read now, logged as messages (they count as contact)."""
        rows = [r for r in self.chosen() if not self.model.is_sent(r)]
        if not rows:
            return
        greetings = [self.model.greeting(r) for r in rows]
        self.sent_button.setEnabled(False)
        self.worker.write(partial(greet.log_sent, self.db, greetings, self.today(), self.now()),
                          partial(self._logged, rows, [g.contact_id for g in greetings]))

    def _logged(self, rows: list[int], ids: list[int], count, error: Optional[BaseException]) -> None:
        if error is not None:
            self.said.emit(error_text(error))
        else:
            self.model.mark(rows, sent=True)
            self.said.emit(self.tr("%n greeting(s) logged as sent messages.", "", count))
            self.sent.emit(ids)
        self.update_buttons()

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export greetings for bulk SMS"),
                                              str(Path.home() / "greetings.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.worker.read(partial(greet.export_csv, self.model.greetings(), path), partial(self._exported, path))

    def _exported(self, path: Path, count, error: Optional[BaseException]) -> None:
        self.said.emit(error_text(error) if error is not None else
                       self.tr("%n greeting(s) saved to {path}.", "", count).format(path=path))

    def print_labels(self) -> None:
        """Labels, envelopes or cards (the greetings as they read now) for the customers listed."""
        from ..events.paper import ask_and_print

        greetings = self.model.greetings()
        ask_and_print(self.window(), self.db, self.worker, [g.contact_id for g in greetings], lambda: greetings,
                      self.said.emit)
