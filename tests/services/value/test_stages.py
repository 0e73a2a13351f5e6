"""Sales stages: moves, their history and interactions, the board and the monthly report."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services import interactions
from app.services.errors import InvalidValue
from app.services.value import stages

from .conftest import TODAY, person


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T10:00")


def test_moving_a_stage_records_the_day_and_logs_an_interaction(db):
    cid = person(db, "Ana")
    assert stages.move_stage(db, cid, "prospect", at("2026-09-01"))
    assert stages.move_stage(db, cid, "First_Contact", at("2026-09-05"))
    assert not stages.move_stage(db, cid, "first contact", at("2026-09-06"))  # already there
    history = stages.stage_history(db, cid)
    assert [(h.from_stage, h.stage, h.entered_on) for h in history] == [
        (None, "prospect", date(2026, 9, 1)), ("prospect", "first contact", date(2026, 9, 5))]
    logged = [(i.kind, i.summary) for i in interactions.history(db, cid)]
    assert logged == [("other", "Stage: prospect → first contact"), ("other", "Stage: none → prospect")]


def test_bad_stage_and_a_date_before_the_last_move_are_refused(db):
    cid = person(db, "Ana")
    with pytest.raises(InvalidValue, match="stage: 'lead' is not a sales stage .*prospect, first contact"):
        stages.move_stage(db, cid, "lead")
    stages.move_stage(db, cid, "prospect", at("2026-09-10"))
    with pytest.raises(InvalidValue, match="date: 2026-09-01 is before this contact's last stage move"):
        stages.move_stage(db, cid, "negotiating", at("2026-09-01"))


def test_board_lists_each_stage_with_days_there(db):
    ana, bo, cy = person(db, "Ana"), person(db, "Bo"), person(db, "Cy")
    stages.move_stage(db, ana, "negotiating", at("2026-11-01"))
    stages.move_stage(db, bo, "negotiating", at("2026-10-01"))
    stages.move_stage(db, cy, "customer", at("2026-11-19"))
    from app.services import contacts
    contacts.update_contact(db, person(db, "Old"), {"sales_stage": "offer sent"})  # typed before the list
    board = stages.board(db, TODAY)
    assert [(e.display_name, e.days) for e in board["negotiating"]] == [("Bo", 50), ("Ana", 19)]
    assert [(e.display_name, e.days) for e in board["customer"]] == [("Cy", 1)]
    assert [(e.display_name, e.stage, e.since) for e in board["other"]] == [("Old", "offer sent", None)]
    assert board["prospect"] == []


def test_report_conversion_and_average_days_per_month(db):
    # September prospects: Ana moves on after 4 days, Bo after 10 (skipping a stage), Cy stays.
    ana, bo, cy, di = (person(db, n) for n in ("Ana", "Bo", "Cy", "Di"))
    for cid in (ana, bo, cy):
        stages.move_stage(db, cid, "prospect", at("2026-09-01"))
    stages.move_stage(db, ana, "first contact", at("2026-09-05"))
    stages.move_stage(db, bo, "needs identified", at("2026-09-11"))
    stages.move_stage(db, ana, "prospect", at("2026-10-05"))  # back again: a stay that ended, not moving on
    stages.move_stage(db, di, "prospect", at("2026-10-02"))
    rows = {(r.month, r.stage): r for r in stages.stage_report(db, TODAY)}
    sept = rows[("2026-09", "prospect")]
    assert (sept.entered, sept.moved_on, sept.still_in) == (3, 2, 1)
    assert sept.conversion == pytest.approx(66.67, abs=0.01) and sept.average_days == 7.0  # (4 + 10) / 2
    contact = rows[("2026-09", "first contact")]
    assert (contact.entered, contact.moved_on, contact.average_days, contact.next_stage) == (1, 0, 30.0, "needs identified")
    october = rows[("2026-10", "prospect")]
    assert (october.entered, october.moved_on, october.still_in, october.average_days) == (2, 0, 2, None)
    overall = rows[("all", "prospect")]
    assert (overall.entered, overall.moved_on) == (5, 2)
    assert rows[("2026-09", "needs identified")].as_json()["conversion"] == 0.0
    assert [r.month for r in stages.stage_report(db, TODAY, since=date(2026, 10, 1))] == ["2026-10", "all"]
