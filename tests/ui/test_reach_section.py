"""The customer file's phones, emails, addresses and websites: added, edited and removed
through their dialogs, as a user does it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import contacts, reach, settings
from app.services.contacts import NewContact
from app.services.reach import AddressData
from app.ui.customer_file.reach_dialogs import AddressDialog, EmailDialog, PhoneDialog, WebsiteDialog

from .conftest import answer_modal, wait_idle
from .test_i18n import speak  # noqa: F401 - a fixture: the window in another language


@pytest.fixture
def ana(db):
    settings.put(db, "phone_region", "ES")
    return contacts.create_contact(db, NewContact(display_name="Ana Díaz", phones=[("612 345 678", None)],
                                                  emails=[("ana@example.com", "Work")]), region="ES")


@pytest.fixture
def section(qtbot, window, ana):
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.row_of(ana) is not None)
    window.contacts.select_row(window.contacts.model.row_of(ana))
    qtbot.waitUntil(lambda: window.customer.contact_id() == ana)  # the file is read on the worker
    wait_idle(qtbot, window)
    return window.customer.reach


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(qtbot, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the next message box with `button`; the list gets its text (the box is gone after)."""
    said: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()), box.button(button).click()))
    return said


def test_a_phone_is_added_edited_and_marked_when_incomplete(qtbot, window, db, ana, section):
    assert section.phones.texts() == ["612 34 56 78"]  # in the national form, as everywhere

    def add(dialog: PhoneDialog) -> None:
        dialog.number.setText("911 234 567")
        dialog.label.setCurrentIndex(dialog.label.findData("Work"))
        dialog.accept()

    answer_modal(qtbot, PhoneDialog, add)
    _click(qtbot, section.add_phone_button)
    wait_idle(qtbot, window)
    assert section.phones.texts() == ["612 34 56 78", "911 23 45 67  (Work)"]

    def edit(dialog: PhoneDialog) -> None:
        assert dialog.number.text() == "911 234 567" and dialog.label.label() == "Work"
        dialog.number.setText("12345")
        dialog.label.setEditText("Warehouse")  # a label of one's own
        dialog.accept()

    answer_modal(qtbot, PhoneDialog, edit)
    _click(qtbot, section.phones.edit_button(1))
    wait_idle(qtbot, window)
    assert section.phones.texts() == ["612 34 56 78", "12345  (Warehouse)  not a complete number"]
    assert [(p.raw, p.e164, p.label) for p in contacts.get_contact(db, ana).phones] == [
        ("612 345 678", "+34612345678", None), ("12345", None, "Warehouse")]


def test_an_empty_phone_is_refused_in_the_dialog(qtbot, window, db, ana, section):
    said = []

    def fill(dialog: PhoneDialog) -> None:
        dialog.number.setText("   ")
        dialog.accept()
        said.append(dialog.error.text())
        assert dialog.isVisible() and dialog.number.property("invalid")
        dialog.reject()

    answer_modal(qtbot, PhoneDialog, fill)
    _click(qtbot, section.phones.edit_button(0))
    wait_idle(qtbot, window)
    assert said == ["Phone number: please type the number."]
    assert [p.raw for p in contacts.get_contact(db, ana).phones] == ["612 345 678"]


def test_removing_a_phone_asks_first(qtbot, window, db, ana, section):
    asked = _answer(qtbot, QMessageBox.StandardButton.No)
    _click(qtbot, section.phones.remove_button(0))
    assert asked == ["Remove the phone number 612 34 56 78 from Ana Díaz?"]
    wait_idle(qtbot, window)
    assert len(contacts.get_contact(db, ana).phones) == 1

    _answer(qtbot, QMessageBox.StandardButton.Yes)
    _click(qtbot, section.phones.remove_button(0))
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, ana).phones == []
    assert section.phones.texts() == []
    qtbot.keyClicks(window.contacts.search, "612 345")  # the number no longer finds her
    qtbot.waitUntil(lambda: window.contacts.status.text() == "0 contacts")
    window.contacts.search.clear()
    qtbot.waitUntil(lambda: window.contacts.model.row_of(ana) is not None)


def test_an_email_without_at_is_refused_then_saved_when_corrected(qtbot, window, db, ana, section):
    said = []

    def fill(dialog: EmailDialog) -> None:
        dialog.address.setText("")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.address.setText("ana.example.org")
        dialog.accept()
        said.append(dialog.error.text())
        dialog.address.setText("ana@")
        dialog.accept()
        said.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.address.setText("ana@example.org")
        dialog.accept()

    answer_modal(qtbot, EmailDialog, fill)
    _click(qtbot, section.emails.edit_button(0))
    wait_idle(qtbot, window)
    assert said == [
        "Email address: please type the address.",
        "Email address: “ana.example.org” has no @; an address looks like name@example.com.",
        "Email address: “ana@” is not complete; an address looks like name@example.com.",
    ]
    assert section.emails.texts() == ["ana@example.org  (Work)"]
    assert [e.address for e in contacts.get_contact(db, ana).emails] == ["ana@example.org"]


