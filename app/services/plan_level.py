"""A level week: which entries make the week, and on which working day.

The rules (README, "The week plan"):

- The user's moves stay where they were put, even over a day's capacity.
- Dated entries (birthdays, anniversaries, follow-ups, the end of a snooze) go on their date, or on
  the latest working day before it when that day is not a working day or is full; never after it.
  They are placed before anything else; one that finds every day up to its date full (a store with
  hundreds of birthdays a week) is not planned late: it stays on Today's list (`no_room`). A
  follow-up already missed is owed, not dated: it competes with the flexible entries, overdue.
- Every other entry (due by cadence, a warranty ending, a referrer to thank) is flexible: it may
  be done early, from `due - tolerance(entry)` days, and is planned by its due day when there is
  room; one already overdue may go on any day left.
- When the flexible entries due this week outnumber the room the fixed ones leave, the least urgent
  are carried over to next week's plan: tier A before any other tier (a tier-A customer is never
  carried over while a lower tier is planned), then by cycles overdue on the week's last working
  day, then by tier.
- When there is room and next week is busier, entries due next week whose tolerance reaches back
  into this one are brought forward, soonest due first, until the two weeks are level per day.
- The chosen entries are spread so the days stay level: visits first, by area (an area's visits on
  a day already going there while it is under the level), then calls on the least busy day they
  may go on. An entry that fits nowhere in its window goes on the least busy day with room: early
  beats carried over.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional

from app.models.calling import REASON_ANNIVERSARY, REASON_BIRTHDAY, REASON_CADENCE, REASON_FOLLOW_UP, REASON_WARRANTY

from .calllist import CallEntry
from .plan_kinds import KIND_VISIT, VISIT_EVERY

DATED_REASONS = (REASON_BIRTHDAY, REASON_ANNIVERSARY, REASON_FOLLOW_UP)
MAX_EARLY_DAYS = 14  # however long the cadence, not more than two weeks early
WARRANTY_EARLY_DAYS = 7  # the after-sale call is asked for 30 days before the end: a week early is still in time


def is_dated(entry: CallEntry) -> bool:
    """Planned on its date or before, never after: a birthday, an anniversary, a follow-up, a snooze's end."""
    return entry.reason in DATED_REASONS or "snoozed_until" in entry.extra


