"""Backups: online, verified, rotated, restorable; and a backup before every destructive operation."""
from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from app.services import backup, contacts, directory, lifecycle
from app.services.backup import BackupError
from app.services.contacts import NewContact
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import
from tests.corpus import CORPUS


def _names(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT display_name FROM contacts"))


def test_a_backup_is_a_verified_private_copy_made_while_the_store_is_open(db, db_path):
    contacts.create_contact(db, NewContact(display_name="李娜"))
    made = backup.make_backup(db_path)
    assert made.parent == db_path.parent / "backups" / "rapport"
    assert backup.quick_check(made) == "ok" and _names(made) == ["李娜"]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert not list(made.parent.glob("*-wal")) and not list(made.parent.glob("*.part*"))


def test_auto_backup_only_when_changed_and_at_most_every_30_minutes(db, db_path):
    t0 = datetime(2026, 11, 20, 9, 0)
    contacts.create_contact(db, NewContact(display_name="A"))
    assert backup.auto_backup(db, now=t0) is not None
    contacts.create_contact(db, NewContact(display_name="B"))
    assert backup.auto_backup(db, now=t0 + timedelta(minutes=10)) is None  # too soon
    assert backup.auto_backup(db, now=t0 + timedelta(minutes=40)) is not None
    # the store has not been written since that backup (its file times are older): no new backup
    later = datetime.fromtimestamp(db_path.stat().st_mtime) + timedelta(hours=1)
    backup.make_backup(db_path, reason="auto", now=later)
    assert backup.auto_backup(db, now=later + timedelta(hours=1)) is None


def test_rotation_keeps_daily_weekly_monthly(db, db_path):
    now = datetime(2026, 11, 20, 12, 0)
    stamps = [now - timedelta(hours=h) for h in range(0, 24 * 400, 7)]
    for when in stamps:
        backup.make_backup(db_path, reason="auto", now=when)
    backup.make_backup(db_path, reason="manual", now=now - timedelta(days=600))
    backup.prune(db_path, now)
    kept = [b.made_at for b in backup.list_backups(db_path) if b.reason == "auto"]
    older_than_a_day = [k for k in kept if now - k > timedelta(days=1)]
    days = {k.date() for k in older_than_a_day if now - k <= timedelta(days=7)}
    assert len(days) == len([k for k in older_than_a_day if now - k <= timedelta(days=7)])  # one a day
    assert any(now - k > timedelta(days=200) for k in kept)  # monthly ones survive the year
    assert not any(now - k > timedelta(days=366) for k in kept)
    assert len(kept) < 40
    assert [b.reason for b in backup.list_backups(db_path)].count("manual") == 1  # never pruned


def test_restore_backs_up_the_current_store_first(db, db_path):
    contacts.create_contact(db, NewContact(display_name="Before"))
    saved = backup.make_backup(db_path)
    contacts.create_contact(db, NewContact(display_name="After"))
    safety = backup.restore(db, saved)
    assert _names(db_path) == ["Before"] and _names(safety) == ["After", "Before"]


def test_a_backup_from_an_older_version_is_restored_ready_to_use(db, db_path, tmp_path):
    from app.models.db import create_store_engine, current_revision, head_revision, upgrade
    from app.services import calllist, directory

    old = tmp_path / "rapport-20250101-090000-manual.db"
    engine = create_store_engine(old)
    upgrade(engine, "0006")  # before the call list's covering indexes
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, display_name, status, search_text, sort_name, created_at, updated_at) "
            "VALUES (7, 'Old Friend', 'active', 'old friend', 'old friend', '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    engine.dispose()
    backup.restore(db, old)
    assert current_revision(db.kw["bind"]) == head_revision()
    assert directory.contact_ids(db, directory.ContactFilter(search="friend")) == [7]
    assert calllist.today_list(db, date(2026, 3, 10)) == []  # the new indexes are there to answer


def test_restore_refuses_a_bad_file_and_changes_nothing(db, db_path, tmp_path):
    contacts.create_contact(db, NewContact(display_name="Keep"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50 + b"garbage" * 500)
    with pytest.raises(BackupError, match="junk.db"):
        backup.restore(db, junk)
    assert _names(db_path) == ["Keep"]


@pytest.mark.parametrize("operation", ["undo-import", "empty-trash"])
def test_a_backup_is_made_before_a_destructive_operation(db, db_path, operation):
    report = import_files(db, [CORPUS / "roundcube" / "apple.vcf"], region="US")
    if operation == "undo-import":
        undo_import(db, report.batch_id)
        reason = "undo-import"
    else:
        lifecycle.trash(db, report.added_ids)
        lifecycle.empty_trash(db)
        reason = "delete"
    assert directory.count(db) == 0
    [made] = [b for b in backup.list_backups(db_path) if b.reason == reason]
    assert _names(made.path) == ["Apple Computer AG"]


def test_disk_full_during_a_backup_leaves_no_partial_file_and_says_so(db, db_path, monkeypatch):
    contacts.create_contact(db, NewContact(display_name="X"))

    real_connect = sqlite3.connect

    def connect(target, *a, **k):
        if str(target).endswith(".part"):
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(target, *a, **k)

    monkeypatch.setattr(backup.sqlite3, "connect", connect)
    with pytest.raises(BackupError, match="disk is full.*store is unchanged"):
        backup.make_backup(db_path)
    monkeypatch.undo()
    assert list((db_path.parent / "backups" / "rapport").glob("*")) == []
    assert _names(db_path) == ["X"]
