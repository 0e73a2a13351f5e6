"""Sales stages as models: one list of cards per stage column (drag a card to another column
to move the contact), and the monthly stage report as a table."""
from __future__ import annotations

import json
from typing import Any, Mapping, Optional, Sequence

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt, Signal

from app.services.value.stages import STAGES, BoardEntry, StageMonth

from ..formatting import format_date
from .common import RowsTableModel, DASH, NUMBER_ALIGNMENT, ContactIdRole, Index, ValueRole, decimal_text, share_text

CARD_MIME = "application/x-rapport-contact-ids"


class StageCardsModel(QAbstractListModel):
    moveRequested = Signal(list, str)  # contact ids dropped here, this column's stage

    def __init__(self, stage: str, parent=None) -> None:
        super().__init__(parent)
        self.stage = stage  # one of STAGES, or "other": stages typed before the list existed (no drops)
        self._cards: list[BoardEntry] = []

    def set_cards(self, cards: Sequence[BoardEntry]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[BoardEntry]:
        return self._cards

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards) or index.column() != 0:
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if card.stage not in STAGES:
                return self.tr("{name}\n“{stage}”").format(name=card.display_name, stage=card.stage)
            if card.days is None:
                return card.display_name
            return self.tr("{name}\n%Ln day(s) here", "", card.days).format(name=card.display_name)
        if role == Qt.ItemDataRole.ToolTipRole and card.since is not None:
            return self.tr("In this stage since {day}").format(day=format_date(card.since))
        if role == ContactIdRole:
            return card.contact_id
        if role == ValueRole:
            return card.display_name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.stage in STAGES else Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # ------------------------------------------------------------------ dragging cards between columns

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({int(index.data(ContactIdRole)) for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(CARD_MIME, json.dumps(ids).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return self.stage in STAGES and data.hasFormat(CARD_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Asks for the move (the tab runs it on the worker and reloads the board); the cards move then."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        here = {card.contact_id for card in self._cards}
        try:
            ids = [int(cid) for cid in json.loads(bytes(data.data(CARD_MIME)).decode())]
        except (ValueError, TypeError):
            return False
        moving = [cid for cid in ids if cid not in here]
        if not moving:
            return False
        self.moveRequested.emit(moving, self.stage)
        return True


class StageReportModel(RowsTableModel):
    """Per month and stage: entered, moved on, conversion, still in, average days there."""

    def __init__(self, stage_labels: Mapping[str, str], parent=None) -> None:
        super().__init__(parent)
        self._labels = dict(stage_labels)
        self._rows: list[StageMonth] = []
        self._titles = (self.tr("Month"), self.tr("Stage"), self.tr("Entered"), self.tr("Moved on"),
                        self.tr("Conversion"), self.tr("Still there"), self.tr("Average days"))

    def set_rows(self, rows: Sequence[StageMonth]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            month = self.tr("All months") if row.month == "all" else row.month
            conversion = DASH if row.next_stage is None else share_text(row.conversion)
            days = DASH if row.average_days is None else decimal_text(row.average_days)
            return (month, self._labels.get(row.stage, row.stage), row.entered, row.moved_on, conversion,
                    row.still_in, days)[column]
        if role == ValueRole:
            return (row.month, row.stage, row.entered, row.moved_on, row.conversion, row.still_in,
                    row.average_days)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return NUMBER_ALIGNMENT
        return None


def card_index(model: StageCardsModel, contact_id: int) -> Optional[QModelIndex]:
    for row, card in enumerate(model.cards()):
        if card.contact_id == contact_id:
            return model.index(row)
    return None
