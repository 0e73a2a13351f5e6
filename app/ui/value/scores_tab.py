"""The Scores tab: a strip of headline figures over the RFM table."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.value import rfm
from app.services.value.rfm import ScoreReport

from ..formatting import format_date
from ..worker import Worker
from .common import count_text, fit_columns, money_text, others_text, tidy_table
from .scores_model import ScoresModel
from .tab_base import ValueTab


@dataclass
class ScoreSummary:
    customers: int  # with a purchase on or before today
    active: int
    dormant: int
    revenue: Decimal  # in the window, main currency
    currency: Optional[str]
    without_purchases: int
    customers_in_other_currencies: int
    other_currencies: dict[str, Decimal] = field(default_factory=dict)


def summarize(report: ScoreReport) -> ScoreSummary:
    others: dict[str, Decimal] = {}
    for score in report.customers:
        for code, amount in score.other_currencies.items():
            others[code] = others.get(code, Decimal("0.00")) + amount
    dormant = report.dormant
    return ScoreSummary(len(report.customers), len(report.customers) - dormant, dormant,
                        sum((c.monetary for c in report.customers), Decimal("0.00")), report.main_currency,
                        report.without_purchases, sum(1 for c in report.customers if c.other_currencies),
                        dict(sorted(others.items())))


def load_scores(db: sessionmaker[Session], today: date) -> tuple[ScoreReport, ScoreSummary]:
    report = rfm.compute_scores(db, today)
    return report, summarize(report)


class ScoresTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.summary: Optional[ScoreSummary] = None
        self.tiles: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        for key in ("customers", "active", "dormant", "revenue", "others"):
            tile = QLabel()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.setTextFormat(Qt.TextFormat.RichText)
            tile.setMinimumHeight(64)
            self.tiles[key] = tile
            strip.addWidget(tile, 2 if key in ("revenue", "others") else 1)
        self.model = ScoresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("RFM scores"))
        tidy_table(self.table)
        # No sort column until one is clicked: the service's order, best R+F+M first.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout = QVBoxLayout(self)
        layout.addLayout(strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.activated.connect(self._activated)

    def load_call(self):
        return partial(load_scores, self.db, self.today())

    def show_result(self, result: tuple[ScoreReport, ScoreSummary]) -> None:
        report, summary = result
        self.summary = summary
        self.model.set_scores(report.customers, report.main_currency)
        fit_columns(self.table)
        window = self.tr("since {start}").format(start=format_date(report.window_start))
        others = (self.tr("%Ln customer(s): {amounts}", "", summary.customers_in_other_currencies).format(
                      amounts=others_text(summary.other_currencies))
                  if summary.other_currencies else self.tr("none"))
        self._tile("customers", count_text(summary.customers), self.tr("customers with purchases ({n} never bought)")
                   .format(n=count_text(summary.without_purchases)))
        self._tile("active", count_text(summary.active), self.tr("active"))
        self._tile("dormant", count_text(summary.dormant), self.tr("dormant"))
        self._tile("revenue", money_text(summary.revenue, summary.currency),
                   self.tr("revenue {window}").format(window=window))
        self._tile("others", others, self.tr("in other currencies {window}, not converted").format(window=window),
                   big=False)

    def _tile(self, key: str, figure: str, caption: str, *, big: bool = True) -> None:
        size = "16pt" if big else "10pt"
        self.tiles[key].setText(f"<div style='font-size:{size}; font-weight:600'>{figure}</div>"
                                f"<div style='color:#666'>{caption}</div>")
