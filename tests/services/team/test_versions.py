"""Two people (two processes, each with its own engine) edit one contact: the second save is refused
with both values, nothing is overwritten, and a field only one of them changed is saved."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Contact
from app.services import contacts, tiers
from app.services.contact_changes import ContactChanges, apply_changes
from app.services.contacts import NewContact
from app.services.team import identity
from app.services.team.versions import ContactConflict


def _as(name: str) -> None:
    identity.set_my_name(name)


def test_the_second_save_over_a_newer_version_is_refused_with_both_values(two):
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="王芳", fields={"hobbies": "golf"}))
    loaded_by_me = contacts.get_contact(mine, cid)
    loaded_by_them = contacts.get_contact(theirs, cid)
    assert loaded_by_me.version_id == loaded_by_them.version_id

    _as("Li Na")
    contacts.update_contact(theirs, cid, {"hobbies": "tennis"}, version=loaded_by_them.version_id,
                            was={"hobbies": loaded_by_them.hobbies})
    _as("Zhang Wei")
    with pytest.raises(ContactConflict) as refused:
        contacts.update_contact(mine, cid, {"hobbies": "chess"}, version=loaded_by_me.version_id,
                                was={"hobbies": loaded_by_me.hobbies})

    conflict = refused.value
    assert [(c.field, c.mine, c.theirs) for c in conflict.conflicts] == [("hobbies", "chess", "tennis")]
    assert conflict.changed_by == "Li Na"
    assert "Li Na" in str(conflict) and "chess" in str(conflict) and "tennis" in str(conflict)
    assert contacts.get_contact(mine, cid).hobbies == "tennis"  # theirs stays: nothing overwritten

    # Having seen both, the person saves their choice over the version now stored.
    contacts.update_contact(mine, cid, {"hobbies": "chess"}, version=conflict.version)
    stored = contacts.get_contact(theirs, cid)
    assert stored.hobbies == "chess" and stored.version_id == conflict.version + 1
    assert stored.updated_by == "Zhang Wei"


def test_a_field_nobody_else_changed_is_saved_over_the_newer_version(two):
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="Ana García", fields={"title": "CTO"}))
    seen = contacts.get_contact(mine, cid)
    contacts.update_contact(theirs, cid, {"organization": "Iberia"})
    contacts.update_contact(mine, cid, {"title": "CEO"}, version=seen.version_id, was={"title": seen.title})
    stored = contacts.get_contact(theirs, cid)
    assert (stored.title, stored.organization) == ("CEO", "Iberia")


def test_the_same_value_saved_twice_is_no_conflict(two):
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="Bo", fields={"title": "Buyer"}))
    seen = contacts.get_contact(mine, cid)
    contacts.update_contact(theirs, cid, {"title": "Head buyer"})
    contacts.update_contact(mine, cid, {"title": "Head buyer"}, version=seen.version_id, was={"title": seen.title})
    assert contacts.get_contact(mine, cid).title == "Head buyer"


def test_a_race_inside_one_save_is_refused_not_lost(two, monkeypatch):
    """Another process saves between our read and our UPDATE: the ORM's version check catches it."""
    mine, theirs = two
    cid = contacts.create_contact(mine, NewContact(display_name="Chen", fields={"needs": "a van"}))
    real_check = contacts.versions.check

    def other_process_saves_meanwhile(contact, version, fields, was):
        monkeypatch.setattr(contacts.versions, "check", real_check)  # once
        contacts.update_contact(theirs, cid, {"needs": "two vans"})
        real_check(contact, version, fields, was)

    monkeypatch.setattr(contacts.versions, "check", other_process_saves_meanwhile)
    with pytest.raises(ContactConflict) as refused:
        contacts.update_contact(mine, cid, {"needs": "a truck"})
    assert [(c.mine, c.theirs) for c in refused.value.conflicts] == [("a truck", "two vans")]
    monkeypatch.undo()
    assert contacts.get_contact(mine, cid).needs == "two vans"


def test_every_kind_of_write_moves_the_version(db):
    cid = contacts.create_contact(db, NewContact(display_name="Dora"))

    def version() -> int:
        with db() as session:
            return session.scalar(select(Contact.version_id).where(Contact.id == cid))

    seen = [version()]
    tiers.set_tier(db, [cid], "A")  # the ORM
    seen.append(version())
    apply_changes(db, [cid], ContactChanges(fields={"title": "Owner"}, stage="prospect"))  # rapport set
    seen.append(version())
    from app.services import lifecycle

    lifecycle.trash(db, [cid])  # a Core UPDATE
    seen.append(version())
    assert seen == sorted(set(seen)), seen


def test_the_search_text_alone_does_not_move_the_version(db):
    cid = contacts.create_contact(db, NewContact(display_name="Eve"))
    before = contacts.get_contact(db, cid).version_id
    from app.services import derived

    with db.begin() as session:
        derived.refresh_search_text(session, [cid])
    assert contacts.get_contact(db, cid).version_id == before  # (a phone does: test_part_versions.py)
