"""Phones, emails, postal addresses and websites edited one at a time, as the customer file does."""
from __future__ import annotations

import pytest

from app.services import contacts, directory, reach, settings
from app.services.contacts import NewContact
from app.services.directory import ContactFilter
from app.services.errors import InvalidValue, NotFound
from app.services.reach import AddressData


@pytest.fixture
def ana(db) -> int:
    return contacts.create_contact(db, NewContact(display_name="Ana Díaz", phones=[("612 345 678", "Mobile")],
                                                  emails=[("ana@example.com", "Work")]), region="ES")


def _found(db, query: str) -> list[str]:
    return [r.display_name for r in directory.list_contacts(db, ContactFilter(search=query))]


def _phones(db, cid):
    return [(p.raw, p.e164, p.extension, p.label) for p in contacts.get_contact(db, cid).phones]


def test_an_edited_phone_is_normalised_and_found_by_its_new_number(db, ana):
    phone_id = contacts.get_contact(db, ana).phones[0].id
    reach.update_phone(db, phone_id, "+34 911 234 567 ext. 12", "Work")
    assert _phones(db, ana) == [("+34 911 234 567", "+34911234567", "12", "Work")]
    assert _found(db, "911234567") == ["Ana Díaz"]
    assert _found(db, "612 345") == []  # the old number no longer finds her


def test_the_region_setting_applies_when_none_is_given(db, ana):
    settings.put(db, "phone_region", "CN")
    phone_id = reach.add_phone(db, ana, "138 1234 5678")
    assert [p.e164 for p in contacts.get_contact(db, ana).phones if p.id == phone_id] == ["+8613812345678"]


def test_a_number_that_cannot_be_normalised_is_kept_as_written(db, ana):
    phone_id = contacts.get_contact(db, ana).phones[0].id
    reach.update_phone(db, phone_id, "12345", None, region="ES")
    assert _phones(db, ana) == [("12345", None, None, None)]
    assert _found(db, "12345") == ["Ana Díaz"]


def test_a_removed_phone_no_longer_finds_the_contact(db, ana):
    assert _found(db, "612345678") == ["Ana Díaz"]
    reach.remove_phone(db, contacts.get_contact(db, ana).phones[0].id)
    assert contacts.get_contact(db, ana).phones == []
    assert _found(db, "612345678") == []


def test_empty_and_repeated_phones_are_refused_naming_the_field(db, ana):
    with pytest.raises(InvalidValue, match="^phone: the number is empty"):
        reach.add_phone(db, ana, "   ", region="ES")
    with pytest.raises(InvalidValue, match="^phone: .*already one of Ana Díaz's numbers"):
        reach.add_phone(db, ana, "+34 612 34 56 78", region="ES")  # the same line, written otherwise
    second = reach.add_phone(db, ana, "911 234 567", region="ES")
    with pytest.raises(InvalidValue, match="already"):
        reach.update_phone(db, second, "612345678", region="ES")
    reach.update_phone(db, second, "911 234 567", "Home", region="ES")  # itself is not a duplicate
    assert [p[3] for p in _phones(db, ana)] == ["Mobile", "Home"]


def test_editing_and_removing_an_email(db, ana):
    email_id = contacts.get_contact(db, ana).emails[0].id
    reach.update_email(db, email_id, "  Ana.Diaz@Example.org ", "")
    email = contacts.get_contact(db, ana).emails[0]
    assert (email.address, email.address_key, email.label) == ("Ana.Diaz@Example.org", "ana.diaz@example.org", None)
    assert _found(db, "ana.diaz@example") == ["Ana Díaz"]
    assert _found(db, "ana@example.com") == []
    reach.remove_email(db, email_id)
    assert contacts.get_contact(db, ana).emails == []
    assert _found(db, "ana.diaz@example") == []


@pytest.mark.parametrize("address, message", [
    ("", "^email: the address is empty"),
    ("ana.example.com", "^email: 'ana.example.com' is not an email address"),
    ("ana@", "^email: 'ana@' is not an email address"),
])
def test_a_bad_email_is_refused_naming_the_field(db, ana, address, message):
    with pytest.raises(InvalidValue, match=message):
        reach.add_email(db, ana, address)
    with pytest.raises(InvalidValue, match=message):
        reach.update_email(db, contacts.get_contact(db, ana).emails[0].id, address)
    assert [e.address for e in contacts.get_contact(db, ana).emails] == ["ana@example.com"]


