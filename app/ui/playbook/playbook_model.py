"""Playbook entries as a list: title, kind and tags, in the order the service gives (best fit first)."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.models import PlaybookEntry
from app.services.playbook.entries import tags

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    return {
        "talk_track": QCoreApplication.translate("PlaybookModel", "Talk track"),
        "objection": QCoreApplication.translate("PlaybookModel", "Objection"),
        "case": QCoreApplication.translate("PlaybookModel", "Case story"),
        "template": QCoreApplication.translate("PlaybookModel", "Template"),
    }.get(kind, kind)


class PlaybookModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[PlaybookEntry] = []

    def set_entries(self, entries: list[PlaybookEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Optional[PlaybookEntry]:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(entry.kind)} · {entry.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            stages, products, tiers = tags(entry)
            parts = [", ".join(values) for values in (stages, products, tiers) if values]
            return " · ".join(parts) or self.tr("For every customer")
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None
