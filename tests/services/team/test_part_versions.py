"""A contact's phones, emails, addresses and websites are the contact: a change to one moves its
version, and a second person changing the same row over an older version is told, with both values,
instead of overwriting the first one's change (two engines on one store, as two processes)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Contact
from app.services import contacts, reach
from app.services.contacts import NewContact
from app.services.reach import AddressData
from app.services.team import identity
from app.services.team.versions import ContactConflict


def _version(db, cid: int) -> tuple[int, str]:
    with db() as session:
        row = session.execute(select(Contact.version_id, Contact.updated_by).where(Contact.id == cid)).one()
        return row.version_id, row.updated_by


def test_every_change_to_a_phone_email_address_or_website_moves_the_version(db):
    cid = contacts.create_contact(db, NewContact(display_name="Dora"), region="ES")
    identity.set_my_name("Li Na")
    seen = [_version(db, cid)[0]]
    phone = reach.add_phone(db, cid, "612 345 678", region="ES")
    reach.update_phone(db, phone, "612 345 679", "Work", region="ES")
    email = reach.add_email(db, cid, "dora@example.com")
    reach.update_email(db, email, "dora@example.es")
    address = reach.add_address(db, cid, AddressData(city="Madrid"))
    reach.update_address(db, address, AddressData(city="Sevilla"))
    website = reach.add_website(db, cid, "https://dora.es")
    reach.update_website(db, website, "https://dora.com")
    contacts.set_custom_field(db, cid, "Shoe size", "38")
    for remove, row in ((reach.remove_phone, phone), (reach.remove_email, email), (reach.remove_address, address),
                        (reach.remove_website, website)):
        seen.append(_version(db, cid)[0])
        remove(db, row)
    seen.append(_version(db, cid)[0])
    assert seen == sorted(set(seen)) and seen[-1] == seen[0] + 13, seen  # one step a write
    assert _version(db, cid)[1] == "Li Na"  # and who changed it last


def test_a_phone_changed_by_someone_else_is_not_overwritten(two):
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="王芳", phones=[("138 1234 5678", None)],
                                                   fields={"hobbies": "golf"}), region="CN")
    loaded = contacts.get_contact(mine, cid)  # my customer file, open
    phone = loaded.phones[0]
    identity.set_my_name("Li Na")
    reach.update_phone(theirs, phone.id, "139 8765 4321", region="CN")  # while my file is open
    identity.set_my_name("Zhang Wei")

    with pytest.raises(ContactConflict) as refused:
        reach.update_phone(mine, phone.id, "138 1234 0000", region="CN", version=loaded.version_id,
                           was=reach.row_text(phone))
    conflict = refused.value
    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [("phone", "138 1234 0000", "139 8765 4321")]
    assert conflict.changed_by == "Li Na" and "Li Na" in str(conflict)
    assert [p.raw for p in contacts.get_contact(theirs, cid).phones] == ["139 8765 4321"]  # theirs stays

    with pytest.raises(ContactConflict):  # nor removed from under them
        reach.remove_phone(mine, phone.id, version=loaded.version_id, was=reach.row_text(phone))
    # A field of mine that nobody else touched is saved over the newer version, as before.
    contacts.update_contact(mine, cid, {"hobbies": "chess"}, version=loaded.version_id, was={"hobbies": "golf"})
    # Having seen both, I save mine over the version now stored.
    reach.update_phone(mine, phone.id, "138 1234 0000", region="CN", version=conflict.version + 1)
    assert [p.raw for p in contacts.get_contact(theirs, cid).phones] == ["138 1234 0000"]


def test_another_row_changed_meanwhile_is_no_conflict(two):
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="Ana", emails=[("ana@example.com", None)]))
    address = reach.add_address(mine, cid, AddressData(city="Madrid"))
    loaded = contacts.get_contact(mine, cid)
    reach.add_phone(theirs, cid, "+34 612 345 678")  # someone adds a number
    reach.update_email(theirs, loaded.emails[0].id, "ana@example.es")  # and changes the email
    reach.update_address(mine, address, AddressData(city="Sevilla"), version=loaded.version_id,
                         was=reach.row_text(loaded.addresses[0]))  # my address: nobody else touched it
    with pytest.raises(ContactConflict) as refused:
        reach.update_email(mine, loaded.emails[0].id, "ana@work.es", version=loaded.version_id,
                           was=reach.row_text(loaded.emails[0]))
    assert [(c.field, c.theirs) for c in refused.value.conflicts] == [("email", "ana@example.es")]
    stored = contacts.get_contact(theirs, cid)
    assert [a.city for a in stored.addresses] == ["Sevilla"] and [e.address for e in stored.emails] == ["ana@example.es"]


def test_a_race_inside_one_change_is_refused_not_lost(two, monkeypatch):
    """Someone saves the contact between this change's read and its write: the ORM's version check
    at the contact's row catches it, as it does for a field."""
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="Chen", phones=[("+86 138 1234 5678", None)]))
    phone = contacts.get_contact(mine, cid).phones[0].id
    real = reach._refuse_duplicate_phone

    def someone_saves_meanwhile(contact, number, editing):
        monkeypatch.setattr(reach, "_refuse_duplicate_phone", real)  # once
        contacts.update_contact(theirs, cid, {"title": "Buyer"})
        real(contact, number, editing)

    monkeypatch.setattr(reach, "_refuse_duplicate_phone", someone_saves_meanwhile)
    with pytest.raises(ContactConflict):
        reach.update_phone(mine, phone, "+86 139 0000 0000")
    stored = contacts.get_contact(mine, cid)
    assert [p.raw for p in stored.phones] == ["+86 138 1234 5678"] and stored.title == "Buyer"


def test_a_new_photo_moves_the_version(db):
    from app.services import photos
    from tests.pictures import PNG

    cid = contacts.create_contact(db, NewContact(display_name="Fay"))
    before = _version(db, cid)[0]
    photos.set_photo(db, cid, PNG)
    assert _version(db, cid)[0] == before + 1
