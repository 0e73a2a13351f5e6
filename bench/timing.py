"""Run a case several times and keep the median: one slow run (a cold cache) does not decide."""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Callable, Optional


def median_seconds(case: Callable[[], object], runs: int = 3, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        case()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@dataclass
class Result:
    """One line of the table: a case's median, and the baseline it is compared with."""

    area: str
    case: str
    items: int  # contacts, numbers, rows or matches, as `unit` says
    unit: str
    seconds: float
    baseline: Optional[str] = None  # the case (measured in the same run) this one is compared with
    baseline_seconds: Optional[float] = None

    @property
    def ratio(self) -> Optional[float]:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else None


@dataclass
class Area:
    """What one bench module measured: table rows, then details (query plans, a breakdown)."""

    name: str
    results: list[Result] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # Markdown lines printed after the table
