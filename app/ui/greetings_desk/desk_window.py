"""The greetings desk: for an occasion, the chosen customers' greetings, each in the customer's own
language whatever the window's; read and edit any one, then per customer copy it (WeChat), open an
sms: or mailto: link, mark it sent (logged as a message with its text, which counts as contact), or
export all as a CSV for a bulk-SMS service. The tool prepares, the person sends."""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter,
    QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings
from app.services.dates import local_now
from app.services.desk import greet, occasions
from app.services.groups import list_groups

from ..errors import error_text
from ..worker import Worker
from .greetings_model import DAY, MESSAGE, GreetingsModel, LANGUAGE_NAMES
from .occasion_bar import OccasionBar
from .occasion_dialog import OccasionDialog
from .recipients_bar import RecipientsBar
from .template_dialog import TemplateDialog


def desk_lists(db: sessionmaker[Session]) -> tuple[list[occasions.Occasion], list[str], list[str], str]:
    """What the desk offers to choose from: occasions, groups, cities, and how greetings are signed."""
    return (occasions.all_occasions(db), [g.name for g in list_groups(db)], greet.cities(db),
            settings.get(db, "greeting_sender") or "")


class GreetingsDesk(QWidget):
    storeChanged = Signal(list)  # contact ids a sent greeting was logged for

    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.worker, self.today, self.now = db, worker, today, now
        self._generation = 0
        self._wanted: Optional[tuple[str, Optional[date]]] = None  # asked for before the occasions were read
        self.setWindowTitle(self.tr("Greetings desk"))
        self.resize(1200, 720)
        self.occasion_bar = OccasionBar(today())
        self.recipients = RecipientsBar()
        self.model = GreetingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # edited below, where it fits
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor_label = QLabel()
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Choose a customer to read and edit their greeting."))
        self.editor.textChanged.connect(self._edited)
        self.copy_button = self._button(self.tr("Copy (for WeChat)"), self.copy_current)
        self.sms_button = self._button(self.tr("Open SMS"), self.open_sms)
        self.mail_button = self._button(self.tr("Open email"), self.open_email)
        self.sent_button = self._button(self.tr("Mark as sent"), self.mark_sent)
        self.export_button = self._button(self.tr("Export CSV…"), self.ask_export)
        self.sender = QLineEdit()
        self.sender.setPlaceholderText(self.tr("your name, as customers know it"))
        self.sender.setToolTip(self.tr("How greetings are signed: the {sender} of the templates"))
        self.sender.editingFinished.connect(self.save_sender)
        self.sender.setMinimumWidth(220)
        self.labels_button = self._button(self.tr("Print labels…"), self.print_labels)  # for those who get paper
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self.occasion_bar.changed.connect(self._occasion_changed)
        self.occasion_bar.templatesRequested.connect(self.open_templates)
        self.occasion_bar.newOccasionRequested.connect(self.new_occasion)
        self.recipients.changed.connect(self.reload)
        self._update_buttons()
        self.worker.read(partial(desk_lists, db), self._lists_loaded)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.editor_label)
        below.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.sms_button, self.mail_button, self.sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.labels_button)
        buttons.addWidget(self.export_button)
        below.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([460, 180])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.occasion_bar, 1)
        top.addWidget(QLabel(self.tr("Signed:")))
        top.addWidget(self.sender)
        layout.addLayout(top)
        layout.addWidget(self.recipients)
        layout.addWidget(split, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.count)
        layout.addLayout(foot)

    # ------------------------------------------------------------------ loading

    def _lists_loaded(self, lists, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        found, groups, cities, sender = lists
        self.recipients.set_lists(groups, cities)
        self.sender.setText(sender)
        wanted, self._wanted = self._wanted, None
        self.occasion_bar.set_occasions(found, wanted[0] if wanted else None)  # and builds the list
        if wanted and wanted[1]:
            self.occasion_bar.choose(*wanted)

    def open_for(self, key: str, day: Optional[date] = None) -> None:
        """Today's birthday or holiday entry: that occasion on that day."""
        if self.occasion_bar.current() is None:
            self._wanted = (key, day)  # the occasions are still being read
        else:
            self.occasion_bar.choose(key, day)

    def _occasion_changed(self) -> None:
        occasion = self.occasion_bar.current()
        if occasion is not None:
            self.recipients.force_birthdays(occasion.key == "birthday")
            self.reload()

    def reload(self) -> None:
        occasion = self.occasion_bar.current()
        if occasion is None:
            return
        self._generation += 1
        self.status.setText(self.tr("Writing the greetings…"))
        self.worker.read(partial(greet.greetings, self.db, occasion.key, self.occasion_bar.current_day(),
                                 self.recipients.choice()), partial(self._loaded, self._generation))

    def _loaded(self, generation: int, found, error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return  # a newer choice is on its way
        self.model.set_greetings(found or [])
        self.count.setText(self.tr("%n customer(s)", "", self.model.rowCount()))
        self.status.setText(error_text(error) if error is not None else "" if found else
                            self.tr("No customer fits this choice."))
        if found:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._current_changed()
        self.table.setColumnHidden(DAY, not any(g.birthday for g in found or []))  # only birthdays have days
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ one message

    def current_row(self) -> Optional[int]:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else None

    def _current_changed(self, *_args) -> None:
        row = self.current_row()
        self.editor.blockSignals(True)
        if row is None:
            self.editor.clear()
            self.editor_label.clear()
        else:
            g = self.model.greeting(row)
            self.editor.setPlainText(g.text)
            self.editor_label.setText(self.tr("To {name}, in {language}:").format(
                name=g.display_name, language=LANGUAGE_NAMES.get(g.language, g.language)))
        self.editor.blockSignals(False)
        self._update_buttons()

    def _edited(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.set_text(row, self.editor.toPlainText())

    def _update_buttons(self) -> None:
        row = self.current_row()
        g = self.model.greeting(row) if row is not None else None
        self.editor.setEnabled(g is not None)
        self.copy_button.setEnabled(g is not None)
        self.sms_button.setEnabled(bool(g and g.phone))
        self.mail_button.setEnabled(bool(g and g.email))
        self.sent_button.setEnabled(g is not None and not self.model.is_sent(row))
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.labels_button.setEnabled(self.model.rowCount() > 0)

    # ------------------------------------------------------------------ what is done with it

    def copy_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        g = self.model.greeting(row)
        QGuiApplication.clipboard().setText(g.text)
        self.model.mark([row], copied=True)
        self.status.setText(self.tr("The greeting to {name} is copied: paste it in WeChat, then mark it as "
                                    "sent.").format(name=g.display_name))

    def open_sms(self) -> None:
        self._open_link(lambda g: greet.sms_link(g))

    def open_email(self) -> None:
        occasion = self.occasion_bar.current()
        self._open_link(lambda g: greet.mailto_link(g, occasion.name_in(g.language)))

    def _open_link(self, make: Callable) -> None:
        row = self.current_row()
        if row is None:
            return
        g = self.model.greeting(row)
        link = make(g)
        if link and QDesktopServices.openUrl(QUrl(link)):
            self.status.setText(self.tr("The message to {name} is open in your messaging app; mark it as sent once "
                                        "it is sent.").format(name=g.display_name))
        else:
            QGuiApplication.clipboard().setText(g.text)
            self.model.mark([row], copied=True)
            self.status.setText(self.tr("No app here opens the link: the greeting to {name} is copied "
                                        "instead.").format(name=g.display_name))

    def mark_sent(self) -> None:
        """The chosen rows' greetings, as they read now, logged as messages (they count as contact)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()} | (
            {self.current_row()} if self.current_row() is not None else set()))
        rows = [r for r in rows if not self.model.is_sent(r)]
        if not rows:
            return
        greetings = [self.model.greeting(r) for r in rows]
        self.sent_button.setEnabled(False)
        self.worker.write(partial(greet.log_sent, self.db, greetings, self.today(), self.now()),
                          partial(self._logged, rows, [g.contact_id for g in greetings]))

    def _logged(self, rows: list[int], ids: list[int], count, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
        else:
            self.model.mark(rows, sent=True)
            self.status.setText(self.tr("%n greeting(s) logged as sent messages.", "", count))
            self.storeChanged.emit(ids)
        self._update_buttons()

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export greetings for bulk SMS"),
                                              str(Path.home() / "greetings.csv"), self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.worker.read(partial(greet.export_csv, self.model.greetings(), path), partial(self._exported, path))

    def _exported(self, path: Path, count, error: Optional[BaseException]) -> None:
        self.status.setText(error_text(error) if error is not None else
                            self.tr("%n greeting(s) saved to {path}.", "", count).format(path=path))

    def print_labels(self) -> None:
        """Labels, envelopes or cards (the greetings as they read now) for the customers listed."""
        from ..events.paper import ask_and_print

        greetings = self.model.greetings()
        ask_and_print(self, self.db, self.worker, [g.contact_id for g in greetings], lambda: greetings,
                      self.status.setText)

    # ------------------------------------------------------------------ templates and occasions

    def save_sender(self) -> None:
        self.worker.write(partial(settings.put, self.db, "greeting_sender", self.sender.text().strip()),
                          lambda _r, error: self.status.setText(error_text(error)) if error else self.reload())

    def open_templates(self) -> TemplateDialog:
        occasion = self.occasion_bar.current()
        dialog = TemplateDialog(self.db, self.worker, occasion, self.occasion_bar.name_of(occasion), self)
        row = self.current_row()
        if row is not None:
            dialog.show_language(self.model.greeting(row).language)
        dialog.saved.connect(lambda _key: self.reload())
        dialog.open()
        return dialog

    def new_occasion(self) -> OccasionDialog:
        dialog = OccasionDialog(self.today(), self)
        dialog.accepted.connect(lambda: self.add_occasion(*dialog.value()))
        dialog.open()
        return dialog

    def add_occasion(self, name: str, day: Optional[str]) -> None:
        self.worker.write(partial(occasions.add, self.db, name, day), self._occasion_added)

    def _occasion_added(self, occasion: Optional[occasions.Occasion], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.worker.read(partial(occasions.all_occasions, self.db),
                         lambda found, _e: found and self.occasion_bar.set_occasions(found, occasion.key))
