"""The search box over the in-memory index: the same contacts as the store's search, in the list
chosen and its order, answered without a query once the index is read, and kept right after edits."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.services import contacts, directory, groups
from app.services.directory import ContactFilter

from .conftest import make_contact, wait_idle


def _names(win) -> list[str]:
    model = win.contacts.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _ids(win) -> list[int]:
    return win.contacts.model.ids()


def _search(qtbot, win, text: str) -> None:
    win.contacts.search.setText(text)
    qtbot.waitUntil(lambda: not win.contacts._debounce.isActive())
    wait_idle(qtbot, win)


def _fill(db) -> dict[str, int]:
    return {
        "ana": make_contact(db, "Ana García", organization="Ferretería Central", phones=["+34 612 345 678"], tier="C"),
        "anab": make_contact(db, "Ana Benítez", tier="A", groups=["Madrid"]),
        "wang": make_contact(db, "王伟", organization="华通贸易有限公司", tier="A", groups=["Madrid"]),
        "wangf": make_contact(db, "王芳", phones=["138 1234 5678"]),
        "zoe": make_contact(db, "Zoe Martin", groups=["Madrid"]),
    }


def test_searches_are_answered_in_memory_with_the_stores_answer(qtbot, window, db, monkeypatch):
    _fill(db)
    window.refresh()
    wait_idle(qtbot, window)
    assert window.contacts._index is not None  # the Customers view is on screen: the index was read
    asked = []
    real = directory.contact_ids
    monkeypatch.setattr("app.services.directory.contact_ids",
                        lambda *a, **k: asked.append(a[1]) or real(*a, **k))
    for query in ("王", "wf", "138 1234", "mart", "garcía", "ana", "ana ben", ""):
        _search(qtbot, window, query)
        assert _ids(window) == real(db, ContactFilter(search=query or None)), query
    assert asked == []  # not one query to the store, clearing included
    assert window.contacts.status.text() == "5 contacts"


def test_a_search_within_a_list_and_another_order(qtbot, window, db):
    ids = _fill(db)
    window.refresh()
    wait_idle(qtbot, window)
    window.sidebar.choose(f"group:{groups.list_groups(db)[0].id}")  # Madrid
    wait_idle(qtbot, window)
    window.contacts.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # by tier: A first
    wait_idle(qtbot, window)
    _search(qtbot, window, "a")
    assert _ids(window) == [ids["anab"], ids["wang"], ids["zoe"]]  # A, A, then no tier; 王伟's pinyin has an a
    _search(qtbot, window, "")
    assert len(_ids(window)) == 3


def test_an_edited_name_is_found_by_the_next_search(qtbot, window, db):
    ids = _fill(db)
    window.refresh()
    wait_idle(qtbot, window)
    contacts.update_contact(db, ids["zoe"], {"display_name": "Zoe Quintana"})
    window.store.announce([ids["zoe"]])  # as the customer file announces an edit
    wait_idle(qtbot, window)
    _search(qtbot, window, "quintana")
    assert _names(window) == ["Zoe Quintana"]
    new = make_contact(db, "Quentin Blake")
    window.store.announce()  # as an import does
    wait_idle(qtbot, window)
    _search(qtbot, window, "qu")
    assert sorted(_ids(window)) == sorted([ids["zoe"], new])
