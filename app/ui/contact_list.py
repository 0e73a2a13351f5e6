"""The centre of the window: the search box and the contact table.

The list's ids (the sidebar's list, sorted) are read on the worker and kept. Typing waits
SEARCH_DELAY_MS for the next key, then filters them through the search index
(services/search_index.py, read on the worker when the list is first shown): a keystroke at
100,000 contacts is a few milliseconds on the GUI thread and no query, and clearing the box
shows the kept ids again. Until the index is read, or while it is read again after a change,
a search asks the store on the worker as before; answers that were overtaken are dropped.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.services.contact_rows import ContactFilter, IdsHead

from .contact_table_model import ContactTableModel
from .errors import error_text
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

    from app.services.search_index import SearchIndex

    from .fast_start import FastStart

# Contacts a fast start lists before reading all their ids: more rows than the tallest screen shows.
FIRST_SCREEN = 100
SEARCH_DELAY_MS = 40  # a key typed within this waits for the next (a keystroke costs ~10 ms at 100,000)


def _load_index(db: sessionmaker[Session]) -> SearchIndex:
    """On the worker: the search index's module (and the ORM) is imported there."""
    from app.services.search_index import SearchIndex

    return SearchIndex.load(db)


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

    def __init__(self, db: sessionmaker[Session], worker: Worker, model: ContactTableModel, parent=None, *,
                 first_screen: Optional[FastStart] = None) -> None:
        super().__init__(parent)
        self._db = db
        self._first_screen = first_screen  # a fast start reads the first ids without the ORM
        self._worker = worker
        self._filter = ContactFilter()
        self._sort = ("name", False)
        self._generation = 0
        self._current_id = 0
        self._select_next = 0
        self._base: Optional[list[int]] = None  # the list's ids without the search, as last read
        self._base_rows: Optional[dict[int, int]] = None  # id → place in _base, made for a filtered search
        self._index: Optional[SearchIndex] = None  # None: not read (yet, or again since a change)
        self._index_version = 0  # counts the store's changes: an index read before one is not used
        self._index_loading: Optional[int] = None  # the version being read
        self._index_wanted = False  # the list was shown: from then on the index is kept read
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
        self.search.textChanged.connect(self._load_index)  # typing before the list was shown (Ctrl+F)
        self._debounce.timeout.connect(self._show_search)
        model.sortRequested.connect(self._sort_by)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    # ------------------------------------------------------------------ what is listed

    def set_filter(self, filt: ContactFilter) -> None:
        self._filter = filt
        self._read_ids()

    def base_filter(self) -> ContactFilter:
        """The list chosen in the sidebar, without the search text."""
        return self._filter

    def current_filter(self) -> ContactFilter:
        return replace(self._filter, search=self.search.text().strip() or None)

    @Slot()
    def reload(self, select: int = 0) -> None:
        """The store changed: read the ids, the rows and the search index again; keep the current
        contact selected (or select `select`)."""
        if select:
            self._select_next = select
        self.model.forget_rows()
        self._index = None  # until read again, searches ask the store
        self._index_version += 1
        if self._index_wanted:
            self._load_index()
        self._read_ids()

    def _read_ids(self) -> None:
        self._debounce.stop()
        self._generation += 1
        self._base = self._base_rows = None
        done = partial(self._base_loaded, self._generation)
        if self._first_screen is not None and self._first_screen.contact_ids(self._filter, self._sort, done,
                                                                            limit=FIRST_SCREEN):
            return
        from app.services import directory

        call = partial(directory.contact_ids, self._db, self._filter, sort=self._sort[0], descending=self._sort[1])
        self._worker.read(call, done)

    def refresh_contacts(self, contact_ids: list[int]) -> None:
        """These contacts changed (a field, a call logged): their rows and, if their text changed, the index."""
        self.model.refresh_contacts(contact_ids)
        if self._index is not None:
            check = partial(self._index.holds_current_texts, self._db, contact_ids)
            self._worker.read(check, partial(self._index_checked, self._index_version))

    def _index_checked(self, version: int, current: Optional[bool], error: Optional[BaseException]) -> None:
        if version == self._index_version and not current:  # a name, number or note changed
            self.reload()

    def _base_loaded(self, generation: int, ids: Optional[list[int] | IdsHead], error: Optional[BaseException]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        if error is not None:
            self.status.setText(error_text(error))
            return
        if isinstance(ids, IdsHead):  # a fast start's first screenful: all the ids follow (then searches run)
            self.model.set_ids(ids.ids)
            self.status.setText(self.tr("%n contact(s)", "", ids.total))
            self.idsLoaded.emit(ids.total)
            return
        self._base = ids or []
        self._show_search()

    @Slot()
    def _show_search(self) -> None:
        """The kept ids filtered by the search box: in memory when the index is read, else by the store."""
        self._debounce.stop()
        if self._base is None:
            return  # the ids are on their way; they are filtered when they come
        query = self.search.text()
        if not query.strip():
            if self._index is not None:
                self._index.find(query)  # forgets the last answer: the next query is looked up afresh
            self._show_ids(self._generation, self._base, None)
        elif self._index is not None and not self._filter.trash:
            self._show_ids(self._generation, self._filtered(self._index.find(query)), None)
        else:
            self._generation += 1  # asked of the store; when read, the index answers the next keystroke
            from app.services import directory

            call = partial(directory.contact_ids, self._db, self.current_filter(), sort=self._sort[0],
                           descending=self._sort[1])
            self._worker.read(call, partial(self._show_ids, self._generation))

    def _filtered(self, found: Optional[list[int]]) -> list[int]:
        """The index's answer (live contacts, name order) as the list shows it: its contacts, its order."""
        if found is None:
            return self._base
        if self._filter == ContactFilter() and self._sort == ("name", False):
            return found  # the whole list in name order: the index's own
        if self._base_rows is None:
            self._base_rows = {cid: row for row, cid in enumerate(self._base)}
        rows = self._base_rows
        hits = [cid for cid in found if cid in rows]
        return hits if self._sort == ("name", False) else sorted(hits, key=rows.__getitem__)

    @Slot()
    def _load_index(self) -> None:
        """Read the search index on the worker once the list is wanted (shown, or typed into)."""
        self._index_wanted = True
        if self._index is None and self._index_loading != self._index_version:
            self._index_loading = self._index_version
            self._worker.read(partial(_load_index, self._db), partial(self._index_loaded, self._index_version))

    def _index_loaded(self, version: int, index: Optional[SearchIndex], error: Optional[BaseException]) -> None:
        if version != self._index_version:
            return  # the store changed while it was read: a newer read is on its way
        self._index_loading = None
        if error is not None:
            return  # searches keep asking the store; read again at the next change
        self._index = index
        if self.search.text().strip() and self._base is not None:
            self._show_search()  # the store's answer may be older than the index

    def showEvent(self, event) -> None:
        self._load_index()
        super().showEvent(event)

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
            self._read_ids()

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