def tolerance(entry: CallEntry) -> int:
    """How many days before its due date an entry may be planned.

    A quarter of its cadence (the visit cadence for a visit), at least one day and at most
    MAX_EARLY_DAYS: a weekly call moves a day, a monthly one a week, a quarterly visit two weeks.
    A customer never contacted may have the first contact on any day of the first cycle: a batch
    tiered on one day is spread over the week instead of falling due on one day. Dated entries: 0.
    """
    if is_dated(entry):
        return 0
    if entry.reason == REASON_WARRANTY:
        return WARRANTY_EARLY_DAYS
    if entry.reason != REASON_CADENCE:
        return 0
    cadence = (entry.extra.get(VISIT_EVERY) if entry.kind == KIND_VISIT else None) or entry.cadence_days or 7
    if entry.last_contact is None:
        return max(cadence - 1, 0)
    return min(max(cadence // 4, 1), MAX_EARLY_DAYS)


def carry_key(entry: CallEntry, week_end: date) -> tuple:
    """Most urgent first: tier A, then cycles overdue on the week's last working day, then tier."""
    overdue = max(0, (week_end - entry.due_date).days)
    cycles = overdue / (entry.cadence_days or 30)
    return (entry.tier_rank != 1, -cycles, entry.tier_rank, entry.due_date, entry.display_name.lower(),
            entry.contact_id or 0)


@dataclass
class Level:
    days: dict[date, list[CallEntry]]
    carried: list[CallEntry]  # due this week, no room: next week's plan has them
    brought_forward: list[CallEntry] = field(default_factory=list)  # due next week, planned this one
    no_room: list[CallEntry] = field(default_factory=list)  # dated, every day up to their date full


def level_week(days: list[date], capacity: int, entries: list[CallEntry], *,
               pinned: Optional[dict[date, list[CallEntry]]] = None,
               next_week: Callable[[], list[CallEntry]] = list, next_week_days: int = 5,
               prepare: Callable[[list[CallEntry]], None] = lambda entries: None) -> Level:
    """Place `entries` (this week's, pins excluded) on `days` (the working days left, in order).

    `next_week` is asked, only when room is left, for the entries due next week (its
    `next_week_days` working days): some may be brought forward. `prepare` is given the entries
    planned (pinned, dated and chosen), before they are spread: their addresses, and whether each is a call or a visit, are
    needed from there on only (reading them for every candidate of a large store is most of the time).
    """
    load: dict[date, list[CallEntry]] = {d: list((pinned or {}).get(d, ())) for d in days}
    dated, flexible = [], []
    for e in entries:
        (dated if is_dated(e) and e.due_date >= days[0] else flexible).append(e)
    no_room = []
    for entry in sorted(dated, key=lambda e: (e.due_date, e.tier_rank, e.display_name)):
        day = _dated_day(entry, days, load, capacity)
        if day is None:
            no_room.append(entry)
        else:
            load[day].append(entry)
    room = sum(max(0, capacity - len(on_day)) for on_day in load.values())
    week_end = days[-1]
    flexible.sort(key=lambda e: carry_key(e, week_end))
    chosen, carried = flexible[:room], flexible[room:]
    prepare([e for on_day in load.values() for e in on_day] + chosen)
    early: list[CallEntry] = []
    if len(chosen) < room:
        planned = sum(len(on_day) for on_day in load.values()) + len(chosen)
        early = _bring_forward(days, next_week(), next_week_days, planned, room - len(chosen))
    _spread(days, capacity, load, chosen + early)
    return Level(load, carried, early, no_room)


def _dated_day(entry: CallEntry, days: list[date], load: dict[date, list[CallEntry]], capacity: int
               ) -> Optional[date]:
    """The latest working day on or before the entry's date with room; None when all are full."""
    for day in reversed(days):
        if day <= entry.due_date and len(load[day]) < capacity:
            return day
    return None


def _bring_forward(days: list[date], due_next_week: list[CallEntry], next_days: int, planned: int,
                   room: int) -> list[CallEntry]:
    """Next week's entries that may be done this week, while this week stays the lighter per day."""
    reach = [e for e in due_next_week if not is_dated(e) and e.due_date - timedelta(days=tolerance(e)) <= days[-1]]
    reach.sort(key=lambda e: (e.due_date, carry_key(e, e.due_date)))
    later, taken = len(due_next_week), []
    for entry in reach[:room]:
        if (planned + 1) * next_days > (later - 1) * len(days):
            break
        taken.append(entry)
        planned, later = planned + 1, later - 1
    return taken


def _window(entry: CallEntry, days: list[date]) -> tuple[int, int]:
    """The first and last day (indexes) an entry may go on."""
    last = len(days) - 1
    earliest = entry.due_date - timedelta(days=tolerance(entry))
    lo = next((i for i, d in enumerate(days) if d >= earliest), last)
    if entry.due_date < days[0] or entry.due_date > days[-1]:
        hi = last  # overdue already, or brought forward: any day from `lo`
    else:
        hi = max(i for i, d in enumerate(days) if d <= entry.due_date)
    return min(lo, hi), hi


def _area(entry: CallEntry) -> str:
    return (entry.city or entry.address or "").strip().lower()


def _spread(days: list[date], capacity: int, load: dict[date, list[CallEntry]], chosen: list[CallEntry]) -> None:
    if not chosen:
        return
    total = sum(len(on_day) for on_day in load.values()) + len(chosen)
    level = min(capacity, -(-total // len(days)))
    week_end = days[-1]
    windows = {id(e): _window(e, days) for e in chosen}
    by_area: dict[str, list[CallEntry]] = defaultdict(list)
    for entry in chosen:
        if entry.kind == KIND_VISIT:
            by_area[_area(entry)].append(entry)
    # The area with the most urgent visit chooses its day first.
    for area in sorted(by_area, key=lambda a: min(carry_key(e, week_end) for e in by_area[a])):
        for entry in sorted(by_area[area], key=lambda e: (windows[id(e)][1], carry_key(e, week_end))):
            options = _options(days, load, windows[id(entry)], level, capacity)
            same = [d for d in options if any(x.kind == KIND_VISIT and _area(x) == area for x in load[d])]
            fresh = [d for d in options if not any(x.kind == KIND_VISIT for x in load[d])]
            load[_least_busy(same or fresh or options, load)].append(entry)
    calls = [e for e in chosen if e.kind != KIND_VISIT]
    for entry in sorted(calls, key=lambda e: (windows[id(e)][1], carry_key(e, week_end))):
        load[_least_busy(_options(days, load, windows[id(entry)], capacity, capacity), load)].append(entry)


def _options(days: list[date], load: dict[date, list[CallEntry]], window: tuple[int, int], level: int,
             capacity: int) -> list[date]:
    """The days of the window under the level, else with room, else any day of the week with room."""
    lo, hi = window
    inside = days[lo:hi + 1]
    for limit, among in ((level, inside), (capacity, inside), (capacity, days)):
        options = [d for d in among if len(load[d]) < limit]
        if options:
            return options
    return [days[hi]]  # never reached: the chosen entries fit the week's room


def _least_busy(options: list[date], load: dict[date, list[CallEntry]]) -> date:
    return min(options, key=lambda d: (len(load[d]), d))
