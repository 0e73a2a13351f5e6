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
    return customer_store(tmp_path_factory.mktemp("fast"), 600)


@pytest.fixture
def store(generated, tmp_path) -> Path:
    """A copy of the generated store, as a clean close leaves it."""
    path = tmp_path / "rapport.db"
    path.write_bytes(generated.read_bytes())
    clean_close.record_check(path)
    return path


def _first_screen(qtbot, window) -> dict:
    """What the window shows once Today and the contact list have arrived: the entries, the listed ids,
    the first page of the contact table (every column, and the name's tooltip)."""
    arrived: set[str] = set()
    window.today_pane.loaded.connect(lambda _n: arrived.add("today"))
    window.contacts.idsLoaded.connect(lambda _n: arrived.add("contacts"))
    qtbot.waitUntil(lambda: arrived == {"today", "contacts"}, timeout=30000)
    model = window.contacts.model
    return {"entries": window.today_pane.model.entries(), "ids": model.ids(),
            "page": [[model.index(row, column).data() for column in range(model.columnCount())]
                     + [model.index(row, 0).data(3)] for row in range(min(100, model.rowCount()))]}


def _window(qtbot, db, path, fast=None):
    from app.ui.main_window import MainWindow

    window = MainWindow(db, path, today=lambda: TODAY, now=lambda: NOW, first_screen=fast)
    qtbot.addWidget(window)
    window.show()
    return window


def _closed(qtbot, window) -> None:
    window.worker.wait_for_done()
    qtbot.waitUntil(lambda: not window.worker.busy(), timeout=30000)


def test_a_fast_start_shows_what_the_normal_start_shows(qtbot, store):
    from app.services.store import open_for_use

    fast = begin(store)
    assert fast is not None
    read_with_sqlite3: list[int] = []
    ids_of, rows_of = fast.store.contact_ids, fast.store.rows
    fast.store.contact_ids = lambda: read_with_sqlite3.append(1) or ids_of()
    fast.store.rows = lambda ids: read_with_sqlite3.append(2) or rows_of(ids)
    quick = _window(qtbot, fast.db, store, fast)
    shown = _first_screen(qtbot, quick)
    qtbot.waitUntil(fast.db.is_open, timeout=30000)  # then opened the normal way
    _closed(qtbot, quick)
    fast.lock.release()
    db = open_for_use(store)
    try:
        normal = _window(qtbot, db, store)
        assert shown == _first_screen(qtbot, normal)
        assert len(shown["entries"]) > 10 and len(shown["ids"]) > 500 and read_with_sqlite3[0] == 1
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
    with sqlite3.connect(store) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0019'")  # 0020 is for PostgreSQL alone
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
