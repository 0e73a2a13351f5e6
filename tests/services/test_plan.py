"""The weekly plan: capacity, urgency, non-working days, areas, and the user's moves."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.services import calllist, contacts, interactions, settings
from app.services.errors import InvalidValue
from app.services.plan import build_plan, move_entry
from app.services.plan_sheet import plan_sheet
from tests.services.test_calllist import person

WEEK = "2026-W48"  # Monday 2026-11-23 .. Sunday 2026-11-29
MONDAY = date(2026, 11, 23)


def _city(db, cid: int, city: str) -> None:
    from app.models import Address

    with db.begin() as s:
        s.add(Address(contact_id=cid, city=city, label="Work"))


def test_most_urgent_first_within_daily_capacity(db):
    settings.put(db, "calls_per_day", 2)
    settings.put(db, "working_days", [1, 2])
    for n in range(6):  # tier A, overdue by n+1 cycles: 5 is the most urgent
        person(db, f"P{n}", tier="A", last_call=MONDAY - timedelta(days=7 * (n + 2)))
    plan = build_plan(db, WEEK)
    assert [d.day for d in plan.days] == [MONDAY, MONDAY + timedelta(days=1)]
    planned = {e.display_name for d in plan.days for e in d.entries}
    assert planned == {"P5", "P4", "P3", "P2"} and [e.display_name for e in plan.unplanned] == ["P1", "P0"]
    assert all(len(d.entries) <= 2 for d in plan.days)


def test_an_entry_due_on_a_weekend_goes_on_the_working_day_before(db):
    cid = person(db, "Weekend birthday", birthday="1975-11-28")  # a Saturday
    plan = build_plan(db, WEEK)
    friday = next(d for d in plan.days if d.day == date(2026, 11, 27))
    assert [e.display_name for e in friday.entries] == ["Weekend birthday"]
    assert sum(len(d.entries) for d in plan.days) == 1 and cid


def test_a_days_visits_are_in_one_area(db):
    settings.put(db, "calls_per_day", 3)
    for n, city in enumerate(["上海", "Madrid", "上海", "Madrid", "上海", "Madrid"]):
        _city(db, person(db, f"{city} {n}", tier="B", last_call=MONDAY - timedelta(days=20 + n)), city)
    plan = build_plan(db, WEEK)
    busy = [d for d in plan.days if d.entries]
    assert all(e.kind == "visit" for d in busy for e in d.entries)  # tier B visits every 90 days, never visited
    assert all(len({e.city for e in d.entries}) == 1 for d in busy)
    # Level (six over five days: two at most a day), and each area on as few days as that allows.
    assert max(len(d.entries) for d in busy) == 2
    assert sorted(len([d for d in busy if d.entries[0].city == city]) for city in ("Madrid", "上海")) == [2, 2]


def test_moving_an_entry_sticks(db):
    cid = person(db, "Mover", tier="A", last_call=MONDAY - timedelta(days=10))
    plan = build_plan(db, WEEK)
    assert [e.display_name for e in plan.days[0].entries] == ["Mover"]
    move_entry(db, WEEK, cid, "cadence", date(2026, 11, 26))
    plan = build_plan(db, WEEK)
    assert [e.display_name for d in plan.days for e in d.entries if d.day == date(2026, 11, 26)] == ["Mover"]
    with pytest.raises(InvalidValue, match="not in week"):
        move_entry(db, WEEK, cid, "cadence", date(2026, 12, 1))


def test_dated_entries_of_the_week_are_planned_on_their_day(db):
    cid = person(db, "Follow me")
    calllist.schedule_follow_up(db, cid, date(2026, 11, 25), "bring samples")
    plan = build_plan(db, WEEK)
    [wednesday] = [d for d in plan.days if d.day == date(2026, 11, 25)]
    assert [(e.display_name, e.detail) for e in wednesday.entries] == [("Follow me", "bring samples")]


def test_bad_week_is_a_clear_message(db):
    with pytest.raises(InvalidValue, match="ISO week"):
        build_plan(db, "next week")


def test_printable_page_names_days_people_and_reasons(db):
    cid = person(db, "王芳", tier="A", last_call=MONDAY - timedelta(days=9), organization="华通贸易",
                 phones=[("138 1234 5678", "Mobile")])
    _city(db, cid, "上海")
    html = plan_sheet(build_plan(db, WEEK)).text()
    for text in ("Week 48 · 23–29 November 2026", "Monday, 23 November", "王芳 (A)", "华通贸易", "138 1234 5678",
                 "2 days overdue", "上海", "Notes", "Last contact"):
        assert text in html, text
    assert contacts.get_contact(db, cid)


def test_one_visit_per_contact_with_all_its_reasons(db):
    from app.services.purchases import PurchaseData, add_purchase

    cid = person(db, "Two reasons", tier="A", last_call=MONDAY - timedelta(days=9), birthday="1970-11-25")
    add_purchase(db, cid, PurchaseData(product="Purifier", purchased_on=date(2024, 12, 1),
                                       warranty_until=date(2026, 12, 20)))
    plan = build_plan(db, WEEK)
    visits = [e for d in plan.days for e in d.entries]
    assert [e.display_name for e in visits] == ["Two reasons"]
    html = plan_sheet(plan).text()
    assert "Birthday" in html and "Warranty ends" in html and "Due by cadence" in html


def test_a_snoozed_visit_comes_back_on_the_day_the_snooze_ends(db):
    cid = person(db, "Snoozed", tier="A", last_call=MONDAY - timedelta(days=10))  # due before the week
    person(db, "Beyond", tier="A", last_call=MONDAY - timedelta(days=10))
    wednesday, next_monday = MONDAY + timedelta(days=2), MONDAY + timedelta(days=7)
    calllist.snooze(db, cid, wednesday)
    calllist.snooze(db, contacts.resolve(db, "Beyond"), next_monday)
    plan = build_plan(db, WEEK, today=MONDAY)
    where = {e.display_name: d.day for d in plan.days for e in d.entries}
    assert where == {"Snoozed": wednesday}  # not on Monday, not gone for the week; "Beyond" is next week's
    assert "Snoozed" not in [e.display_name for e in calllist.today_list(db, MONDAY)]
    assert "Snoozed" in [e.display_name for e in calllist.today_list(db, wednesday)]


def test_mid_week_only_the_days_left_are_planned(db):
    """On Thursday, what fell due on Monday goes on Thursday or Friday, never on a day already over."""
    thursday = MONDAY + timedelta(days=3)
    settings.put(db, "calls_per_day", 2)
    for n in range(3):
        person(db, f"Late {n}", tier="A", last_call=MONDAY - timedelta(days=9 + n))  # due before the week
    cid = person(db, "Tuesday follow-up")
    calllist.schedule_follow_up(db, cid, MONDAY + timedelta(days=1), "send the quote")  # missed: still owed
    person(db, "Monday birthday", birthday="1980-11-23")  # over before Thursday: not planned late
    plan = build_plan(db, WEEK, today=thursday)
    assert [d.day for d in plan.days] == [thursday, thursday + timedelta(days=1)] and plan.past_days == 3
    planned = {e.display_name: d.day for d in plan.days for e in d.entries}
    assert "Tuesday follow-up" in planned and "Monday birthday" not in planned
    assert len(planned) + len(plan.unplanned) == 4  # the three late ones and the follow-up; 2 a day
    late = next(e for d in plan.days for e in d.entries if e.display_name.startswith("Late"))
    assert late.days_overdue >= 3  # counted from Thursday, not from Monday
    html = plan_sheet(plan).text()
    assert "Monday, 23 November" not in html and "From Thursday, 26 November" in html


def test_a_move_to_a_day_now_over_is_forgotten(db):
    cid = person(db, "Pinned", tier="A", last_call=MONDAY - timedelta(days=10))
    move_entry(db, WEEK, cid, "cadence", MONDAY + timedelta(days=1))
    plan = build_plan(db, WEEK, today=MONDAY + timedelta(days=2))
    assert [(d.day, [e.display_name for e in d.entries]) for d in plan.days if d.entries] == [
        (MONDAY + timedelta(days=2), ["Pinned"])]


def test_after_the_last_working_day_the_week_to_plan_is_the_next(db):
    from app.services.plan import week_to_plan

    saturday = MONDAY + timedelta(days=5)
    assert week_to_plan(db, MONDAY + timedelta(days=4)) == WEEK  # Friday: Friday is left
    assert week_to_plan(db, saturday) == "2026-W49"
    over = build_plan(db, WEEK, today=saturday)
    assert over.is_over and over.days == [] and over.planned == 0
    assert build_plan(db, None, today=saturday).week == "2026-W49"
    settings.put(db, "working_days", [1, 2, 3, 4, 5, 6])  # a salesperson who works Saturdays
    assert week_to_plan(db, saturday) == WEEK


def test_a_weekly_call_before_a_birthday_does_not_hide_it(db):
    """A tier-A customer called on Monday still has Saturday's birthday in the list and the plan."""
    friday = MONDAY + timedelta(days=4)
    cid = person(db, "Called Monday", tier="A", birthday="1980-11-28", last_call=MONDAY)
    assert [e.display_name for d in build_plan(db, WEEK, today=friday).days for e in d.entries] == ["Called Monday"]
    assert [e.reason for e in calllist.today_list(db, friday) if e.contact_id == cid] == ["birthday"]
    saturday = MONDAY + timedelta(days=5)  # greeted on the day: gone
    interactions.log_interaction(db, cid, "call", when=datetime.combine(saturday, datetime.min.time()))
    assert [e.reason for e in calllist.today_list(db, saturday) if e.contact_id == cid] == []


def test_a_full_week_still_plans_fridays_birthday(db):
    """Capacity filled by overdue calls: the birthday of the week makes it, an overdue call waits instead."""
    settings.put(db, "calls_per_day", 1)
    for n in range(6):  # more overdue calls than the week's five places
        person(db, f"Late {n}", tier="A", last_call=MONDAY - timedelta(days=8 + n))
    person(db, "Friday birthday", birthday="1980-11-27")
    plan = build_plan(db, WEEK, today=MONDAY)
    friday = [e.display_name for d in plan.days if d.day == MONDAY + timedelta(days=4) for e in d.entries]
    assert friday == ["Friday birthday"] and "Friday birthday" not in [e.display_name for e in plan.unplanned]
    assert len(plan.unplanned) == 2
