"""The 80/20 chart: revenue per customer, ranked, as bars coloured by suggested tier; the
cumulative share as a line on a second axis (0–100 %); a flat line at the A share (80 %).

Beyond MAX_BARS customers, neighbours in the ranking share a bar (its height is their
revenue together), so 100,000 customers draw as fast and as legibly as 50.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.services.value.pareto import ParetoRow

MAX_BARS = 50
BAR_TIERS = ("A", "B", "C")  # customers with revenue are never suggested D
FALLBACK_COLOURS = {"A": "#c0392b", "B": "#e67e22", "C": "#2980b9"}


@dataclass(frozen=True)
class Bar:
    first: int  # ranks (from 1) of the first and last customer in the bar
    last: int
    cumulative_share: float  # % of revenue, up to and including the last customer
    by_tier: dict[str, float] = field(default_factory=dict)  # suggested tier -> revenue

    @property
    def label(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"

    @property
    def revenue(self) -> float:
        return sum(self.by_tier.values())


def pareto_bars(rows: Sequence[ParetoRow], max_bars: int = MAX_BARS) -> list[Bar]:
    """The customers with revenue, biggest first, in at most `max_bars` bars of equal size."""
    paying = [row for row in rows if row.revenue > 0]
    size = max(1, math.ceil(len(paying) / max_bars))
    bars = []
    for start in range(0, len(paying), size):
        chunk = paying[start:start + size]
        by_tier: dict[str, float] = {}
        for row in chunk:
            by_tier[row.suggested] = by_tier.get(row.suggested, 0.0) + float(row.revenue)
        bars.append(Bar(start + 1, start + len(chunk), chunk[-1].cumulative_share, by_tier))
    return bars


class ParetoChart(QChartView):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.bars_series: Optional[QStackedBarSeries] = None
        self.cumulative: Optional[QLineSeries] = None
        self.threshold: Optional[QLineSeries] = None
        self.setChart(self._new_chart())

    def show_bars(self, bars: Sequence[Bar], currency: Optional[str], a_share: int,
                  colours: Mapping[str, str]) -> None:
        old, chart = self.chart(), self._new_chart()
        per_bar = bars[0].last - bars[0].first + 1 if bars else 1
        self.bars_series = QStackedBarSeries()
        for tier in BAR_TIERS:
            values = [bar.by_tier.get(tier, 0.0) for bar in bars]
            if any(values):
                bar_set = QBarSet(self.tr("Suggested {tier}").format(tier=tier))
                bar_set.append(values)
                bar_set.setColor(QColor(colours.get(tier) or FALLBACK_COLOURS[tier]))
                bar_set.setBorderColor(QColor(Qt.GlobalColor.transparent))
                self.bars_series.append(bar_set)
        self.bars_series.setBarWidth(0.9)
        self.cumulative = QLineSeries()
        self.cumulative.setName(self.tr("Cumulative share"))
        self.cumulative.append([QPointF(i, bar.cumulative_share) for i, bar in enumerate(bars)])
        self.cumulative.setPen(QPen(QColor("#2c3e50"), 2))
        self.threshold = QLineSeries()
        self.threshold.setName(self.tr("{share} % of revenue").format(share=a_share))
        self.threshold.append([QPointF(-0.5, a_share), QPointF(max(len(bars), 1) - 0.5, a_share)])
        self.threshold.setPen(QPen(QColor("#7f8c8d"), 1.5, Qt.PenStyle.DashLine))
        for series in (self.bars_series, self.cumulative, self.threshold):
            chart.addSeries(series)
        ranks = QBarCategoryAxis()
        ranks.append([bar.label for bar in bars] or [""])
        ranks.setLabelsAngle(-90 if per_bar > 1 or len(bars) > 20 else 0)
        ranks.setTitleText(self.tr("Customers ranked by revenue") if per_bar == 1 else
                           self.tr("Customers ranked by revenue, {n} per bar").format(n=per_bar))
        revenue = QValueAxis()
        revenue.setLabelFormat("%.0f")
        revenue.setTitleText(self.tr("Revenue ({currency})").format(currency=currency) if currency
                             else self.tr("Revenue"))
        share = QValueAxis()
        share.setRange(0, 100)
        share.setTickCount(6)
        share.setLabelFormat("%.0f %")  # localized labels take the text around the number as it is
        share.setTitleText(self.tr("Cumulative share"))
        chart.addAxis(ranks, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(revenue, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
        self.bars_series.attachAxis(ranks)
        self.bars_series.attachAxis(revenue)
        for line in (self.cumulative, self.threshold):
            line.attachAxis(ranks)
            line.attachAxis(share)
        if bars:
            revenue.setRange(0, max(bar.revenue for bar in bars) * 1.05)
            revenue.applyNiceNumbers()
        else:  # no scale to read: an axis of 0, 1, 1, 2 said nothing true
            chart.setTitle(self.tr("No revenue in the window yet: the chart fills in as customers buy."))
            revenue.setRange(0, 1)
            for axis in (revenue, share):
                axis.setLabelsVisible(False)
            chart.legend().hide()
        self.setChart(chart)
        old.deleteLater()  # setChart releases the old chart without deleting it

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setLocalizeNumbers(True)  # 60,000 / 60.000 as the user writes numbers
        return chart
