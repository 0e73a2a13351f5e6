"""The weekly visit plan: the week's due and dated entries, level over the working days.

Which entries make the week and on which day is plan_level's job (its docstring has the rules);
whether each is a call or a visit, plan_kinds'. Each day's entries are a list in the order to do
them (`_order_day`). Moves the user makes are pinned and win over the computed day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import PlanPin

from . import calllist, route, settings
from .calllist import CallEntry
from .importing.gc_pause import collector_paused
from .plan_kinds import KIND_VISIT, assign_kinds
from .plan_level import is_dated, level_week
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .geo import Place
from .greetings import language_from_locale

_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$", re.IGNORECASE)


@dataclass
class DayPlan:
    day: date
    entries: list[CallEntry] = field(default_factory=list)  # in the order to do them

    @property
    def visits(self) -> list[CallEntry]:
        return [e for e in self.entries if e.kind == KIND_VISIT]


@dataclass
class WeekPlan:
    week: str  # "2026-W48"
    days: list[DayPlan]
    unplanned: list[CallEntry]  # more than the week's capacity: carried over to `carried_to`
    capacity: int
    past_days: int = 0  # working days of the week already over when it was planned: not in `days`
    carried_to: str = ""  # the week whose plan has the carried-over entries, "2026-W49"
    brought_forward: int = 0  # entries due next week planned in this one
    moves: int = 0  # entries the user moved to another day this week (what "Undo my moves" undoes)
    no_room: list[CallEntry] = field(default_factory=list)  # dated, no room up to their date: on Today's list

    @property
    def monday(self) -> date:
        year, number = parse_week(self.week)
        return date.fromisocalendar(year, number, 1)

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
    """Cadence entries by cycles overdue on the day; dated entries count as one cycle due on their day."""
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
    days = [day for day in all_days if day >= first]
    next_days = [day + timedelta(days=7) for day in all_days]
    past_days = len(all_days) - len(days)
    carried_to = week_of(next_days[0])
    if not days:
        return WeekPlan(week=week, days=[], unplanned=[], capacity=capacity, past_days=past_days,
                        carried_to=carried_to)
    # Dated entries up to the eve of next week's first working day: a birthday on a Monday off is
    # this week's, on the Friday before.
    horizon = next_days[0] - timedelta(days=1)
    with collector_paused(), db() as session:
        entries = _week_entries(session, first, days[0], sunday, horizon, language)
        pins = {(p.contact_id, p.reason): p.day for p in session.scalars(select(PlanPin).where(PlanPin.week == week))}
        pinned: dict[date, list[CallEntry]] = {}
        free = []
        for entry in entries:
            day = pins.get((entry.contact_id, entry.reason))
            if day in days:
                pinned.setdefault(day, []).append(entry)  # the user's choice, even over capacity
            else:
                free.append(entry)

        def due_next_week() -> list[CallEntry]:
            ahead = calllist.cadence_entries(session, first, until=next_days[-1], after=sunday)
            calllist.fill_contact_details(session, ahead)
            assign_kinds(session, ahead, next_days[-1])
            return ahead

        def prepare(planned: list[CallEntry]) -> None:
            """Details and kinds of what is planned only: the thousands of candidates a large store has
            are never read in full (the carried-over ones are filled where they are shown: fill_details)."""
            calllist.fill_contact_details(session, planned)
            assign_kinds(session, planned, days[-1])

        level = level_week(days, capacity, free, pinned=pinned, next_week=due_next_week,
                           next_week_days=len(next_days), prepare=prepare)
        # Where the week's visits are, as kept on their addresses: a plan never geocodes.
        points = route.points_of(session, [e.contact_id for day in days for e in level.days[day]
                                           if e.kind == KIND_VISIT and e.contact_id is not None])
    start = route.get_start(db)
    origin = start.point if start else None
    return WeekPlan(week=week, days=[DayPlan(day, _order_day(level.days[day], points, origin)) for day in days],
                    unplanned=level.carried, capacity=capacity, past_days=past_days, carried_to=carried_to,
                    brought_forward=len(level.brought_forward), no_room=level.no_room,
                    moves=sum(1 for day in pinned.values() for _ in day))


def _order_day(day_entries: list[CallEntry], points: dict[int, Place], start: Optional[tuple[float, float]]
               ) -> list[CallEntry]:
    """A day's entries in the order to do them: the visits in route order from the start address
    (app/services/route; those with no known place last, an area at a time), then the calls, most
    urgent first. The one place that orders a day: the list's order is the visits' numbering."""
    on = min((e.due_date for e in day_entries), default=date.min)
    visits = sorted((e for e in day_entries if e.kind == KIND_VISIT), key=lambda e: (e.city or "\uffff", _urgency(e, on)))
    calls = sorted((e for e in day_entries if e.kind != KIND_VISIT), key=lambda e: _urgency(e, on))
    return route.order_stops(visits, points, start) + calls


def _week_entries(session: Session, start: date, first_day: date, sunday: date, horizon: date,
                  language: str) -> list[CallEntry]:
    """Everything due from `start` to the end of the week: one entry per contact, for all its reasons.

    Overdue counts from `start`; birthdays and anniversaries from the first working day left to
    `horizon` (one earlier in the week is not planned late); follow-ups due by `horizon`. A
    contact's dated reason leads, so the entry keeps its date; the others are shown under it.
    """
    entries = (calllist.cadence_entries(session, start, until=sunday)
               + calllist.follow_up_entries(session, start, until=horizon)
               + calllist.date_entries(session, start, (horizon - first_day).days, language, start=first_day)
               + calllist.warranty_entries(session, start, until=sunday)
               + calllist.thank_referrer_entries(session, sunday))
    entries.sort(key=_lead)
    visits: dict[int, CallEntry] = {}
    for e in entries:
        first = visits.get(e.contact_id)
        if first is None:
            visits[e.contact_id] = e  # the most urgent reason leads
        elif e.reason != first.reason or e.detail != first.detail:
            first.extra.setdefault("also", []).append((e.reason, e.detail))  # shown under the lead reason
    return list(visits.values())


def _lead(entry: CallEntry) -> tuple:
    """Which of a contact's reasons leads its entry: a dated one (earliest first), else the most overdue."""
    if is_dated(entry):
        return (0, entry.due_date.toordinal(), 0.0)
    return (1, 0, -entry.days_overdue / (entry.cadence_days or 30))


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
