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
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.contact_rows import ContactRow

from .formatting import date_formatter

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

    from .fast_start import FastStart

CONTACT_IDS_MIME = "application/x-rapport-contact-ids"
PAGE_SIZE = 50  # rows read at once, from the first one asked for: a screenful (1.5 ms at 100,000 contacts)
MAX_PAGES = 100  # 5,000 rows kept; more is fetched again when scrolled back to
_GONE = None  # a row read and not found: deleted since the ids were read
COLUMNS = ("name", "organization", "tier", "last_contact", "next_due", "city")  # directory.SORT_KEYS
Index = QModelIndex | QPersistentModelIndex
DISPLAY, TOOLTIP, DECORATION, FOREGROUND, FONT, USER = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole))
_ROLES = frozenset((DISPLAY, TOOLTIP, DECORATION, FOREGROUND, FONT, USER))
_TIER, _NEXT_DUE = COLUMNS.index("tier"), COLUMNS.index("next_due")
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled


class ContactTableModel(QAbstractTableModel):
    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, db: sessionmaker[Session], today: Callable[[], date] = date.today, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self.first_screen: Optional[FastStart] = None  # a fast start: rows read without the ORM until the store opens
        self._ids: list[int] = []
        self._row_of: Optional[dict[int, int]] = None  # made when first needed: a keystroke need not pay for it
        self._rows: OrderedDict[int, Optional[tuple[ContactRow, tuple[str, ...]]]] = OrderedDict()  # by id, the last used last
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

    def _shown(self, row: int) -> Optional[tuple[ContactRow, tuple[str, ...]]]:
        """The contact's row and its column texts (None: deleted since the ids were read)."""
        cid = self._ids[row]
        if cid in self._rows:
            self._rows.move_to_end(cid)
            return self._rows[cid]
        # A repaint asks for the rows on screen from the top: the first one missing and those below
        # it (a search's first screen is one query, read as the keystroke's table is painted).
        wanted = [i for i in self._ids[row : row + PAGE_SIZE] if i not in self._rows]
        found = self._read_rows(wanted)
        formatted = date_formatter()
        for i in wanted:
            got = found.get(i)
            self._rows[i] = (got, self._texts(got, formatted)) if got is not None else _GONE
        while len(self._rows) > MAX_PAGES * PAGE_SIZE:
            self._rows.popitem(last=False)
        return self._rows.get(cid)

    def _read_rows(self, ids: list[int]) -> dict[int, ContactRow]:
        found = self.first_screen.rows(ids) if self.first_screen is not None else None
        if found is not None:
            return found
        from app.services import directory

        return directory.rows(self._db, ids)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Asked for every role of every cell at each repaint (a screenful is a thousand calls):
        # plain ints and early returns, the texts made once per row.
        if role not in _ROLES:
            return None
        number, column = index.row(), index.column()
        if not (0 <= number < len(self._ids) and 0 <= column < len(COLUMNS)):
            return None
        if role == USER:
            return self._ids[number]
        shown = self._shown(number)
        if shown is None:
            return None
        row, texts = shown
        if role == DISPLAY:
            return texts[column]
        if role == TOOLTIP:
            return self._tooltip(row, COLUMNS[column])
        if role == DECORATION:
            return QColor(row.tier_colour) if column == _TIER and row.tier_colour else None
        if role == FOREGROUND:
            if row.status == "lost":
                return QBrush(QColor("#8a8a8a"))
            if column == _NEXT_DUE and row.next_due is not None and row.next_due <= self._today():
                return QBrush(QColor("#c0392b"))
            return None
        if row.status == "lost":  # FONT
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _texts(row: ContactRow, formatted: Callable[[Any], str]) -> tuple[str, ...]:
        return (row.display_name, row.organization or "", row.tier or "", formatted(row.last_contact_at),
                formatted(row.next_due), row.city or "")

    def _tooltip(self, row: ContactRow, column: str) -> Optional[str]:
        if row.status == "lost":
            return self.tr("Lost customer")
        if column == "name":
            return "\n".join(x for x in (row.display_name, row.phone_display, row.email) if x)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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
