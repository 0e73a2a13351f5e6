"""The Scores tab: the dashboard strip and the RFM table, hand-computed (see conftest)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.ui.value.common import ValueRole
from app.ui.value.scores_model import FREQUENCY, MONETARY, NAME, RECENCY, STATUS, ScoresModel

from .conftest import column, show_tab


@pytest.fixture
def tab(qtbot, view):
    return show_tab(qtbot, view, view.scores)


def rows(model) -> dict[str, tuple]:
    return {model.index(r, NAME).data(): tuple(model.index(r, c).data() for c in range(1, 8) if c != MONETARY)
            for r in range(model.rowCount())}


def test_the_table_shows_recency_frequency_monetary_and_scores(tab):
    # R by latest purchase: Di 1, Ed 2, Cy 3, Ana = Bo 4 (tie), Fay 6 -> 1, 1, 2, 3, 3, 5 (of 6 customers)
    # F: Di 0, Bo = Cy 1, Fay 2, Ana = Ed 3 -> 1, 1, 1, 3, 4, 4; M: Di, Ed, Fay, Cy, Ana = Bo -> 1, 1, 2, 3, 4, 4
    # Cy bought a purifier once, 80 days ago, where its repeat buyers come back within weeks: at risk
    # (app/services/reorder), not dormant.
    assert rows(tab.model) == {
        "Ana": (10, 3, 3, 4, 4, "active"), "Fay": (1, 2, 5, 3, 2, "active"), "Bo": (10, 1, 3, 1, 4, "active"),
        "Cy": (80, 1, 2, 1, 3, "at risk"), "Ed": (255, 3, 1, 4, 1, "dormant"), "Di": (537, 0, 1, 1, 1, "dormant")}
    assert column(tab.model, NAME) == ["Ana", "Fay", "Bo", "Cy", "Ed", "Di"]  # best first until sorted
    assert column(tab.model, MONETARY, ValueRole) == [Decimal(v) for v in ("500.00", "60.00", "500.00", "250.00",
                                                                            "30.00", "0.00")]
    fay = column(tab.model, MONETARY)[1]
    assert fay == "60.00 CNY + 40.00 EUR"  # not converted, not in M


def test_the_dashboard_counts_customers_and_revenue_and_keeps_other_currencies_apart(tab):
    summary = tab.summary
    assert (summary.customers, summary.active, summary.dormant, summary.without_purchases) == (6, 4, 2, 1)
    assert summary.revenue == Decimal("1340.00") and summary.currency == "CNY"
    assert (summary.customers_in_other_currencies, summary.other_currencies) == (1, {"EUR": Decimal("40.00")})
    texts = {key: tile.text() for key, tile in tab.tiles.items()}
    assert ">6<" in texts["customers"] and "1 never bought" in texts["customers"]
    assert ">4<" in texts["active"] and ">2<" in texts["dormant"]
    assert "1,340.00" in texts["revenue"] and "since 2025-11-20" in texts["revenue"]
    assert "1 customer: 40.00 EUR" in texts["others"]


def test_clicking_a_header_sorts_and_the_selection_follows(qtbot, tab):
    tab.table.selectRow(0)  # Ana
    tab.table.sortByColumn(RECENCY, Qt.SortOrder.AscendingOrder)
    assert column(tab.model, RECENCY) == [1, 10, 10, 80, 255, 537]
    assert tab.table.selectionModel().selectedRows()[0].data() == "Ana"
    tab.table.sortByColumn(FREQUENCY, Qt.SortOrder.DescendingOrder)
    assert column(tab.model, FREQUENCY)[:2] == [3, 3]
    tab.table.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    assert column(tab.model, STATUS)[:2] == ["dormant", "dormant"]
    tab.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert column(tab.model, NAME) == ["Ana", "Fay", "Bo", "Cy", "Ed", "Di"]


def test_a_reload_keeps_the_chosen_order(qtbot, view, tab):
    tab.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    view.reload()
    show_tab(qtbot, view, tab)
    assert column(tab.model, NAME) == ["Ana", "Bo", "Cy", "Di", "Ed", "Fay"]


def test_the_model_is_a_sound_qt_model(qtmodeltester, tab):
    qtmodeltester.check(tab.model)
    tab.model.sort(MONETARY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.model)
    qtmodeltester.check(ScoresModel())
