"""The read-only path opens a store only when the ORM path would have done nothing but read, and
otherwise says None (the caller opens it as usual); it loads neither the ORM nor Qt."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from app.models.db import create_store_engine, upgrade
from app.services import contacts, store
from app.services.contacts import NewContact
from app.services.reading import open_file_for_reading, open_for_reading, setting
from app.services.store import close_store, open_for_use

pytestmark = pytest.mark.sqlite_only("the read path opens SQLite files with plain sqlite3")


@pytest.fixture(scope="module")
def _made(tmp_path_factory):
    """A store as a user leaves it: made, written, closed cleanly, checked at its next open, closed."""
    path = tmp_path_factory.mktemp("made") / "rapport.db"
    db = open_for_use(path)
    contacts.create_contact(db, NewContact(display_name="Ana García"))
    close_store(db, path)
    close_store(open_for_use(path), path)
    return path


@pytest.fixture
def _ready_store(_made):
    def copy(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_made, path)
        store.clean_close.record_check(path)  # as its own clean close leaves it
        return path
    return copy


def test_a_cleanly_closed_store_is_read_at_one_moment_and_changes_nothing(tmp_path, _ready_store):
    path = _ready_store(tmp_path / "rapport.db")
    before = path.stat().st_mtime_ns, path.read_bytes()
    conn = open_for_reading(str(path))
    assert conn is not None
    assert conn.execute("SELECT display_name FROM contacts").fetchall() == [("Ana García",)]
    assert conn.in_transaction  # one snapshot for the whole answer
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM contacts")
    conn.close()
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    close_store(open_for_use(path), path)  # the next ORM open finds nothing to check or repair
    assert open_file_for_reading(path) is not None


def test_it_finds_the_store_as_every_other_command_does(tmp_path, monkeypatch, _ready_store):
    default = store.default_db_path()
    _ready_store(default)
    assert store.resolve_db_path() == default
    assert open_for_reading(None) is not None
    other = _ready_store(tmp_path / "other.db")
    monkeypatch.setenv("RAPPORT_DB", str(other))
    assert store.resolve_db_path() == other
    conn = open_for_reading(None)
    assert conn.execute("PRAGMA database_list").fetchone()[2] == str(other)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert open_for_reading("~/other.db") is not None  # as location_of: ~ is the home folder


@pytest.mark.parametrize("why", ["missing", "empty", "folder", "server", "demo", "not a database",
                                 "left open", "never closed cleanly", "hard link"])
def test_anything_but_a_plain_cleanly_closed_file_goes_the_usual_way(tmp_path, why, _ready_store):
    path = tmp_path / "rapport.db"
    explicit, demo = str(path), False
    if why == "empty":
        path.touch()
    elif why == "folder":
        path.mkdir()
    elif why == "server":
        explicit = "postgresql+psycopg://me@localhost/rapport"
    elif why == "demo":
        _ready_store(store.demo_db_path())
        explicit, demo = None, True
    elif why == "not a database":
        path.write_bytes(b"BEGIN:VCARD\r\nEND:VCARD\r\n" * 200)
    elif why == "left open":
        _ready_store(path)
        conn = sqlite3.connect(path)  # a writer still at work: its log is there
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("UPDATE contacts SET display_name = 'Ana'")
        conn.commit()
        assert os.path.getsize(str(path) + "-wal") > 0
    elif why == "never closed cleanly":
        _ready_store(path)
        store.clean_close.forget(path)
    elif why == "hard link":
        _ready_store(tmp_path / "real.db")
        os.link(tmp_path / "real.db", path)
    assert open_for_reading(explicit, demo=demo) is None


@pytest.mark.parametrize("why", ["old schema", "newer schema", "derived columns outdated"])
def test_a_store_the_orm_path_would_change_goes_the_usual_way(tmp_path, why, _ready_store):
    path = _ready_store(tmp_path / "rapport.db")
    with sqlite3.connect(path) as conn:
        if why == "derived columns outdated":
            conn.execute("UPDATE settings SET value = '1' WHERE key = 'derived_version'")
        else:
            conn.execute("UPDATE alembic_version SET version_num = ?", ("0019" if why == "old schema" else "9999",))
    conn.close()
    store.clean_close.record_check(path)  # as closed cleanly: only the schema tells
    assert open_file_for_reading(path) is None


def test_an_old_schemas_store_goes_the_usual_way(tmp_path):
    path = tmp_path / "old.db"
    engine = create_store_engine(path)
    upgrade(engine, "0010")
    engine.dispose()
    store.clean_close.record_check(path)
    assert open_file_for_reading(path) is None


def test_settings_are_read_as_the_services_store_them(tmp_path):
    from app.services import settings

    path = tmp_path / "rapport.db"
    db = open_for_use(path)
    settings.put(db, "phone_region", "CN")
    settings.put(db, "working_days", [1, 3])
    close_store(db, path)
    close_store(open_for_use(path), path)
    conn = open_file_for_reading(path)
    assert setting(conn, "phone_region") == "CN"
    assert setting(conn, "working_days") == [1, 3]
    assert setting(conn, "calls_per_day", 12) == 12


def test_opening_and_reading_loads_no_orm_qt_or_phone_library(tmp_path, _ready_store):
    path = _ready_store(tmp_path / "rapport.db")
    script = ("import sys\nfrom app.services.reading import open_for_reading\n"
              "conn = open_for_reading(sys.argv[1])\nassert conn.execute('SELECT count(*) FROM contacts').fetchone()[0]\n"
              "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6', "
              "'phonenumbers', 'pypinyin', 'shiboken6'})\nprint(heavy)\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                          env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
