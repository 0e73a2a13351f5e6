"""The Playbook tab of the customer file: the entries that fit this customer, one filled in to read,
and one click to copy it or save it as a note."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import NOTE_HTML, Contact
from app.services.derived import plain_text
from app.services.playbook import fit, folder

from ..customer_file.section import Section
from ..errors import show_error
from ..notes.note_view import NoteView
from ..worker import Worker
from .playbook_model import PlaybookModel


class PlaybookTab(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setFlat(True)
        self.model = PlaybookModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the playbook (pinyin too)…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b6b6b;")
        self.view = NoteView()
        self.copy_button = QPushButton(self.tr("Copy filled in"))
        self.note_button = QPushButton(self.tr("Save as note"))
        self.import_button = QPushButton(self.tr("Import folder…"))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.note_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.view)
        splitter.setSizes([200, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self._filled: Optional[tuple[int, str, str]] = None  # (entry id, text, format) shown
        self._typing = QTimer(self, singleShot=True, interval=250)  # search once typing pauses
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typing.start)
        self.copy_button.clicked.connect(self.copy_entry)
        self.note_button.clicked.connect(self.save_as_note)
        self.import_button.clicked.connect(self.import_folder)
        self.list.selectionModel().currentRowChanged.connect(self._entry_chosen)
        self.list.doubleClicked.connect(self.copy_entry)
        self._entry_chosen(QModelIndex(), QModelIndex())

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.reload()

    @Slot()
    def reload(self) -> None:
        contact_id = self.contact_id
        if not contact_id:
            self.model.set_entries([])
            return
        self.worker.read(partial(fit.entries_for, self.db, contact_id, self.search.text().strip() or None),
                         partial(self._loaded, contact_id))

    def _loaded(self, contact_id: int, entries, error: Optional[BaseException]) -> None:
        if contact_id != self.contact_id:
            return
        if error is not None:
            show_error(self.window(), error)
            return
        wanted = self._filled[0] if self._filled else None
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self.empty.setText(self.tr("No entry fits this search.") if self.search.text().strip() else
                           self.tr("No playbook entry fits this customer yet. Import a folder of entries, or add "
                                   "them with 'rapport playbook add'; an entry without tags fits everyone."))
        rows = [row for row in range(self.model.rowCount()) if self.model.entry(row).id == wanted]
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(rows[0] if rows else 0))
        else:
            self._entry_chosen(QModelIndex(), QModelIndex())

    @Slot(QModelIndex, QModelIndex)
    def _entry_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        self._filled = None
        self.copy_button.setEnabled(False)
        self.note_button.setEnabled(False)
        if entry is None:
            self.view.show_note("", "plain")
            return
        contact_id = self.contact_id
        self.worker.read(partial(fit.filled, self.db, entry.id, contact_id),
                         partial(self._shown, contact_id, entry.id))

    def _shown(self, contact_id: int, entry_id: int, result, error: Optional[BaseException]) -> None:
        current = self.model.entry(self.list.currentIndex().row())
        if contact_id != self.contact_id or current is None or current.id != entry_id:
            return
        if error is not None:
            show_error(self.window(), error)
            return
        text, fmt = result
        self._filled = (entry_id, text, fmt)
        self.view.show_note(text, fmt)
        self.copy_button.setEnabled(True)
        self.note_button.setEnabled(True)

    @Slot()
    def copy_entry(self) -> None:
        if self._filled is None:
            return
        _, text, fmt = self._filled
        data = QMimeData()
        data.setText(plain_text(text, fmt).strip())
        if fmt == NOTE_HTML:
            data.setHtml(text)
        QGuiApplication.clipboard().setMimeData(data)

    @Slot()
    def save_as_note(self) -> None:
        if self._filled is not None:
            self.write(fit.insert_into_note, self._filled[0], self.contact_id)

    @Slot()
    def import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import a playbook folder"))
        if path:
            self.write(folder.import_folder, path, answer=self._imported)

    def _imported(self, _report, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self.window(), error)
        self.reload()
