"""The notes of one contact, pinned first, newest first (as notes.list_notes orders them)."""
from __future__ import annotations

import re
from typing import Any, Optional

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.models import Note
from app.services.derived import plain_text

from ..formatting import format_date

Index = QModelIndex | QPersistentModelIndex
EXCERPT = 90
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?。，、])")  # left where tags were taken out


class NotesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._notes: list[Note] = []

    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note(self, row: int) -> Optional[Note]:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        note = self.note(index.row()) if index.isValid() else None
        if note is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", " ".join(plain_text(note.body, note.format).split()))
            if len(text) > EXCERPT:
                text = text[: EXCERPT - 1] + "…"
            if not text and "<img" in note.body:
                text = self.tr("(picture)")
            pin = self.tr("Pinned") + " · " if note.pinned else ""
            by = f"{note.created_by} · " if note.created_by else ""
            return f"{format_date(note.created_at)}  {by}{pin}{text}"
        if role == Qt.ItemDataRole.FontRole and note.pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and note.created_by:
            return self.tr("Written by {who}").format(who=note.created_by)
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None
