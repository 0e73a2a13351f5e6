"""The today pane as the salesperson sees it: sections, what each entry says, and its one-click actions."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from app.services import calllist, contacts, interactions, settings
from app.ui.today import entry_delegate as parts
from app.ui.today.log_call_dialog import LogCallDialog
from app.ui.today.today_model import Role
from tests.services.test_calllist import TODAY

from ..conftest import answer_modal, closed_down, wait_idle


def shown(pane) -> list[str]:
    model = pane.model
    return [model.index(row).data() for row in range(model.rowCount())]


def said(pane, name: str) -> tuple[str, str]:
    index = pane.model.index(pane.model.row_of(_id(pane, name)))
    return index.data(Role.When), index.data(Role.Why)


def _id(pane, name: str) -> int:
    return next(e.contact_id for e in pane.model.entries() if e.display_name == name)


def click(qtbot, pane, name: str, part: str, view=None) -> None:
    view = view or pane.list
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    index = model.index(row, 0)
    view.scrollTo(index)
    rect = pane.delegate.hit_rect(view, index, part)
    assert rect is not None and rect.width() > 0, f"{name} shows no {part}"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_entries_are_listed_in_sections_in_order(pane):
    assert shown(pane) == [
        "Due by cadence (2)", "Dan Overdue", "Amy Due",
        "Birthdays & anniversaries (1)", "张伟",
        "Follow-ups (1)", "Fay Followup",
        "After-sale (warranty) (1)", "Will Warranty",
        "Thank a referrer (1)", "Rita Referrer",
    ]
    assert said(pane, "Dan Overdue") == ("60 days overdue", "Tier C, every 30 days · last contact 90 days ago")
    assert said(pane, "Amy Due")[0] == "due today"
    when, why = said(pane, "张伟")
    assert when == "birthday on Mon 23 Nov" and why.startswith("Birthday, turns 46: 张伟，生日快乐")
    assert said(pane, "Fay Followup") == ("3 days overdue", "Follow-up: send the quote")
    assert "Purifier WP-200" in said(pane, "Will Warranty")[1]
    assert "New customer" in said(pane, "Rita Referrer")[1]
    assert "6 to call" in pane.title.text()


def test_the_title_counts_nobody_before_the_list_has_arrived(qtbot, db, calls):
    """Not "0 to call" while the list is still being read: a salesperson would take it for a free day."""
    from app.ui.today import TodayPane

    widget = TodayPane(db, today=TODAY)
    qtbot.addWidget(widget)
    assert "… to call" in widget.title.text() and "0 to call" not in widget.title.text()
    qtbot.waitUntil(lambda: "6 to call" in widget.title.text())
    wait_idle(qtbot, widget)
    closed_down(qtbot, widget)


def test_log_call_takes_the_entry_off_and_moves_the_last_contact(qtbot, pane, db, calls):
    def fill(dialog: LogCallDialog) -> None:
        dialog.summary.setPlainText("Wants the new model")
        dialog.outcome.setText("send brochure")
        dialog.follow_up_on.setDate(TODAY + timedelta(days=5))
        dialog.accept()

    seen = answer_modal(qtbot, LogCallDialog, fill)
    click(qtbot, pane, "Dan Overdue", parts.LOG)
    assert seen, "the Log call dialog did not open"
    qtbot.waitUntil(lambda: "Dan Overdue" not in shown(pane))
    wait_idle(qtbot, pane)
    cid = calls["Dan Overdue"]
    assert contacts.get_contact(db, cid).last_contact_at.date() == TODAY
    [call, *_] = interactions.history(db, cid)
    assert (call.kind, call.summary, call.outcome) == ("call", "Wants the new model", "send brochure")
    assert [e.reason for e in calllist.today_list(db, TODAY + timedelta(days=5)) if e.contact_id == cid] == ["follow_up"]
    assert shown(pane)[:2] == ["Due by cadence (1)", "Amy Due"]
    assert pane.status.text() == "Call with Dan Overdue logged."


def test_cancelling_the_dialog_logs_nothing(qtbot, pane, db, calls):
    answer_modal(qtbot, LogCallDialog, lambda dialog: dialog.reject())
    click(qtbot, pane, "Amy Due", parts.LOG)
    wait_idle(qtbot, pane)
    assert "Amy Due" in shown(pane)
    assert contacts.get_contact(db, calls["Amy Due"]).last_contact_at.date() == TODAY - timedelta(days=7)


def test_snooze_until_tomorrow_takes_the_entry_off_until_then(qtbot, pane, db, calls):
    click(qtbot, pane, "Fay Followup", parts.SNOOZE)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    tomorrow = next(a for a in menu.actions() if a.text().startswith("Tomorrow"))
    assert tomorrow.text() == "Tomorrow\tSat 21 Nov"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(tomorrow).center())
    qtbot.waitUntil(lambda: "Fay Followup" not in shown(pane))
    wait_idle(qtbot, pane)
    assert "Follow-ups (1)" not in shown(pane)  # the empty section goes too
    assert pane.status.text() == "Fay Followup snoozed until Sat 21 Nov."
    cid = calls["Fay Followup"]
    assert cid not in [e.contact_id for e in calllist.today_list(db, TODAY)]
    assert cid in [e.contact_id for e in calllist.today_list(db, TODAY + timedelta(days=1))]
    assert contacts.get_contact(db, cid).last_contact_at is None  # snoozing is not contact


def test_clicking_the_number_copies_it(qtbot, pane):
    QGuiApplication.clipboard().clear()
    click(qtbot, pane, "Dan Overdue", parts.COPY_NUMBER)
    assert QGuiApplication.clipboard().text() == "+8613812345678"
    assert "+8613812345678 copied" in pane.status.text()


def test_call_opens_a_tel_link(qtbot, pane, monkeypatch):
    from app.ui import call_dialog

    monkeypatch.setattr(call_dialog, "desktop_can_call", lambda: True)  # a desktop with a phone app

    class Phone(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def dial(self, url: QUrl) -> None:
            self.urls.append(url.toString())

    phone = Phone()
    QDesktopServices.setUrlHandler("tel", phone, "dial")
    try:
        click(qtbot, pane, "Dan Overdue", parts.CALL)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    assert phone.urls == ["tel:+8613812345678"] and pane.call_dialog is None  # no fallback needed


def test_copy_greeting_for_a_birthday(qtbot, pane):
    QGuiApplication.clipboard().clear()
    click(qtbot, pane, "张伟", parts.GREETING)
    assert QGuiApplication.clipboard().text().startswith("张伟，生日快乐！")  # in his language, not the window's
    index = pane.model.index(pane.model.row_of(_id(pane, "Amy Due")))
    assert pane.delegate.hit_rect(pane.list, index, parts.GREETING) is None  # a cadence call has no greeting


def test_double_click_asks_to_open_the_customer_file(qtbot, pane, calls):
    index = pane.model.index(pane.model.row_of(calls["Amy Due"]))
    name = pane.delegate.hit_rect(pane.list, index, "name")
    with qtbot.waitSignal(pane.contactActivated) as opened:  # a real double click: a click, then the second press
        qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=name.center())
        qtbot.mouseDClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=name.center())
    assert opened.args == [calls["Amy Due"]]


def test_a_holiday_is_a_reminder_without_call_or_snooze(qtbot, pane, db):
    settings.put(db, "phone_region", "ES")
    pane.set_today(date(2026, 12, 23))  # Christmas in two days
    wait_idle(qtbot, pane)
    assert "Holiday greetings (1)" in shown(pane)
    row = shown(pane).index("Holiday greetings (1)") + 1
    index = pane.model.index(row)
    assert index.data() == "Christmas"
    assert index.data(Role.When) == "on Fri 25 Dec" and "A and B customers" in index.data(Role.Why)
    for part in (parts.LOG, parts.SNOOZE, parts.COPY_NUMBER):
        assert pane.delegate.hit_rect(pane.list, index, part) is None
    assert index.data(Role.Quadrant) == 1  # important (the A and B customers), not yet due


def test_a_new_day_reloads_and_nobody_left_shows_a_message(qtbot, pane):
    pane.set_today(date(2026, 3, 10))  # before any of it was due, and no holiday near
    wait_idle(qtbot, pane)
    assert shown(pane) == [] and pane.stack.currentWidget() is pane.empty
    pane.set_today(TODAY)
    wait_idle(qtbot, pane)
    assert "Dan Overdue" in shown(pane) and pane.stack.currentWidget() is pane.list