def test_an_email_already_on_the_contact_is_refused(db, ana):
    with pytest.raises(InvalidValue, match="^email: ANA@example.com is already one of Ana Díaz's addresses"):
        reach.add_email(db, ana, "ANA@example.com")


def test_addresses_are_added_edited_and_removed(db, ana):
    address_id = reach.add_address(db, ana, AddressData(street=" Calle Mayor 12 ", city="Madrid", postal_code="28013",
                                                        country="", label="Work"))
    reach.update_address(db, address_id, AddressData(street="Calle Mayor 14\n3º B", city="Madrid",
                                                     region="Madrid", postal_code="28013", country="Spain"))
    [address] = contacts.get_contact(db, ana).addresses
    assert (address.street, address.city, address.region, address.postal_code, address.country, address.label) == (
        "Calle Mayor 14\n3º B", "Madrid", "Madrid", "28013", "Spain", None)
    reach.remove_address(db, address_id)
    assert contacts.get_contact(db, ana).addresses == []


def test_an_empty_address_is_refused(db, ana):
    with pytest.raises(InvalidValue, match="^address: fill in at least one of street, city"):
        reach.add_address(db, ana, AddressData(street="  ", label="Home"))


def test_websites_are_added_edited_and_removed(db, ana):
    website_id = reach.add_website(db, ana, "https://diaz.example", "Work")
    reach.update_website(db, website_id, " https://shop.diaz.example ", "Other")
    assert [(w.url, w.label) for w in contacts.get_contact(db, ana).websites] == [
        ("https://shop.diaz.example", "Other")]
    with pytest.raises(InvalidValue, match="^website: the address is empty"):
        reach.update_website(db, website_id, " ")
    with pytest.raises(InvalidValue, match="^website: 'a b' is not a web address"):
        reach.add_website(db, ana, "a b")
    reach.remove_website(db, website_id)
    assert contacts.get_contact(db, ana).websites == []


def test_a_missing_contact_or_item_is_named(db, ana):
    with pytest.raises(NotFound, match="^contact 999: no such contact"):
        reach.add_phone(db, 999, "612 345 678", region="ES")
    with pytest.raises(NotFound, match="^contact 999"):
        reach.add_address(db, 999, AddressData(city="Madrid"))
    phone_id = contacts.get_contact(db, ana).phones[0].id
    reach.remove_phone(db, phone_id)
    with pytest.raises(NotFound, match=f"^phone {phone_id}: no such phone"):
        reach.remove_phone(db, phone_id)
    with pytest.raises(NotFound, match="^phone 999"):
        reach.update_phone(db, 999, "612 345 678", region="ES")
    for remove, what in ((reach.remove_email, "email"), (reach.remove_address, "address"),
                         (reach.remove_website, "website")):
        with pytest.raises(NotFound, match=f"^{what} 999: no such {what}"):
            remove(db, 999)


def test_a_phone_the_user_edited_survives_undoing_the_import_that_brought_it(db, ana, tmp_path):
    from app.services.importing.pipeline import import_files
    from app.services.importing.undo import undo_import

    card = tmp_path / "ana.vcf"  # the same mobile, so the same Ana: the import adds her two other numbers
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ana Díaz\nTEL;TYPE=CELL:+34 612 345 678\n"
                    "TEL;TYPE=WORK:+34 911 234 567\nTEL;TYPE=HOME:+34 913 000 000\nEND:VCARD\n", encoding="utf-8")
    report = import_files(db, [card], region="ES")
    added = [p for p in contacts.get_contact(db, ana).phones if p.import_batch_id == report.batch_id]
    assert [p.e164 for p in added] == ["+34911234567", "+34913000000"]
    reach.update_phone(db, added[0].id, "+34 911 234 568", "Work")
    undo_import(db, report.batch_id)
    assert [p.e164 for p in contacts.get_contact(db, ana).phones] == ["+34612345678", "+34911234568"]
