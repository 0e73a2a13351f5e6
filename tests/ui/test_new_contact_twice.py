"""New customer: a name and number already in the store are named before a second one is made."""
from __future__ import annotations

from app.services import contacts, directory, settings
from app.ui.new_contact_dialog import NewContactDialog

from .conftest import wait_idle


def _dialog(qtbot, window, db, given: str, family: str, phone: str) -> NewContactDialog:
    dialog = NewContactDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    dialog.given.setText(given)
    dialog.family.setText(family)
    dialog.phone.setText(phone)
    return dialog


def test_the_same_name_and_number_is_named_and_a_second_save_adds_it(qtbot, window, db):
    settings.put(db, "phone_region", "ES")
    contacts.create_contact(db, contacts.NewContact("Lucía García", phones=[("+34 612 345 678", None)]), region="ES")
    dialog = _dialog(qtbot, window, db, "Lucía", "García", "612 345 678")
    dialog.save()
    wait_idle(qtbot, window)
    assert not dialog.error.isHidden() and "Lucía García already has this name and number" in dialog.error.text()
    assert directory.count(db) == 1 and dialog.created_id is None
    dialog.save()  # told, and saved again: the user knows best (two people can share a name and a landline)
    wait_idle(qtbot, window)
    assert directory.count(db) == 2 and dialog.created_id is not None


def test_another_number_or_name_is_saved_at_once(qtbot, window, db):
    settings.put(db, "phone_region", "ES")
    contacts.create_contact(db, contacts.NewContact("Lucía García", phones=[("+34 612 345 678", None)]), region="ES")
    dialog = _dialog(qtbot, window, db, "Lucía", "García", "612 345 679")
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.created_id is not None and directory.count(db) == 2
    dialog = _dialog(qtbot, window, db, "Juan", "García", "612 345 678")
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.created_id is not None and directory.count(db) == 3


def test_a_phone_without_digits_is_refused_in_the_dialog(qtbot, window, db):
    dialog = _dialog(qtbot, window, db, "Ana", "Ruiz", "abc")
    dialog.save()
    wait_idle(qtbot, window)
    assert "has no digits" in dialog.error.text() and directory.count(db) == 0
