"""Acting on a visit from the week plan: its menu and keys open the customer, log the visit
(the today pane's dialog) and snooze it; the plan is built again after each."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from app.services import calllist, contacts, interactions
from app.services.plan import build_plan
from app.ui.plan.day_model import PlanRole
from app.ui.today.log_call_dialog import LogCallDialog

from ..conftest import answer_modal, wait_idle
from .conftest import MONDAY, TODAY, WEEK


def planned(view) -> list[list[str]]:
    return [column.model.names() for column in view.days]


def everywhere(view) -> list[str]:
    return [name for day in planned(view) for name in day] + view.carried_over.model.names()


def fresh_plan(db) -> list[list[str]]:
    return [[e.display_name for e in day.entries] for day in build_plan(db, WEEK, today=TODAY).days]


def card(view, name: str):
    """(list view, index) of the card `name`."""
    for column in [*view.days, view.carried_over]:
        if name in column.model.names():
            return column.view, column.model.index(column.model.names().index(name))
    raise AssertionError(f"{name} is not in the plan")


def context_menu(view, name: str) -> QMenu:
    list_view, index = card(view, name)
    where = list_view.visualRect(index).center()
    QApplication.sendEvent(list_view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                                   list_view.viewport().mapToGlobal(where)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def choose(qtbot, menu: QMenu, starts: str) -> None:
    action = next(a for a in menu.actions() if a.text().startswith(starts))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def focus_card(qtbot, view, name: str):
    list_view, index = card(view, name)
    list_view.window().activateWindow()
    qtbot.waitActive(list_view.window())
    list_view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(list_view.hasFocus)
    list_view.setCurrentIndex(index)
    return list_view


def test_the_menu_of_a_card_shows_what_it_does_and_the_keys(view):
    name = view.days[0].model.names()[0]
    menu = context_menu(view, name)
    assert [a.text() for a in menu.actions()] == ["Open customer\tReturn", "Log visit or call…\tL", "Snooze\tS"]
    snooze = [a.text() for a in menu.actions()[2].menu().actions()]
    assert snooze[:3] == ["The day after\tTue 24 Nov", "3 days later\tThu 26 Nov", "The week after\tMon 30 Nov"]
    menu.close()


def test_logging_a_visit_from_the_menu_records_it_and_builds_the_plan_again(qtbot, view, db, week):
    name = view.days[0].model.names()[0]
    cid = week[name]
    before = fresh_plan(db)

    def fill(dialog: LogCallDialog) -> None:
        assert dialog.windowTitle() == f"Log a visit or call with {name}"
        assert dialog.kind_buttons["visit"].isChecked()  # from the visit plan, a visit unless told
        dialog.summary.setPlainText("Showed the new catalogue")
        dialog.outcome.setText("order next week")
        dialog.accept()

    seen = answer_modal(qtbot, LogCallDialog, fill)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        choose(qtbot, context_menu(view, name), "Log visit or call…")
    wait_idle(qtbot, view)
    assert seen
    [visit, *_] = interactions.history(db, cid)
    assert (visit.kind, visit.summary, visit.outcome) == ("visit", "Showed the new catalogue", "order next week")
    assert contacts.get_contact(db, cid).last_contact_at.date() == TODAY
    assert view.status.text() == f"Visit with {name} logged."
    after = fresh_plan(db)
    assert after != before and planned(view) == after  # what the store says now
    index = card(view, name)[1] if name in everywhere(view) else None
    assert index is None or "overdue" not in index.data(PlanRole.Why)  # visited today: due again in a week


def test_a_call_can_be_logged_instead(qtbot, view, db, week):
    name = view.days[1].model.names()[0]

    def call(dialog: LogCallDialog) -> None:
        dialog.kind_buttons["call"].click()
        dialog.accept()

    answer_modal(qtbot, LogCallDialog, call)
    list_view = focus_card(qtbot, view, name)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClick(list_view, Qt.Key.Key_L)
    wait_idle(qtbot, view)
    assert interactions.history(db, week[name])[0].kind == "call"
    assert view.status.text() == f"Call with {name} logged."


def test_s_snoozes_the_whole_visit_to_a_later_day_of_the_week(qtbot, view, db, week):
    name = view.days[0].model.names()[0]  # on Monday 23 Nov
    cid = week[name]
    calllist.schedule_follow_up(db, cid, MONDAY, "bring samples")  # a second reason, same visit, same day
    with qtbot.waitSignal(view.loaded):
        view.reload()
    list_view = focus_card(qtbot, view, name)
    qtbot.keyClick(list_view, Qt.Key.Key_S)
    menu = QApplication.activePopupWidget()
    # Counted from the card's day, not from today (Friday 20 Nov, before the week).
    assert isinstance(menu, QMenu) and menu.actions()[0].text() == "The day after\tTue 24 Nov"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    wait_idle(qtbot, view)
    days = planned(view)
    assert name not in days[0] and everywhere(view).count(name) == 1  # one visit, neither reason left on Monday
    # Back from Tuesday, where the snooze ends: on a later day, or carried over when those are full.
    assert any(name in day for day in days[1:]) or name in view.carried_over.model.names()
    assert planned(view) == fresh_plan(db)
    assert view.status.text() == f"{name} snoozed until Tue 24 Nov."
    monday = [e.reason for e in calllist.today_list(db, TODAY + timedelta(days=3)) if e.contact_id == cid]
    assert monday == []  # the today list on Monday agrees


def test_enter_and_open_customer_ask_to_open_the_customer_file(qtbot, view, week):
    name = view.days[2].model.names()[0]
    cid = view.days[2].model.index(0).data(PlanRole.ContactId)
    list_view = focus_card(qtbot, view, name)
    with qtbot.waitSignal(view.contactActivated) as opened:
        qtbot.keyClick(list_view, Qt.Key.Key_Return)
    assert opened.args == [cid] and cid is not None
    with qtbot.waitSignal(view.contactActivated) as opened:
        choose(qtbot, context_menu(view, name), "Open customer")
    assert opened.args == [cid]
