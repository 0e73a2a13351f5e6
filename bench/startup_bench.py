"""Start-up and command-line answers at the store's size, as whole processes (issue 18).

Each case is a fresh process timed from outside, the way a user waits for it:
- the window: `rapport --quit-when-ready` (shown, with today's list and the contact list
  arrived) against a bare PySide6 QMainWindow shown by a process of its own;
- commands that only read (`today`, `show`, `list --json`) against `python -c pass`.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Optional

from .timing import Area, Result, median_seconds

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RAPPORT_LANGUAGE="en")
    env.pop("RAPPORT_DB", None)
    return env


def _timed(args: list[str], runs: int, printed: Optional[list[float]] = None) -> float:
    """The whole process's median; with `printed`, also the medians of what --quit-when-ready printed
    (seconds from the process's start to the window shown and filled, without closing the store)."""
    env = _env()
    said: list[float] = []

    def run() -> None:
        done = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[-3:])} failed: {done.stderr.strip()[-500:]}")
        if printed is not None:
            said.append(float(done.stderr.strip().splitlines()[-1]))

    run()  # warm the page cache and write the clean-close stamp: every user's second start is like this
    said.clear()
    whole = median_seconds(run, runs)
    if printed is not None:
        printed.append(statistics.median(said))
    return whole


def _compiled() -> None:
    """The app's modules compiled, as pip leaves an installed Rapport. With PYTHONDONTWRITEBYTECODE set
    (this machine, many CI images) an editable checkout compiles its 300 modules again at every
    start: a second of the window's start that no installed copy pays."""
    import compileall

    import app

    compileall.compile_dir(Path(app.__file__).parent, quiet=1)


def run(store: Path, runs: int) -> Area:
    area = Area("startup")
    _compiled()
    n = _count(store)
    rapport = [sys.executable, "-m", "app.cli", "--db", str(store)]
    bare_name = "a bare PySide6 QMainWindow shown (own process)"
    bare = _timed([sys.executable, "-c", BARE_WINDOW], runs)
    area.results.append(Result("startup", bare_name, n, "contacts in the store", bare))
    ready: list[float] = []
    window = _timed(rapport + ["--quit-when-ready"], runs, ready)
    area.results.append(Result("startup", "rapport --quit-when-ready: window shown, today and contacts filled "
                               "(the seconds it printed)", n, "contacts in the store", ready[0], bare_name, bare))
    area.results.append(Result("startup", "rapport --quit-when-ready, whole process (closing the store included)",
                               n, "contacts in the store", window, bare_name, bare))
    area.details.append(f"Load average when the start-up was measured: {os.getloadavg()[0]:.1f} (2 cores).")
    empty_name = "python -c pass"
    empty = _timed([sys.executable, "-c", "pass"], runs)
    area.results.append(Result("startup", empty_name, n, "contacts in the store", empty))
    for label, args in (("rapport today", ["today", "--date", "2026-12-04"]), ("rapport show", ["show", "1"]),
                        ("rapport list --json", ["list", "--json"])):
        seconds = _timed(rapport + args, runs)
        area.results.append(Result("startup", f"{label} (whole process)", n, "contacts in the store", seconds, empty_name, empty))
    return area


def _count(store: Path) -> int:
    """Closed at once: `with` alone does not close a connection, and one left open in this process makes every
    Rapport measured after it leave the write-ahead log behind, so its next start takes the normal path."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{store}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
