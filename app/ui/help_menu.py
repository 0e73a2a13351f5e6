"""The Help menu: the guide (the README, read in the window), the keyboard shortcuts, the folder
with the log (where an unexpected error is written, for a bug report), and About."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, Slot, qVersion,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QMainWindow, QMenu, QMessageBox, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from app.services.store_paths import log_dir

from .today import entry_keys as keys

Index = QModelIndex | QPersistentModelIndex
GUIDE = Path(__file__).resolve().parents[2] / "README.md"


class HelpMenu(QObject):
    """Builds the menu on `window` and answers its actions."""

    def __init__(self, window: QMainWindow, db_path: Path) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._add(self.tr("Guide"), self.open_guide, QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._add(self.tr("Keyboard shortcuts"), self.open_shortcuts)
        self.log_action = self._add(self.tr("Open the log folder"), self.open_log_folder)
        self.menu.addSeparator()
        self.about_action = self._add(self.tr("About Rapport"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(self, text: str, slot, shortcut=None) -> QAction:
        action = self.menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    @Slot()
    def open_guide(self) -> QDialog:
        """The README, which is the guide, in a browser pane: it is there offline, pictures included."""
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        browser.setSearchPaths([str(GUIDE.parent)])
        if GUIDE.exists():
            browser.setSource(QUrl.fromLocalFile(str(GUIDE)), QTextDocument.ResourceType.MarkdownResource)
        else:
            browser.setPlainText(self.tr("The guide (README.md) is not installed with this copy of Rapport."))
        return self._dialog(self.tr("Rapport guide"), browser, 900, 700)

    @Slot()
    def open_shortcuts(self) -> QDialog:
        """Every key the window answers: the menus' and toolbars' shortcuts, and the keys of a list of entries."""
        rows: list[tuple[str, str]] = []
        for action in self.window.findChildren(QAction):
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            name = action.text().replace("&", "").rstrip("…").strip()
            if key and name and (name, key) not in rows:
                rows.append((name, key))
        entry_keys = ((self.tr("In Today and the week plan: log a call"), keys.LOG),
                      (self.tr("In Today and the week plan: snooze"), keys.SNOOZE),
                      (self.tr("In Today: call"), keys.CALL), (self.tr("In Today: copy the number"), keys.COPY_NUMBER),
                      (self.tr("In Today: copy the greeting"), keys.GREETING),
                      (self.tr("In Today: open the customer's file"), keys.OPEN))
        rows += [(name, keys.key_text(action)) for name, action in entry_keys]
        table = QTableView()
        table.setModel(ShortcutsModel(rows, table))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        self.shortcuts = table
        return self._dialog(self.tr("Keyboard shortcuts"), table, 560, 520)

    @Slot()
    def open_log_folder(self) -> Path:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(self.window, self.tr("Log folder"),
                                    self.tr("The log is in {folder}").format(folder=folder))
        return folder

    @Slot()
    def about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Rapport"), self.about_text())

    def about_text(self) -> str:
        from app.services.about import rapport_version

        return self.tr("<p><b>Rapport {version}</b></p><p>A customer file for one salesperson: who to call today, "
                       "and why.</p><p>Store: {store}<br>Log: {log}</p><p>Qt {qt}, PySide6 {pyside}. "
                       "GPL-3.0-or-later.</p>").format(version=rapport_version(), store=self.db_path, log=log_dir(),
                                                       qt=qVersion(), pyside=pyside_version)

    def _dialog(self, title: str, body: QWidget, width: int, height: int) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(body)
        layout.addWidget(buttons)
        dialog.resize(width, height)
        dialog.show()
        return dialog


class ShortcutsModel(QAbstractTableModel):
    """(what, key) rows: two columns, read-only."""

    def __init__(self, rows: list[tuple[str, str]], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        name, key = self.rows[index.row()]
        return key if index.column() == 0 else name

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and section in (0, 1):
            return (self.tr("Key"), self.tr("Does"))[section]
        return None
