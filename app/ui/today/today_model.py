"""Today's call list as one flat list: a header row per section, then its entries.

Holds the `CallEntry` list from `calllist.today_list`; a reload whose entries are a
subset of what is shown (a call was logged, an entry snoozed) removes rows instead of
resetting, so the list keeps its scroll position and selection.

The list comes without each contact's number, note and address (a busy day has
thousands of entries): when a view paints an entry that has none yet, the model asks
for it and the next LOOKAHEAD (`detailsWanted`); the pane looks them up on the worker
and hands them back (`apply_details`), as the contact table fetches its rows.

A fast start (app/ui/fast_start) fills it from the list's first screenful (`set_head`: the first
entries in display order and the list's counts), then from the whole list: the rows shown stay,
the rest is appended (`set_entries`), so what is on screen neither moves nor flashes.
"""
from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, Iterable, Optional, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from app.services.call_entry import CallEntry, ListHead

from . import entry_text as text

Index = QModelIndex | QPersistentModelIndex
LOOKAHEAD = 40  # entries below the one painted whose details are asked for with it
_DETAILS = ("phone", "phone_display", "note", "city", "address")


class Role(IntEnum):
    Entry = Qt.ItemDataRole.UserRole + 1  # the CallEntry, None on a header
    IsHeader = Qt.ItemDataRole.UserRole + 2
    ContactId = Qt.ItemDataRole.UserRole + 3
    Why = Qt.ItemDataRole.UserRole + 4  # "Tier A, every 7 days · last contact 12 days ago"
    When = Qt.ItemDataRole.UserRole + 5  # "3 days overdue"
    Urgency = Qt.ItemDataRole.UserRole + 6  # "overdue", "today", "ahead"
    Quadrant = Qt.ItemDataRole.UserRole + 7  # 0..3, -1 on a header
    Section = Qt.ItemDataRole.UserRole + 8  # key of entry_text.SECTIONS


def _rows(entries: Sequence[CallEntry]) -> list[tuple[str, Any]]:
    """("header", section key) and ("entry", CallEntry) in display order; empty sections left out.
    One pass: a busy day has 18,000 entries."""
    sections: dict[str, list[tuple[str, Any]]] = {key: [] for key, _reasons in text.SECTIONS}
    section_of = text.SECTION_OF
    for e in entries:
        sections[section_of.get(e.reason, "cadence")].append(("entry", e))
    rows: list[tuple[str, Any]] = []
    for key, members in sections.items():
        if members:
            rows.append(("header", key))
            rows.extend(members)
    return rows


def head_sections() -> tuple[tuple[str, ...], ...]:
    """The sections' reasons in display order: how a list's first screenful is read (ListHead)."""
    return tuple(reasons for _key, reasons in text.SECTIONS)


def _key(row: tuple[str, Any]) -> tuple:
    kind, value = row
    if kind == "header":
        return ("header", value)
    return ("entry", value.contact_id, value.reason, value.due_date, value.follow_up_id, value.detail)


