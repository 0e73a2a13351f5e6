"""The Notes tab of the customer file: the list, the selected note, and what to do with it."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QListView, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import NOTE_HTML, Contact
from app.services import notes

from ..errors import error_text
from ..notes.note_editor import NoteDialog
from ..notes.note_view import NoteView
from ..notes.notes_model import NotesModel
from ..worker import Worker
from .section import Section


class NotesTab(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setFlat(True)
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long notes are elided
        self.view = NoteView()
        self.new_button = QPushButton(self.tr("New note…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.pin_button = QPushButton(self.tr("Pin"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.pin_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([110, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(self.new_note)
        self.edit_button.clicked.connect(self.edit_note)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.delete_button.clicked.connect(self.delete_note)
        self.list.selectionModel().currentRowChanged.connect(self._note_chosen)
        self.list.doubleClicked.connect(self.edit_note)
        self._note_chosen(QModelIndex(), QModelIndex())

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.reload()

    def reload(self) -> None:
        self.model.set_notes(notes.list_notes(self.db, self.contact_id) if self.contact_id else [])
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self._note_chosen(QModelIndex(), QModelIndex())

    @Slot(QModelIndex, QModelIndex)
    def _note_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = self.model.note(current.row()) if current.isValid() else None
        if note is None:
            self.view.show_note(self.tr("No notes yet.") if self.contact_id else "", "plain")
        else:
            self.view.show_note(note.body, note.format)
            self.pin_button.setText(self.tr("Unpin") if note.pinned else self.tr("Pin"))
        for button in (self.edit_button, self.pin_button, self.delete_button):
            button.setEnabled(note is not None)
        self.new_button.setEnabled(bool(self.contact_id))

    def _current(self):
        return self.model.note(self.list.currentIndex().row())

    @Slot()
    def new_note(self) -> None:
        dialog = NoteDialog(parent=self)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            self.add(dialog.editor.body(), rich=dialog.editor.rich, pinned=dialog.pinned.isChecked())

    def add(self, body: str, *, rich: bool, pinned: bool = False) -> None:
        self.write(notes.add_note, self.contact_id, body, html=rich, pinned=pinned, answer=self._written_note)

    @Slot()
    def edit_note(self) -> None:
        note = self._current()
        if note is None:
            return
        dialog = NoteDialog(note.body, rich=note.format == NOTE_HTML, parent=self)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            self.write(notes.update_note, note.id, dialog.editor.body(), answer=self._written_note)

    @Slot()
    def toggle_pin(self) -> None:
        note = self._current()
        if note is not None:
            self.write(notes.set_pinned, note.id, not note.pinned, answer=self._written_note)

    @Slot()
    def delete_note(self) -> None:
        note = self._current()
        if note is not None and QMessageBox.question(
                self, self.tr("Delete note"), self.tr("Delete this note?")) == QMessageBox.StandardButton.Yes:
            self.write(notes.delete_note, note.id, answer=self._written_note)

    def _written_note(self, result, error: Optional[BaseException]) -> None:
        if error is not None:
            QMessageBox.warning(self, self.tr("Note"), error_text(error))
        flattened = result.flattened if isinstance(result, notes.SavedNote) else result
        if isinstance(flattened, notes.NoteFlattened):  # saved, but not as deep as it came: say so
            QMessageBox.information(self, self.tr("Note"), error_text(flattened))
        self.reload()
