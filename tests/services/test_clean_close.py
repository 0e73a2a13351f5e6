"""The integrity check at start-up runs when there is a reason to, not on every start."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from app.services import clean_close, contacts, store
from app.services.contacts import NewContact
from app.services.store import StoreDamaged, close_store, open_for_use


@pytest.fixture
def checks(monkeypatch):
    """The paths quick_check was run on (the real check still runs)."""
    seen = []
    real = store.quick_check

    def counting(path):
        seen.append(path)
        return real(path)

    monkeypatch.setattr(store, "quick_check", counting)
    return seen


def _closed_store(path):
    db = open_for_use(path)
    contacts.create_contact(db, NewContact(display_name="Kept"))
    close_store(db, path)


def test_a_store_closed_cleanly_is_not_checked_again_but_one_changed_since_is(tmp_path, checks):
    path = tmp_path / "rapport.db"
    _closed_store(path)
    close_store(open_for_use(path), path)  # the first reopen checks and stamps
    checks.clear()
    close_store(open_for_use(path), path)
    assert checks == []

    data = bytearray(path.read_bytes())  # another program scribbles over the file
    for offset in range(4096 * 2, len(data), 97):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(StoreDamaged):
        open_for_use(path)
    assert checks == [path]


def test_a_store_left_open_by_a_killed_process_is_checked(tmp_path, checks):
    path = tmp_path / "rapport.db"
    _closed_store(path)
    close_store(open_for_use(path), path)
    script = ("import os, sys\nfrom app.services import contacts\nfrom app.services.contacts import NewContact\n"
              "from app.services.store import open_for_use\n"
              "db = open_for_use(sys.argv[1])\ncontacts.create_contact(db, NewContact(display_name='Late'))\n"
              "os._exit(0)  # no clean close: the write-ahead log stays\n")
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert os.path.getsize(str(path) + "-wal") > 0
    checks.clear()
    db = open_for_use(path)
    assert checks == [path]
    assert [contacts.get_contact(db, i).display_name for i in (1, 2)] == ["Kept", "Late"]


def test_the_check_is_run_again_after_a_week(tmp_path, checks):
    path = tmp_path / "rapport.db"
    _closed_store(path)
    close_store(open_for_use(path), path)
    assert not clean_close.needs_check(path)
    assert clean_close.needs_check(path, now=datetime.now() + timedelta(days=8))
    assert clean_close.needs_check(path, now=datetime.now() - timedelta(days=1))  # a stamp from the future
