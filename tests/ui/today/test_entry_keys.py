"""The today pane from the keyboard, and what the mouse sees over an entry's buttons:
keys on the entry with the focus, Enter to open, hover, tooltips, the keys in the menu."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from app.services import calllist, contacts, interactions
from app.ui.today import entry_delegate as parts
from app.ui.today.log_call_dialog import LogCallDialog
from app.ui.today.today_model import Role
from tests.services.test_calllist import TODAY

from ..conftest import answer_modal, wait_idle
from .test_today_pane import shown


def focus(qtbot, view) -> None:
    view.window().activateWindow()
    qtbot.waitActive(view.window())
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)


def select(qtbot, view, name: str):
    """Focus `view` and make the entry `name` the current one, as the arrow keys would."""
    focus(qtbot, view)
    model = view.model()
    index = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    view.setCurrentIndex(index)
    return index


def current_name(view) -> str:
    return view.currentIndex().data()


def test_l_logs_a_call_for_the_entry_with_the_focus(qtbot, pane, db, calls):
    select(qtbot, pane.list, "Dan Overdue")

    def fill(dialog: LogCallDialog) -> None:
        assert dialog.windowTitle() == "Log call with Dan Overdue" and not dialog.kind_buttons
        dialog.summary.setPlainText("Asked about the offer")
        dialog.accept()

    seen = answer_modal(qtbot, LogCallDialog, fill)
    qtbot.keyClick(pane.list, Qt.Key.Key_L)
    assert seen, "L did not open the Log call dialog"
    qtbot.waitUntil(lambda: "Dan Overdue" not in shown(pane))
    wait_idle(qtbot, pane)
    [call, *_] = interactions.history(db, calls["Dan Overdue"])
    assert (call.kind, call.summary) == ("call", "Asked about the offer")
    assert contacts.get_contact(db, calls["Dan Overdue"]).last_contact_at.date() == TODAY
    assert pane.status.text() == "Call with Dan Overdue logged."
    assert current_name(pane.list) == "Amy Due"  # the next entry has the focus: L again calls her


def test_the_keys_copy_the_number_and_the_greeting_and_s_opens_the_snooze_menu(qtbot, pane, db, calls):
    QGuiApplication.clipboard().clear()
    select(qtbot, pane.list, "Dan Overdue")
    qtbot.keyClick(pane.list, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "+8613812345678"
    select(qtbot, pane.list, "张伟")
    qtbot.keyClick(pane.list, Qt.Key.Key_G)
    assert QGuiApplication.clipboard().text().startswith("张伟，生日快乐！")  # in his language, not the window's
    select(qtbot, pane.list, "Amy Due")
    qtbot.keyClick(pane.list, Qt.Key.Key_G)  # a cadence call has no greeting: nothing happens
    assert QGuiApplication.clipboard().text().startswith("张伟，生日快乐")

    select(qtbot, pane.list, "Fay Followup")
    qtbot.keyClick(pane.list, Qt.Key.Key_S)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.actions()[0].text() == "Tomorrow\tSat 21 Nov"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Fay Followup" not in shown(pane))
    wait_idle(qtbot, pane)
    assert calls["Fay Followup"] in [e.contact_id for e in calllist.today_list(db, TODAY + timedelta(days=1))]


def test_enter_opens_the_customer_and_the_arrows_step_over_the_section_headers(qtbot, pane, calls):
    select(qtbot, pane.list, "Amy Due")
    qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    assert current_name(pane.list) == "张伟"  # not the "Birthdays & anniversaries" header between them
    qtbot.keyClick(pane.list, Qt.Key.Key_Up)
    qtbot.keyClick(pane.list, Qt.Key.Key_Up)
    assert current_name(pane.list) == "Dan Overdue"
    qtbot.keyClick(pane.list, Qt.Key.Key_Up)  # only the first header above: stay
    assert current_name(pane.list) == "Dan Overdue"
    assert pane.list.selectionModel().isSelected(pane.list.currentIndex())
    with qtbot.waitSignal(pane.contactActivated) as opened:
        qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert opened.args == [calls["Dan Overdue"]]


def test_tabbing_into_the_list_lands_on_the_first_entry(qtbot, pane):
    focus(qtbot, pane.list)
    assert current_name(pane.list) == "Dan Overdue"


def test_the_keys_work_in_the_quadrants_too(qtbot, pane, db, calls):
    qtbot.mouseClick(pane.quadrant_toggle, Qt.MouseButton.LeftButton)
    do_now = pane.quadrants.views[0]
    select(qtbot, do_now, "Amy Due")
    answer_modal(qtbot, LogCallDialog, lambda dialog: dialog.accept())
    qtbot.keyClick(do_now, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: pane.quadrants.names(0) == [])
    wait_idle(qtbot, pane)
    assert interactions.history(db, calls["Amy Due"])[0].kind == "call"


def _hover(qtbot, pane, name: str, part: str):
    view = pane.list
    index = pane.model.index(pane.model.row_of(next(e.contact_id for e in pane.model.entries() if e.display_name == name)))
    rect = pane.delegate.hit_rect(view, index, part)
    qtbot.mouseMove(view.viewport(), rect.center())
    return view, index, rect


def test_the_button_under_the_mouse_is_drawn_hovered(qtbot, pane):
    view, index, rect = _hover(qtbot, pane, "Amy Due", "name")  # somewhere that is not a button
    assert pane.delegate.hovered_part(view, index) is None
    plain = view.viewport().grab(rect.adjusted(-4, -4, 4, 4)).toImage()
    button = pane.delegate.hit_rect(view, index, parts.LOG)
    before = view.viewport().grab(button).toImage()
    qtbot.mouseMove(view.viewport(), button.center())
    qtbot.waitUntil(lambda: pane.delegate.hovered_part(view, index) == parts.LOG)
    assert view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.waitUntil(lambda: view.viewport().grab(button).toImage() != before)  # repainted hovered
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.waitUntil(lambda: pane.delegate.hovered_part(view, index) is None)
    qtbot.waitUntil(lambda: view.viewport().grab(button).toImage() == before)
    assert view.viewport().grab(rect.adjusted(-4, -4, 4, 4)).toImage() == plain
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_a_buttons_tooltip_names_its_key(qtbot, pane):
    view, index, _rect = _hover(qtbot, pane, "Dan Overdue", parts.LOG)
    for part, key in ((parts.LOG, "(L)"), (parts.SNOOZE, "(S)"), (parts.COPY_NUMBER, "(Ctrl+Shift+C)"),
                      (parts.CALL, "(C)")):
        where = pane.delegate.hit_rect(view, index, part).center()
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where)))
        assert QToolTip.text().endswith(key), (part, QToolTip.text())
    name = pane.delegate.hit_rect(view, index, "name").center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, name, view.viewport().mapToGlobal(name)))
    assert QToolTip.text() == index.data(Qt.ItemDataRole.ToolTipRole)  # the entry's own tooltip
    QToolTip.hideText()


def test_the_context_menu_shows_the_keys(qtbot, pane):
    view = pane.list
    index = pane.model.index(pane.model.row_of(next(e.contact_id for e in pane.model.entries()
                                                    if e.display_name == "张伟")))
    where = view.visualRect(index).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where,
                                                              view.viewport().mapToGlobal(where)))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Log call…\tL", "Snooze\tS", "Copy greeting\tG", "Greetings desk…", "Open customer file\tReturn"]
    menu.close()


def test_a_holiday_takes_no_keys(qtbot, pane):
    from datetime import date

    from app.services import settings

    settings.put(pane.db, "phone_region", "ES")
    pane.set_today(date(2026, 12, 23))
    wait_idle(qtbot, pane)
    select(qtbot, pane.list, "Christmas")
    assert pane.list.currentIndex().data(Role.Entry).contact_id is None
    qtbot.keyClick(pane.list, Qt.Key.Key_L)
    qtbot.keyClick(pane.list, Qt.Key.Key_S)
    assert QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None
