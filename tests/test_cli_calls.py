"""`rapport today`, `plan`, `followup` and `snooze`, and the printed plan."""
from __future__ import annotations

import json

import pytest
from pypdf import PdfReader


def _setup(run):
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN", "--org", "华通贸易", "--tier", "A")
    run("add", "Ana García", "--phone", "+34 612 345 678", "--tier", "B")
    run("log", "王芳", "call", "--date", "2026-11-10")
    run("log", "Ana García", "visit", "--date", "2026-11-18")
    run("add", "Bob Smith", "--birthday", "1980-11-24")


def test_today_json_has_the_contract_fields(run):
    _setup(run)
    code, out, _ = run("today", "--date", "2026-11-20", "--json")
    assert code == 0
    entries = json.loads(out)
    assert [(e["display_name"], e["reason"]) for e in entries] == [("王芳", "cadence"), ("Bob Smith", "birthday")]
    first = entries[0]
    assert {"contact_id", "display_name", "reason", "tier", "due_date", "days_overdue", "phone"} <= set(first)
    assert (first["tier"], first["due_date"], first["days_overdue"], first["phone"]) == (
        "A", "2026-11-17", 3, "+8613812345678")


def test_followup_and_snooze(run):
    _setup(run)
    assert run("followup", "Ana García", "--on", "2026-11-20", "--summary", "send the quote")[0] == 0
    entries = json.loads(run("today", "--date", "2026-11-20", "--json")[1])
    assert ("Ana García", "follow_up") in [(e["display_name"], e["reason"]) for e in entries]
    assert run("snooze", "王芳", "--until", "2026-11-25")[0] == 0
    entries = json.loads(run("today", "--date", "2026-11-20", "--json")[1])
    assert "王芳" not in [e["display_name"] for e in entries]
    code, out, _ = run("today", "--date", "2026-11-20")
    assert "follow up: send the quote" in out


@pytest.mark.parametrize("args, expected", [
    (("today", "--date", "20/11/2026"), "not a date"),
    (("plan", "--week", "2026-W99"), "has no week 99"),
    (("followup", "Nobody", "--on", "2026-11-20"), "no contact has that id or name"),
    (("snooze", "1", "--until", "soon"), "not a date"),
])
def test_errors_are_one_line(run, args, expected):
    _setup(run)
    code, _, err = run(*args)
    assert code == 1 and expected in err and len(err.strip().splitlines()) == 1


def test_plan_pdf_has_day_headings_names_and_numbers(run, tmp_path):
    _setup(run)
    pdf = tmp_path / "plan.pdf"
    code, _, err = run("plan", "--week", "2026-W48", "--date", "2026-11-20", "--pdf", str(pdf))
    assert code == 0 and "2026-W48" in err
    reader = PdfReader(str(pdf))
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4 portrait, in points
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in ("Week 48 · 23–29 November 2026", "Monday 23 November", "Tuesday 24 November", "王芳",
                     "华通贸易", "138 1234 5678", "Bob Smith", "Birthday", "2 planned"):
        assert expected in text, expected
    code, _, _ = run("plan", "--week", "2026-W48", "--date", "2026-11-20", "--pdf", str(pdf), "--layout", "daily")
    assert code == 0 and len(PdfReader(str(pdf)).pages) == 5  # a page a day
    code, _, err = run("plan", "--pdf", str(pdf), "--layout", "weekly")
    assert code == 2 and "invalid choice: 'weekly'" in err


def test_plan_as_text_and_json(run):
    _setup(run)
    code, out, _ = run("plan", "--week", "2026-W48", "--date", "2026-11-20")
    assert code == 0 and "Monday 2026-11-23" in out and "王芳" in out
    data = json.loads(run("plan", "--week", "2026-W48", "--date", "2026-11-20", "--json")[1])
    assert data["week"] == "2026-W48" and len(data["days"]) == 5


def test_plan_mid_week_starts_today_and_a_week_over_says_so(run, tmp_path):
    _setup(run)
    code, out, _ = run("plan", "--date", "2026-11-26")  # a Thursday: the week of that day
    assert code == 0 and "plan for 2026-W48" in out and "from Thursday" in out
    assert "Monday 2026-11-23" not in out and "Thursday 2026-11-26" in out and "王芳" in out
    code, out, _ = run("plan", "--date", "2026-11-28")  # Saturday: next week's plan
    assert code == 0 and "plan for 2026-W49" in out and "Monday 2026-11-30" in out
    code, out, _ = run("plan", "--week", "2026-W48", "--date", "2026-11-28")
    assert code == 0 and "2026-W48 is over" in out
    code, _, err = run("plan", "--week", "2026-W48", "--date", "2026-11-28", "--pdf", str(tmp_path / "p.pdf"))
    assert code == 1 and "nothing to print" in err and not (tmp_path / "p.pdf").exists()


def test_log_with_a_follow_up_puts_the_contact_on_that_days_list(run):
    _setup(run)
    code, out, _ = run("log", "Ana García", "call", "--date", "2026-11-20T10:00", "--outcome", "call after the fair",
                       "--follow-up", "2026-11-27")
    assert code == 0 and "next follow-up on 2026-11-27" in out
    entries = json.loads(run("today", "--date", "2026-11-27", "--json")[1])
    assert ("Ana García", "follow_up", "call after the fair") in [
        (e["display_name"], e["reason"], e["detail"]) for e in entries]
    code, _, err = run("log", "Ana García", "call", "--follow-up", "next week")
    assert code == 1 and "follow-up: 'next week' is not a date" in err


def test_tiers_say_how_often_each_is_called_and_visited(run):
    code, out, _ = run("tiers")
    assert code == 0 and "VISIT EVERY" in out
    code, out, _ = run("tiers", "C", "--visit-every", "60", "--call-every", "21")
    assert code == 0
    code, out, _ = run("tiers", "A", "--visit-every", "none", "--json")
    rows = {t["code"]: t for t in json.loads(out)}
    assert rows["A"]["visit_every"] is None and rows["C"] == {**rows["C"], "call_every": 21, "visit_every": 60}
    code, _, err = run("tiers", "B", "--visit-every", "often")
    assert code == 1 and err.strip() == "rapport: --visit-every: 'often' is not a number of days (or none)"
    code, _, err = run("tiers", "--visit-every", "30")
    assert code == 1 and "name the tier" in err


def test_plan_to_the_calendar(run, tmp_path):
    from icalendar import Calendar

    _setup(run)
    ics = tmp_path / "plan.ics"
    code, _, err = run("plan", "--week", "2026-W48", "--date", "2026-11-20", "--ics", str(ics), "--tz", "Europe/Madrid")
    assert code == 0 and "events of 2026-W48" in err
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert events and all(e.walk("VALARM") for e in events)
    code, _, err = run("plan", "--week", "2026-W48", "--date", "2026-11-20", "--ics", str(ics), "--tz", "Nowhere/Else")
    assert code == 1 and err.strip() == ("rapport: time zone: 'Nowhere/Else' is not a time zone such as "
                                         "Asia/Shanghai or Europe/Madrid")
