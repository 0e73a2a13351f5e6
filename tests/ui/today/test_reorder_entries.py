"""Today's "due to reorder" entries as the salesperson sees them, and gone once the customer buys."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QGuiApplication

from app.services import settings
from app.services.purchases import PurchaseData, add_purchase
from app.ui.today import entry_delegate as parts
from tests.services.test_calllist import TODAY, person

from ..conftest import closed_down, shown, wait_idle
from .test_today_pane import click, said
from .test_today_pane import shown as rows


@pytest.fixture
def buyers(db):
    """Tess buys toner every 30 days, last on Oct 25: expected on Nov 24, within the 7 days ahead of Friday the 20th."""
    settings.put(db, "language", "en")
    tess = person(db, "Tess Toner", phones=[("138 1234 5678", "Mobile")], language="en", given_name="Tess")
    for days_ago in (116, 86, 56, 26):
        add_purchase(db, tess, PurchaseData("Toner", TODAY - timedelta(days=days_ago), model="TN-2420"))
    return {"Tess Toner": tess}


@pytest.fixture
def pane(qtbot, db, buyers):
    from app.ui.today import TodayPane

    widget = shown(qtbot, TodayPane(db, today=TODAY), 1000, 700)
    qtbot.waitUntil(lambda: all(e.filled for e in widget.model.entries()))
    wait_idle(qtbot, widget)
    yield widget
    closed_down(qtbot, widget)


def test_a_reorder_entry_names_the_product_the_interval_and_the_day(qtbot, pane, db, buyers, qtmodeltester):
    qtmodeltester.check(pane.model)
    assert rows(pane) == ["Due to reorder (1)", "Tess Toner"]
    assert said(pane, "Tess Toner") == (
        "due on Tue 24 Nov", "Due to reorder: Toner TN-2420, usually every 30 days, expected Tue 24 Nov")
    QGuiApplication.clipboard().clear()
    click(qtbot, pane, "Tess Toner", parts.GREETING)
    assert QGuiApplication.clipboard().text().startswith("Hello Tess, it is about 26 days since your last Toner")


def test_the_entry_goes_once_the_customer_buys(qtbot, pane, db, buyers):
    add_purchase(db, buyers["Tess Toner"], PurchaseData("toner", TODAY, model="tn-2420"))
    pane.reload()
    qtbot.waitUntil(lambda: rows(pane) == [])
