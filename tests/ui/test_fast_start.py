"""The window's fast start (app/ui/fast_start): the first screen filled before the store is opened the
normal way, the same as the normal start shows, nothing written before that opening, and every other
store opened the normal way."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import clean_close
from app.ui.fast_start import begin
from bench.generate_store import TODAY, customer_store

from .conftest import NOW

pytestmark = pytest.mark.sqlite_only("a fast start reads the SQLite file before opening it")


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A generated store whose today's list of TODAY is kept in it, as a day's first look leaves it."""
    from app.services import calllist
    from app.services.store import close_store, open_for_use

    path = customer_store(tmp_path_factory.mktemp("fast"), 600)
    db = open_for_use(path)
    calllist.today_list(db, TODAY)
    close_store(db, path)
    return path


@pytest.fixture
def store(generated, tmp_path) -> Path:
    """A copy of the generated store, as a clean close leaves it."""
    path = tmp_path / "rapport.db"
    path.write_bytes(generated.read_bytes())
    clean_close.record_check(path)
    return path


@pytest.fixture
def kept(store) -> Path:
    """The copy with its today's list of TODAY kept and current (the stamp beside a store is of that file:
    a copy's list is kept again), as Rapport closing it leaves it."""
    from app.services import calllist
    from app.services.store import close_store, open_for_use
    from app.services.today_kept import stored

    db = open_for_use(store)
    calllist.today_list(db, TODAY)
    close_store(db, store)
    assert stored.has(store, TODAY)
    return store


def _first_screen(qtbot, window) -> dict:
    """What the window shows once Today and the contact list have arrived: Today's title and rows the moment
    it says it has arrived (a fast start's first screenful: the rest follows), then, the whole list there,
    each Today row's every role (name, why, when, section, quadrant, colour, tooltip), the listed ids, the
    first page of the contact table (every column, and the name's tooltip)."""
    arrived: set[str] = set()
    today = window.today_pane.model
    at_once: list = []

    def today_arrived(_n) -> None:
        arrived.add("today")
        at_once.extend([window.today_pane.title.text(), today.rowCount(), today.total(), today.complete()])
        at_once.append([[today.index(row).data(role) for role in (0, 1, *range(258, 265))]
                        for row in range(today.rowCount())])

    model = window.contacts.model
    contacts_at_once: list = []

    def contacts_arrived(n: int) -> None:
        if "contacts" not in arrived:
            arrived.add("contacts")
            contacts_at_once.extend([n, window.contacts.status.text(), model.ids()])

    window.today_pane.loaded.connect(today_arrived)
    window.contacts.idsLoaded.connect(contacts_arrived)
    qtbot.waitUntil(lambda: arrived == {"today", "contacts"}, timeout=30000)
    at_once.append(contacts_at_once)
    qtbot.waitUntil(today.complete, timeout=30000)  # a fast start: the rest of the list, once the first screen is in
    for row in range(today.rowCount()):
        today.index(row).data(3)  # every entry's tooltip asked for: the numbers and notes fetched for all
    qtbot.waitUntil(lambda: not today.details_pending() and not window.worker.busy(), timeout=30000)
    return {"at_once": at_once,
            "today": [[today.index(row).data(role) for role in (0, 1, 3, *range(258, 265))]
                      for row in range(today.rowCount())],
            "entries": [_shown_fields(entry) for entry in today.entries()],
            "ids": model.ids(),
            "page": [[model.index(row, column).data() for column in range(model.columnCount())]
                     + [model.index(row, 0).data(3)] for row in range(min(100, model.rowCount()))]}


def _shown_fields(entry) -> tuple:
    """An entry as the window uses it (the extras it shows; not the plan's snooze date or a reorder's
    product id, which the week plan computes for itself)."""
    return (entry.contact_id, entry.display_name, entry.reason, entry.due_date, entry.days_overdue, entry.tier,
            entry.tier_colour, entry.tier_rank, entry.cadence_days, entry.detail, entry.phone, entry.phone_display,
            entry.last_contact, entry.note, entry.organization, entry.city, entry.address, entry.follow_up_id,
            entry.kind, {k: v for k, v in entry.extra.items() if k not in ("snoozed_until", "customers",
                                                                          "product_id", "last_purchase")})


def _window(qtbot, db, path, fast=None):
    from app.ui.main_window import MainWindow

    window = MainWindow(db, path, today=lambda: TODAY, now=lambda: NOW, first_screen=fast)
    qtbot.addWidget(window)
    window.show()
    return window


def _closed(qtbot, window) -> None:
    window.worker.wait_for_done()
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=30000)


