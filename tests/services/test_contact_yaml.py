"""The customer file as YAML: written and read back unchanged, every value kept as text."""
from __future__ import annotations

from app.services import contacts
from app.services.contact_changes import ContactChanges, apply_changes
from app.services.contact_yaml import changes_from_yaml, read_yaml, to_yaml
from app.services.reach import AddressData


def test_a_file_written_out_reads_back_as_no_change(db):
    cid = contacts.create_contact(db, contacts.NewContact(
        "张伟", fields={"given_name": "伟", "family_name": "张", "birthday": "--02-29", "needs": "two lines\nof needs"},
        phones=[("+86 138 1234 5678", "手机")], emails=[("zw@example.cn", None)], groups=["VIP"], tier="A"))
    apply_changes(db, [cid], ContactChanges(
        add_addresses=[AddressData(street="Storgata 1", postal_code="01234", country="NO")],
        custom={"yes": "no", "empty-looking": "null"}, add_websites=[("https://x.cn", None)]))
    contact = contacts.get_contact(db, cid)
    text = to_yaml(contact)
    assert "display_name: 张伟" in text and "postal_code: 01234" in text and "country: NO" in text
    data = read_yaml(text)
    assert data["birthday"] == "--02-29" and data["phones"] == [{"number": "+86 138 1234 5678", "label": "手机"}]
    assert data["custom"] == {"yes": "no", "empty-looking": "null"}  # the string "null", not nothing
    assert changes_from_yaml(db, contact, text).is_empty()


def test_rows_are_paired_so_an_edited_number_keeps_its_row(db):
    cid = contacts.create_contact(db, contacts.NewContact(
        "Ana", phones=[("+34 612 345 678", None), ("+34 699 111 222", "work")]))
    contact = contacts.get_contact(db, cid)
    first, second = (p.id for p in contact.phones)
    text = to_yaml(contact).replace("+34 699 111 222", "+34 699 111 333")
    changes = changes_from_yaml(db, contact, text)
    assert changes.update_phones == [(second, "+34 699 111 333", "work")]
    assert not changes.add_phones and not changes.remove_phones
    text = to_yaml(contact).replace("- number: +34 612 345 678\n  label:\n", "")
    changes = changes_from_yaml(db, contact, text)
    assert changes.remove_phones == [first] and not changes.update_phones
