"""Run a case several times and keep the median: one slow run (a cold cache) does not decide."""
from __future__ import annotations

import statistics
import time
from typing import Callable


def median_seconds(case: Callable[[], object], runs: int = 3, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        case()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
