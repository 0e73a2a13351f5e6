"""The Lost tab: revenue lost by reason, tier and month, the lost customers one by one (narrowed by
a row of the report), opening one, and winning some back after saying yes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from app.models import STATUS_ACTIVE, STATUS_LOST
from app.services import contacts, interactions, lifecycle
from app.ui.value.common import ValueRole
from app.ui.value.lost_model import LostCustomersModel, LostGroupsModel

from ..conftest import answer_modal, wait_idle
from .conftest import buy, column, show_tab


@pytest.fixture
def tab(qtbot, db, shop, view):
    """Lost: Hal (A, price, 2026-10-15; 5000), Di (B, moved, 2026-05-10; 1000 on 2025-06-01 counts),
    Gus (no tier, price, 2026-11-18; only EUR 20). The list: Hal, Di, Gus (most revenue lost first)."""
    lifecycle.mark_lost(db, shop["Di"], "moved", date(2026, 5, 10))
    buy(db, shop["Gus"], "2026-01-05", "20", currency="EUR")
    lifecycle.mark_lost(db, shop["Gus"], "price", date(2026, 11, 18))
    return show_tab(qtbot, view, view.lost)


def groups(model) -> dict:
    return {key: (n, revenue, others) for key, n, revenue, others in zip(
        column(model, 0), column(model, 1, ValueRole), column(model, 2, ValueRole), column(model, 3))}


def names(tab) -> list[str]:
    return column(tab.customers, 0)


def click_row(qtbot, table, row: int, *, double: bool = False) -> None:
    """Click (or double-click) the row's first cell, as the user does."""
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def row_of(model, key: str) -> int:
    return column(model, 0, ValueRole).index(key)


