"""The events window as a user drives it: make an event, invite from the desk's filters, set answers
(accepting past the capacity refused with the reason), attend (the next due date moves), read the
invitations in each guest's language, the report, and print labels."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QGuiApplication
from pypdf import PdfReader

from app.models import Address
from app.services import contacts, settings
from app.services.events import calendar, guests
from app.services.events.calendar import EventData
from app.services.purchases import PurchaseData, add_purchase
from app.ui.events.event_dialog import EventDialog
from app.ui.events.events_window import EventsWindow
from app.ui.events.guests_model import STATUS
from app.ui.events.paper import print_to
from app.ui.worker import Worker

from ..conftest import closed_down, make_contact, shown, wait_idle

TODAY = date(2026, 5, 18)
NOW = datetime(2026, 5, 18, 9, 0)
EVENT_AT = datetime(2026, 5, 16, 14, 0)


@pytest.fixture
def people(db):
    settings.put(db, "language", "en")
    settings.put(db, "phone_region", "CN")
    found = {
        "张伟": make_contact(db, "张伟", title="总经理", tier="A", language="zh"),
        "María García": make_contact(db, "María García", given_name="María", family_name="García", gender="female",
                                     tier="A", language="es"),
        "John Smith": make_contact(db, "John Smith", given_name="John", tier="B", language="en"),
    }
    with db.begin() as session:
        session.add(Address(contact_id=found["张伟"], street="漕溪北路88号", city="上海市", postal_code="200030"))
    return found


@pytest.fixture
def events(qtbot, db, people):
    calendar.add_event(db, EventData("Spring lecture", EVENT_AT, kind="lecture", place="Hotel A", capacity=1))
    widget = shown(qtbot, EventsWindow(db, Worker(), today=lambda: TODAY, now=lambda: NOW), 1200, 680)
    yield widget
    closed_down(qtbot, widget)


def guest_rows(window) -> dict[str, str]:
    m = window.guests
    return {m.guest(r).display_name: m.index(r, STATUS).data() for r in range(m.rowCount())}


def choose_guests(window, *names) -> None:
    window.guest_table.clearSelection()
    for r in range(window.guests.rowCount()):
        if window.guests.guest(r).display_name in names:
            window.guest_table.selectRow(r) if len(names) == 1 else window.guest_table.selectionModel().select(
                window.guests.index(r, 0), window.guest_table.selectionModel().SelectionFlag.Select
                | window.guest_table.selectionModel().SelectionFlag.Rows)


def test_a_new_event_from_its_dialog_is_listed(qtbot, db, events, qtmodeltester):
    dialog = events.new_event()
    dialog.name.setText("Member day")
    dialog.kind.setCurrentIndex(dialog.kind.findData("member_day"))
    dialog.when.setDateTime(QDateTime(datetime(2026, 6, 1, 10, 0)))
    dialog.capacity.setValue(40)
    dialog.accept()
    wait_idle(qtbot, events)
    qtmodeltester.check(events.events)
    names = [events.events.event(r).name for r in range(events.events.rowCount())]
    assert names == ["Member day", "Spring lecture"]  # newest first
    assert events.events.index(0, 2).data() == "Member day" and events.events.index(0, 4).data() == "40"


def test_invite_from_filters_then_answers_and_attendance(qtbot, db, events, people, qtmodeltester):
    dialog = events.invite()
    wait_idle(qtbot, events)
    dialog.recipients.choose(tier="A")
    wait_idle(qtbot, events)
    assert sorted(dialog.chosen) == sorted([people["张伟"], people["María García"]])
    dialog.accept()
    wait_idle(qtbot, events)
    qtmodeltester.check(events.guests)
    assert guest_rows(events) == {"张伟": "Invited", "María García": "Invited"}
    assert "2 guests for 1 places" in events.status.text()  # a warning: some may decline
    assert events.events.index(0, 5).data() == "2"  # the Invited column of the event

    choose_guests(events, "张伟")
    events.set_status("accepted")
    wait_idle(qtbot, events)
    choose_guests(events, "María García")
    events.set_status("accepted")
    wait_idle(qtbot, events)
    assert events.status.text() == "event 'Spring lecture': 1 of 1 places are taken; 1 more cannot accept"
    assert guest_rows(events) == {"张伟": "Accepted", "María García": "Invited"}

    due_before = contacts.get_contact(db, people["张伟"]).next_due
    choose_guests(events, "张伟")
    events.set_status("attended")
    wait_idle(qtbot, events)
    assert guest_rows(events)["张伟"] == "Attended"
    zhang = contacts.get_contact(db, people["张伟"])
    assert zhang.last_contact_at == EVENT_AT and zhang.next_due != due_before


def test_invitations_each_in_the_guests_language_and_marked_sent(qtbot, db, events, people, qtmodeltester):
    event_id = events.current_event().id
    guests.invite(db, event_id, list(people.values()), TODAY)
    dialog = events.open_invitations()
    wait_idle(qtbot, events)
    qtmodeltester.check(dialog.model)
    texts = {dialog.model.greeting(r).display_name: dialog.model.greeting(r).text
             for r in range(dialog.model.rowCount())}
    assert texts["张伟"].startswith("张总") and "5月16日（周六）14:00" in texts["张伟"]
    assert "sábado 16 de mayo a las 14:00" in texts["María García"]
    assert texts["John Smith"].startswith("Dear John") and "Saturday 16 May at 14:00" in texts["John Smith"]
    dialog.table.selectRow(0)
    dialog.copy_current()
    assert QGuiApplication.clipboard().text() == dialog.model.greeting(0).text
    dialog.mark_sent()
    wait_idle(qtbot, events)
    contact = contacts.get_contact(db, dialog.model.greeting(0).contact_id)
    assert contact.last_contact_at == NOW
    assert "1 invitation logged" in dialog.status.text()


def test_the_report_shows_guests_by_tier_and_what_attendees_bought(qtbot, db, events, people):
    event_id = events.current_event().id
    guests.invite(db, event_id, list(people.values()), TODAY)
    guests.set_status(db, event_id, [people["张伟"]], "attended", TODAY, NOW)
    add_purchase(db, people["张伟"], PurchaseData(product="Purifier", purchased_on=date(2026, 5, 17),
                                                  unit_price="1200", currency="CNY"), today=TODAY)
    dialog = events.open_report()
    wait_idle(qtbot, events)
    text = " ".join(dialog.view.toPlainText().split())
    assert "Attendees 1 1 1 1,200.00 CNY 1,200.00 CNY" in text  # guests, bought, purchases, revenue, a guest
    assert "Did not attend 2 0 0 0 0" in text
    assert "A 1 0 0 1 0 2" in text  # tier A: María invited, 张伟 attended
    dialog.close()


def test_print_labels_for_the_guests(qtbot, db, events, people, tmp_path):
    event_id = events.current_event().id
    guests.invite(db, event_id, list(people.values()), TODAY)
    events.reload()
    wait_idle(qtbot, events)
    said: list[str] = []
    path = tmp_path / "labels.pdf"
    print_to(db, events.worker, "sheet", events.guests.contact_ids(), lambda: [], path, said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said[0].startswith(f"Saved to {path}: 1 customer.") and "María García" in said[0]
    assert "漕溪北路88号" in "".join(PdfReader(str(path)).pages[0].extract_text().split())
