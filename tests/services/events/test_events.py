"""Events and invitations: the guest list, capacity, attendance as contact, invitations in each guest's
language, and the report's counts and revenue on a hand-computed fixture ("today" is a parameter)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.services import contacts, interactions, settings, tiers
from app.services.contacts import NewContact
from app.services.desk.greet import Choice
from app.services.errors import InvalidValue, NotFound
from app.services.events import calendar, guests, invitations, report
from app.services.events.calendar import EventData
from app.services.purchases import PurchaseData, add_purchase

EVENT_AT = datetime(2026, 5, 16, 14, 0)  # a Saturday
AFTER = datetime(2026, 5, 16, 18, 0)
DAY = date(2026, 5, 10)


def person(db, name, *, tier=None, **fields):
    cid = contacts.create_contact(db, NewContact(display_name=name, fields=fields), region="CN")
    if tier:
        tiers.set_tier(db, [cid], tier)
    return cid


def buy(db, cid, on, price, quantity=1, currency="CNY"):
    add_purchase(db, cid, PurchaseData(product="Purifier", purchased_on=on, unit_price=str(price), quantity=quantity,
                                       currency=currency), today=on)


@pytest.fixture
def event(db):
    settings.put(db, "language", "en")
    return calendar.add_event(db, EventData("Spring lecture", EVENT_AT, kind="lecture", place="Hotel A", capacity=3))


def test_the_report_counts_guests_by_tier_and_status_and_what_they_bought_in_the_30_days(db, event):
    a1, a2 = person(db, "Attendee One", tier="A"), person(db, "Attendee Two", tier="B")
    a3 = person(db, "Attendee Three")  # no tier
    n1, n2, n3 = person(db, "No show", tier="A"), person(db, "Declined", tier="A"), person(db, "Silent", tier="B")
    guests.invite(db, event, [a1, a2, a3, n1, n2, n3], today=DAY)
    guests.set_status(db, event, [a1, a2, n1], "accepted", today=date(2026, 5, 11))
    guests.set_status(db, event, [n2], "declined", today=date(2026, 5, 12))
    guests.set_status(db, event, [a1, a2, a3], "attended", today=date(2026, 5, 16), now=AFTER)
    guests.set_status(db, event, [n1], "no_show", today=date(2026, 5, 16), now=AFTER)
    # Bought in the window, 16 May to 14 June: attendees 1200 + 2×300 (a1) and 500 (a3); a2 nothing.
    buy(db, a1, date(2026, 5, 16), 1200)
    buy(db, a1, date(2026, 6, 14), 300, quantity=2)
    buy(db, a3, date(2026, 5, 20), 500)
    # Outside the window: the day before, and the 31st day.
    buy(db, a2, date(2026, 5, 15), 9999)
    buy(db, a2, date(2026, 6, 15), 9999)
    # Non-attendees: 250 (n1), 100 + 50 (n3).
    buy(db, n1, date(2026, 5, 30), 250)
    buy(db, n3, date(2026, 5, 17), 100)
    buy(db, n3, date(2026, 6, 1), 50)

    found = report.event_report(db, event)
    assert found.by_tier == {"A": {"attended": 1, "no_show": 1, "declined": 1}, "B": {"attended": 1, "invited": 1},
                             "": {"attended": 1}}
    assert found.totals == {"invited": 1, "accepted": 0, "declined": 1, "attended": 3, "no_show": 1}
    assert (found.attendees.guests, found.attendees.buyers, found.attendees.purchases) == (3, 2, 3)
    assert found.attendees.revenue == {"CNY": Decimal("2300.00")}
    assert found.attendees.per_guest("CNY") == Decimal("766.67")
    assert (found.others.guests, found.others.buyers, found.others.purchases) == (3, 2, 3)
    assert found.others.revenue == {"CNY": Decimal("400.00")}
    text = report.report_text(found)
    assert "Attendees: 3 guests, 2 bought, 3 purchases, CNY 2,300.00 (CNY 766.67 a guest)" in text
    assert "Did not attend: 3 guests, 2 bought, 3 purchases, CNY 400.00 (CNY 133.33 a guest)" in text
    assert "Bought from 2026-05-16 to 2026-06-14 (30 days):" in text


def test_accepting_beyond_the_capacity_is_refused_and_inviting_beyond_it_warns(db, event):
    ids = [person(db, f"Guest {n}") for n in range(5)]
    result = guests.invite(db, event, ids, today=DAY)
    assert (result.added, result.over_capacity) == (5, 2)
    guests.set_status(db, event, ids[:3], "accepted", today=DAY)
    with pytest.raises(InvalidValue, match=r"3 of 3 places are taken; 1 more cannot accept"):
        guests.set_status(db, event, [ids[3]], "accepted", today=DAY)
    assert [g.status for g in guests.guest_list(db, event) if g.contact_id == ids[3]] == ["invited"]
    guests.set_status(db, event, [ids[0]], "declined", today=DAY)  # a place frees up
    guests.set_status(db, event, [ids[3]], "accepted", today=date(2026, 5, 12))
    row = next(g for g in guests.guest_list(db, event) if g.contact_id == ids[3])
    assert (row.status, row.status_on, row.invited_on) == ("accepted", date(2026, 5, 12), DAY)
    again = guests.invite(db, event, ids[:2], today=DAY)
    assert (again.added, again.already) == (0, 2)


def test_attending_logs_a_meeting_that_moves_the_next_due_date_and_taking_it_back_removes_it(db, event):
    cid = person(db, "Li Na", tier="A")
    due_before = contacts.get_contact(db, cid).next_due
    guests.invite(db, event, [cid], today=DAY)
    with pytest.raises(InvalidValue, match="once it has begun"):
        guests.set_status(db, event, [cid], "attended", today=DAY, now=datetime(2026, 5, 10, 9))
    guests.set_status(db, event, [cid], "attended", today=date(2026, 5, 16), now=AFTER)
    logged = interactions.history(db, cid)
    assert [(i.kind, i.occurred_at, i.summary) for i in logged] == [("meeting", EVENT_AT, "Attended Spring lecture")]
    contact = contacts.get_contact(db, cid)
    assert contact.last_contact_at == EVENT_AT and contact.next_due != due_before
    assert contact.next_due == date(2026, 5, 23)  # tier A: every 7 days from the event
    guests.set_status(db, event, [cid], "no_show", today=date(2026, 5, 17), now=AFTER)
    assert interactions.history(db, cid) == []
    assert contacts.get_contact(db, cid).last_contact_at is None


def test_invitations_are_in_each_guests_language_with_the_event_date_as_it_writes_it(db, event):
    zh = person(db, "张伟", title="总经理")
    es = person(db, "María García", gender="female", family_name="García", given_name="María")
    en = person(db, "John Smith", given_name="John")
    guests.invite(db, event, [zh, es, en], today=DAY)
    texts = {g.contact_id: g for g in invitations.invitations(db, event)}
    assert texts[zh].language == "zh" and "张总" in texts[zh].text and "5月16日（周六）14:00" in texts[zh].text
    assert "Hotel A" in texts[zh].text and "Spring lecture" in texts[zh].text
    assert texts[es].language == "es" and "sábado 16 de mayo a las 14:00" in texts[es].text
    assert texts[en].language == "en" and "Saturday 16 May at 14:00" in texts[en].text
    assert "John" in texts[en].text


def test_a_logged_invitation_counts_as_contact(db, event):
    cid = person(db, "John Smith", tier="B")
    guests.invite(db, event, [cid], today=DAY)
    sent = invitations.invitations(db, event)
    invitations.log_sent(db, sent, now=datetime(2026, 5, 10, 10))
    contact = contacts.get_contact(db, cid)
    assert contact.last_contact_at == datetime(2026, 5, 10, 10)
    assert interactions.history(db, cid)[0].summary == sent[0].text


def test_the_invite_list_from_the_desks_filters(db, event):
    a = person(db, "In A", tier="A")
    person(db, "In B", tier="B")
    assert guests.chosen(db, Choice(tier="A"), DAY) == [a]


def test_events_are_found_by_id_or_name_and_bad_input_is_one_line(db, event):
    assert calendar.resolve_event(db, "spring lecture") == event
    assert calendar.resolve_event(db, str(event)) == event
    with pytest.raises(NotFound):
        calendar.resolve_event(db, "Autumn dinner")
    with pytest.raises(InvalidValue, match="kind: 'party'"):
        calendar.add_event(db, EventData("Party", EVENT_AT, kind="party"))
    with pytest.raises(InvalidValue, match="capacity"):
        calendar.add_event(db, EventData("Party", EVENT_AT, capacity=0))
    with pytest.raises(InvalidValue, match="status: 'maybe'"):
        guests.set_status(db, event, [], "maybe", today=DAY)
    listed = calendar.list_events(db)
    assert [(e.name, e.kind, e.capacity, e.guests) for e in listed] == [("Spring lecture", "lecture", 3, 0)]


def test_merging_two_customers_keeps_the_others_invitations(db, event):
    from app.services.merge import merge_contacts

    keep, other = person(db, "Li Na"), person(db, "李娜")
    second = calendar.add_event(db, EventData("Dinner", EVENT_AT, kind="dinner"))
    guests.invite(db, event, [keep, other], today=DAY)
    guests.invite(db, second, [other], today=DAY)
    merge_contacts(db, keep, other)
    assert [g.contact_id for g in guests.guest_list(db, event)] == [keep]
    assert [g.contact_id for g in guests.guest_list(db, second)] == [keep]
