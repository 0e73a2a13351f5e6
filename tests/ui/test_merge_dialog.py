"""Customers → Find duplicates: the pairs, merging one after choosing whom to keep, keeping two apart."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.services import interactions, lifecycle, notes, settings
from app.services.contacts import get_contact
from app.services.directory import ContactFilter, contact_ids
from app.services.duplicates import DISMISSED_KEY
from app.ui.duplicates_model import DuplicatesModel
from app.ui.merge_dialog import DuplicatesDialog

from .conftest import NOW, make_contact, wait_idle


def _store(db) -> dict[str, int]:
    ids = {
        "ana": make_contact(db, "Ana García", phones=["+34 612 345 678"], organization="Acme"),
        "twin": make_contact(db, "Ana Garcia", phones=["+34612345678", "+34 699 000 111"]),
        "pedro": make_contact(db, "Pedro Ruiz", phones=["+34 699 111 222"]),
        "lucia": make_contact(db, "Lucía Ruiz", phones=["+34 699 111 222"]),
    }
    notes.add_note(db, ids["twin"], "Prefers calls after 6pm")
    interactions.log_interaction(db, ids["twin"], "visit", when=NOW)
    return ids


def _rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_menu_opens_the_pairs_strongest_first(qtbot, qtmodeltester, window, db):
    _store(db)
    assert window.duplicates_action in window.menuBar().actions()[1].menu().actions()
    window.duplicates_action.trigger()
    wait_idle(qtbot, window)
    [dialog] = window.findChildren(DuplicatesDialog)
    assert dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert _rows(dialog.model) == [
        ["Ana García", "Acme", "+34 612 34 56 78", "Ana Garcia", "", "+34 612 34 56 78, +34 699 00 01 11",
         "same phone +34 612 34 56 78; same name"],
        ["Pedro Ruiz", "", "+34 699 11 12 22", "Lucía Ruiz", "", "+34 699 11 12 22",
         "same phone +34 699 11 12 22; names differ"],
    ]
    assert dialog.status.text() == "2 possible duplicates."
    assert dialog.merge_button.isEnabled() and dialog.apart_button.isEnabled()  # the first pair is chosen


def test_merging_keeps_the_chosen_one_with_everything_and_the_window_follows(qtbot, window, db):
    ids = _store(db)
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    dialog.table.selectRow(0)
    dialog.ask_merge()
    choice = dialog.choice
    wait_idle(qtbot, window)
    assert choice.keep_b.isChecked() and choice.keep_id == ids["twin"]  # more data: a number, a note, a visit
    assert choice.keep_b.text() == "Ana Garcia · +34 612 34 56 78, +34 699 00 01 11"
    text = choice.summary.text()
    assert "Ana García is merged into Ana Garcia, then deleted." in text and "Filled in from Ana García: organisation" in text
    choice.keep_a.setChecked(True)  # keep the older, typed-in one instead
    text = choice.summary.text()
    assert "Phone numbers added: +34 699 000 111" in text and "Moved over: 1 note, 1 interaction" in text
    assert choice.merge_button.isEnabled()
    with qtbot.waitSignal(dialog.storeChanged, timeout=5000):
        choice.merge_button.click()
    wait_idle(qtbot, window)
    kept = get_contact(db, ids["ana"])
    assert [p.number for p in kept.phones] == ["+34612345678", "+34699000111"] and len(kept.interactions) == 1
    assert sorted(contact_ids(db, ContactFilter())) == sorted([ids["ana"], ids["pedro"], ids["lucia"]])
    assert dialog.model.rowCount() == 1 and dialog.model.pair(0).a.display_name == "Pedro Ruiz"
    assert dialog.status.text() == "Ana Garcia was merged into Ana García. 1 possible duplicate."
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3)


def test_cancelling_the_choice_merges_nothing(qtbot, window, db):
    _store(db)
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    dialog.ask_merge()
    wait_idle(qtbot, window)
    dialog.choice.reject()
    wait_idle(qtbot, window)
    assert len(contact_ids(db, ContactFilter())) == 4 and dialog.model.rowCount() == 2


def test_not_the_same_person_keeps_a_pair_apart_for_good(qtbot, window, db):
    ids = _store(db)
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    dialog.table.selectRow(1)
    dialog.keep_apart()
    wait_idle(qtbot, window)
    assert [dialog.model.pair(r).b.display_name for r in range(dialog.model.rowCount())] == ["Ana Garcia"]
    assert dialog.status.text() == ("Pedro Ruiz and Lucía Ruiz are two people; they are not suggested again. "
                                    "1 possible duplicate.")
    assert settings.get(db, DISMISSED_KEY) == [[ids["pedro"], ids["lucia"]]]
    again = window.open_duplicates()
    wait_idle(qtbot, window)
    assert again.model.rowCount() == 1 and len(contact_ids(db, ContactFilter())) == 4


def test_no_duplicates_is_said_and_nothing_can_be_done(qtbot, qtmodeltester, window, db):
    make_contact(db, "Ana García")
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    assert dialog.status.text() == "No duplicates found."
    assert not dialog.merge_button.isEnabled() and not dialog.apart_button.isEnabled()
    qtmodeltester.check(DuplicatesModel())


def test_a_pair_gone_stale_says_why_and_merges_nothing(qtbot, window, db):
    ids = _store(db)
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    dialog.ask_merge()
    wait_idle(qtbot, window)
    lifecycle.trash(db, [ids["twin"]])  # in the meantime, elsewhere
    dialog.choice.merge_button.click()
    wait_idle(qtbot, window)
    assert f"contact {ids['twin']} (Ana Garcia) is in the trash; restore it first" in dialog.status.text()
    assert dialog.merge_button.isEnabled()


def test_same_name_pairs_come_last_saying_what_they_share_and_what_differs(qtbot, qtmodeltester, window, db):
    """Issue 16: Lucía Pérez three times, each with her own number, are listed as weaker suggestions."""
    make_contact(db, "Ana García", phones=["+34 612 345 678"])
    make_contact(db, "Ana Garcia", phones=["+34 612 345 678"])
    for n in range(3):
        make_contact(db, "Lucía Pérez", phones=[f"+34 600 000 01{n}"])
    dialog = window.open_duplicates()
    wait_idle(qtbot, window)
    model = dialog.table.model()
    qtmodeltester.check(model)
    why = [model.index(row, model.columnCount() - 1).data() for row in range(model.rowCount())]
    assert why[0] == "same phone +34 612 34 56 78; same name"
    assert why[1:] == ["same name; different phones"] * 3
    assert any("weaker suggestions" in label.text() for label in dialog.findChildren(QLabel))
