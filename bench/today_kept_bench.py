"""Today's list as the window and the command line read it: kept up to date on write (issue 18).

For each store size: the whole computation (`calllist.computed_today_list`, what every read
cost before, and the reference the kept list is tested against), a read of the kept list with
no write since (the common case: the pane reloads, another view asks), and a read right after a
call is logged (the touched contact's entries recomputed and put back in place). Then the list kept
in the store for a new process: a logged call's cost with and without keeping it current at commit,
and the new process's read (what `rapport today` prints). Each store is a copy, so the logged calls
do not change the generated store.
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from app.models.db import open_store
from app.services import calllist
from app.services.derived import refresh_everything_if_outdated
from app.services.interactions import log_interaction
from app.services.today_kept import stored
from app.services.today_kept.follow import follow

from .generate_store import TODAY, customer_store
from .timing import Area, Result, median_seconds

TARGET_SECONDS = 0.010  # issue 18: today's list at 100,000 contacts within 10 ms
_WARM_REPEATS = 9


def run(data: Path, sizes: tuple[int, ...], runs: int) -> Area:
    area = Area("today's kept list")
    for n in sizes:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "store.db"
            shutil.copy(customer_store(data, n), copy)
            area.results += _measure(copy, n, runs)
    area.details.append(f"Target: a read within {TARGET_SECONDS * 1000:.0f} ms at 100,000 contacts (aim 1 ms).")
    return area


def _measure(path: Path, n: int, runs: int) -> list[Result]:
    db = open_store(path)
    try:
        def read():
            return calllist.today_list(db, TODAY, days_ahead=7, language="en", details=False)

        def computed():
            return calllist.computed_today_list(db, TODAY, days_ahead=7, language="en", details=False)

        entries = read()  # the first read computes the list whole
        if [e.as_json() for e in entries] != [e.as_json() for e in computed()]:
            raise AssertionError("the kept list and the whole computation disagree")
        whole_case = f"whole computation (calllist.computed_today_list), {n:,} contacts"
        whole = median_seconds(computed, runs)
        warm = median_seconds(read, max(runs, _WARM_REPEATS))
        due = iter([e.contact_id for e in entries if e.reason == "cadence"])

        def log_a_call():
            when = datetime.combine(TODAY, datetime.min.time())
            log_interaction(db, next(due), "call", when=when, now=datetime.combine(TODAY, datetime.max.time()))

        after_write = median_seconds(read, runs, setup=log_a_call)
        logged = median_seconds(log_a_call, runs)  # nothing kept in the store yet: the write alone
        stored_cases = _stored(db, path, n, runs, log_a_call, logged, len(entries))
        return [
            Result("today", whole_case, len(entries), "entries", whole),
            Result("today", f"kept list read, no write since, {n:,} contacts", len(entries), "entries", warm,
                   whole_case, whole),
            Result("today", f"kept list read after a call is logged, {n:,} contacts", len(entries), "entries",
                   after_write, whole_case, whole),
            *stored_cases,
        ]
    finally:
        db.kw["bind"].dispose()


def _stored(db, path: Path, n: int, runs: int, log_a_call, logged: float, listed: int) -> list[Result]:
    """The list kept in the store for a new process (`rapport today`, the window's first fill): what a
    write costs to keep it current (the touched contact patched at commit), and what the new process's
    read costs (stored.table_rows: what `rapport today` prints), beside the write alone."""
    refresh_everything_if_outdated(db)  # as store.open_for_use: a reader trusts current derived columns only
    follow()
    calllist.today_list(db, TODAY)  # the settings' list: computed, and kept in the store
    if stored.table_rows(path, TODAY) is None:
        raise AssertionError("the list was not kept in the store")
    kept_write = median_seconds(log_a_call, runs)
    rows = stored.table_rows(path, TODAY)
    if rows is None:
        raise AssertionError("a logged call left the kept list stale")
    write_case = f"a call logged, nothing kept in the store, {n:,} contacts"
    return [
        Result("today", write_case, 1, "contacts", logged),
        Result("today", f"a call logged, the stored list patched at commit, {n:,} contacts", 1, "contacts",
               kept_write, write_case, logged),
        Result("today", f"stored list read by a new process (stored.table_rows), {n:,} contacts", len(rows),
               "entries", median_seconds(lambda: stored.table_rows(path, TODAY), max(runs, _WARM_REPEATS))),
    ]
