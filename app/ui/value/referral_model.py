"""Who referred whom, as a tree model over referrals.forest: each node a contact, its children
the contacts it referred; per referrer, how many they referred, how many bought, and for how much.

Nodes are numbered in a flat list and an index carries its node's number (internalId), so
finding a parent is a lookup and no Python object is handed to Qt to keep alive. The list
is made by `flatten`, on the worker: tens of thousands of referrals cost the GUI thread nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from app.services.value.referrals import ReferralNode, ReferrerStats

from .common import NUMBER_ALIGNMENT, ContactIdRole, Index, ValueRole, count_text, money_text, others_text

NAME, OWN_REVENUE, REFERRED, BOUGHT, THEIR_REVENUE = range(5)
NO_PARENT = -1


@dataclass
class ReferralForest:
    nodes: list[ReferralNode] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)  # node number -> its parent's number, NO_PARENT for a root
    row: list[int] = field(default_factory=list)  # node number -> its row under its parent
    children: dict[int, list[int]] = field(default_factory=lambda: {NO_PARENT: []})
    stats: dict[int, ReferrerStats] = field(default_factory=dict)  # contact id -> their referrals' figures


def flatten(roots: Sequence[ReferralNode], stats: Sequence[ReferrerStats]) -> ReferralForest:
    forest = ReferralForest(stats={s.contact_id: s for s in stats})
    pending = [(root, NO_PARENT) for root in reversed(roots)]
    while pending:  # depth-first without recursion: referral chains can be long
        node, parent = pending.pop()
        number = len(forest.nodes)
        forest.nodes.append(node)
        forest.parent.append(parent)
        forest.row.append(len(forest.children[parent]))
        forest.children[parent].append(number)
        forest.children[number] = []
        pending.extend((child, number) for child in reversed(node.children))
    return forest


class ReferralTreeModel(QAbstractItemModel):
    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._set(ReferralForest())
        self._titles = (self.tr("Contact"), self.tr("Own revenue"), self.tr("Referred"),
                        self.tr("Of whom bought"), self.tr("Their revenue"))

    def set_forest(self, forest: ReferralForest) -> None:
        self.beginResetModel()
        self._set(forest)
        self.endResetModel()

    def _set(self, forest: ReferralForest) -> None:
        self.forest = forest
        self._nodes, self._parent, self._row = forest.nodes, forest.parent, forest.row
        self._children, self._stats = forest.children, forest.stats

    def node(self, index: Index) -> Optional[ReferralNode]:
        return self._nodes[index.internalId()] if index.isValid() else None

    # ------------------------------------------------------------------ the tree

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children[parent.internalId() if parent.isValid() else NO_PARENT]
        return self.createIndex(row, column, children[row])

    def parent(self, child: Optional[Index] = None) -> Any:  # parent() without an index is QObject's
        if child is None:
            return QObject.parent(self)
        if not child.isValid():
            return QModelIndex()
        up = self._parent[child.internalId()]
        return QModelIndex() if up == NO_PARENT else self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return len(self._children[parent.internalId()]) if parent.column() == 0 else 0
        return len(self._children[NO_PARENT])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = self._nodes[index.internalId()], index.column()
        stats = self._stats.get(node.contact_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return node.display_name
            if column == OWN_REVENUE:
                return money_text(node.revenue, node.currency) if node.revenue else ""
            if stats is None:
                return ""
            return (None, None, count_text(stats.referred), count_text(stats.customers),
                    money_text(stats.revenue, stats.currency))[column]
        if role == ValueRole:
            figures = (stats.referred, stats.customers, stats.revenue) if stats else (None, None, None)
            return (node.display_name, node.revenue, *figures)[column]
        if role == ContactIdRole:
            return node.contact_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node.other_currencies if column == OWN_REVENUE else
                                 stats.other_currencies if stats and column == THEIR_REVENUE else {})
        return None

    def _tooltip(self, others: Mapping) -> Optional[str]:
        return self.tr("Also, not converted: {amounts}").format(amounts=others_text(others)) if others else None
