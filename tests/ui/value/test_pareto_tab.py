"""The 80/20 tab: the ranking and its suggested tiers, the chart, applying tiers and undoing them."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCharts import QLineSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.value import config
from app.services.value.pareto import ParetoRow
from app.ui.value.common import ValueRole
from app.ui.value.pareto_chart import MAX_BARS, pareto_bars
from app.ui.value.pareto_model import CUMULATIVE, CURRENT, CUSTOMER, REVENUE, SUGGESTED, ParetoModel

from ..conftest import answer_modal, wait_idle
from .conftest import column, show_tab, tier_of


def answer(qtbot, button=QMessageBox.StandardButton.Yes) -> list[str]:
    """Click `button` on the next confirmation; returns the list its question is put in."""
    questions: list[str] = []

    def act(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(button).click()

    answer_modal(qtbot, QMessageBox, act)
    return questions


def tick(model, *names: str) -> None:
    for row, name in enumerate(column(model, CUSTOMER)):
        if name in names:
            assert model.setData(model.index(row, CUSTOMER), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


@pytest.fixture
def tab(qtbot, view):
    return show_tab(qtbot, view, view.pareto)


def test_the_table_ranks_customers_with_their_suggested_tiers(tab):
    model = tab.model
    assert column(model, CUSTOMER) == ["Ana", "Bo", "Cy", "Fay", "Ed", "Di", "Gus"]
    assert column(model, REVENUE, ValueRole) == [Decimal(v) for v in ("500.00", "500.00", "250.00", "60.00", "30.00",
                                                                      "0.00", "0.00")]
    assert column(model, REVENUE)[0] == "500.00 CNY"
    assert column(model, CUMULATIVE) == ["37.3 %", "74.6 %", "93.3 %", "97.8 %", "100.0 %", "100.0 %", "100.0 %"]
    assert column(model, CURRENT) == ["C", "A", "—", "—", "—", "B", "—"]
    assert column(model, SUGGESTED) == ["A", "A", "A", "B", "C", "C", "D"]
    bold = [model.index(row, SUGGESTED).data(Qt.ItemDataRole.FontRole) is not None for row in range(7)]
    assert bold == [True, False, True, True, True, True, True]  # all but Bo would change
    assert tab.summary.text().startswith("1,340.00 CNY from 5 customers since 2025-11-20 · A: 3 (1,250.00 CNY)")
    assert "6 would change tier" in tab.summary.text()
    assert "Not ranked, in other currencies: 40.00 EUR from 1 customer" in tab.summary.text()


def test_the_chart_has_tier_bars_the_cumulative_line_and_the_80_percent_line(tab):
    chart = tab.chart.chart()
    bars = [s for s in chart.series() if isinstance(s, QStackedBarSeries)]
    lines = {s.name(): s for s in chart.series() if isinstance(s, QLineSeries)}
    assert len(bars) == 1 and set(lines) == {"Cumulative share", "80 % of revenue"}
    sets = {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())] for bar_set in bars[0].barSets()}
    # one bar per paying customer: Ana, Bo, Cy (A), Fay (B), Ed (C)
    assert sets == {"Suggested A": [500, 500, 250, 0, 0], "Suggested B": [0, 0, 0, 60, 0],
                    "Suggested C": [0, 0, 0, 0, 30]}
    cumulative = [round(p.y(), 2) for p in lines["Cumulative share"].points()]
    assert cumulative == [37.31, 74.63, 93.28, 97.76, 100.0]
    eighty = lines["80 % of revenue"].points()
    assert {p.y() for p in eighty} == {80.0} and eighty[0].x() < 0 and eighty[-1].x() > 4
    share_axis = lines["80 % of revenue"].attachedAxes()[1]
    assert (share_axis.min(), share_axis.max()) == (0, 100)


def test_many_customers_share_bars_and_the_sums_are_kept():
    rows = [ParetoRow(i, f"C{i}", Decimal(1000 - i), 0.0, 100.0 * (i + 1) / 999, "A" if i < 290 else "C", None)
            for i in range(999)]
    rows.append(ParetoRow(999, "Never", Decimal(0), 0.0, 100.0, "D", None))
    bars = pareto_bars(rows)
    assert len(bars) <= MAX_BARS and bars[0].label == "1–20" and bars[-1].last == 999
    assert sum(bar.revenue for bar in bars) == float(sum(row.revenue for row in rows))
    assert bars[-1].cumulative_share == pytest.approx(100.0)
    # customers 281..300 share bar 15; the tier line runs through it after the 290th
    assert bars[14].label == "281–300"
    assert bars[14].by_tier == {"A": sum(1000 - i for i in range(280, 290)), "C": sum(1000 - i for i in range(290, 300))}


def test_applying_to_ticked_customers_changes_their_tiers_and_undo_puts_them_back(qtbot, db, shop, view, tab):
    tick(tab.model, "Ana", "Cy")
    assert tab.model.checked_ids() == [shop["Ana"], shop["Cy"]]
    asked = answer(qtbot)
    with qtbot.waitSignal(view.storeChanged):
        tab.apply_selected.click()
    wait_idle(qtbot, view)
    assert asked and "2 ticked customers" in asked[0]
    assert (tier_of(db, shop["Ana"]), tier_of(db, shop["Cy"]), tier_of(db, shop["Fay"])) == ("A", "A", None)
    assert column(tab.model, CURRENT)[:3] == ["A", "A", "A"]  # reloaded
    assert "2 customers got their suggested tier" in tab.status.text()
    assert tab.undo_last.isEnabled()

    answer(qtbot)
    with qtbot.waitSignal(view.storeChanged):
        tab.undo_last.click()
    wait_idle(qtbot, view)
    assert (tier_of(db, shop["Ana"]), tier_of(db, shop["Cy"])) == ("C", None)
    assert "2 tiers put back" in tab.status.text() and not tab.undo_last.isEnabled()


def test_apply_all_gives_every_customer_the_suggestion_and_saying_no_changes_nothing(qtbot, db, shop, view, tab):
    answer(qtbot, QMessageBox.StandardButton.No)
    tab.apply_all.click()
    wait_idle(qtbot, view)
    assert tier_of(db, shop["Ana"]) == "C"

    asked = answer(qtbot)
    tab.apply_all.click()
    wait_idle(qtbot, view)
    assert "6 customers change tier" in asked[0]
    assert {name: tier_of(db, shop[name]) for name in ("Ana", "Bo", "Cy", "Fay", "Ed", "Di", "Gus", "Hal")} == {
        "Ana": "A", "Bo": "A", "Cy": "A", "Fay": "B", "Ed": "C", "Di": "C", "Gus": "D", "Hal": "A"}  # Hal is lost
    assert not tab.apply_all.isEnabled()  # nothing left to change


def test_the_shares_are_stored_and_change_the_suggestions(qtbot, db, view, tab):
    tab.a_share.setValue(50)
    tab.b_share.setValue(30)
    tab.save_shares.click()
    wait_idle(qtbot, view)
    assert config.pareto_shares(db) == (50, 30)
    assert column(tab.model, SUGGESTED) == ["A", "A", "B", "C", "C", "C", "D"]
    assert "50 % of revenue" in [s.name() for s in tab.chart.chart().series()]
    tab.a_share.setValue(90)
    assert tab.b_share.maximum() == 10 and tab.b_share.value() == 10  # never more than 100 % together


def test_double_click_asks_to_open_the_customer(qtbot, shop, view, tab):
    index = tab.model.index(2, REVENUE)
    with qtbot.waitSignal(view.contactActivated) as opened:
        tab.table.activated.emit(index)
    assert opened.args == [shop["Cy"]]


def test_the_model_is_a_sound_qt_model(qtmodeltester, tab):
    tab.model.check_differences()
    qtmodeltester.check(tab.model)
    empty = ParetoModel()
    qtmodeltester.check(empty)
    empty.set_rows([ParetoRow(1, "One", Decimal("10.00"), 100.0, 100.0, "A", None)], "CNY")
    qtmodeltester.check(empty)


def test_the_day_is_the_views_today(db, shop):
    from app.ui.value.pareto_tab import load_pareto

    figures = load_pareto(db, date(2026, 11, 20))
    assert figures.view.window_start == date(2025, 11, 20) and figures.colours["A"].startswith("#")


def test_tick_all_changes_and_clear_ticks(tab):
    buttons = {button.text(): button for button in tab.findChildren(type(tab.apply_all))}
    buttons["Tick all changes"].click()
    assert [tab.model.index(r, CUSTOMER).data() for r in range(7)
            if tab.model.index(r, CUSTOMER).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked] == [
        "Ana", "Cy", "Fay", "Ed", "Di", "Gus"]
    buttons["Clear ticks"].click()
    assert tab.model.checked_ids() == []
    tab.apply_selected.click()  # nothing ticked: says so, asks nothing
    assert "Tick the customers" in tab.status.text()
