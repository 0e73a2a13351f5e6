"""The History tab: calls, visits and the rest, newest first; logging a new one, correcting one (Edit…,
as Notes and Purchases have), deleting one."""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Interaction
from app.services import interactions

from ..builtin_names import kind_name
from ..formatting import format_date, format_datetime
from ..worker import Worker
from .log_dialog import LogDialog
from .section import Section

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Interaction] = []
        self._headers = (self.tr("When"), self.tr("Kind"), self.tr("Summary"), self.tr("Outcome"), self.tr("By"))

    def set_interactions(self, rows: list[Interaction]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def interaction(self, row: int) -> Optional[Interaction]:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.interaction(index.row()) if index.isValid() else None
        if item is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return format_datetime(item.occurred_at)
        if column == 1:
            return kind_name(item.kind_info.name) if item.kind_info else item.kind
        if column == 4:
            return item.created_by or ""  # who logged it: several people share a team's store
        text = (item.summary if column == 2 else item.outcome) or ""
        return text if role == Qt.ItemDataRole.ToolTipRole else " ".join(text.split())


class HistoryTab(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, log: Callable[[str], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setFlat(True)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(2, 200)
        log_other = QPushButton(self.tr("Log…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(log_other)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self._log = log
        log_other.clicked.connect(self._log_other)
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(self.edit_selected)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.reload()

    @Slot()
    def _log_other(self) -> None:
        self._log("message")

    def reload(self) -> None:
        self.model.set_interactions(interactions.history(self.db, self.contact_id) if self.contact_id else [])

    def edit_dialog(self, item: Interaction) -> LogDialog:
        """The log dialog filled with `item`, to correct it."""
        dialog = LogDialog(interactions.list_kinds(self.db), item.kind, item.occurred_at, "", self)
        dialog.setWindowTitle(self.tr("Edit this entry"))
        dialog.summary.setPlainText(item.summary or "")
        dialog.outcome.setText(item.outcome or "")
        return dialog

    @Slot()
    def edit_selected(self) -> None:
        item = self.model.interaction(self.table.currentIndex().row())
        if item is None:
            return
        dialog = self.edit_dialog(item)
        if dialog.exec() == LogDialog.DialogCode.Accepted:
            values = dialog.values()
            self.write(interactions.update_interaction, item.id, values.pop("kind"), **values)
        dialog.deleteLater()

    @Slot()
    def delete_selected(self) -> None:
        item = self.model.interaction(self.table.currentIndex().row())
        if item is None:
            return
        question = self.tr("Delete this entry from {when}?").format(when=format_date(item.occurred_at))
        if QMessageBox.question(self, self.tr("Delete"), question) == QMessageBox.StandardButton.Yes:
            self.write(interactions.delete_interaction, item.id)
