"""Today's list as the window and the command line read it: kept up to date on write (issue 18).

For each store size: the whole computation (`calllist.computed_today_list`, what every read
cost before, and the reference the kept list is tested against), a read of the kept list with
no write since (the common case: the pane reloads, another view asks), and a read right after a
call is logged (the touched contact's entries recomputed and put back in place). Each store is
a copy, so the logged calls do not change the generated store.
"""
from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path

from app.models.db import open_store
from app.services import calllist
from app.services.interactions import log_interaction

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
        return [
            Result("today", whole_case, len(entries), "entries", whole),
            Result("today", f"kept list read, no write since, {n:,} contacts", len(entries), "entries", warm,
                   whole_case, whole),
            Result("today", f"kept list read after a call is logged, {n:,} contacts", len(entries), "entries",
                   after_write, whole_case, whole),
        ]
    finally:
        db.kw["bind"].dispose()
