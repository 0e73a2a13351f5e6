"""The same first sync and edits against every server pip can install: Radicale and Xandikos."""
from __future__ import annotations

from sqlalchemy import func, select

from app.models import Contact
from app.services import contacts as contact_service
from app.services.contacts import NewContact, create_contact
from app.services.sync import sync_book

from .conftest import Phone, card, link, person


def test_first_sync_and_edits_both_ways(db, any_server):
    phone = Phone(any_server)
    any_server.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(20)})
    for n in range(5):
        given, family, number, email = person(n)
        create_contact(db, NewContact(fields={"given_name": given, "family_name": family},
                                      phones=[(number, None)], emails=[(email, None)]))
    link(db, any_server)
    report = sync_book(db, "Phone")
    assert (report.added, report.linked, report.up) == (15, 5, 0)
    with db() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 20

    given, family, number, email = person(3)
    phone.put("card-3", card("card-3", given, family, number, email, "TITLE:Buyer"))
    assert sync_book(db, "Phone").down == 1
    with db() as s:
        here = s.scalars(select(Contact).where(Contact.family_name == family)).one()
    assert here.title == "Buyer"

    contact_service.update_contact(db, here.id, {"organization": "Acme"})
    assert sync_book(db, "Phone").up == 1
    back = phone.get("card-3")
    assert "ORG:Acme" in back and "TITLE:Buyer" in back
    assert len(phone.cards()) == 20
