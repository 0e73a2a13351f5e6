"""Search as the user meets it: a keystroke in the contact list's search box, in the real widget
(the search box, the QTableView and its model, offscreen), model reset, row fetch and repaint
included, at a tenth, once and three times the store's size.

Beside each, in the same run: the store's own search for the same query (`directory.contact_ids`,
the LIKE '%…%' each keystroke ran before, plus the same reset and repaint) and a raw sqlite3 scan
of every contact id (the floor for any query that looks at every row). Then clearing the box, and
the wait from the last key typed to the list shown (the debounce and the search, with real key
events).
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Callable

from .generate_store import customer_store
from .timing import Area, Result, median_seconds

QUERIES = [
    ("a one-character Chinese surname", "王"),
    ("pinyin initials", "zw"),
    ("a phone fragment", "138 1234"),
    ("a Latin name, 4 characters", "mart"),
    ("a name with an accent", "garcía"),
    ("one pinyin initial", "z"),
    ("a pinyin initial, two letters", "zh"),
    ("three pinyin initials", "zwm"),
    ("one Latin letter", "w"),
]
_EVERY_SIZE = ("王", "mart")  # at a tenth and three times the store too
_REPEATS = 5  # a keystroke takes milliseconds: more runs, steadier medians


def run(folder: Path, n: int, runs: int) -> Area:
    area = Area("search")
    repeats = max(runs, _REPEATS)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    for size in (max(n // 10, 100), n, 3 * n):
        _measure(area, app, customer_store(folder, size), repeats, main=size == n)
    area.details.append(
        "Each keystroke: the text set, the search run (what the wait after the last key then does), "
        "the model reset with the ids found, the rows on screen read from the store (the row cache "
        "emptied first, as for a first search) and the table repainted. Each run starts from the "
        "cleared box, so no search narrows the one before (what a query typed afresh costs). The store's search is "
        "the same but for the ids, asked of the store. The index is read once on the worker when "
        "the list is first shown (not timed here: see 'search index read').")
    return area


def _measure(area: Area, app, store: Path, repeats: int, main: bool) -> None:
    from app.models.db import open_store
    from app.services import directory
    from app.services.directory import ContactFilter
    from app.services.search_index import SearchIndex
    from app.ui.contact_list import ContactList
    from app.ui.contact_table_model import ContactTableModel
    from app.ui.worker import Worker

    db = open_store(store)
    worker = Worker()
    box = ContactList(db, worker, ContactTableModel(db))
    try:
        box.resize(700, 800)
        box.show()  # reads the index on the worker
        box.reload()
        _wait(app, lambda: not worker.busy() and box._index is not None)
        n = len(box.model.ids())
        connection = sqlite3.connect(store)
        floor = median_seconds(lambda: connection.execute("SELECT id FROM contacts").fetchall(), repeats)
        connection.close()
        floor_case = f"raw sqlite3 `SELECT id FROM contacts`, {n:,} contacts"
        area.results.append(Result("search", floor_case, n, "contacts", floor))
        area.results.append(Result("search", f"search index read (on the worker), {n:,} contacts", n, "contacts",
                                   median_seconds(lambda: SearchIndex.load(db), min(repeats, 3)), floor_case, floor))

        def show(ids: list[int]) -> None:
            box.model.set_ids(ids)
            _paint(app, box)

        def clear() -> None:
            box.search.setText("")
            box._show_search()
            _paint(app, box)

        cpu_times: list[str] = []
        for label, query in QUERIES if main else [(label, query) for label, query in QUERIES if query in _EVERY_SIZE]:
            found = directory.contact_ids(db, ContactFilter(search=query))
            old_case = f"store's search + reset + repaint: {label} ({query!r}), {n:,} contacts"
            old = median_seconds(lambda: show(directory.contact_ids(db, ContactFilter(search=query))), repeats,
                                 setup=lambda: (show(box.model.ids()), box.model.forget_rows()))
            area.results.append(Result("search", old_case, len(found), "matches", old, floor_case, floor))

            def keystroke() -> None:
                box.search.setText(query)
                box._show_search()
                _paint(app, box)

            base_case, base = old_case, old
            if main:  # the same keystroke with every text scanned, as before the runs (search_runs.py)
                runs, box._index._runs = box._index._runs, _NoRuns()
                try:
                    scan, _ = _median_wall_and_cpu(keystroke, repeats, setup=lambda: (clear(), box.model.forget_rows()))
                finally:
                    box._index._runs = runs
                base_case = f"keystroke, every text scanned (before the runs): {label} ({query!r}), {n:,} contacts"
                area.results.append(Result("search", base_case, len(found), "matches", scan, old_case, old))
                base = scan
            new, cpu = _median_wall_and_cpu(keystroke, repeats, setup=lambda: (clear(), box.model.forget_rows()))
            if box.model.ids() != found:
                raise AssertionError(f"search {query!r}: the index finds other contacts than the store")
            if found and not box.model.loaded_row_count():
                raise AssertionError("the table was not painted")
            area.results.append(Result("search", f"keystroke in the window: {label} ({query!r}), {n:,} contacts",
                                       len(found), "matches", new, base_case, base))
            cpu_times.append(f"{query!r} {cpu * 1000:.1f} ms")
        clearing, cpu = _median_wall_and_cpu(clear, repeats, setup=lambda: (box.search.setText("mart"),
                                                                            box._show_search(), _paint(app, box)))
        cpu_times.append(f"clearing {cpu * 1000:.1f} ms")
        area.results.append(Result("search", f"clearing the box: all {n:,} listed again", n, "contacts", clearing,
                                   floor_case, floor))
        area.details.append(f"GUI thread CPU time (thread_time, medians) at {n:,} contacts: " + ", ".join(cpu_times)
                            + f"; load average {os.getloadavg()[0]:.1f}.")
        if main:
            waits = []
            for _ in range(repeats):
                clear()
                waits.append(_type(app, box, "mart"))
            area.results.append(Result("search", f"last key typed ('mart') to the list shown (the wait for a next "
                                       f"key included), {n:,} contacts", n, "contacts", statistics.median(waits)))
    finally:
        box.hide()
        worker.wait_for_done()
        box.deleteLater()
        worker.deleteLater()
        app.processEvents()
        db.kw["bind"].dispose()


class _NoRuns:
    """The search index's runs left out: every term scanned for in every text, as before them."""

    def candidates(self, term: str) -> None:
        return None


def _paint(app, box) -> None:
    """What the event loop does next: the reset's delayed layout, then the table painted (data()
    asked for every visible cell, the rows on screen read from the store)."""
    app.processEvents()


def _median_wall_and_cpu(case: Callable[[], object], runs: int, setup: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and GUI-thread CPU medians: on a shared machine the wall clock also counts the
    time other processes had the cores."""
    walls, cpus = [], []
    for _ in range(runs):
        setup()
        wall, cpu = time.perf_counter(), time.thread_time()
        case()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _type(app, box, text: str) -> float:
    """Real key events, one every 20 ms (a fast typist); the seconds from the last key to the list shown."""
    from PySide6.QtTest import QTest

    for char in text[:-1]:
        QTest.keyClick(box.search, char)
        _spin(app, 0.02)
    shown = []
    box.idsLoaded.connect(shown.append)
    try:
        start = time.perf_counter()
        QTest.keyClick(box.search, text[-1])
        _wait(app, lambda: bool(shown))
        _paint(app, box)
        return time.perf_counter() - start
    finally:
        box.idsLoaded.disconnect(shown.append)


def _spin(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _wait(app, done: Callable[[], bool], timeout: float = 600) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the contact list did not settle")
        app.processEvents()
        time.sleep(0.001)
