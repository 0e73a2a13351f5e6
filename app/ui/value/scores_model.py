"""RFM scores as a sortable table: name, recency, frequency, monetary, R, F, M, active or dormant.

Sorting is done here, on the CustomerScore list, rather than by a proxy asking data()
for every cell: 100,000 customers sort in a blink this way.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.value.rfm import CustomerScore

from .common import NUMBER_ALIGNMENT, ContactIdRole, Index, ValueRole, money_text, others_text

NAME, RECENCY, FREQUENCY, MONETARY, R, F, M, STATUS = range(8)
_KEYS: tuple[Callable[[CustomerScore], Any], ...] = (
    lambda c: c.display_name.casefold(), lambda c: c.recency_days, lambda c: c.frequency, lambda c: c.monetary,
    lambda c: c.r, lambda c: c.f, lambda c: c.m, lambda c: (c.dormant, c.at_risk),
)


class ScoresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._scores: list[CustomerScore] = []
        self._best_first: list[CustomerScore] = []  # the service's order, for "unsorted"
        self._currency: Optional[str] = None
        self._sort: Optional[tuple[int, Qt.SortOrder]] = None
        self._titles = (self.tr("Customer"), self.tr("Recency (days)"), self.tr("Frequency"), self.tr("Monetary"),
                        self.tr("R"), self.tr("F"), self.tr("M"), self.tr("Status"))
        self._tips = (None, self.tr("Days since the last purchase"), self.tr("Buying days in the window"),
                      self.tr("Spent in the window, main currency"), self.tr("Recency score, 5 = most recent"),
                      self.tr("Frequency score, 5 = most often"), self.tr("Monetary score, 5 = most spent"),
                      self.tr("Dormant: quiet for more than twice the usual interval between purchases"))

    def set_scores(self, scores: list[CustomerScore], currency: Optional[str]) -> None:
        self.beginResetModel()
        self._best_first, self._scores, self._currency = list(scores), list(scores), currency
        if self._sort is not None:
            self._sorted(*self._sort)
        self.endResetModel()

    def scores(self) -> list[CustomerScore]:
        return self._scores

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column; column -1 is the service's order: best R+F+M first."""
        if not -1 <= column < len(_KEYS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._scores[index.row()].contact_id for index in persistent]
        self._sort = (column, order) if column >= 0 else None
        self._sorted(column, order)
        row_of = {score.contact_id: row for row, score in enumerate(self._scores)}
        self.changePersistentIndexList(persistent, [self.index(row_of[cid], index.column())
                                                    for cid, index in zip(ids, persistent)])
        self.layoutChanged.emit()

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        if column < 0:
            self._scores = list(self._best_first)
            return
        self._scores.sort(key=_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._scores)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._titles):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._scores):
            return None
        score, column = self._scores[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MONETARY:
                main = money_text(score.monetary, self._currency)
                return f"{main} + {others_text(score.other_currencies)}" if score.other_currencies else main
            if column == STATUS:
                return {"dormant": self.tr("dormant"), "at risk": self.tr("at risk")}.get(score.status, self.tr("active"))
            return (score.display_name, score.recency_days, score.frequency, None, score.r, score.f, score.m)[column]
        if role == ValueRole:
            return _KEYS[column](score) if column != NAME else score.display_name
        if role == ContactIdRole:
            return score.contact_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return NUMBER_ALIGNMENT if column < STATUS else Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == MONETARY and score.other_currencies:
            return self.tr("Amounts in other currencies are not converted and do not count for M.")
        if role == Qt.ItemDataRole.ForegroundRole and score.status != "active" and column == STATUS:
            return QColor("#a04000")
        return None
