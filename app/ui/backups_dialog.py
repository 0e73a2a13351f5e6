"""The backups beside the store: when and why each was made, a backup on demand, and
putting one back. Restoring backs up what is there first (the service does), so even a
wrong choice can be undone from this same list."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.backup import BackupInfo
from app.services.store_backups import backups_for

from .errors import error_text
from .worker import Worker

Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> Optional[BackupInfo]:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def why(self, reason: str) -> str:
        known = {"manual": self.tr("made by you"), "auto": self.tr("automatic"),
                 "undo-import": self.tr("before undoing an import"), "delete": self.tr("before deleting for good"),
                 "empty-trash": self.tr("before emptying the trash"), "merge": self.tr("before merging two customers"),
                 "before-restore": self.tr("before a restore"),
                 "before-migration": self.tr("before an update of Rapport")}
        return known.get(reason, reason)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return (self.tr("Made"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        item = self._backups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return QLocale().toString(item.made_at, QLocale.FormatType.ShortFormat)
            if index.column() == 1:
                if item.in_future():  # never taken as the newest: say why it looks newest
                    return self.tr("{why} (dated in the future: the computer's clock was ahead)").format(
                        why=self.why(item.reason))
                return self.why(item.reason)
            return QLocale().formattedDataSize(item.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    storeChanged = Signal()  # a backup was put back: everything shown is stale

    def __init__(self, db: sessionmaker[Session], db_path: Path, worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 380)
        self._db = db
        self._db_path = db_path
        self._worker = worker
        self._backups = backups_for(db)
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = self.buttons.addButton(self.tr("Back up now"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = self.buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.buttons.addButton(self.tr("Open folder"), QDialogButtonBox.ButtonRole.HelpRole)
        self.restore_button.setEnabled(False)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.ask_restore)
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Rapport backs up by itself when your data changed, and before anything "
                               "that cannot be taken back. Backups are kept a week daily, a month weekly "
                               "and a year monthly; the ones you make are kept."))
        if not self._backups.restores_in_place:  # a server's database: pg_dump by hand, pg_restore into a new one
            intro.setText(self.tr("Backups of the team's database are made with pg_dump when you ask. A backup is "
                                  "put back into a new, empty database from the command line: rapport --db URL "
                                  "restore FILE. Restoring over the database in use is not offered here."))
            self.restore_button.hide()
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.ask_restore)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self._worker.read(self._backups.list, self._loaded)

    def _loaded(self, backups: Optional[list[BackupInfo]], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.model.set_backups(backups or [])
        if not backups:
            self.status.setText(self.tr("No backup yet."))
        self._selection_changed()

    def selected_row(self) -> Optional[int]:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected(self) -> Optional[BackupInfo]:
        row = self.selected_row()
        return None if row is None else self.model.backup(row)

    @Slot()
    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    @Slot()
    def back_up(self) -> None:
        self.status.setText(self.tr("Backing up…"))
        self._worker.read(self._backups.make, self._backed_up)

    def _backed_up(self, path: Optional[Path], error: Optional[BaseException]) -> None:
        self.status.setText(error_text(error) if error is not None else self.tr("Backup saved: {path}").format(path=path))
        self.reload()

    @Slot()
    def ask_restore(self) -> None:
        row = self.selected_row()
        item = None if row is None else self.model.backup(row)
        if item is None or not self._backups.restores_in_place:
            return
        when = self.model.index(row, 0).data()
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Put back the backup of {when}?\n\nEverything changed since then is replaced. What you have "
                    "now is backed up first, so you can come back to it from this list.").format(when=when))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self._worker.write(partial(self._backups.restore, item.path), partial(self._restored, when))

    def _restored(self, when: str, safety: Optional[Path], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
        else:
            self.status.setText(self.tr("The backup of {when} is back. What you had is in {path}.").format(
                when=when, path=safety))
            self.storeChanged.emit()
        self.reload()

    @Slot()
    def open_folder(self) -> None:
        folder = self._backups.folder
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
