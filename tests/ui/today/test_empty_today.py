"""An empty today list says why, and offers the next step: customers first, then tiers."""
from __future__ import annotations

from datetime import timedelta

from app.services import settings
from app.ui.today import TodayPane
from tests.services.test_calllist import TODAY, person

from ..conftest import closed_down, shown, wait_idle


def _empty_page(qtbot, db):
    settings.put(db, "language", "en")
    pane = shown(qtbot, TodayPane(db, today=TODAY), 900, 700)
    wait_idle(qtbot, pane)
    return pane


def _visible_buttons(pane) -> list[str]:
    return [b.text() for b in pane.empty.buttons.values() if b.isVisibleTo(pane)]


def test_a_fresh_store_asks_for_customers(qtbot, db):
    pane = _empty_page(qtbot, db)
    assert pane.stack.currentWidget() is pane.empty
    assert "Your customer file is empty" in pane.empty.message.text()
    assert _visible_buttons(pane) == ["Import contacts…", "New customer…"]
    message = pane.empty.message  # wrapped over lines, none cut off
    assert message.height() >= message.heightForWidth(message.width()) > message.fontMetrics().height() * 3
    with qtbot.waitSignal(pane.importRequested):
        pane.empty.buttons["import"].click()
    closed_down(qtbot, pane)


def test_customers_without_tiers_are_told_tiers_make_the_list(qtbot, db):
    for name in ("Ana", "Bo", "Cy"):
        person(db, name, last_call=TODAY - timedelta(days=100))
    pane = _empty_page(qtbot, db)
    assert "none of your customers has a tier yet" in pane.empty.message.text()
    assert _visible_buttons(pane) == ["Give tiers in Customers", "Suggested tiers (80/20)"]
    closed_down(qtbot, pane)


def test_tiered_customers_none_due_is_well_done(qtbot, db):
    person(db, "Ana", tier="A", last_call=TODAY - timedelta(days=1))
    pane = _empty_page(qtbot, db)
    assert pane.empty.message.text() == "Nobody to call today. Well done!" and _visible_buttons(pane) == []
    closed_down(qtbot, pane)


def test_the_main_window_takes_the_next_step(qtbot, db, window):
    person(db, "Ana")
    window.views.setCurrentWidget(window.today_pane)  # reloads: one untiered customer now
    wait_idle(qtbot, window)
    assert "none of your customers" in window.today_pane.empty.message.text()
    window.today_pane.empty.buttons["tiers"].click()
    assert window.views.currentWidget() is window.value_view
    assert window.value_view.currentWidget() is window.value_view.pareto
    window.views.setCurrentWidget(window.today_pane)
    window.today_pane.empty.buttons["customers"].click()
    assert window.views.currentIndex() == 1
    wait_idle(qtbot, window)
