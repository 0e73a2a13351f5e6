"""The week plan in the calendar: an iCalendar (.ics) file with an event per visit and per call, and
the open follow-ups of the weeks ahead, each with an alarm, in the user's time zone.

Calls are short events (15 minutes), not to-dos: Google Calendar and Outlook import the events of an
.ics file but drop its VTODOs, and on a phone an event is what rings; a call placed at a time also
sits beside the day's visits, which is the point of a plan. Times are suggestions to move: visits
from 9:00 an hour apart in the day's order, then the calls a quarter of an hour apart.

Each entry keeps one UID (the week, the customer and the reason; a follow-up its own id), so
importing the week again updates the events instead of adding copies; SEQUENCE is the minute of the
export, so a later export always wins without Rapport keeping count.
"""
from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event

from .calllist import CallEntry
from .errors import QT_TRANSLATE_NOOP, InvalidValue
from .plan import WeekPlan
from .plan_kinds import KIND_VISIT
from .plan_sheet import kind_label, reason_text

DAY_START = time(9, 0)
VISIT_MINUTES, CALL_MINUTES = 60, 15
ALARM_BEFORE = {KIND_VISIT: timedelta(minutes=30), "call": timedelta(minutes=5)}
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _same(text: str) -> str:
    return text


def time_zone(name: Optional[str]) -> ZoneInfo:
    """The IANA zone `name` ("Asia/Shanghai", "Europe/Madrid"); a clear message when it is none."""
    try:
        return ZoneInfo((name or "").strip() or system_time_zone())
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "time zone: '{name}' is not a time zone such as "
                                                         "Asia/Shanghai or Europe/Madrid"), name=name) from None


def system_time_zone() -> str:
    """This machine's zone, read as the system keeps it (TZ, /etc/timezone, /etc/localtime); else UTC.
    The window asks Qt instead, which knows every system's way."""
    if os.environ.get("TZ", "").strip().lstrip(":"):
        return os.environ["TZ"].strip().lstrip(":")
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip() or "UTC"
    except OSError:
        pass
    link = Path("/etc/localtime")
    if link.is_symlink() and "zoneinfo/" in str(link.resolve()):
        return str(link.resolve()).split("zoneinfo/", 1)[1]
    return "UTC"


def entry_uid(week: str, entry: CallEntry) -> str:
    if entry.follow_up_id is not None:
        return f"rapport-follow-up-{entry.follow_up_id}@rapport"  # the same event whatever week shows it
    return f"rapport-{week}-{entry.contact_id}-{entry.reason}@rapport"


def plan_calendar(plan: WeekPlan, zone: ZoneInfo, *, now: datetime, follow_ups: Iterable[CallEntry] = (),
                  tr: Callable[[str], str] = _same) -> bytes:
    """The .ics bytes of `plan` (and `follow_ups` not in it, at 9:00 on their day), times in `zone`."""
    calendar = Calendar()
    calendar.add("prodid", "-//Rapport//Week plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", zone.key)
    sequence = int((now.astimezone(timezone.utc) - _EPOCH).total_seconds() // 60)
    seen: set[str] = set()
    for day in plan.days:
        at = datetime.combine(day.day, DAY_START, tzinfo=zone)
        for entry in day.entries:
            minutes = VISIT_MINUTES if entry.kind == KIND_VISIT else CALL_MINUTES
            calendar.add_component(_event(plan.week, entry, at, minutes, now, sequence, tr))
            seen.add(entry_uid(plan.week, entry))
            at += timedelta(minutes=minutes)
    for entry in follow_ups:
        if entry_uid(plan.week, entry) not in seen:
            start = datetime.combine(entry.due_date, DAY_START, tzinfo=zone)
            calendar.add_component(_event(plan.week, entry, start, CALL_MINUTES, now, sequence, tr))
    calendar.add_missing_timezones()  # the VTIMEZONE of `zone`, so any calendar reads the times right
    return calendar.to_ical()


def _event(week: str, entry: CallEntry, start: datetime, minutes: int, now: datetime, sequence: int,
           tr: Callable[[str], str]) -> Event:
    kind = kind_label(entry, tr)
    event = Event()
    event.add("uid", entry_uid(week, entry))
    event.add("sequence", sequence)
    event.add("dtstamp", now.astimezone(timezone.utc))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=minutes))
    event.add("summary", f"{kind}: {entry.display_name}")
    phone = entry.phone_display or entry.phone
    event.add("description", "\n".join(x for x in (reason_text(entry, tr), f"☎ {phone}" if phone else "",
                                                    entry.note or "") if x))
    if entry.address:
        event.add("location", entry.address)
    if phone:
        event.add("x-rapport-phone", phone)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{kind}: {entry.display_name}")
    alarm.add("trigger", -ALARM_BEFORE.get(entry.kind, ALARM_BEFORE["call"]))
    event.add_component(alarm)
    return event


def follow_ups_ahead(session, start: date, weeks: int = 8) -> list[CallEntry]:
    """The open follow-ups from `start` over the next `weeks`, for the calendar beside the week."""
    from . import calllist

    entries = [e for e in calllist.follow_up_entries(session, start, until=start + timedelta(weeks=weeks))
               if e.due_date >= start]
    calllist.fill_contact_details(session, entries)
    return entries


def export_calendar(db, plan: WeekPlan, path: Path, *, zone_name: Optional[str] = None,
                    now: Optional[datetime] = None, tr: Callable[[str], str] = _same) -> int:
    """Write the week (and the follow-ups of the weeks ahead) to `path`, the owner's only; returns
    the number of events. Nothing is written when the zone is unknown."""
    from .private_files import open_private

    zone = time_zone(zone_name)
    start = plan.days[0].day if plan.days else plan.monday
    with db() as session:
        follow_ups = follow_ups_ahead(session, start)
    data = plan_calendar(plan, zone, now=now or datetime.now(timezone.utc), follow_ups=follow_ups, tr=tr)
    try:
        with open_private(Path(path), "wb") as out:
            out.write(data)
    except OSError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write the calendar ({reason})"),
                           path=str(path), reason=exc.strerror or str(exc)) from None
    return data.count(b"BEGIN:VEVENT")
