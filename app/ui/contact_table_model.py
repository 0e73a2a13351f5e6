"""The contact table: a model holding only the ordered ids of the contacts shown,
with display rows fetched a page at a time (Anki's browser table).

Scrolling through 100,000 contacts asks the store for the 100 rows around what is
on screen; a bounded cache keeps the rows seen last, by contact, so a search that
lists them again (each keystroke gives the model new ids) reads only those not seen.
Sorting is done by the store (`directory.contact_ids`), so the model only announces
what the user asked for.
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
PAGE_SIZE = 100  # rows read at once: a tall screenful and some (about 2 ms of SQLite at 100,000 contacts)
MAX_PAGES = 50  # 5,000 rows kept; more is fetched again when scrolled back to
_GONE = None  # a row read and not found: deleted since the ids were read
COLUMNS = ("name", "organization", "tier", "last_contact", "next_due", "city")  # directory.SORT_KEYS
Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, db: sessionmaker[Session], today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._ids: list[int] = []
        self._row_of: Optional[dict[int, int]] = None  # made when first needed: a keystroke need not pay for it
        self._rows: OrderedDict[int, Optional[ContactRow]] = OrderedDict()  # by contact id, the last used last
        self._headers = (self.tr("Name"), self.tr("Organisation"), self.tr("Tier"), self.tr("Last contact"),
                         self.tr("Next due"), self.tr("City"))

    # ------------------------------------------------------------------ contents

    def set_ids(self, ids: Sequence[int]) -> None:
        """List these contacts. Rows read before are kept (see forget_rows)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._row_of = None
        self.endResetModel()

    def forget_rows(self) -> None:
        """The store changed in more than a few rows: read every row again when next shown."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def contact_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, contact_id: int) -> Optional[int]:
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._ids)}
        return self._row_of.get(contact_id)

    def refresh_contacts(self, contact_ids: Sequence[int]) -> None:
        """Rows changed in the store: fetch them again when next shown."""
        for cid in contact_ids:
            self._rows.pop(cid, None)
            row = self.row_of(cid)
            if row is None:
                continue
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def loaded_row_count(self) -> int:
        return len(self._rows)

    def _row(self, row: int) -> Optional[ContactRow]:
        cid = self._ids[row]
        if cid in self._rows:
            self._rows.move_to_end(cid)
            return self._rows[cid]
        start = row - row % PAGE_SIZE
        wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
        found = directory.rows(self._db, wanted)
        for i in wanted:
            self._rows[i] = found.get(i, _GONE)
        while len(self._rows) > MAX_PAGES * PAGE_SIZE:
            self._rows.popitem(last=False)
        return self._rows.get(cid)

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
