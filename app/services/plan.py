"""The weekly visit plan: the week's due and dated entries spread over the working days.

Most urgent first, within the daily capacity from settings; an entry due on a
non-working day goes on the working day before; a day's visits are kept in one
area by preferring, among the days an entry may go on, one that already visits
its city. Moves the user makes are pinned and win over the computed day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import PlanPin

from . import calllist, settings
from .calllist import CallEntry
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .greetings import language_from_locale

_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)


@dataclass
class DayPlan:
    day: date
    entries: list[CallEntry] = field(default_factory=list)


@dataclass
class WeekPlan:
    week: str  # "2026-W48"
    days: list[DayPlan]
    unplanned: list[CallEntry]  # more than the week's capacity: carried over
    capacity: int
    past_days: int = 0  # working days of the week already over when it was planned: not in `days`

    @property
    def planned(self) -> int:
        return sum(len(d.entries) for d in self.days)

    @property
    def is_over(self) -> bool:
        """Every working day of the week is past: nothing left to plan."""
        return not self.days and self.past_days > 0


def parse_week(text: str) -> tuple[int, int]:
    m = _WEEK.match(text.strip())
    if not m:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "week: '{text}' is not an ISO week such as 2026-W48"),
                           text=text)
    year, week = int(m.group(1)), int(m.group(2))
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "week: {year} has no week {week}"),
                           year=year, week=week) from None
    return year, week


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


FIXED_DAY = ("birthday", "anniversary")  # their day cannot move: a late greeting is a lost one


def _urgency(entry: CallEntry, on: date) -> tuple:
    """Cadence entries by cycles overdue on the day; dated entries count as one cycle due on their day,
    and a birthday or anniversary of the week as one cycle whatever its day, so the week's
    capacity never leaves Friday's birthday to next week's plan."""
    overdue = max(0, (on - entry.due_date).days)
    if entry.reason == "cadence" and entry.cadence_days:
        cycles = overdue / entry.cadence_days
    else:
        cycles = 1.0 if entry.due_date <= on or entry.reason in FIXED_DAY else 0.0
    return (-cycles, entry.due_date, entry.tier_rank, entry.display_name.lower())


def _working_days(db: sessionmaker[Session]) -> list[int]:
    return sorted(set(settings.get(db, "working_days")) & set(range(1, 8))) or [1, 2, 3, 4, 5]


def week_to_plan(db: sessionmaker[Session], today: date) -> str:
    """The week of `today` while one of its working days is still ahead (today included), else the next."""
    if today.isoweekday() > _working_days(db)[-1]:
        return week_of(today + timedelta(days=7))
    return week_of(today)


def build_plan(db: sessionmaker[Session], week: Optional[str], *, today: Optional[date] = None) -> WeekPlan:
    """The plan of `week` as seen on `today` (default: the week's Monday, so a week planned ahead).

    Days before `today` are over: nothing is planned on them, and what fell due on them
    goes on the days left. `week=None` plans `week_to_plan(today)`.
    """
    if week is None:
        if today is None:
            raise ValueError("build_plan needs a week or today")
        week = week_to_plan(db, today)
    year, number = parse_week(week)
    week = f"{year}-W{number:02d}"
    monday = date.fromisocalendar(year, number, 1)
    sunday = monday + timedelta(days=6)
    working = _working_days(db)
    capacity = max(1, int(settings.get(db, "calls_per_day")))
    language = settings.get(db, "language") or language_from_locale()
    first = max(today or monday, monday)  # the first day still ahead
    all_days = [monday + timedelta(days=d - 1) for d in working]
    days = [DayPlan(day) for day in all_days if day >= first]
    past_days = len(all_days) - len(days)
    if not days:
        return WeekPlan(week=week, days=[], unplanned=[], capacity=capacity, past_days=past_days)
    with db() as session:
        entries = _week_entries(session, first, sunday, language)
        calllist.fill_contact_details(session, entries)
        pins = {(p.contact_id, p.reason): p.day for p in session.scalars(select(PlanPin).where(PlanPin.week == week))}
    entries.sort(key=lambda e: _urgency(e, first))
    by_day = {d.day: d for d in days}
    unplanned = []
    for entry in entries:
        pinned = pins.get((entry.contact_id, entry.reason))
        if pinned in by_day:
            by_day[pinned].entries.append(entry)  # the user's choice, even over capacity
            continue
        if "snoozed_until" in entry.extra:  # not before the snooze ends, even to reach a working day
            later = [d for d in days if d.day >= entry.due_date]
            if not later:
                continue  # back after this week's last working day: next week's plan has it
            target = later[0]
        else:
            target = _working_day_on_or_before(max(entry.due_date, first), days)
        candidates = [d for d in days if d.day >= target.day and len(d.entries) < capacity]
        if not candidates:
            unplanned.append(entry)
            continue
        # Who makes the week is decided by urgency (the loop's order); which day, by area.
        near = [d for d in candidates if entry.city and any(e.city == entry.city for e in d.entries)]
        if not near:  # a new area: open it on the day with the fewest areas so far
            near = sorted(candidates, key=lambda d: (len({e.city for e in d.entries}), d.day))
        near[0].entries.append(entry)
    for day in days:
        day.entries.sort(key=lambda e: (e.city or "\uffff", _urgency(e, day.day)))
    return WeekPlan(week=week, days=days, unplanned=unplanned, capacity=capacity, past_days=past_days)


def _working_day_on_or_before(day: date, days: list[DayPlan]) -> DayPlan:
    earlier = [d for d in days if d.day <= day]
    return earlier[-1] if earlier else days[0]


def _week_entries(session: Session, start: date, sunday: date, language: str) -> list[CallEntry]:
    """Everything due from `start` to the end of the week: one visit per contact, for all its reasons.

    Overdue counts from `start`; a birthday that was earlier in the week is not planned late.
    """
    entries = (calllist.cadence_entries(session, start, until=sunday)
               + calllist.follow_up_entries(session, start, until=sunday)
               + calllist.date_entries(session, start, (sunday - start).days, language, start=start)
               + calllist.warranty_entries(session, start, until=sunday, language=language)
               + calllist.thank_referrer_entries(session, sunday, language))
    entries.sort(key=lambda e: _urgency(e, start))
    visits: dict[int, CallEntry] = {}
    for e in entries:
        first = visits.get(e.contact_id)
        if first is None:
            visits[e.contact_id] = e  # the most urgent reason leads
        elif e.reason != first.reason or e.detail != first.detail:
            first.extra.setdefault("also", []).append((e.reason, e.detail))  # shown under the lead reason
    return list(visits.values())


def move_entry(db: sessionmaker[Session], week: str, contact_id: int, reason: str, day: date) -> None:
    """Pin an entry to another day of the week's plan."""
    year, number = parse_week(week)
    monday = date.fromisocalendar(year, number, 1)
    if not monday <= day <= monday + timedelta(days=6):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "day: {day} is not in week {week}"),
                           day=day.isoformat(), week=f"{year}-W{number:02d}")
    with db.begin() as session:
        session.merge(PlanPin(contact_id=contact_id, reason=reason, week=f"{year}-W{number:02d}", day=day))


def clear_moves(db: sessionmaker[Session], week: str) -> None:
    year, number = parse_week(week)
    with db.begin() as session:
        session.execute(delete(PlanPin).where(PlanPin.week == f"{year}-W{number:02d}"))
