"""Custom fields: whatever an import brought that has no column of its own, and the user's own."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import contacts

from ..worker import Worker
from .section import Section

Index = QModelIndex | QPersistentModelIndex


class CustomFieldsModel(QAbstractTableModel):
    """(name, value) pairs; the value can be edited in place."""

    valueEdited = Signal(str, str)  # name, new value

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fields: list[tuple[str, str]] = []

    def set_fields(self, fields: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._fields = list(fields)
        self.endResetModel()

    def fields(self) -> list[tuple[str, str]]:
        return list(self._fields)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section in (0, 1):
            return (self.tr("Field"), self.tr("Value"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self._fields[index.row()][index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        name, old = self._fields[index.row()]
        text = str(value)
        if text == old:
            return False
        self._fields[index.row()] = (name, text)
        self.dataChanged.emit(index, index)
        self.valueEdited.emit(name, text)
        return True


class CustomFieldsSection(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.tr("Custom fields"))
        self.model = CustomFieldsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(160)
        add = QPushButton(self.tr("Add field…"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        add.clicked.connect(self.ask_field)
        self.remove.clicked.connect(self._remove)
        self.model.valueEdited.connect(self._edited)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.model.set_fields([(f.name, f.value) for f in contact.custom_fields])
        self.table.setVisible(bool(contact.custom_fields))

    @Slot()
    def ask_field(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add field"), self.tr("Name of the field:"))
        if not ok or not name.strip():
            return
        value, ok = QInputDialog.getText(self, self.tr("Add field"), self.tr("Value of “{name}”:").format(name=name))
        if ok:
            self.write(contacts.set_custom_field, self.contact_id, name, value)

    @Slot(str, str)
    def _edited(self, name: str, value: str) -> None:
        self.write(contacts.set_custom_field, self.contact_id, name, value)

    @Slot()
    def _remove(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.write(contacts.set_custom_field, self.contact_id, self.model.fields()[row][0], None)
