"""Choosing another contact (who referred this customer): type to search, pick from the list."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QModelIndex, QTimer, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import directory
from app.services.directory import ContactFilter

from ..text_list_model import TextListModel
from ..worker import Worker

MAX_SHOWN = 50


def matches(db: sessionmaker[Session], text: str, exclude: int) -> list[tuple[str, int]]:
    """Runs on the worker: the first contacts matching `text`, as (label, id)."""
    ids = [cid for cid in directory.contact_ids(db, ContactFilter(search=text or None)) if cid != exclude][:MAX_SHOWN]
    rows = directory.rows(db, ids)
    return [(rows[cid].display_name + (f" — {rows[cid].organization}" if rows[cid].organization else ""), cid)
            for cid in ids if cid in rows]


class ContactPicker(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, exclude: int, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a contact"))
        self._db = db
        self._worker = worker
        self._exclude = exclude
        self._generation = 0
        self.chosen_id: Optional[int] = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, organisation or phone…"))
        self.model = TextListModel(parent=self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self.search.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh)
        self.list.doubleClicked.connect(self._double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(420, 380)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._generation += 1
        self._worker.read(partial(matches, self._db, self.search.text().strip(), self._exclude),
                          partial(self._show, self._generation))

    def _show(self, generation: int, items, error) -> None:
        if generation == self._generation and error is None:
            self.model.set_items(items)
            if items:
                self.list.setCurrentIndex(self.model.index(0))

    @Slot(QModelIndex)
    def _double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def accept(self) -> None:
        self.chosen_id = self.model.value(self.list.currentIndex().row())
        if self.chosen_id is not None:
            super().accept()
