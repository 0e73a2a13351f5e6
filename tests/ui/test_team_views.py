"""A team's store in the window: the owner set in the customer file, "My customers" in the sidebar,
and who logged each call and wrote each note."""
from __future__ import annotations

from datetime import datetime

from app.services import contacts, interactions, notes
from app.services.team import identity

from .conftest import make_contact, wait_idle
from .test_customer_file import _editor, _open, _type_and_leave
from .test_main_window import _names, _sidebar_count


def test_my_customers_lists_those_i_own(qtbot, window, db):
    identity.set_my_name("Zhang Wei")
    mine = make_contact(db, "王芳")
    make_contact(db, "Ana García")
    _open(qtbot, window, mine)
    owner = _editor(window, "owner")
    assert "Zhang Wei" in owner.placeholderText()
    _type_and_leave(qtbot, owner, "Zhang Wei")
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, mine).owner == "Zhang Wei"
    qtbot.waitUntil(lambda: _sidebar_count(window, "smart:mine") == 1)
    window.sidebar.choose("smart:mine")
    qtbot.waitUntil(lambda: _names(window) == ["王芳"])


def test_the_history_and_notes_say_who(qtbot, window, db):
    identity.set_my_name("Li Na")
    cid = make_contact(db, "Chen")
    interactions.log_interaction(db, cid, "call", when=datetime(2026, 3, 9, 10, 0), summary="price list")
    notes.add_note(db, cid, "likes green tea")
    _open(qtbot, window, cid)
    history = window.customer.history.model
    qtbot.waitUntil(lambda: history.rowCount() == 1)
    by = [c for c in range(history.columnCount()) if history.headerData(c, _horizontal()) == "By"]
    assert by and history.index(0, by[0]).data() == "Li Na"
    notes_model = window.customer.notes.list.model()
    qtbot.waitUntil(lambda: notes_model.rowCount() == 1)
    assert "Li Na" in notes_model.index(0, 0).data()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
