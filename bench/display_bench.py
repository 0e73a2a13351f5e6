"""Showing a number one way (issue 16): `python -m bench.display_bench` on the 100,000-contact bench store.

fill_details for one screen and today_list with every entry's details, with phones.display as it is
and replaced by the text as stored (what was shown before), in the same run; the display cache is
emptied before each run. Needs the store made by `python -m bench --only calllist`.
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from app.models.db import open_store
from app.services import calllist, phones

from .generate_store import TODAY, store_path

DATA = Path(__file__).with_name("data")


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        phones.display.cache_clear()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    db = open_store(store_path(DATA, 100_000))
    entries = calllist.today_list(db, TODAY, days_ahead=7, language="en", details=False)
    screen = entries[:60]
    shown = calllist.display
    def as_stored(number, region, extension=None, valid=False):
        return number or ""

    cases = (("shown one way", shown), ("as stored (before)", as_stored), ("shown one way, again", shown))
    print(f"{len(entries):,} entries")
    for label, display in cases:
        calllist.display = display
        one = _median(lambda: calllist.fill_details(db, screen), 7)
        every = _median(lambda: calllist.today_list(db, TODAY, days_ahead=7, language="en", details=True), 3)
        print(f"{label:22} one screen {one * 1000:6.1f} ms   every entry's details {every:6.2f} s")
    calllist.display = shown


if __name__ == "__main__":
    main()
