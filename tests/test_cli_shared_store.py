"""A store held open by one process (the window) while another (`rapport set`, a sync) writes it: each
sees the other's writes at its next read, whatever this process installed on its connections.

The window's process opens the store as the window does (store.open_for_use, which makes every commit
keep today's list in the store current), keeps today's list there, and writes: nothing it does to keep
that list may cost it the store's locks (once it did: stat()ing the store by opening and closing the
file dropped them, the other process then deleted the log and its index from under this one, and
this process read a frozen store and wrote into a deleted log).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from app.models.backend import location_of
from app.services import calllist, contacts, store
from app.services.team import identity
from app.services.team.versions import ContactConflict

TODAY = date(2026, 3, 2)


@pytest.fixture
def me():
    identity.set_my_name("Zhang Wei")
    yield "Zhang Wei"
    identity.forget_cached()


def _rapport(tmp_path, where: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "other-person")}
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", where, *args],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_the_window_sees_another_process_write_and_it_sees_the_window_write(tmp_path, me, store_at):
    where = store_at("shared.db")
    location = location_of(where)
    db = store.open_for_use(location)
    try:
        cid = contacts.create_contact(db, contacts.NewContact(display_name="Ming", fields={"title": "Buyer"}))
        calllist.today_list(db, TODAY)  # kept in the store (a file store): the next commits patch it
        contacts.update_contact(db, cid, {"department": "Sales"})
        loaded = contacts.get_contact(db, cid)
        assert loaded.title == "Buyer"

        _rapport(tmp_path, where, "set", str(cid), "--title", "Head of purchasing")
        again = contacts.get_contact(db, cid)
        assert (again.title, again.department) == ("Head of purchasing", "Sales")
        assert again.version_id > loaded.version_id
        with pytest.raises(ContactConflict) as refused:  # a save from the older copy is not a lost update
            contacts.update_contact(db, cid, {"title": "Owner"}, version=loaded.version_id, was={"title": "Buyer"})
        assert [(c.mine, c.theirs) for c in refused.value.conflicts] == [("Owner", "Head of purchasing")]

        contacts.update_contact(db, cid, {"title": "Owner"}, version=again.version_id, was={"title": again.title})
        shown = json.loads(_rapport(tmp_path, where, "show", str(cid), "--json").stdout)
        assert shown["title"] == "Owner"  # the other process reads what this one wrote
        _rapport(tmp_path, where, "set", str(cid), "--title", "Director")
        assert contacts.get_contact(db, cid).title == "Director"  # and this one still sees its next write
    finally:
        store.close_store(db, location)
