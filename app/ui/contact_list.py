"""The centre of the window: the search box and the contact table.

Typing waits ~150 ms for the next key, then asks the worker for the matching ids
(a LIKE over 100,000 search texts is too slow to run on the GUI thread), and the
model is reset with them. Answers to searches that were overtaken are dropped.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Optional

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import directory
from app.services.directory import ContactFilter

from .contact_table_model import ContactTableModel
from .errors import error_text
from .worker import Worker

SEARCH_DELAY_MS = 150


class ContactTable(QTableView):
    def __init__(self, model: ContactTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setIconSize(QSize(12, 12))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size query
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate((160, 160, 48, 92, 92)):  # the city takes what is left
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title) + 16))  # translated
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)


class ContactList(QWidget):
    currentContactChanged = Signal(int)  # 0: none
    idsLoaded = Signal(int)  # how many contacts are listed

    def __init__(self, db: sessionmaker[Session], worker: Worker, model: ContactTableModel, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._worker = worker
        self._filter = ContactFilter()
        self._sort = ("name", False)
        self._generation = 0
        self._current_id = 0
        self._select_next = 0
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, organisations, phones, emails, notes…"))
        self.search.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("listStatus")
        self.table = ContactTable(model)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.reload)
        model.sortRequested.connect(self._sort_by)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    # ------------------------------------------------------------------ what is listed

    def set_filter(self, filt: ContactFilter) -> None:
        self._filter = filt
        self.reload()

    def base_filter(self) -> ContactFilter:
        """The list chosen in the sidebar, without the search text."""
        return self._filter

    def current_filter(self) -> ContactFilter:
        return replace(self._filter, search=self.search.text().strip() or None)

    @Slot()
    def reload(self, select: int = 0) -> None:
        """Read the ids again; keep the current contact selected (or select `select`)."""
        if select:
            self._select_next = select
        self._debounce.stop()
        self._generation += 1
        call = partial(directory.contact_ids, self._db, self.current_filter(), sort=self._sort[0], descending=self._sort[1])
        self._worker.read(call, partial(self._show_ids, self._generation))

    def _show_ids(self, generation: int, ids: Optional[list[int]], error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        if error is not None:
            self.status.setText(error_text(error))
            return
        keep = self._select_next or self._current_id
        selected = {keep} if self._select_next else set(self.selected_ids())
        self._select_next = 0
        self.model.set_ids(ids or [])
        self._reselect(keep, selected)
        self.status.setText(self.tr("%n contact(s)", "", len(ids or [])))
        self.idsLoaded.emit(len(ids or []))

    @Slot(str, bool)
    def _sort_by(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.reload()

    def _reselect(self, current_id: int, selected: set[int]) -> None:
        selection = self.table.selectionModel()
        rows = [r for r in (self.model.row_of(cid) for cid in selected) if r is not None]
        current_row = self.model.row_of(current_id) if current_id else None
        if current_row is not None:
            flags = QItemSelectionModel.SelectionFlag.Current | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(current_row, 0), flags)
            for row in rows:
                selection.select(self.model.index(row, 0),
                                 QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(current_row, 0))
        elif self._current_id:
            self._current_id = 0
            self.currentContactChanged.emit(0)

    # ------------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.contact_id(r) for r in rows if r < self.model.rowCount()]

    def current_id(self) -> int:
        return self._current_id

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.contact_id(current.row()) if current.isValid() else 0
        if cid != self._current_id:
            self._current_id = cid
            self.currentContactChanged.emit(cid)
