"""`rapport --quit-when-ready`: open the window, wait until it shows what a user came for
(today's list and the contact list), print the seconds since the process started, quit.

The start-up benchmark uses it, and so can a packager's smoke test: it exercises the whole
path a user waits through, not a function of it.
"""
from __future__ import annotations

import sys
import time
from typing import Optional

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

TIMEOUT_MS = 300_000  # a store so large or a disk so slow that nothing arrives: fail, don't hang a CI job


def seconds_since_process_start() -> float:
    """Wall-clock seconds since this process began (Linux: from /proc; elsewhere since Python started)."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            fields = stat.read().rpartition(b")")[2].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); the first two fields are before the ')'
        with open("/proc/uptime", "rb") as uptime:
            up = float(uptime.read().split()[0])
        import os

        return max(0.0, up - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


class QuitWhenReady(QObject):
    """Quits the application once both lists of `window` have arrived (exit 0), or after TIMEOUT_MS (exit 1)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._waiting = {"today", "contacts"}
        window.today_pane.loaded.connect(lambda _n: self._arrived("today"))
        window.contacts.idsLoaded.connect(lambda _n: self._arrived("contacts"))
        QTimer.singleShot(TIMEOUT_MS, self._timed_out)

    def _arrived(self, what: str) -> None:
        self._waiting.discard(what)
        if not self._waiting:
            print(f"{seconds_since_process_start():.3f}", file=sys.stderr)
            QApplication.instance().exit(0)

    def _timed_out(self) -> Optional[None]:
        if self._waiting:
            print(f"rapport: still waiting for {', '.join(sorted(self._waiting))} after "
                  f"{TIMEOUT_MS // 1000} s", file=sys.stderr)
            QApplication.instance().exit(1)
