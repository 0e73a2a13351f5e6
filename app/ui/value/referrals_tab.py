"""The Referrals tab: every referral tree, with what each referrer's referrals bought."""
from __future__ import annotations

from datetime import date
from functools import partial
from typing import Callable, Optional

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services.value import referrals
from app.services.value.referrals import ReferralNode, ReferrerStats

from ..worker import Worker
from .common import count_text
from .referral_model import ReferralTreeModel
from .tab_base import ValueTab

EXPAND_ALL_UP_TO = 2000  # nodes; beyond that the trees open one level only


def load_referrals(db: sessionmaker[Session], today: date) -> tuple[list[ReferralNode], list[ReferrerStats]]:
    return referrals.forest(db, today), referrals.referrer_stats(db, today)


class ReferralsTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.model = ReferralTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Referral trees"))
        self.tree.setUniformRowHeights(True)
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

    def show_result(self, result: tuple[list[ReferralNode], list[ReferrerStats]]) -> None:
        roots, stats = result
        self.model.set_forest(roots, stats)
        referred = sum(s.referred for s in stats)
        self.summary.setText(self.tr("{referrers} contacts referred {referred} others; {bought} of those bought.")
                             .format(referrers=count_text(len(stats)), referred=count_text(referred),
                                     bought=count_text(sum(s.customers for s in stats))))
        if referred + len(roots) <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)
