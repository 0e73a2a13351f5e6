"""The call list in a large store: `calllist.today_list`, and the cadence query on the
indexed `next_due` beside the full scan that computes every due date (CASE on
the tier's cadence), with each statement's EXPLAIN QUERY PLAN."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import event, select, text

from app.models import Tier
from app.models.db import open_store
from app.services import calllist

from .generate_store import TODAY
from .timing import Area, Result, median_seconds

_REPEATS = 5
TARGET_SECONDS = 0.1  # issue 5: "well under 100 ms"
SCREEN = 60  # entries the today pane fills details for at a time (a screen or two)
# What each statement is for, by a word only it contains (first match wins).
_LABELS = [("next_due <=", "cadence: due by the indexed next_due"), ("follow_ups", "follow-ups due"),
           ("referred", "referrers to thank"), ("warranty_until", "warranties ending"),
           ("contacts.birthday", "birthdays"), ("contacts.anniversary", "anniversaries"),
           ("FROM phones", "details: best number"), ("FROM notes", "details: last note"),
           ("FROM addresses", "details: address")]


def _due_by_scan(db, case_on_tier: str) -> int:
    """Who is due, without the derived column: every live contact's due date computed."""
    sql = text(f"""
        SELECT id FROM contacts
        WHERE deleted_at IS NULL AND status = 'active'
          AND coalesce(cadence_days, {case_on_tier}) IS NOT NULL
          AND date(coalesce(last_contact_at, cadence_since, created_at),
                   '+' || coalesce(cadence_days, {case_on_tier}) || ' days') <= :today""")
    with db() as session:
        return len(session.execute(sql, {"today": TODAY.isoformat()}).all())


def _cadence_due(db) -> int:
    with db() as session:
        return len(calllist.cadence_entries(session, TODAY))


def _statements(db) -> list[tuple[str, object]]:
    """The SQL `today_list` runs (details included), with its parameters."""
    seen: list[tuple[str, object]] = []
    engine = db.kw["bind"]

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        calllist.computed_today_list(db, TODAY, days_ahead=7, language="en")  # the statements, not the kept list
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def _query_plans(db) -> list[str]:
    lines = ["EXPLAIN QUERY PLAN of each statement `today_list` runs:", "", "```"]
    shown: set[str] = set()
    with db() as session:
        connection = session.connection()
        for statement, parameters in _statements(db):
            label = next((label for marker, label in _LABELS if marker in statement), None)
            if label is None or label in shown:
                continue
            shown.add(label)
            lines.append(f"-- {label}")
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters):
                lines.append(f"   {row[-1]}")
    lines.append("```")
    return lines


def run(store: Path, runs: int) -> Area:
    area = Area("call list")
    repeats = max(runs, _REPEATS)
    db = open_store(store)
    try:
        with db() as session:
            cadences = session.execute(select(Tier.id, Tier.cadence_days)).all()
            contacts = session.scalar(text("SELECT count(*) FROM contacts"))
        case_on_tier = "CASE tier_id " + " ".join(f"WHEN {i} THEN {d}" for i, d in cadences) + " END"
        due = _due_by_scan(db, case_on_tier)
        if due != _cadence_due(db):
            raise AssertionError("the indexed next_due and the full scan disagree on who is due")
        scan_case = f"due by full scan (CASE on tier), {contacts:,} contacts"
        scan = median_seconds(lambda: _due_by_scan(db, case_on_tier), repeats)

        def today_list(details: bool):  # the whole computation; the kept list is today_kept_bench's
            return calllist.computed_today_list(db, TODAY, days_ahead=7, language="en", details=details)

        entries = today_list(False)
        today = median_seconds(lambda: today_list(False), repeats)
        screen = entries[:SCREEN]
        one_screen = median_seconds(lambda: calllist.fill_details(db, screen), repeats)
        everything = median_seconds(lambda: today_list(True), repeats)
        area.results += [
            Result("call list", scan_case, due, "due", scan),
            Result("call list", "calllist.cadence_entries (indexed next_due)", due, "due",
                   median_seconds(lambda: _cadence_due(db), repeats), scan_case, scan),
            Result("call list", f"calllist.computed_today_list, {contacts:,} contacts (every reason: who, why, when)",
                   len(entries), "entries", today),
            Result("call list", "calllist.fill_details: number, note, address for one screen",
                   len(screen), "entries", one_screen),
            Result("call list", "calllist.computed_today_list with every entry's details (the command line)",
                   len(entries), "entries", everything),
        ]
        reasons = Counter(entry.reason for entry in entries)
        area.details += [
            f"today_list: {today * 1000:.0f} ms for {len(entries):,} entries "
            f"({', '.join(f'{reason} {count:,}' for reason, count in reasons.most_common())}); "
            f"{today / TARGET_SECONDS:.0%} of the {TARGET_SECONDS * 1000:.0f} ms the issue allows. "
            f"The today pane fills number, note and address for the rows it shows "
            f"({one_screen * 1000:.1f} ms for {len(screen)}); every detail of every entry: {everything * 1000:.0f} ms.", ""]
        area.details += _query_plans(db)
    finally:
        db.kw["bind"].dispose()
    return area
