"""A level week: spread over the working days, dated entries never late, tier A never carried over
while a lower tier is planned, the carried-over entries on next week's plan."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings as hsettings, strategies as st

from app.services import interactions, settings
from app.services.calllist import CallEntry
from app.services.plan import build_plan
from app.services.plan_level import is_dated, level_week, tolerance
from tests.services.test_calllist import person

FRIDAY = date(2026, 12, 4)  # the day the customers were tiered
W50 = "2026-W50"  # Monday 7 .. Sunday 13 December 2026
MONDAY50 = date(2026, 12, 7)


def _planned(plan) -> dict[str, date]:
    return {e.display_name: d.day for d in plan.days for e in d.entries}


def test_22_customers_tiered_on_one_day_are_spread_level_over_next_week(db):
    for n in range(22):
        person(db, f"A{n:02d}", tier="A", tiered_on=FRIDAY)
    plan = build_plan(db, W50, today=FRIDAY)
    counts = [len(d.entries) for d in plan.days]
    assert len(counts) == 5 and sum(counts) == 22 and max(counts) - min(counts) <= 1, counts
    assert plan.unplanned == []


def test_a_birthday_is_planned_on_its_day_not_after(db):
    for n in range(22):
        person(db, f"A{n:02d}", tier="A", tiered_on=FRIDAY)
    person(db, "Thursday birthday", birthday="1980-12-10")
    plan = build_plan(db, W50, today=FRIDAY)
    assert _planned(plan)["Thursday birthday"] == date(2026, 12, 10)


def test_tier_a_is_never_carried_over_while_a_lower_tier_is_planned(db):
    settings.put(db, "calls_per_day", 2)  # ten places in the week
    for n in range(9):  # long overdue, many cycles
        person(db, f"D{n}", tier="D", last_call=MONDAY50 - timedelta(days=400))
    for n in range(4):  # one day overdue
        person(db, f"A{n}", tier="A", last_call=MONDAY50 - timedelta(days=8))
    plan = build_plan(db, W50, today=MONDAY50)
    planned = _planned(plan)
    assert {f"A{n}" for n in range(4)} <= set(planned)
    assert len(plan.unplanned) == 3 and all(e.tier == "D" for e in plan.unplanned)


def test_carried_over_entries_are_on_next_weeks_plan(db):
    settings.put(db, "calls_per_day", 3)
    for n in range(20):
        person(db, f"C{n:02d}", tier="C", last_call=MONDAY50 - timedelta(days=31 + n))
    plan = build_plan(db, W50, today=MONDAY50)
    assert len(plan.unplanned) == 5 and plan.carried_to == "2026-W51"
    for day in plan.days:  # the week done as planned
        for e in day.entries:
            moment = datetime.combine(day.day, datetime.min.time())
            interactions.log_interaction(db, e.contact_id, "call", when=moment, now=moment)
    following = build_plan(db, plan.carried_to)
    assert {e.display_name for e in plan.unplanned} <= set(_planned(following))


def test_next_weeks_entries_come_forward_only_within_their_tolerance(db):
    """An empty week before a busy one: monthly calls due next Monday come forward (a week early is
    within a monthly cadence's tolerance); weekly ones due next Wednesday do not (one day)."""
    settings.put(db, "calls_per_day", 4)
    next_monday = MONDAY50 + timedelta(days=7)
    for n in range(10):
        person(db, f"Monthly {n}", tier="C", last_call=next_monday - timedelta(days=30))
    for n in range(4):
        person(db, f"Weekly {n}", tier="A", last_call=next_monday + timedelta(days=2 - 7))
    plan = build_plan(db, W50, today=MONDAY50)
    planned = _planned(plan)
    assert plan.brought_forward > 0 and all(name.startswith("Monthly") for name in planned)
    assert len(planned) == plan.brought_forward
    following = build_plan(db, "2026-W51", today=next_monday)
    assert following.planned + 0 >= 4  # what stayed is next week's, the weekly calls among it


def test_the_tolerance_grows_with_the_cadence():
    def entry(cadence: int, last: date | None = FRIDAY, kind: str = "call", visit_every: int | None = None):
        e = CallEntry(1, "x", "cadence", FRIDAY, 0, "A", None, 1, cadence, last_contact=last, kind=kind)
        if visit_every:
            e.extra["visit_every"] = visit_every
        return e

    assert tolerance(entry(7)) == 1  # a weekly call moves a day
    assert tolerance(entry(30)) == 7  # a monthly one a week
    assert tolerance(entry(7, kind="visit", visit_every=90)) == 14  # a quarterly visit two weeks
    assert tolerance(entry(14, last=None)) == 13  # the first contact: any day of the first cycle
    assert tolerance(CallEntry(1, "x", "birthday", FRIDAY, 0)) == 0


# ---------------------------------------------------------------- any week, any working days, any capacity

REASONS = ("cadence", "cadence", "warranty", "birthday", "anniversary", "follow_up", "snoozed")


@st.composite
def weeks(draw):
    monday = date(2026, 1, 5) + timedelta(weeks=draw(st.integers(0, 200)))
    working = sorted(draw(st.sets(st.integers(1, 7), min_size=1, max_size=7)))  # the rest: holidays, weekends
    days = [monday + timedelta(days=d - 1) for d in working]
    days = days[draw(st.integers(0, len(days) - 1)):]  # planned mid-week
    capacity = draw(st.integers(1, 6))
    horizon = monday + timedelta(days=6 + working[0])  # the eve of next week's first working day
    entries = []
    for n in range(draw(st.integers(0, 40))):
        reason = draw(st.sampled_from(REASONS))
        rank = draw(st.integers(1, 4))
        if reason in ("birthday", "anniversary", "follow_up", "snoozed"):
            due = days[0] + timedelta(days=draw(st.integers(0, (horizon - days[0]).days)))
        else:
            due = monday + timedelta(days=draw(st.integers(-60, 6)))
        e = CallEntry(n, f"c{n}", "cadence" if reason == "snoozed" else reason, due, 0, "ABCD"[rank - 1], None,
                      rank, (7, 14, 30, 90)[rank - 1], last_contact=draw(st.sampled_from([None, due - timedelta(30)])))
        if reason == "snoozed":
            e.extra["snoozed_until"] = due
        entries.append(e)
    return days, capacity, entries


@hsettings(max_examples=300, deadline=None)
@given(weeks())
def test_any_week_dated_entries_are_never_late_and_tier_a_leads(week):
    days, capacity, entries = week
    level = level_week(days, capacity, entries)
    placed = {id(e): d for d, on_day in level.days.items() for e in on_day}
    no_room = {id(e) for e in level.no_room}
    assert len(placed) + len(level.carried) + len(no_room) == len(entries)  # nothing lost, nothing twice
    for e in entries:
        if is_dated(e) and e.due_date >= days[0]:
            assert id(e) not in {id(c) for c in level.carried}, "a dated entry is never carried over"
            if id(e) in placed:
                assert placed[id(e)] <= e.due_date, f"{e.reason} on {e.due_date} planned on {placed[id(e)]}"
            else:  # left out only when every day up to its date is full
                assert id(e) in no_room and all(len(level.days[d]) >= capacity for d in days if d <= e.due_date)
    if any(e.tier_rank == 1 for e in level.carried):
        lower = [e for on_day in level.days.values() for e in on_day if not is_dated(e) and e.tier_rank > 1]
        assert lower == [], "a tier-A entry carried over while a lower tier is planned"
    assert all(len(on_day) <= capacity for on_day in level.days.values())
    if level.carried:  # carried over only when the week is full
        assert all(len(on_day) >= capacity for on_day in level.days.values())