@pytest.mark.parametrize("first_screen", [12, 100], ids=["a screenful, then the rest", "the whole list at once"])
def test_a_fast_start_shows_what_the_normal_start_shows(qtbot, kept, monkeypatch, first_screen):
    from app.services.store import open_for_use

    store = kept
    monkeypatch.setattr("app.ui.today.pane.FIRST_SCREEN", first_screen)  # the generated list has 83 rows
    fast = begin(store)
    assert fast is not None
    read_with_sqlite3: list[int] = []
    ids_of, rows_of, head_of, today_of = fast.store.contact_ids, fast.store.rows, fast.store.today_head, fast.store.today_list
    first_ids_of = fast.store.contact_head
    fast.store.contact_head = lambda limit: read_with_sqlite3.append(4) or first_ids_of(limit)
    fast.store.contact_ids = lambda: read_with_sqlite3.append(1) or ids_of()
    fast.store.rows = lambda ids: read_with_sqlite3.append(2) or rows_of(ids)
    fast.store.today_head = lambda *args: read_with_sqlite3.append(0) or head_of(*args)
    fast.store.today_list = lambda day: read_with_sqlite3.append(3) or today_of(day)
    quick = _window(qtbot, fast.db, store, fast)
    shown = _first_screen(qtbot, quick)
    qtbot.waitUntil(fast.db.is_open, timeout=30000)  # then opened the normal way
    _closed(qtbot, quick)
    fast.lock.release()
    db = open_for_use(store)
    try:
        normal = _window(qtbot, db, store)
        usual = _first_screen(qtbot, normal)
        title, rows, total, complete, first_rows, (listed, status, first_ids) = shown.pop("at_once")
        assert shown == {key: value for key, value in usual.items() if key != "at_once"}  # once all is there
        # At first, the same title and first rows (the section headers' counts those of the whole list).
        assert title == usual["at_once"][0] and total == len(usual["entries"]) and len(usual["today"]) == 83
        assert first_rows == usual["at_once"][4][:rows] and len(first_rows) == rows
        # The contact list: its first screenful (100 of ~580), the count of them all; all once the first screen is in.
        assert (listed, status) == tuple(usual["at_once"][5][:2]) and listed == len(usual["ids"]) > 500
        assert first_ids == usual["ids"][:100]
        if first_screen == 12:  # 12 entries under their headers, the rest read after the first screen
            assert not complete and rows == 12 + sum(row[2] for row in first_rows)
            assert sorted(read_with_sqlite3[:2]) == [0, 4] and {1, 3} <= set(read_with_sqlite3)
        else:
            assert complete and rows == 83 and 3 not in read_with_sqlite3 and 1 in read_with_sqlite3
        assert len(shown["today"]) > 10 and len(shown["ids"]) > 500
        _closed(qtbot, normal)
    finally:
        db.kw["bind"].dispose()


def test_a_write_right_after_a_fast_start_waits_for_the_store_to_be_opened(qtbot, store):
    from app.services import directory

    with sqlite3.connect(store) as connection:
        cid = connection.execute("SELECT id FROM contacts WHERE tier_id IS NULL AND deleted_at IS NULL").fetchone()[0]
    connection.close()
    fast = begin(store)
    window = _window(qtbot, fast.db, store, fast)
    written: list[bool] = []
    window.actions.storeChanged.connect(lambda _ids: written.append(fast.db.is_open()))
    window.actions.set_tier("A", [cid])  # at once, before the first screen has even arrived
    qtbot.waitUntil(lambda: bool(written), timeout=30000)
    assert written == [True]  # written once the store was opened the normal way, not before
    assert directory.rows(fast.db.real(), [cid])[cid].tier == "A"
    _closed(qtbot, window)
    fast.lock.release()


def _start(store: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_LANGUAGE": "en"}
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(store), "--quit-when-ready"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_store_of_an_older_schema_is_opened_and_migrated_the_normal_way(store):
    with sqlite3.connect(store) as connection:  # as before migration 0021 (the kept today's lists)
        connection.executescript("DROP TABLE today_entries; DROP TABLE today_lists;"
                                 "UPDATE alembic_version SET version_num = '0020'")
    connection.close()
    clean_close.record_check(store)
    assert begin(store) is None
    done = _start(store)
    assert done.returncode == 0, done.stderr
    assert float(done.stderr.strip().splitlines()[-1]) > 0  # the seconds it took
    with sqlite3.connect(store) as connection:
        from app.models.db import head_revision

        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    connection.close()
    assert list(store.parent.glob("backups/*before-migration*")) or list(store.parent.rglob("*before-migration*"))


READY_PROBE = """
import sys
from app.ui import ready

arrived = ready.QuitWhenReady._arrived


def probe(self, what):
    if self._waiting == {what}:  # the moment the window reports ready
        heavy = ("sqlalchemy", "alembic", "phonenumbers", "pypinyin", "app.models", "app.services.geo")
        print("LOADED", [name for name in heavy if name in sys.modules], file=sys.stderr)
    arrived(self, what)


ready.QuitWhenReady._arrived = probe
from app.cli import main

sys.exit(main(sys.argv[1:]))
"""


def test_a_fast_start_is_ready_before_sqlalchemy_or_phonenumbers_are_loaded(generated, tmp_path):
    from datetime import date

    from app.services import calllist
    from app.services.store import close_store, open_for_use

    path = tmp_path / "rapport.db"
    path.write_bytes(generated.read_bytes())
    db = open_for_use(path)
    # The list of the day the window will ask for (its own clock, in the child process) is kept.
    entries = calllist.today_list(db, date.today())
    close_store(db, path)
    clean_close.record_check(path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # the locale the list was kept for
    done = subprocess.run([sys.executable, "-c", READY_PROBE, "--db", str(path), "--quit-when-ready"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr and entries
