"""The week plan in the calendar: one event per entry with an alarm, in the user's time zone; CJK
intact; the same UIDs (and a higher SEQUENCE) when the same week is exported again; follow-ups too."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from app.services import calllist, reach, settings
from app.services.errors import InvalidValue
from app.services.plan import build_plan
from app.services.plan_ics import export_calendar
from app.services.reach import AddressData
from tests.services.test_calllist import person

W50 = "2026-W50"
MONDAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 4, 17, 0, tzinfo=timezone.utc)


@pytest.fixture
def week(db):
    settings.put(db, "calls_per_day", 3)
    wang = person(db, "王芳", tier="A", last_call=MONDAY - timedelta(days=9), organization="华通贸易",
                  phones=[("138 1234 5678", "Mobile")])
    reach.add_address(db, wang, AddressData(street="漕溪北路88号", city="上海"))
    for n in range(5):
        person(db, f"Cliente {n}", tier="C", last_call=MONDAY - timedelta(days=31 + n))
    ana = person(db, "Ana García", birthday="1980-12-10")
    calllist.schedule_follow_up(db, ana, MONDAY + timedelta(days=20), "enviar presupuesto")  # beyond the week
    return build_plan(db, W50, today=MONDAY)


def _events(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, [c for c in calendar.walk("VEVENT")]


def test_one_event_per_entry_with_an_alarm_in_the_time_zone(db, week, tmp_path):
    path = tmp_path / "plan.ics"
    count = export_calendar(db, week, path, zone_name="Asia/Shanghai", now=NOW)
    calendar, events = _events(path)
    entries = [e for d in week.days for e in d.entries]
    assert count == len(events) == len(entries) + 1  # and the follow-up three weeks on
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all(len(e.walk("VALARM")) == 1 for e in events)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    [wang] = [e for e in events if "王芳" in str(e["SUMMARY"])]
    assert str(wang["SUMMARY"]) == "Visit: 王芳" and str(wang["LOCATION"]) == "漕溪北路88号, 上海"
    assert "138 1234 5678" in str(wang["DESCRIPTION"]) and "Due by cadence" in str(wang["DESCRIPTION"])
    assert wang.decoded("DTSTART").tzinfo.key == "Asia/Shanghai" and wang.decoded("DTSTART").hour == 9
    [follow_up] = [e for e in events if "enviar presupuesto" in str(e["DESCRIPTION"])]
    assert follow_up.decoded("DTSTART").date() == MONDAY + timedelta(days=20)
    [birthday] = [e for e in events if "Ana García" in str(e["SUMMARY"]) and e is not follow_up]
    assert birthday.decoded("DTSTART").date() == date(2026, 12, 10)
    assert (birthday.decoded("DTEND") - birthday.decoded("DTSTART")) == timedelta(minutes=15)  # a call


def test_a_second_export_updates_the_same_events(db, week, tmp_path):
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    export_calendar(db, week, first, zone_name="Europe/Madrid", now=NOW)
    export_calendar(db, build_plan(db, W50, today=MONDAY), second, zone_name="Europe/Madrid",
                    now=NOW + timedelta(hours=2))
    one, two = (_events(p)[1] for p in (first, second))
    assert sorted(str(e["UID"]) for e in one) == sorted(str(e["UID"]) for e in two)
    assert min(int(e["SEQUENCE"]) for e in two) > max(int(e["SEQUENCE"]) for e in one)


def test_an_unknown_time_zone_is_a_clear_message_and_writes_nothing(db, week, tmp_path):
    path = tmp_path / "plan.ics"
    with pytest.raises(InvalidValue, match="'Mars/Olympus' is not a time zone"):
        export_calendar(db, week, path, zone_name="Mars/Olympus", now=NOW)
    assert not path.exists()
