"""The greetings desk: for an occasion, the chosen customers' greetings, each in the customer's own
language whatever the window's; read and edit any one, then per customer copy it (WeChat), open an
sms: or mailto: link, mark it sent (logged as a message with its text, which counts as contact), or
export all as a CSV for a bulk-SMS service. The tool prepares, the person sends."""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QSplitter,
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
from .send_bar import SendBar
from .template_dialog import TemplateDialog


def desk_lists(db: sessionmaker[Session]) -> tuple[list[occasions.Occasion], list[str], list[str], str]:
    """What the desk offers to choose from: occasions, groups, cities, and how greetings are signed."""
    return (occasions.all_occasions(db), [g.name for g in list_groups(db)], greet.cities(db),
            settings.get(db, "greeting_sender") or "")


class GreetingsDesk(QWidget):
    storeChanged = Signal(list)  # contact ids a sent greeting was logged for ([]: a template or the signature)

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
        self.send = SendBar(db, worker, self.model, current=self.current_row, chosen=self.chosen_rows,
                            occasion=self.occasion_bar.current, today=today, now=now)
        self.sender = QLineEdit()
        self.sender.setPlaceholderText(self.tr("your name, as customers know it"))
        self.sender.setToolTip(self.tr("How greetings are signed: the {sender} of the templates"))
        self.sender.editingFinished.connect(self.save_sender)
        self.sender.setMinimumWidth(220)
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        self.occasion_bar.changed.connect(self._occasion_changed)
        self.occasion_bar.templatesRequested.connect(self.open_templates)
        self.occasion_bar.newOccasionRequested.connect(self.new_occasion)
        self.recipients.changed.connect(self.reload)
        self.send.said.connect(self.status.setText)
        self.send.sent.connect(self.storeChanged)
        self._current_changed()
        self.worker.read(partial(desk_lists, db), self._lists_loaded)

    def _layout(self) -> None:
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.editor_label)
        below.addWidget(self.editor, 1)
        below.addWidget(self.send)
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
        self.editor.setEnabled(row is not None)
        self.send.update_buttons()

    def chosen_rows(self) -> list[int]:
        """The rows selected, and the current one."""
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        current = self.current_row()
        return sorted(rows | ({current} if current is not None else set()))

    def _edited(self) -> None:
        row = self.current_row()
        if row is not None:
            self.model.set_text(row, self.editor.toPlainText())

    # ------------------------------------------------------------------ templates and occasions

    def save_sender(self) -> None:
        self.worker.write(partial(settings.put, self.db, "greeting_sender", self.sender.text().strip()),
                          lambda _r, error: self.status.setText(error_text(error)) if error else self._rewritten())

    def _rewritten(self) -> None:
        """A template or the signature changed: the greetings here, and Today's birthday greetings
        (written from the same template), are written again."""
        self.reload()
        self.storeChanged.emit([])

    def open_templates(self) -> TemplateDialog:
        occasion = self.occasion_bar.current()
        dialog = TemplateDialog(self.db, self.worker, occasion, self.occasion_bar.name_of(occasion), self)
        row = self.current_row()
        if row is not None:
            dialog.show_language(self.model.greeting(row).language)
        dialog.saved.connect(lambda _key: self._rewritten())
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
