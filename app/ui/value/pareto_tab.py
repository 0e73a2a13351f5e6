"""The 80/20 tab: the chart, the ranking with suggested tiers, and applying or undoing them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import tiers
from app.services.value import config, pareto, tier_log
from app.services.value.pareto import ParetoView

from ..formatting import format_date
from ..worker import Worker
from .common import count_text, fit_columns, money_text, others_text, tidy_table
from .pareto_chart import Bar, ParetoChart, pareto_bars
from .pareto_model import ParetoModel
from .tab_base import ValueTab


@dataclass
class ParetoFigures:
    view: ParetoView
    bars: list[Bar]
    colours: dict[str, str]  # tier code -> colour
    can_undo: bool  # an applied batch is not undone yet
    paying: int  # customers with revenue in the window
    changes: int  # customers whose suggested tier is not their tier
    by_tier: dict[str, tuple[int, Decimal]]  # suggested tier -> (customers, revenue)


def load_pareto(db: sessionmaker[Session], today: date) -> ParetoFigures:
    """Counted here, on the worker, so that 100,000 rows cost the GUI thread nothing."""
    view = pareto.pareto_view(db, today)
    return ParetoFigures(view, pareto_bars(view.rows), {t.code: t.colour for t in tiers.list_tiers(db)},
                         any(batch.undone_at is None for batch in tier_log.history(db)),
                         sum(1 for row in view.rows if row.revenue > 0), len(view.differences()), view.summary())


class ParetoTab(ValueTab):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(db, worker, today, parent)
        self.figures: Optional[ParetoFigures] = None
        self.chart = ParetoChart(self)
        self.model = ParetoModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Customers ranked by revenue"))
        tidy_table(self.table)
        self.a_share, self.b_share = QSpinBox(), QSpinBox()
        for box in (self.a_share, self.b_share):
            box.setRange(0, 100)
            box.setSuffix(" %")
        self.save_shares = QPushButton(self.tr("Use these shares"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        tick = QPushButton(self.tr("Tick all changes"))
        clear = QPushButton(self.tr("Clear ticks"))
        self.apply_selected = QPushButton(self.tr("Apply to selected"))
        self.apply_all = QPushButton(self.tr("Apply all"))
        self.undo_last = QPushButton(self.tr("Undo last"))

        shares = QHBoxLayout()
        shares.addWidget(QLabel(self.tr("A: the customers making the first")))
        shares.addWidget(self.a_share)
        shares.addWidget(QLabel(self.tr("of revenue; B: the next")))
        shares.addWidget(self.b_share)
        shares.addWidget(self.save_shares)
        shares.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([420, 360])
        buttons = QHBoxLayout()
        for button in (tick, clear):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.apply_selected, self.apply_all, self.undo_last):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(shares)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.a_share.valueChanged.connect(self._limit_b)
        self.save_shares.clicked.connect(self.store_shares)
        tick.clicked.connect(self.model.check_differences)
        clear.clicked.connect(partial(self.model.set_checked, ()))
        self.apply_selected.clicked.connect(self.apply_to_checked)
        self.apply_all.clicked.connect(self.apply_to_all)
        self.undo_last.clicked.connect(self.undo)
        self.table.activated.connect(self._activated)

    def load_call(self):
        return partial(load_pareto, self.db, self.today())

    def show_result(self, figures: ParetoFigures) -> None:
        view = figures.view
        self.figures = figures
        self.a_share.setValue(view.a_share)
        self.b_share.setValue(view.b_share)
        self.model.set_rows(view.rows, view.main_currency)
        fit_columns(self.table)
        self.chart.show_bars(figures.bars, view.main_currency, view.a_share, figures.colours)
        self.undo_last.setEnabled(figures.can_undo)
        self.apply_all.setEnabled(bool(figures.changes))
        self.summary.setText(self._summary_text(figures))

    def _summary_text(self, figures: ParetoFigures) -> str:
        view = figures.view
        if not figures.paying and not view.other_currencies:
            return self.tr("No purchases since {start}. Record what customers buy (the Purchases tab of a customer's "
                           "file, or rapport buy) and they are ranked here by revenue.").format(
                start=format_date(view.window_start))
        parts = [self.tr("{total} from %Ln customer(s) since {start}", "", figures.paying).format(
            total=money_text(view.total, view.main_currency),
            start=format_date(view.window_start))]
        parts += [self.tr("{tier}: {n} ({revenue})").format(tier=tier, n=count_text(n), revenue=money_text(
            revenue, view.main_currency)) for tier, (n, revenue) in figures.by_tier.items()]
        parts.append(self.tr("{n} would change tier").format(n=count_text(figures.changes)))
        text = " · ".join(parts)
        if view.other_currencies:
            text += "\n" + (self.tr("Not ranked, in other currencies: {amounts} from %Ln customer(s) (those who "
                                     "bought only in them keep their tier)", "", view.customers_in_other_currencies)
                            .format(amounts=others_text(view.other_currencies)))
        return text

    @Slot(int)
    def _limit_b(self, a_share: int) -> None:
        self.b_share.setMaximum(100 - a_share)

    @Slot()
    def store_shares(self) -> None:
        a_share, b_share = self.a_share.value(), self.b_share.value()
        self.write(partial(config.set_pareto_shares, self.db, a_share, b_share),
                   lambda _none: self.tr("Tiers are now suggested with A {a} % and B {b} %.").format(a=a_share, b=b_share),
                   changes_store=False)

    @Slot()
    def apply_to_checked(self) -> None:
        chosen = self.model.checked_ids()
        if not chosen:
            self.status.setText(self.tr("Tick the customers whose suggested tier you want first."))
            return
        ticked = set(chosen)
        changing = sum(1 for row in self.model.rows() if row.contact_id in ticked and row.differs)
        if self._confirm(self.tr("Give the {n} ticked customers their suggested tier? {changing} of them change "
                                 "tier. “Undo last” puts the old tiers back.").format(n=len(chosen), changing=changing)):
            self._apply(chosen)

    @Slot()
    def apply_to_all(self) -> None:
        changing = self.figures.changes if self.figures else 0
        if self._confirm(self.tr("Give every customer their suggested tier? %Ln customer(s) change tier. "
                                 "“Undo last” puts the old tiers back.", "", changing)):
            self._apply(None)

    def _apply(self, contact_ids: Optional[list[int]]) -> None:
        self.write(partial(tier_log.apply_suggestions, self.db, self.today(), contact_ids), self._applied_text)
        self.model.set_checked(())

    def _applied_text(self, result: tier_log.ApplyResult) -> str:
        if not result.changed:
            return self.tr("Nothing to change: those customers already have their suggested tier.")
        return self.tr("%Ln customer(s) got their suggested tier.", "", result.changed)

    @Slot()
    def undo(self) -> None:
        if self._confirm(self.tr("Put back the tiers the last “Apply” changed?")):
            self.write(partial(tier_log.undo, self.db), lambda result: self.tr(
                "{n} tiers put back; {skipped} changed again since, left as they are.").format(
                n=count_text(result.restored), skipped=count_text(result.skipped)))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Tiers"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
