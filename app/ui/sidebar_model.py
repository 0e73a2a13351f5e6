"""The sidebar's contents: smart lists, tiers and groups, each with how many contacts it holds.

A flat list with section headings (not a tree): simple to keep consistent, and a
heading is just a row that cannot be selected. Counts are read on the worker
(`load_counts`, no Qt) and handed to `SidebarModel.set_counts` on the GUI thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Optional

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from app.services.contact_rows import ContactFilter
from app.services.team.identity import my_name

from .builtin_names import tier_name
from .contact_table_model import CONTACT_IDS_MIME, ids_from_mime

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from app.services.groups import GroupInfo
    from sqlalchemy.orm import Session, sessionmaker

CountRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
SMART_LISTS = ("all", "mine", "due", "birthdays", "never", "lost", "trash")
Index = QModelIndex | QPersistentModelIndex


def smart_filter(key: str, today: date, birthday_days: int = 7) -> ContactFilter:
    return {
        "all": ContactFilter(),
        "mine": ContactFilter(owner=my_name()),  # whose owner is the name set in Settings (team.identity)
        "due": ContactFilter(due_by=today, lost=False),
        "birthdays": ContactFilter(birthdays_from=today, birthday_days=birthday_days),
        "never": ContactFilter(never_contacted=True, lost=False),
        "lost": ContactFilter(lost=True),
        "trash": ContactFilter(trash=True),
    }[key]


@dataclass(frozen=True)
class TierCount:
    code: str
    name: str
    colour: str
    count: int


@dataclass
class SidebarCounts:
    smart: dict[str, int] = field(default_factory=dict)
    tiers: list[TierCount] = field(default_factory=list)
    groups: list[GroupInfo] = field(default_factory=list)
    birthday_days: int = 7


def load_counts(db: sessionmaker[Session], today: date) -> SidebarCounts:
    """Runs on the worker: every count the sidebar shows."""
    from app.services import directory, groups, settings, tiers

    days = int(settings.get(db, "birthday_days_ahead") or 7)
    smart = {key: directory.count(db, smart_filter(key, today, days)) for key in SMART_LISTS}
    tier_counts = [TierCount(t.code, t.name, t.colour, directory.count(db, ContactFilter(tier=t.code)))
                   for t in tiers.list_tiers(db)]
    return SidebarCounts(smart, tier_counts, groups.list_groups(db), days)


@dataclass(frozen=True)
class Entry:
    key: str  # "section:…", "smart:due", "tier:A", "group:12"
    label: str
    count: Optional[int] = None
    colour: Optional[str] = None
    filt: Optional[ContactFilter] = None
    group: Optional[GroupInfo] = None

    @property
    def is_section(self) -> bool:
        return self.key.startswith("section:")


class SidebarModel(QAbstractListModel):
    contactsDropped = Signal(str, list)  # group name, contact ids

    def __init__(self, today, parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self._entries: list[Entry] = []
        self._smart_labels = {
            "all": self.tr("All contacts"), "mine": self.tr("My customers"), "due": self.tr("Due today"), "birthdays": self.tr("Birthdays this week"),
            "never": self.tr("Never contacted"), "lost": self.tr("Lost"), "trash": self.tr("Trash"),
        }

    def set_counts(self, counts: SidebarCounts) -> None:
        today = self._today()
        entries = [Entry("section:lists", self.tr("Lists"))]
        entries += [Entry(f"smart:{k}", self._smart_labels[k], counts.smart.get(k, 0),
                          filt=smart_filter(k, today, counts.birthday_days)) for k in SMART_LISTS]
        entries.append(Entry("section:tiers", self.tr("Tiers")))
        entries += [Entry(f"tier:{t.code}", tier_name(t.name), t.count, t.colour, ContactFilter(tier=t.code)) for t in counts.tiers]
        entries.append(Entry("section:groups", self.tr("Groups")))
        entries += [Entry(f"group:{g.id}", g.name, g.count, g.colour, ContactFilter(group=g.name), g)
                    for g in counts.groups]
        if [e.key for e in entries] == [e.key for e in self._entries]:
            self._entries = entries  # same rows: only labels, counts or colours changed
            if entries:
                self.dataChanged.emit(self.index(0), self.index(len(entries) - 1))
        else:
            self.beginResetModel()
            self._entries = entries
            self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, key: str) -> Optional[int]:
        return next((n for n, e in enumerate(self._entries) if e.key == key), None)

    def filter_for(self, key: str) -> Optional[ContactFilter]:
        row = self.row_of(key)
        return None if row is None else self._entries[row].filt

    def group_names(self) -> list[str]:
        return [e.group.name for e in self._entries if e.group is not None]

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == CountRole:
            return entry.count
        if role == KeyRole:
            return entry.key
        if role == Qt.ItemDataRole.ToolTipRole and entry.count is not None:
            return self.tr("%n contact(s)", "", entry.count)
        if role == Qt.ItemDataRole.DecorationRole and entry.colour:
            return QColor(entry.colour)
        if role == Qt.ItemDataRole.FontRole and entry.is_section:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and entry.is_section:
            return QColor("#6b6b6b")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return Qt.ItemFlag.NoItemFlags
        entry = self._entries[index.row()]
        if entry.is_section:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if entry.group is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # ------------------------------------------------------------------ dropping contacts on a group

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        return mime.hasFormat(CONTACT_IDS_MIME) and self._drop_group(row, parent) is not None

    def dropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        group = self._drop_group(row, parent)
        if group is None or not mime.hasFormat(CONTACT_IDS_MIME):
            return False
        ids = ids_from_mime(mime)
        if ids:
            self.contactsDropped.emit(group.name, ids)
        return False  # the store changes, not this model: counts arrive with the next refresh

    def _drop_group(self, row: int, parent: Index) -> Optional[GroupInfo]:
        target = parent.row() if parent.isValid() else row
        if 0 <= target < len(self._entries):
            return self._entries[target].group
        return None


def with_search(filt: ContactFilter, text: str) -> ContactFilter:
    return replace(filt, search=text.strip() or None)