def test_an_email_is_added_and_removed(qtbot, window, db, ana, section):
    def add(dialog: EmailDialog) -> None:
        dialog.address.setText("diaz@shop.example")
        dialog.accept()

    answer_modal(qtbot, EmailDialog, add)
    _click(qtbot, section.add_email_button)
    wait_idle(qtbot, window)
    assert section.emails.texts() == ["ana@example.com  (Work)", "diaz@shop.example"]

    asked = _answer(qtbot, QMessageBox.StandardButton.Yes)
    _click(qtbot, section.emails.remove_button(0))
    wait_idle(qtbot, window)
    assert asked[0] == "Remove the email address ana@example.com from Ana Díaz?"
    assert [e.address for e in contacts.get_contact(db, ana).emails] == ["diaz@shop.example"]


def test_a_duplicate_is_told_in_a_message_not_a_traceback(qtbot, window, db, ana, section):
    def add(dialog: PhoneDialog) -> None:
        dialog.number.setText("+34 612 34 56 78")  # the number she has, written otherwise
        dialog.accept()

    answer_modal(qtbot, PhoneDialog, add)
    told = _answer(qtbot, QMessageBox.StandardButton.Ok)
    _click(qtbot, section.add_phone_button)
    qtbot.waitUntil(lambda: bool(told))
    wait_idle(qtbot, window)
    assert "already one of Ana Díaz's numbers" in told[0]
    assert len(contacts.get_contact(db, ana).phones) == 1


def test_an_address_is_added_edited_and_removed(qtbot, window, db, ana, section):
    assert section.addresses.texts() == []

    def empty(dialog: AddressDialog) -> None:
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.error.text() == "Address: fill in at least one of street, city, region, postcode or country."
        dialog.street.setPlainText("Calle Mayor 12")
        dialog.city.setText("Madrid")
        dialog.postal_code.setText("28013")
        dialog.label.setCurrentIndex(dialog.label.findData("Home"))
        dialog.accept()

    answer_modal(qtbot, AddressDialog, empty)
    _click(qtbot, section.add_address_button)
    wait_idle(qtbot, window)
    assert section.addresses.texts() == ["Calle Mayor 12, 28013 Madrid  (Home)"]

    def edit(dialog: AddressDialog) -> None:
        assert dialog.street.toPlainText() == "Calle Mayor 12" and dialog.label.label() == "Home"
        dialog.country.setText("Spain")
        dialog.accept()

    answer_modal(qtbot, AddressDialog, edit)
    _click(qtbot, section.addresses.edit_button(0))
    wait_idle(qtbot, window)
    assert section.addresses.texts() == ["Calle Mayor 12, 28013 Madrid, Spain  (Home)"]
    [address] = contacts.get_contact(db, ana).addresses
    assert (address.street, address.postal_code, address.city, address.country) == (
        "Calle Mayor 12", "28013", "Madrid", "Spain")
    row = window.contacts.model.row_of(ana)
    qtbot.waitUntil(lambda: window.contacts.model.index(row, 5).data() == "Madrid")  # the City column too

    _answer(qtbot, QMessageBox.StandardButton.Yes)
    _click(qtbot, section.addresses.remove_button(0))
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, ana).addresses == []
    assert section.addresses.texts() == []


def test_a_website_is_added_edited_and_removed(qtbot, window, db, ana, section):
    def add(dialog: WebsiteDialog) -> None:
        dialog.accept()
        assert dialog.error.text() == "Web address: please type the address."
        dialog.url.setText("https://diaz.example")
        dialog.accept()

    answer_modal(qtbot, WebsiteDialog, add)
    _click(qtbot, section.add_website_button)
    wait_idle(qtbot, window)
    assert section.websites.texts() == ["https://diaz.example"]

    def edit(dialog: WebsiteDialog) -> None:
        dialog.url.setText("https://shop.diaz.example")
        dialog.accept()

    answer_modal(qtbot, WebsiteDialog, edit)
    _click(qtbot, section.websites.edit_button(0))
    wait_idle(qtbot, window)
    assert [w.url for w in contacts.get_contact(db, ana).websites] == ["https://shop.diaz.example"]

    asked = _answer(qtbot, QMessageBox.StandardButton.Yes)
    _click(qtbot, section.websites.remove_button(0))
    wait_idle(qtbot, window)
    assert asked[0] == "Remove the website https://shop.diaz.example from Ana Díaz?"
    assert contacts.get_contact(db, ana).websites == []


def test_a_phone_with_an_extension_keeps_it_when_edited(qtbot, window, db, ana, section):
    phone_id = contacts.get_contact(db, ana).phones[0].id
    reach.update_phone(db, phone_id, "911 234 567 ext. 12", "Work")
    window.customer.show_contact(ana)
    wait_idle(qtbot, window)
    assert section.phones.texts() == ["911 23 45 67 ext. 12  (Work)"]

    def relabel(dialog: PhoneDialog) -> None:
        assert dialog.number.text() == "911 234 567 ext. 12"
        dialog.label.setCurrentIndex(dialog.label.findData("Mobile"))
        dialog.accept()

    answer_modal(qtbot, PhoneDialog, relabel)
    _click(qtbot, section.phones.edit_button(0))
    wait_idle(qtbot, window)
    assert [(p.e164, p.extension, p.label) for p in contacts.get_contact(db, ana).phones] == [
        ("+34911234567", "12", "Mobile")]


