"""The prepared greetings as a table: one row per customer, the message editable, and what was done
with it (copied, sent). The rows are the service's answer (greet.greetings) for the chosen occasion
and customers; an edit stays in the row until the list is built again."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.desk.compose import Greeting

from ..formatting import short_day

Index = QModelIndex | QPersistentModelIndex
NAME, DAY, LANGUAGE, CHANNEL, MESSAGE, STATUS = range(6)
GreetingRole = Qt.ItemDataRole.UserRole + 1  # the Greeting with the text as edited
# A language as its speakers write it: the same in every window.
LANGUAGE_NAMES = {"zh": "中文", "es": "Español", "en": "English"}


@dataclass
class Row:
    greeting: Greeting
    copied: bool = False
    sent: bool = False
    edited: bool = False


class GreetingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_greetings(self, greetings: list[Greeting]) -> None:
        self.beginResetModel()
        self._rows = [Row(g) for g in greetings]
        self.endResetModel()

    def greeting(self, row: int) -> Greeting:
        return self._rows[row].greeting

    def greetings(self) -> list[Greeting]:
        return [r.greeting for r in self._rows]

    def row_of(self, contact_id: int) -> Optional[int]:
        return next((n for n, r in enumerate(self._rows) if r.greeting.contact_id == contact_id), None)

    def is_sent(self, row: int) -> bool:
        return self._rows[row].sent

    def mark(self, rows: list[int], *, copied: bool = False, sent: bool = False) -> None:
        for row in rows:
            self._rows[row].copied |= copied
            self._rows[row].sent |= sent
            self.dataChanged.emit(self.index(row, STATUS), self.index(row, STATUS))

    def set_text(self, row: int, text: str) -> None:
        self.setData(self.index(row, MESSAGE), text)

    # ------------------------------------------------------------------ the model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 6:
            return None
        return (self.tr("Customer"), self.tr("Day"), self.tr("Language"), self.tr("Channel"), self.tr("Message"),
                self.tr("Done"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == MESSAGE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        g = row.greeting
        if role == GreetingRole:
            return g
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, index.column(), role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (MESSAGE, NAME):
            return g.text if index.column() == MESSAGE else " · ".join(filter(None, (g.phone, g.email)))
        return None

    def _text(self, row: Row, column: int, editing: bool) -> str:
        g = row.greeting
        if column == NAME:
            return g.display_name
        if column == DAY:
            if g.birthday is None:
                return ""
            day = short_day(g.birthday.day)
            return f"{g.birthday.lunar} · {day}" if g.birthday.lunar else day  # 农历八月十五 · 9月25日 周五
        if column == LANGUAGE:
            return LANGUAGE_NAMES.get(g.language, g.language)
        if column == CHANNEL:
            return {"wechat": self.tr("WeChat"), "sms": self.tr("SMS"), "email": self.tr("Email"),
                    "paper": self.tr("Paper")}.get(g.channel, g.channel)
        if column == MESSAGE:
            return g.text if editing else g.text.replace("\n", " ")
        if row.sent:
            return self.tr("Sent")
        return self.tr("Copied") if row.copied else (self.tr("Edited") if row.edited else "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != MESSAGE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        row = self._rows[index.row()]
        if not text or text == row.greeting.text:
            return False  # an empty message is nothing to send
        row.greeting = replace(row.greeting, text=text)
        row.edited = True
        self.dataChanged.emit(self.index(index.row(), MESSAGE), self.index(index.row(), STATUS))
        return True
