"""What a person can type or meet on the command line gets one clear line, never 'unexpected error'
(issue 14, item 15): dates at the ends of the calendar, ids too long for SQLite, bytes that are not
UTF-8, and a full disk."""
from __future__ import annotations

import sqlite3

import pytest

from app.models import backend as store_db  # where the SQLite pragmas are set


def _one_line(code: int, err: str) -> str:
    assert code != 0
    assert "unexpected error" not in err and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("args", [("today", "--date", "9999-12-31"), ("today", "--date", "0001-01-01"),
                                  ("plan", "--date", "9999-12-31"), ("value", "scores", "--date", "9999-12-31")])
def test_a_date_at_the_end_of_the_calendar_is_out_of_range(run, args):
    run("add", "Ana", "--tier", "A")
    line = _one_line(*run(*args)[::2])
    assert "out of range" in line and args[-1] in line


def test_an_id_too_long_for_the_store_is_no_contact(run):
    run("add", "Ana")
    line = _one_line(*run("show", "99999999999999999999999")[::2])
    assert "99999999999999999999999" in line and "no contact" in line


@pytest.mark.parametrize("args", [("add", "Ana\udcff"), ("import", "/tmp/caf\udce9.vcf"),
                                  ("note", "1", "\udcc3(")])
def test_an_argument_that_is_not_utf8_is_named(run, args):
    run("add", "Ana")
    line = _one_line(*run(*args)[::2])
    assert "not UTF-8" in line and "\\x" in line


@pytest.mark.sqlite_only("SQLite's page limit stands in for a full disk; a server's disk is the server's")
def test_add_on_a_full_disk_says_the_disk_is_full(run, monkeypatch, tmp_path):
    assert run("add", "Ana")[0] == 0
    real = store_db._set_pragmas

    def full_after_this_page(dbapi_connection, record):
        real(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # SQLite answers SQLITE_FULL past it

    monkeypatch.setattr(store_db, "_set_pragmas", full_after_this_page)
    line = _one_line(*run("add", "Bob " + "x" * 20000, "--org", "y" * 20000)[::2])
    assert "disk is full" in line and "cli.db" in line
    monkeypatch.undo()
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        assert [r[0] for r in conn.execute("SELECT display_name FROM contacts")] == ["Ana"]
