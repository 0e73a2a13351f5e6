"""Past imports, newest first, and undoing one as a whole (what `rapport imports` and
`rapport undo-import` do). A backup is made before an undo, by the service."""
from __future__ import annotations

from functools import partial
from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.importing.undo import BatchInfo, list_batches, undo_import

from .errors import error_text
from .worker import Worker

Index = QModelIndex | QPersistentModelIndex


def _files(batch: BatchInfo) -> str:
    return ", ".join(line.rsplit("/", 1)[-1] for line in batch.sources.splitlines() if line)


class ImportsModel(QAbstractTableModel):
    COLUMNS = ("when", "files", "added", "merged", "unchanged", "problems", "state")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._batches: list[BatchInfo] = []

    def set_batches(self, batches: Sequence[BatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> Optional[BatchInfo]:
        return self._batches[row] if 0 <= row < len(self._batches) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("When"), self.tr("Files"), self.tr("Added"), self.tr("Merged"), self.tr("Unchanged"),
                self.tr("Problems"), self.tr("State"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        batch = self._batches[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return batch.created_at
            if column == "files":
                return _files(batch)
            if column == "state":
                return self.tr("undone") if batch.undone else self.tr("in the store")
            return getattr(batch, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "files":
            return batch.sources
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("added", "merged", "unchanged", "problems"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone:
            return QColor("#7f8c8d")
        return None


class ImportsDialog(QDialog):
    storeChanged = Signal()

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past imports"))
        self.resize(760, 360)
        self._db = db
        self._worker = worker
        self.model = ImportsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the files take what is left
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = self.buttons.addButton(self.tr("Undo this import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.ask_undo)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Undoing an import removes the customers it added and what it added to "
                               "customers you already had. A backup is made first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self._worker.read(partial(list_batches, self._db), self._loaded)

    def _loaded(self, batches: Optional[list[BatchInfo]], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.model.set_batches(batches or [])
        if not batches:
            self.status.setText(self.tr("Nothing has been imported yet."))
        self._selection_changed()

    def selected(self) -> Optional[BatchInfo]:
        rows = self.table.selectionModel().selectedRows()
        return self.model.batch(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    @Slot()
    def ask_undo(self) -> None:
        batch = self.selected()
        if batch is None or batch.undone:
            return
        answer = QMessageBox.question(
            self, self.tr("Undo import"),
            self.tr("Undo the import of {when} ({files})?\n\nIts {added} new customers are removed, and what it "
                    "added to {merged} customers you already had.").format(
                when=batch.created_at, files=_files(batch), added=batch.added, merged=batch.merged))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self.status.setText(self.tr("Undoing…"))
        self._worker.write(partial(undo_import, self._db, batch.id), self._undone)

    def _undone(self, batch: Optional[BatchInfo], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            self._selection_changed()
            return
        self.status.setText(self.tr("Import of {when} undone: %Ln customer(s) removed.", "", batch.added).format(
            when=batch.created_at))
        self.storeChanged.emit()
        self.reload()
