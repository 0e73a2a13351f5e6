"""One day of the weekly plan (or its carried-over list) as a list model that entries are dragged between.

A drop does not move rows itself: it asks (`moveRequested`) for the entry to be pinned to
the model's day; the plan is then built again, so what is shown is always what the store says.
"""
from __future__ import annotations

import json
from datetime import date
from enum import IntEnum
from typing import Any, Optional, Sequence

from PySide6.QtCore import QAbstractListModel, QByteArray, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.services.calllist import CallEntry
from app.services.plan_kinds import KIND_VISIT, NEEDS_ADDRESS

from ..today import entry_text as text

PLAN_ENTRIES_MIME = "application/x-rapport-plan-entries"
Index = QModelIndex | QPersistentModelIndex


class PlanRole(IntEnum):
    Entry = Qt.ItemDataRole.UserRole + 1
    ContactId = Qt.ItemDataRole.UserRole + 2
    Place = Qt.ItemDataRole.UserRole + 3  # "Northwind · 上海"
    Why = Qt.ItemDataRole.UserRole + 4  # "Due by cadence, 3 days overdue"
    Stop = Qt.ItemDataRole.UserRole + 5  # a visit's position in the day (1, 2, 3…); None for a call


def why(entry: CallEntry) -> str:
    """Short, for a narrow column: "Cadence, 3 days overdue", "Birthday Sat 28 Nov", "Warranty ends"."""
    translate = QCoreApplication.translate  # by this name lupdate finds the texts
    label = translate("plan", "Cadence") if entry.reason == "cadence" else text.reason_label(entry.reason)
    if entry.reason in ("birthday", "anniversary"):
        lunar = entry.extra.get("lunar_birthday")  # 农历八月十五 · Fri 25 Sep: the day the family keeps, and this year's
        return f"{label} {lunar + ' · ' if lunar else ''}{text.short_date(entry.due_date)}"
    if entry.days_overdue == 1:
        return translate("plan", "{label}, 1 day overdue").format(label=label)
    if entry.days_overdue:
        return translate("plan", "{label}, {n} days overdue").format(label=label, n=entry.days_overdue)
    return label


def place(entry: CallEntry) -> str:
    translate = QCoreApplication.translate
    flag = translate("plan", "visit due, no address") if entry.extra.get(NEEDS_ADDRESS) else None
    return " · ".join(x for x in (entry.organization, entry.city, flag) if x)


def kind_text(entry: CallEntry) -> str:
    translate = QCoreApplication.translate
    return translate("plan", "Visit") if entry.kind == KIND_VISIT else translate("plan", "Call")


class PlanDayModel(QAbstractListModel):
    moveRequested = Signal(int, str, object)  # contact id, reason, the day (a date) to pin it to

    def __init__(self, day: Optional[date], parent=None) -> None:
        """`day` None: the carried-over list, which entries are dragged from but not onto."""
        super().__init__(parent)
        self.day = day
        self._entries: list[CallEntry] = []

    def set_entries(self, entries: Sequence[CallEntry], day: Optional[date] = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        if day is not None:
            self.day = day
        self.endResetModel()

    def entries(self) -> list[CallEntry]:
        return list(self._entries)

    def names(self) -> list[str]:
        return [e.display_name for e in self._entries]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.display_name
        if role == PlanRole.Entry:
            return e
        if role == PlanRole.ContactId:
            return e.contact_id
        if role == PlanRole.Place:
            return place(e)
        if role == PlanRole.Why:
            return why(e)
        if role == PlanRole.Stop:
            # Visits lead the day's list in the order to make them, so a visit's row is its stop.
            return index.row() + 1 if e.kind == KIND_VISIT and self.day is not None else None
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(e.tier_colour) if e.tier_colour else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            stop = self.data(index, PlanRole.Stop)
            head = f"{stop}. {e.display_name}" if stop else e.display_name
            lines = [f"{head} ({kind_text(e)})", why(e), place(e), text.best_number(e) or "", e.address or "",
                     e.detail]
            return "\n".join(x for x in lines if x)
        return None

    # ------------------------------------------------------------------ drag and drop

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.day is not None else Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PLAN_ENTRIES_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = [{"contact_id": self._entries[r].contact_id, "reason": self._entries[r].reason,
                    "from": self.day.isoformat() if self.day else None} for r in rows]
        mime = QMimeData()
        mime.setData(PLAN_ENTRIES_MIME, QByteArray(json.dumps(payload).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.day is not None and data.hasFormat(PLAN_ENTRIES_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = False
        for item in json.loads(bytes(data.data(PLAN_ENTRIES_MIME).data()).decode()):
            if item["from"] != self.day.isoformat():
                self.moveRequested.emit(int(item["contact_id"]), str(item["reason"]), self.day)
                moved = True
        return moved
