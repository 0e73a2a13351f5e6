"""The Lost tab: revenue lost by reason, tier and month, and winning a lost customer back."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.models import STATUS_ACTIVE
from app.services import contacts, interactions, lifecycle
from app.ui.value.common import ValueRole
from app.ui.value.lost_model import LostContactsModel, LostGroupsModel

from ..conftest import wait_idle
from .conftest import buy, column, show_tab


@pytest.fixture
def tab(qtbot, db, shop, view):
    lifecycle.mark_lost(db, shop["Di"], "moved", date(2026, 5, 10))  # tier B; 1000 on 2025-06-01 counts
    buy(db, shop["Gus"], "2026-01-05", "20", currency="EUR")
    lifecycle.mark_lost(db, shop["Gus"], "price", date(2026, 11, 18))
    return show_tab(qtbot, view, view.lost)


def groups(model) -> dict:
    return {key: (n, revenue, others) for key, n, revenue, others in zip(
        column(model, 0), column(model, 1, ValueRole), column(model, 2, ValueRole), column(model, 3))}


def test_revenue_lost_by_reason_tier_and_month(tab):
    assert groups(tab.by["reason"]) == {"price": (2, Decimal("5000.00"), "20.00 EUR"),
                                        "moved": (1, Decimal("1000.00"), "")}
    assert groups(tab.by["tier"]) == {"A": (1, Decimal("5000.00"), ""), "B": (1, Decimal("1000.00"), ""),
                                      "no tier": (1, Decimal("0.00"), "20.00 EUR")}
    assert set(groups(tab.by["month"])) == {"2026-05", "2026-10", "2026-11"}
    assert "3 customers lost" in tab.total.text() and "6,000.00" in tab.total.text()
    assert "20.00 EUR" in tab.total.text()


def test_win_back_makes_the_selected_customer_active_and_logs_it(qtbot, db, shop, view, tab):
    assert column(tab.contacts, 0) == ["Di", "Gus", "Hal"]
    assert not tab.win_back_button.isEnabled()
    tab.contact_table.selectRow(2)
    assert tab.win_back_button.isEnabled()
    with qtbot.waitSignal(view.storeChanged):
        tab.win_back_button.click()
    wait_idle(qtbot, view)
    hal = contacts.get_contact(db, shop["Hal"])
    assert hal.status == STATUS_ACTIVE and hal.lost_reason is None
    logged = interactions.history(db, shop["Hal"])[0]
    assert logged.summary == "Won back (price, lost 2026-10-15)" and logged.occurred_at.date() == view.today()
    assert column(tab.contacts, 0) == ["Di", "Gus"]
    assert "Hal is won back" in tab.status.text()
    assert view.pareto.stale and view.scores.stale  # Hal counts there again: reloaded when shown


def test_the_models_are_sound_qt_models(qtmodeltester, tab):
    for model in (*tab.by.values(), tab.contacts, LostGroupsModel("Reason"), LostContactsModel()):
        qtmodeltester.check(model)