def answer(qtbot, button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` on the next question; returns the list the question's text is put in."""
    questions: list[str] = []

    def act(box: QMessageBox) -> None:
        questions.append(box.text())
        box.button(button).click()

    answer_modal(qtbot, QMessageBox, act)
    return questions


SELECT_ROW = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def select(tab, *rows: int) -> None:
    """Select these rows of the customer list, as ctrl-clicks would."""
    tab.customer_table.clearSelection()
    for row in rows:
        tab.customer_table.selectionModel().select(tab.customers.index(row, 0), SELECT_ROW)


def test_revenue_lost_by_reason_tier_and_month(tab):
    assert groups(tab.by["reason"]) == {"price": (2, Decimal("5000.00"), "20.00 EUR"),
                                        "moved": (1, Decimal("1000.00"), "")}
    assert groups(tab.by["tier"]) == {"A": (1, Decimal("5000.00"), ""), "B": (1, Decimal("1000.00"), ""),
                                      "no tier": (1, Decimal("0.00"), "20.00 EUR")}
    assert set(groups(tab.by["month"])) == {"2026-05", "2026-10", "2026-11"}
    assert "3 customers lost" in tab.total.text() and "6,000.00" in tab.total.text()
    assert "20.00 EUR" in tab.total.text()


def test_the_lost_customers_are_listed_with_what_each_took_away(db, shop, tab):
    model = tab.customers
    rows = [[model.index(row, col).data() for col in range(model.columnCount())] for row in range(model.rowCount())]
    assert rows == [
        ["Hal", "", "A", "2026-10-15", "price", "5,000.00 CNY", "", ""],
        ["Di", "", "B", "2026-05-10", "moved", "1,000.00 CNY", "", ""],
        ["Gus", "", "—", "2026-11-18", "price", "0.00 CNY", "20.00 EUR", ""],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Lost customer", "Organisation", "Tier", "Lost on", "Reason", "Revenue lost", "Other currencies",
        "Last contact"]
    assert tab.shown.text().startswith("3 lost customers.") and not tab.show_all.isVisibleTo(tab)


def test_a_row_of_the_report_narrows_the_list_and_show_all_brings_everyone_back(qtbot, tab):
    click_row(qtbot, tab.tables["reason"], row_of(tab.by["reason"], "moved"))
    assert names(tab) == ["Di"]
    assert tab.shown.text() == "1 of 3 lost customers · Reason: moved"
    assert tab.show_all.isVisibleTo(tab)
    click_row(qtbot, tab.tables["reason"], row_of(tab.by["reason"], "price"))
    assert names(tab) == ["Hal", "Gus"]
    tab.tables["tier"].selectRow(row_of(tab.by["tier"], "none"))  # by keyboard or code, the same
    assert names(tab) == ["Gus"] and tab.shown.text() == "1 of 3 lost customers · Tier: no tier"
    assert not tab.tables["reason"].selectionModel().hasSelection()  # one group at a time
    tab.show_all.click()
    assert names(tab) == ["Hal", "Di", "Gus"]
    assert not any(t.selectionModel().hasSelection() for t in tab.tables.values())
    assert not tab.show_all.isVisibleTo(tab)


def test_double_click_or_enter_opens_the_customer(qtbot, shop, view, tab):
    with qtbot.waitSignal(view.contactActivated) as opened:
        click_row(qtbot, tab.customer_table, 1, double=True)
    assert opened.args == [shop["Di"]]
    tab.customer_table.setFocus()
    tab.customer_table.setCurrentIndex(tab.customers.index(2, 3))
    with qtbot.waitSignal(view.contactActivated) as opened:
        qtbot.keyClick(tab.customer_table, Qt.Key.Key_Return)
    assert opened.args == [shop["Gus"]]
    with qtbot.waitSignal(view.contactActivated) as opened:
        tab.open_action.trigger()  # the table's context menu
    assert opened.args == [shop["Gus"]]


def test_win_back_asks_first_and_no_changes_nothing(qtbot, db, shop, view, tab):
    assert not tab.win_back_button.isEnabled()
    select(tab, 0)
    assert tab.win_back_button.isEnabled() and tab.win_back_action.isEnabled()
    asked = answer(qtbot, QMessageBox.StandardButton.No)
    changed: list = []
    view.storeChanged.connect(lambda: changed.append(True))
    tab.win_back_button.click()
    wait_idle(qtbot, view)
    assert asked and asked[0].startswith("Win back Hal? They become an active customer again")
    assert contacts.get_contact(db, shop["Hal"]).status == STATUS_LOST
    assert interactions.history(db, shop["Hal"]) == []
    assert names(tab) == ["Hal", "Di", "Gus"] and not changed and not view.pareto.stale


def test_win_back_after_yes_makes_the_customer_active_and_logs_it(qtbot, db, shop, view, tab):
    select(tab, 0)
    asked = answer(qtbot, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.storeChanged):
        tab.win_back_button.click()
    wait_idle(qtbot, view)
    assert asked and "Hal" in asked[0]
    hal = contacts.get_contact(db, shop["Hal"])
    assert hal.status == STATUS_ACTIVE and hal.lost_reason is None and hal.lost_on is None
    logged = interactions.history(db, shop["Hal"])[0]
    assert logged.summary == "Won back (price, lost 2026-10-15)" and logged.occurred_at.date() == view.today()
    assert names(tab) == ["Di", "Gus"]
    assert "Hal is won back" in tab.status.text()
    assert "Won back: 1 of 3 losses (33 %): price 1 of 2, moved 0 of 1" in tab.total.text()
    assert view.pareto.stale and view.scores.stale  # Hal counts there again: reloaded when shown


def test_win_back_several_names_the_count_and_keeps_the_list_narrowed(qtbot, db, shop, view, tab):
    lifecycle.mark_lost(db, shop["Ana"], "price", date(2026, 11, 1))
    tab.reload()
    wait_idle(qtbot, view)
    click_row(qtbot, tab.tables["reason"], row_of(tab.by["reason"], "price"))
    assert names(tab) == ["Hal", "Ana", "Gus"]
    select(tab, 0, 2)
    asked = answer(qtbot, QMessageBox.StandardButton.Yes)
    tab.win_back_action.trigger()
    wait_idle(qtbot, view)
    assert asked and asked[0].startswith("Win back these 2 customers?")
    assert [contacts.get_contact(db, shop[n]).status for n in ("Hal", "Gus", "Ana")] == [
        STATUS_ACTIVE, STATUS_ACTIVE, STATUS_LOST]
    assert "2 customers are won back" in tab.status.text()
    assert names(tab) == ["Ana"] and tab.shown.text() == "1 of 2 lost customers · Reason: price"
    assert tab.tables["reason"].selectionModel().selectedRows()[0].data(ValueRole) == "price"


def test_winning_back_the_last_of_a_group_shows_everyone_again(qtbot, db, shop, view, tab):
    click_row(qtbot, tab.tables["reason"], row_of(tab.by["reason"], "moved"))
    select(tab, 0)
    answer(qtbot, QMessageBox.StandardButton.Yes)
    tab.win_back_button.click()
    wait_idle(qtbot, view)
    assert names(tab) == ["Hal", "Gus"] and tab.customers.filter() is None
    assert tab.shown.text().startswith("2 lost customers.")


def test_the_models_are_sound_qt_models(qtmodeltester, tab):
    for model in (*tab.by.values(), tab.customers, LostGroupsModel("Reason"), LostCustomersModel()):
        qtmodeltester.check(model)
    tab.set_filter("reason", "price")
    qtmodeltester.check(tab.customers)
