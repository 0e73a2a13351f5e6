"""Two people edit one customer: the window refuses to overwrite the other's save, shows both values,
and stores what the user chooses."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QRadioButton

from app.models.db import open_store
from app.services import contacts
from app.services.team import identity
from app.ui.conflict_dialog import MINE, THEIRS

from .conftest import make_contact, wait_idle
from .test_customer_file import _editor, _open, _type_and_leave


@pytest.fixture
def other_person(db_path):
    """Another Rapport on the same store: its own engine, as another process would have."""
    other = open_store(db_path)
    yield other
    other.kw["bind"].dispose()


def _dialog_texts(dialog) -> set[str]:
    return {button.text() for button in dialog.findChildren(QRadioButton)}


def _someone_saves(other, cid: int, values: dict) -> None:
    identity.set_my_name("Li Na")
    contacts.update_contact(other, cid, values)
    identity.set_my_name("Zhang Wei")


def test_a_save_over_someone_elses_shows_both_values_and_stores_the_choice(qtbot, window, db, other_person):
    identity.set_my_name("Zhang Wei")
    cid = make_contact(window.db, "王芳", hobbies="golf", title="Buyer")
    _open(qtbot, window, cid)
    _someone_saves(other_person, cid, {"hobbies": "tennis"})  # while the file is open here

    hobbies = _editor(window, "hobbies")
    hobbies.setFocus()
    hobbies.selectAll()
    qtbot.keyClicks(hobbies, "chess")
    window.contacts.table.setFocus()  # leaving the box saves it
    section = next(s for s in window.customer.sections if "hobbies" in getattr(s, "editors", {}))
    qtbot.waitUntil(lambda: section.conflict_dialog is not None and section.conflict_dialog.isVisible())
    dialog = section.conflict_dialog
    assert {"chess", "tennis"} <= _dialog_texts(dialog)  # both values, side by side
    assert any("Li Na" in label.text() for label in dialog.findChildren(QLabel))  # and who saved theirs
    assert contacts.get_contact(db, cid).hobbies == "tennis"  # nothing overwritten while the user decides

    dialog.choose("hobbies", MINE)
    dialog.save_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: contacts.get_contact(db, cid).hobbies == "chess")
    stored = contacts.get_contact(db, cid)
    assert stored.updated_by == "Zhang Wei"
    qtbot.waitUntil(lambda: _editor(window, "hobbies").text_value() == "chess"
                    and not _editor(window, "hobbies").is_modified())


def test_taking_theirs_keeps_the_stored_value_and_shows_it(qtbot, window, db, other_person):
    cid = make_contact(window.db, "Ana García", title="Buyer")
    _open(qtbot, window, cid)
    _someone_saves(other_person, cid, {"title": "Head of purchasing"})

    _type_and_leave(qtbot, _editor(window, "title"), "CEO")
    section = next(s for s in window.customer.sections if "title" in getattr(s, "editors", {}))
    qtbot.waitUntil(lambda: section.conflict_dialog is not None and section.conflict_dialog.isVisible())
    dialog = section.conflict_dialog
    assert {"CEO", "Head of purchasing"} <= _dialog_texts(dialog)
    dialog.all_theirs.click()
    assert dialog.kept_mine() == {} and dialog.kept_theirs() == {"title": "Head of purchasing"}
    dialog.save_button.click()
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).title == "Head of purchasing"
    assert _editor(window, "title").text_value() == "Head of purchasing"

    # The file now knows the new version: the next save goes through without asking.
    _type_and_leave(qtbot, _editor(window, "title"), "CFO")
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).title == "CFO"
    assert section.conflict_dialog is None


def test_cancelling_saves_nothing_and_says_so(qtbot, window, db, other_person):
    cid = make_contact(window.db, "Chen", needs="a van")
    _open(qtbot, window, cid)
    _someone_saves(other_person, cid, {"needs": "two vans"})
    needs = _editor(window, "needs")
    needs.setFocus()
    needs.selectAll()
    qtbot.keyClicks(needs, "a truck")
    window.contacts.table.setFocus()  # leaving the box saves it
    section = next(s for s in window.customer.sections if "needs" in getattr(s, "editors", {}))
    qtbot.waitUntil(lambda: section.conflict_dialog is not None and section.conflict_dialog.isVisible())
    section.conflict_dialog.reject()
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).needs == "two vans"
    assert needs.has_error() and "Li Na" in needs.error_label.text()


def test_a_field_only_i_changed_saves_without_asking(qtbot, window, db, other_person):
    cid = make_contact(window.db, "Dora", title="Buyer")
    _open(qtbot, window, cid)
    _someone_saves(other_person, cid, {"organization": "Iberia"})
    _type_and_leave(qtbot, _editor(window, "title"), "CEO")
    wait_idle(qtbot, window)
    stored = contacts.get_contact(db, cid)
    assert (stored.title, stored.organization) == ("CEO", "Iberia")
