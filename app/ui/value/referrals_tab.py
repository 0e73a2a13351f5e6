"""The Referrals tab: every referral tree, with what each referrer's referrals bought."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Callable, Optional

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.value import referrals

from ..worker import Worker
from .common import count_text, fit_columns, tidy_tree
from .referral_model import NO_PARENT, ReferralForest, ReferralTreeModel, flatten
from .tab_base import ValueTab

EXPAND_ALL_UP_TO = 2000  # nodes; beyond that only a few trees open one level, and many stay closed


def load_referrals(db: sessionmaker[Session], today: date) -> ReferralForest:
    return flatten(referrals.forest(db, today), referrals.referrer_stats(db, today))


class ReferralsTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.model = ReferralTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Referral trees"))
        self.tree.setUniformRowHeights(True)
        tidy_tree(self.tree)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.tree.activated.connect(self._activated)

    def load_call(self):
        return partial(load_referrals, self.db, self.today())

    def show_result(self, forest: ReferralForest) -> None:
        self.model.set_forest(forest)
        fit_columns(self.tree)
        stats = forest.stats.values()
        self.summary.setText(self.tr("{referrers} contacts referred {referred} others; {bought} of those bought.")
                             .format(referrers=count_text(len(stats)), referred=count_text(sum(s.referred for s in stats)),
                                     bought=count_text(sum(s.customers for s in stats))))
        if len(forest.nodes) <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        elif len(forest.children[NO_PARENT]) <= EXPAND_ALL_UP_TO // 10:
            self.tree.expandToDepth(0)