def test_address_data_round_trips_through_its_dialog(qtbot):
    data = AddressData(street="Calle Mayor 12\n3º B", city="Madrid", region="Madrid", postal_code="28013",
                       country="Spain", label="Work")
    dialog = AddressDialog(data)
    qtbot.addWidget(dialog)
    assert dialog.values() == (data,)


@pytest.fixture
def other_person(db_path):
    """Another Rapport on the same store: its own engine, as another process would have."""
    from app.models.db import open_store

    other = open_store(db_path)
    yield other
    other.kw["bind"].dispose()


def _someone_changes_the_phone(other, ana: int) -> None:
    from app.services.team import identity

    identity.set_my_name("Li Na")
    reach.update_phone(other, contacts.get_contact(other, ana).phones[0].id, "699 999 999", region="ES")
    identity.set_my_name("Zhang Wei")


def _edit_phone_to(qtbot, section, number: str) -> None:
    def edit(dialog: PhoneDialog) -> None:
        dialog.number.setText(number)
        dialog.accept()

    answer_modal(qtbot, PhoneDialog, edit)
    _click(qtbot, section.phones.edit_button(0))


@pytest.mark.parametrize("choice", ["mine", "theirs"])
def test_a_phone_someone_else_changed_meanwhile_shows_both_and_keeps_the_choice(qtbot, window, db, ana, section,
                                                                                other_person, choice):
    from PySide6.QtWidgets import QRadioButton

    from app.ui.conflict_dialog import MINE, THEIRS

    _someone_changes_the_phone(other_person, ana)  # while the file shows 612 345 678 here
    _edit_phone_to(qtbot, section, "611 111 111")
    qtbot.waitUntil(lambda: section.conflict_dialog is not None and section.conflict_dialog.isVisible())
    dialog = section.conflict_dialog
    assert {"611 111 111", "699 999 999"} <= {b.text() for b in dialog.findChildren(QRadioButton)}
    assert [p.raw for p in contacts.get_contact(db, ana).phones] == ["699 999 999"]  # not overwritten meanwhile

    dialog.choose("phone", MINE if choice == "mine" else THEIRS)
    dialog.save_button.click()
    wait_idle(qtbot, window)
    kept = "611 111 111" if choice == "mine" else "699 999 999"
    qtbot.waitUntil(lambda: [p.raw for p in contacts.get_contact(db, ana).phones] == [kept])
    qtbot.waitUntil(lambda: section.phones.texts() == [{"611 111 111": "611 11 11 11",
                                                         "699 999 999": "699 99 99 99"}[kept]])


def test_a_phone_i_edit_after_someone_changed_another_row_saves_without_asking(qtbot, window, db, ana, section,
                                                                             other_person):
    reach.update_email(other_person, contacts.get_contact(other_person, ana).emails[0].id, "ana@shop.example")
    _edit_phone_to(qtbot, section, "611 111 111")
    wait_idle(qtbot, window)
    assert section.conflict_dialog is None
    stored = contacts.get_contact(db, ana)
    assert [p.raw for p in stored.phones] == ["611 111 111"] and [e.address for e in stored.emails] == [
        "ana@shop.example"]


@pytest.mark.parametrize("language, mobile, work", [("zh_CN", "手机", "工作"), ("es", "Móvil", "Trabajo")])
def test_the_conflict_dialog_shows_the_labels_in_the_users_language(qtbot, db, db_path, other_person, speak,
                                                                    language, mobile, work):
    """The labels the importers store in English ("Mobile") are shown translated in the file; the
    dialog that shows both values of a phone shows them translated too, not as stored."""
    from PySide6.QtWidgets import QRadioButton

    from app.services.team import identity

    from .test_i18n import _window

    settings.put(db, "phone_region", "ES")
    cid = contacts.create_contact(db, NewContact(display_name="Ana Díaz", phones=[("612 345 678", "Mobile")]),
                                  region="ES")
    speak(language)
    window = _window(qtbot, db, db_path)
    qtbot.waitUntil(lambda: window.contacts.model.row_of(cid) is not None)
    window.contacts.select_row(window.contacts.model.row_of(cid))
    qtbot.waitUntil(lambda: window.customer.contact_id() == cid)
    wait_idle(qtbot, window)
    section = window.customer.reach
    assert section.phones.texts() == [f"612 34 56 78  ({mobile})"]  # as the file shows it
    identity.set_my_name("Li Na")
    reach.update_phone(other_person, contacts.get_contact(other_person, cid).phones[0].id, "699 999 999", "Work",
                       region="ES")
    identity.set_my_name("Zhang Wei")
    _edit_phone_to(qtbot, section, "611 111 111")
    qtbot.waitUntil(lambda: section.conflict_dialog is not None and section.conflict_dialog.isVisible())
    assert {b.text() for b in section.conflict_dialog.findChildren(QRadioButton)} == {
        f"611 111 111 ({mobile})", f"699 999 999 ({work})"}
    section.conflict_dialog.reject()
