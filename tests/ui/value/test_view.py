"""The value view as a whole: tabs load when shown, off the GUI thread, and stay in step with the store."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app.services import tiers
from app.ui.value import ValueView

from ..conftest import answer_modal, wait_idle
from .conftest import TODAY, show_tab


def test_only_the_tab_on_screen_loads(qtbot, view):
    assert [tab.stale for tab in view.tabs()] == [False, True, True, True, True]
    assert view.tabText(0) == "80/20" and [view.tabText(i) for i in range(1, 5)] == [
        "Scores", "Stages", "Referrals", "Lost"]
    show_tab(qtbot, view, view.lost)
    assert [tab.stale for tab in view.tabs()] == [False, True, True, True, False]


def test_a_hidden_view_loads_nothing_until_shown(qtbot, db, shop):
    widget = ValueView(db, today=TODAY)
    qtbot.addWidget(widget)
    assert not widget.worker.busy() and widget.pareto.stale
    widget.show()
    wait_idle(qtbot, widget)
    assert not widget.pareto.stale and widget.pareto.model.rowCount() == 7


def test_a_change_in_one_tab_makes_the_others_reload_when_shown(qtbot, db, shop, view):
    show_tab(qtbot, view, view.scores)
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.setCurrentWidget(view.pareto)
    wait_idle(qtbot, view)
    with qtbot.waitSignal(view.storeChanged):
        view.pareto.apply_all.click()
    wait_idle(qtbot, view)
    assert view.scores.stale and not view.pareto.stale
    tiers.set_tier(db, [shop["Bo"]], "D")  # changed elsewhere: the main window says so
    view.reload()
    wait_idle(qtbot, view)
    assert view.pareto.model.rows()[1].current == "D"


def test_today_can_be_changed(qtbot, view):
    view.set_today(date(2027, 11, 20))
    wait_idle(qtbot, view)
    assert view.pareto.figures.view.window_start == date(2026, 11, 20)
    assert view.pareto.figures.view.total == 0  # a year later, nothing bought in the window


def test_the_figures_are_fetched_off_the_gui_thread(qtbot, db, shop, monkeypatch):
    import threading

    from app.services.value import rfm

    threads = []
    compute = rfm.compute_scores
    monkeypatch.setattr(rfm, "compute_scores", lambda *args: (threads.append(threading.current_thread()),
                                                              compute(*args))[1])
    widget = ValueView(db, today=TODAY)
    qtbot.addWidget(widget)
    widget.setCurrentWidget(widget.scores)
    widget.show()
    wait_idle(qtbot, widget)
    assert threads and threads[0] is not threading.main_thread()
    assert widget.scores.model.rowCount() == 6


def test_a_failed_load_says_why_in_the_tab(qtbot, db, shop, monkeypatch):
    from app.services.errors import InvalidValue
    from app.services.value import referrals

    def broken(*_args):
        raise InvalidValue("referred by: the store says no")

    monkeypatch.setattr(referrals, "forest", broken)
    widget = ValueView(db, today=TODAY)
    qtbot.addWidget(widget)
    widget.setCurrentWidget(widget.referrals)
    widget.show()
    wait_idle(qtbot, widget)
    assert widget.referrals.status.text() == "referred by: the store says no"