class TodayModel(QAbstractListModel):
    detailsWanted = Signal(list)  # CallEntry objects whose number, note and address are still to be looked up

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[CallEntry] = []
        self._rows: list[tuple[str, Any]] = []
        self._counts: dict[str, int] = {}
        self._total = 0  # entries in the list: more than self._entries while only its head is held
        self._head = False  # only the list's first screenful is held (set_head); the rest is on its way
        self._today = date.today()
        self._asked: set[int] = set()  # id() of entries whose details are on their way
        self._wanted: list[CallEntry] = []
        self._ask_timer = QTimer(self)  # one request for all the rows painted in one go
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._ask)

    # ------------------------------------------------------------------ contents

    def set_head(self, head: ListHead, today: Optional[date] = None) -> None:
        """Show a list's first screenful (its first entries in display order) and its counts; `set_entries`
        with the whole list follows."""
        self.beginResetModel()
        self._asked.clear()
        self._wanted = []
        self._today = today or self._today
        self._entries, self._rows, self._head = list(head.entries), _rows(head.entries), True
        self._total = head.total
        self._counts = {}
        for reason, n in head.reasons.items():
            key = text.SECTION_OF.get(reason, "cadence")
            self._counts[key] = self._counts.get(key, 0) + n
        self.endResetModel()

    def set_entries(self, entries: Iterable[CallEntry], today: Optional[date] = None) -> None:
        entries = list(entries)
        rows = _rows(entries)
        same_day = today in (None, self._today)
        if self._head and self._rows and same_day and self._extend(entries, rows):
            return
        self._head = False
        self._carry_details(entries)
        self._asked.clear()  # answers for the old entries still land on them, harmlessly
        self._wanted = []
        self._today = today or self._today
        if self._rows and same_day:
            new_keys = [_key(r) for r in rows]
            old_keys = [_key(r) for r in self._rows]
            keep = set(new_keys)
            if (len(keep) == len(new_keys) and len(set(old_keys)) == len(old_keys)
                    and [k for k in old_keys if k in keep] == new_keys):
                self._remove_missing(keep)
                self._entries, self._rows = entries, rows
                self._count()
                if rows:  # header counts changed, and entries may carry fresher details
                    self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
                return
        self.beginResetModel()
        self._entries, self._rows = entries, rows
        self._count()
        self.endResetModel()

    def _extend(self, entries: list[CallEntry], rows: list[tuple[str, Any]]) -> bool:
        """The whole list after its head: when the rows shown are its first rows, the others are appended
        and the entries shown (and the details asked for them) kept. False: not so, reset instead."""
        shown = len(self._rows)
        if len(rows) < shown or any(_key(old) != _key(new) for old, new in zip(self._rows, rows)):
            return False
        kept = {id(new): old for (kind, old), (_kind, new) in zip(self._rows, rows) if kind == "entry"}
        self._entries = [kept.get(id(e), e) for e in entries]
        self._head = False
        self._count()
        self.dataChanged.emit(self.index(0), self.index(shown - 1))  # the same counts, unless the list moved on
        if len(rows) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(rows) - 1)
            self._rows = self._rows + rows[shown:]
            self.endInsertRows()
        return True

    def _carry_details(self, entries: list[CallEntry]) -> None:
        """A reload shows what was known of each contact until the fresh details arrive: no blank flash."""
        known = {e.contact_id: e for e in self._entries if e.filled}
        for entry in entries:
            old = known.get(entry.contact_id)
            if old is not None and not entry.filled:
                for name in _DETAILS:
                    setattr(entry, name, getattr(old, name))

    # ------------------------------------------------------------------ details, for what is painted

    def _want(self, row: int) -> None:
        for kind, entry in self._rows[row : row + 1 + LOOKAHEAD]:
            if kind == "entry" and not entry.filled and entry.contact_id is not None and id(entry) not in self._asked:
                self._asked.add(id(entry))
                self._wanted.append(entry)
        if self._wanted:
            self._ask_timer.start()

    def _ask(self) -> None:
        wanted, self._wanted = self._wanted, []
        self.detailsWanted.emit(wanted)

    def details_pending(self) -> bool:
        """Details were asked for and have not come back yet."""
        return bool(self._asked) or self._ask_timer.isActive()

    def forget_asked(self, entries: list[CallEntry]) -> None:
        """Those will not come (the pane is closing): ask again if they are painted again."""
        for entry in entries:
            self._asked.discard(id(entry))

    def apply_details(self, entries: list[CallEntry], filled: list[CallEntry]) -> None:
        """`filled[i]` holds the details of `entries[i]` (looked up on copies, off the GUI thread)."""
        done = set()
        for entry, details in zip(entries, filled):
            for name in (*_DETAILS, "filled"):
                setattr(entry, name, getattr(details, name))
            self._asked.discard(id(entry))
            done.add(id(entry))
        rows = [row for row, (kind, value) in enumerate(self._rows) if kind == "entry" and id(value) in done]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))

    def _remove_missing(self, keep: set) -> None:
        row = len(self._rows) - 1
        while row >= 0:  # from the end, one contiguous run at a time
            if _key(self._rows[row]) in keep:
                row -= 1
                continue
            last = row
            while row >= 0 and _key(self._rows[row]) not in keep:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._rows[row + 1 : last + 1]
            self.endRemoveRows()

    def _count(self) -> None:
        self._counts = {}
        for e in self._entries:
            key = text.SECTION_OF.get(e.reason, "cadence")
            self._counts[key] = self._counts.get(key, 0) + 1
        self._total = len(self._entries)

    def remove_entries(self, contact_id: int, reason: Optional[str] = None) -> None:
        """Take a contact's entries (or one reason of them) off the list at once, before the reload confirms it."""
        self.set_entries([e for e in self._entries
                          if not (e.contact_id == contact_id and reason in (None, e.reason))])

    def entries(self) -> list[CallEntry]:
        """The list's entries in its order (while only its head is held: those of the head)."""
        return list(self._entries)

    def total(self) -> int:
        """Entries in the list, its head's rest included."""
        return self._total

    def complete(self) -> bool:
        """The whole list is held, not only its first screenful."""
        return not self._head

    def today(self) -> date:
        return self._today

    def entry(self, row: int) -> Optional[CallEntry]:
        if 0 <= row < len(self._rows) and self._rows[row][0] == "entry":
            return self._rows[row][1]
        return None

    def row_of(self, contact_id: int, reason: Optional[str] = None) -> Optional[int]:
        for row, (kind, value) in enumerate(self._rows):
            if kind == "entry" and value.contact_id == contact_id and reason in (None, value.reason):
                return row
        return None

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "header":
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, value = self._rows[index.row()]
        if kind == "header":
            return self._header_data(value, role)
        e: CallEntry = value
        if role == Qt.ItemDataRole.DisplayRole:
            return e.display_name
        if role in (Role.Entry, Qt.ItemDataRole.ToolTipRole) and not e.filled:
            self._want(index.row())  # a view paints (or explains) this entry: its number and note are due
        if role == Role.Entry:
            return e
        if role == Role.IsHeader:
            return False
        if role == Role.ContactId:
            return e.contact_id
        if role == Role.Why:
            return text.why_text(e, self._today)
        if role == Role.When:
            return text.when_text(e, self._today)
        if role == Role.Urgency:
            return text.urgency(e, self._today)
        if role == Role.Quadrant:
            return text.quadrant(e, self._today)
        if role == Role.Section:
            return text.SECTION_OF.get(e.reason, "cadence")
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(e.tier_colour) if e.tier_colour else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [e.display_name, text.when_text(e, self._today), text.why_text(e, self._today)]
            lines += [x for x in (e.organization, text.best_number(e), e.note) if x]
            return "\n".join(lines)
        return None

    def quadrant_of(self, row: int) -> int:
        """The quadrant of a row (-1 for a header): what the quadrant filters ask for each row, without an index."""
        kind, value = self._rows[row]
        return -1 if kind == "header" else text.quadrant(value, self._today)

    def _header_data(self, key: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{title} ({n})").format(title=text.section_title(key), n=self._counts.get(key, 0))
        if role == Role.IsHeader:
            return True
        if role == Role.Section:
            return key
        if role == Role.Quadrant:
            return -1
        return None
