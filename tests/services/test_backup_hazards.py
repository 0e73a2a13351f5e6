"""Backups when the world is not as expected: an unwritable folder, a clock that was ahead,
copies cut off halfway (issue 14, items 5, 11 and 12)."""
from __future__ import annotations

import pytest

import os
from datetime import datetime, timedelta

from app.services import backup, contacts
from app.services.contacts import NewContact
from app.services.store import StoreDamaged, open_for_use


@pytest.mark.sqlite_only("file backups beside a SQLite store")
def test_a_failed_backup_after_a_change_is_a_warning_and_the_command_succeeds(tmp_path, run):
    (tmp_path / "backups").write_text("a file where the backups folder goes")
    code, out, err = run("add", "Xavier")
    assert code == 0, err  # the contact is committed: a user told "error" would add him twice
    assert "warning" in err and "backups" in err and "Not a directory" in err and "unexpected" not in err
    assert len(err.strip().splitlines()) == 1
    assert run("list", "--json")[1].count("Xavier") == 1


def test_a_backup_dated_in_the_future_does_not_stop_automatic_backups(db, db_path, run, tmp_path):
    now = datetime(2026, 11, 20, 9, 0)
    contacts.create_contact(db, NewContact(display_name="A"))
    ahead = backup.make_backup(db_path, reason="auto", now=now + timedelta(days=300))
    contacts.create_contact(db, NewContact(display_name="B"))
    made = backup.auto_backup(db, now=now)
    assert made is not None and made != ahead
    listed = backup.list_backups(db_path)
    assert listed[0].path == ahead and listed[0].in_future(now) and not listed[1].in_future(now)


@pytest.mark.sqlite_only("file backups beside a SQLite store")
def test_rapport_backups_warns_about_a_backup_dated_in_the_future(tmp_path, run):
    run("add", "A")
    cli_db = tmp_path / "cli.db"
    ahead = backup.make_backup(cli_db, reason="auto", now=datetime.now() + timedelta(days=400))
    code, out, err = run("backups")
    assert code == 0 and ahead.name in out
    assert "in the future" not in out and "clock" in err and ahead.name in err


def test_start_up_recovery_never_names_a_backup_dated_in_the_future(tmp_path):
    path = tmp_path / "rapport.db"
    db = open_for_use(path)
    contacts.create_contact(db, NewContact(display_name="Saved"))
    good = backup.make_backup(path, now=datetime.now() - timedelta(hours=1))
    backup.make_backup(path, now=datetime.now() + timedelta(days=30))
    db.kw["bind"].dispose()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 97):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    try:
        open_for_use(path)
    except StoreDamaged as damaged:
        assert damaged.newest_backup == good
    else:
        raise AssertionError("the damaged store was opened")


def _leftovers(db_path):
    folder = backup.backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / "rapport-20261120-090000-auto.db.part"
    journal = folder / "rapport-20261120-090000-auto.db.part-journal"
    for leftover in (part, journal):
        leftover.write_bytes(b"contacts deleted for good" * 1000)
        an_hour_ago = (datetime.now() - timedelta(hours=1)).timestamp()
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    return part, journal


def test_an_interrupted_backup_is_removed_at_the_next_backup(db, db_path):
    part, journal = _leftovers(db_path)
    backup.make_backup(db_path)
    assert not part.exists() and not journal.exists()


def test_an_interrupted_backup_is_removed_at_the_next_start(tmp_path):
    path = tmp_path / "rapport.db"
    open_for_use(path).kw["bind"].dispose()
    part, journal = _leftovers(path)
    open_for_use(path).kw["bind"].dispose()
    assert not part.exists() and not journal.exists()


def test_a_backup_in_progress_elsewhere_is_left_alone(db, db_path):
    folder = backup.backup_dir(db_path)
    folder.mkdir(parents=True)
    fresh = folder / "rapport-20261120-090000-auto.db.part"
    fresh.write_bytes(b"being written by another Rapport")
    backup.make_backup(db_path)
    assert fresh.exists()
