"""What another process or person writes shows up in the open window within the poll interval."""
from __future__ import annotations

import pytest

from app.models.db import open_store
from app.services import contacts
from app.ui.store_watch import INTERVAL_MS

from .conftest import make_contact, wait_idle


@pytest.fixture
def other_process(db_path):
    other = open_store(db_path)
    yield other
    other.kw["bind"].dispose()


def test_a_contact_added_elsewhere_appears_in_the_open_list(qtbot, window, other_process):
    wait_idle(qtbot, window)
    cid = make_contact(other_process, "Olga Petrova")
    qtbot.waitUntil(lambda: window.contacts.model.row_of(cid) is not None, timeout=INTERVAL_MS + 3000)


def test_a_field_changed_elsewhere_shows_in_the_open_customer_file(qtbot, window, db, other_process):
    cid = make_contact(db, "Ana García", title="Buyer")
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.row_of(cid) is not None)
    window.contacts.select_row(window.contacts.model.row_of(cid))
    qtbot.waitUntil(lambda: window.customer.contact_id() == cid)
    contacts.update_contact(other_process, cid, {"organization": "Iberia"})
    qtbot.waitUntil(lambda: window.customer.contact is not None and window.customer.contact.organization == "Iberia",
                    timeout=INTERVAL_MS + 3000)
    row = window.contacts.model.row_of(cid)
    qtbot.waitUntil(lambda: window.contacts.model.index(row, 1).data() == "Iberia")


def test_our_own_writes_are_not_announced_twice(qtbot, window, db):
    seen: list = []
    window.store.changed.connect(lambda ids, source: seen.append(source))
    cid = make_contact(db, "Bo")
    window.store.announce([cid], None)  # a write of ours, announced as the views do
    qtbot.wait(INTERVAL_MS + 500)
    assert seen.count(window.watch) == 0
