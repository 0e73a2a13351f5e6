"""Opening a store safely: damaged stores moved aside, newer ones refused, private files, one writer."""
from __future__ import annotations

import stat

import pytest

from app.services import backup, contacts
from app.services.contacts import NewContact
from app.services.store import StoreBusy, StoreDamaged, network_share_warning, open_for_use, writer_lock


def test_a_new_store_is_private(tmp_path):
    path = tmp_path / "new" / "rapport.db"
    open_for_use(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_store_is_moved_aside_and_the_newest_good_backup_offered(tmp_path):
    path = tmp_path / "rapport.db"
    db = open_for_use(path)
    contacts.create_contact(db, NewContact(display_name="Saved"))
    good = backup.make_backup(path)
    db.kw["bind"].dispose()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 97):  # scribble over pages after the header
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged) as info:
        open_for_use(path)
    damaged = info.value
    assert damaged.moved_to.exists() and not path.exists()  # moved, never deleted
    assert damaged.newest_backup == good and str(good) in str(damaged) and "rapport.db" in str(damaged)
    fresh = open_for_use(path)  # the user can start again, and restore
    backup.restore(fresh, good)
    assert [c.display_name for c in [contacts.get_contact(fresh, 1)]] == ["Saved"]


def test_a_store_is_backed_up_before_a_migration(tmp_path):
    from app.models.db import create_store_engine, upgrade

    path = tmp_path / "old.db"
    engine = create_store_engine(path)
    upgrade(engine, "0001")
    engine.dispose()
    open_for_use(path)
    assert [b.reason for b in backup.list_backups(path)] == ["before-migration"]


def test_only_one_writer(tmp_path):
    path = tmp_path / "rapport.db"
    first = writer_lock(path)
    with pytest.raises(StoreBusy, match="another Rapport is using this store"):
        writer_lock(path)
    first.release()
    writer_lock(path).release()


@pytest.mark.sqlite_only("the one-writer lock is SQLite's")
def test_second_rapport_gets_a_clear_message(tmp_path, run):
    path = tmp_path / "cli.db"
    lock = writer_lock(path)
    try:
        code, _, err = run("add", "Someone")
        assert code == 1 and "another Rapport is using this store" in err
        assert run("list")[0] == 0  # reading needs no lock
    finally:
        lock.release()


def test_local_disk_gets_no_network_warning(tmp_path):
    assert network_share_warning(tmp_path / "rapport.db") is None
