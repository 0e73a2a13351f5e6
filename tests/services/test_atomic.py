"""all_or_nothing: several service calls saved together, or none of them."""
from __future__ import annotations

import pytest

from app.services import contacts, reach, tiers
from app.services.atomic import all_or_nothing
from app.services.contact_changes import ContactChanges, apply_changes
from app.services.errors import InvalidValue


def _ana(db) -> int:
    return contacts.create_contact(db, contacts.NewContact("Ana García", phones=[("+34 612 345 678", None)]))


def test_a_failure_in_the_third_call_undoes_the_first_two(db):
    cid = _ana(db)
    with pytest.raises(InvalidValue):
        with all_or_nothing(db) as tx:
            contacts.update_contact(tx, cid, {"nickname": "Anita"})
            tiers.set_tier(tx, [cid], "A")
            reach.add_email(tx, cid, "not an email")
    saved = contacts.get_contact(db, cid)
    assert (saved.nickname, saved.tier_id) == (None, None)


def test_a_failure_caught_inside_keeps_the_rest(db):
    cid = _ana(db)
    with all_or_nothing(db) as tx:
        contacts.update_contact(tx, cid, {"nickname": "Anita"})
        with pytest.raises(InvalidValue):  # the service's own transaction (a savepoint) is undone alone
            reach.add_phone(tx, cid, "+34 612 345 678", region="ES")
        reach.add_email(tx, cid, "ana@example.es")
    saved = contacts.get_contact(db, cid)
    assert saved.nickname == "Anita" and [e.address for e in saved.emails] == ["ana@example.es"]
    assert len(saved.phones) == 1


def test_apply_changes_on_several_contacts_is_one_change(db):
    ana, bob = _ana(db), contacts.create_contact(db, contacts.NewContact("Bob Smith"))
    with pytest.raises(InvalidValue):  # Ana already has this number; Bob's tier must not change either
        apply_changes(db, [bob, ana], ContactChanges(tier="A", add_phones=[("+34 612 345 678", None)]), region="ES")
    assert [contacts.get_contact(db, i).tier_id for i in (ana, bob)] == [None, None]
    apply_changes(db, [bob, ana], ContactChanges(tier="A", add_groups=["VIP"]))
    assert [(contacts.get_contact(db, i).tier.code, [g.name for g in contacts.get_contact(db, i).groups])
            for i in (ana, bob)] == [("A", ["VIP"]), ("A", ["VIP"])]
