"""The contact table: a model holding only the ordered ids of the contacts shown,
with display rows fetched a page at a time (Anki's browser table).

Scrolling through 100,000 contacts asks the store for the 200 rows around what is
on screen; a bounded cache keeps the pages seen last. Sorting is done by the store
(`directory.contact_ids`), so the model only announces what the user asked for.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session, sessionmaker

from app.services import directory
from app.services.directory import ContactRow

from .formatting import format_date

CONTACT_IDS_MIME = "application/x-rapport-contact-ids"
PAGE_SIZE = 200
MAX_PAGES = 25  # about 5,000 rows kept; more is fetched again when scrolled back to
COLUMNS = ("name", "organization", "tier", "last_contact", "next_due", "city")  # directory.SORT_KEYS
Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, db: sessionmaker[Session], today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self._headers = (self.tr("Name"), self.tr("Organisation"), self.tr("Tier"), self.tr("Last contact"),
                         self.tr("Next due"), self.tr("City"))

    # ------------------------------------------------------------------ contents

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> Optional[int]:
        return self._row_of.get(contact_id)

    def refresh_contacts(self, contact_ids: Sequence[int]) -> None:
        """Rows changed in the store: fetch them again when next shown."""
        for cid in contact_ids:
            row = self._row_of.get(cid)
            if row is None:
                continue
            self._pages.pop(row // PAGE_SIZE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def loaded_row_count(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _row(self, row: int) -> Optional[ContactRow]:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = directory.rows(self._db, self._ids[number * PAGE_SIZE : (number + 1) * PAGE_SIZE])
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self._ids[row])  # None: deleted since the ids were read

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "tier" and row.tier_colour:
            return QColor(row.tier_colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "lost":
                return QBrush(QColor("#8a8a8a"))
            if column == "next_due" and row.next_due is not None and row.next_due <= self._today():
                return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.FontRole and row.status == "lost":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, row: ContactRow, column: str) -> str:
        if column == "name":
            return row.display_name
        if column == "organization":
            return row.organization or ""
        if column == "tier":
            return row.tier or ""
        if column == "last_contact":
            return format_date(row.last_contact_at)
        if column == "next_due":
            return format_date(row.next_due)
        return row.city or ""

    def _tooltip(self, row: ContactRow, column: str) -> Optional[str]:
        if row.status == "lost":
            return self.tr("Lost customer")
        if column == "name":
            return "\n".join(x for x in (row.display_name, row.phone_display, row.email) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(COLUMNS[column], order == Qt.SortOrder.DescendingOrder)

    # ------------------------------------------------------------------ dragging contacts onto a group

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(CONTACT_IDS_MIME, QByteArray(",".join(str(self._ids[r]) for r in rows).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def ids_from_mime(mime: QMimeData) -> list[int]:
    raw = bytes(mime.data(CONTACT_IDS_MIME).data()).decode()
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]
