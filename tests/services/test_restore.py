"""Restore takes a backup's rows, never its schema (issue 14, item 1): a trigger or a view smuggled
into a backup is refused by name and the store stays as it was."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.services import backup, contacts, notes
from app.services.backup import BackupError
from app.services.contacts import NewContact

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def _names(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT display_name FROM contacts"))


def _schema(path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))


def _hostile_backup(db, db_path, tmp_path, script: str) -> Path:
    """A real backup of this store, changed by one of the hostile scripts."""
    contacts.create_contact(db, NewContact(display_name="Mallory"))
    made = backup.make_backup(db_path, tmp_path / f"{script}.db")
    with sqlite3.connect(made) as conn:
        conn.executescript((HOSTILE / f"{script}.sql").read_text())
    conn.close()
    return made


@pytest.mark.parametrize("script, named", [
    ("backup-trigger-wipes-contacts", "holds trigger 'wipe'"),
    ("backup-notes-is-a-view", "table 'notes' is of type 'view'"),
    ("backup-extra-column", "columns of 'contacts'"),
    ("backup-dangling-rows", "row of 'notes' points to a missing row of 'contacts'"),
])
def test_a_backup_carrying_schema_or_rows_rapport_never_makes_is_refused(db, db_path, tmp_path, script, named):
    hostile = _hostile_backup(db, db_path, tmp_path, script)
    cid = contacts.create_contact(db, NewContact(display_name="Keep"))
    before, schema = _names(db_path), _schema(db_path)
    with pytest.raises(BackupError) as refused:
        backup.restore(db, hostile)
    assert named in str(refused.value) and hostile.name in str(refused.value)
    assert "nothing was changed" in str(refused.value)
    assert _names(db_path) == before and _schema(db_path) == schema  # the store as it was
    notes.add_note(db, cid, "still works")
    assert _names(db_path) == before


def test_a_good_backup_is_restored_with_rapports_own_schema(db, db_path, tmp_path):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    notes.add_note(db, cid, "likes tea")
    saved = backup.make_backup(db_path)
    schema = _schema(db_path)
    contacts.create_contact(db, NewContact(display_name="Later"))
    backup.restore(db, saved)
    assert _names(db_path) == ["Ana"] and _schema(db_path) == schema
    assert [n.body for n in notes.list_notes(db, cid)] == ["likes tea"]
    assert not list(db_path.parent.glob(".*restoring*"))  # no working copy left behind
