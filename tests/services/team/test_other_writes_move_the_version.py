"""The writes that do not go through the ORM's flush move a contact's version too: an import that
merges new numbers and emails into a stored contact (the bulk writer) or its undoing, a photo
removed, the contact put in or taken out of a group. Someone who loaded the contact before one of them and saves over
that version is shown what is stored now, with who changed it, instead of saving silently.
Two engines on one store, as two Rapport processes (on SQLite and on PostgreSQL)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Contact, ImportBatch
from app.services import contacts, groups, photos
from app.services.contacts import NewContact
from app.services.importing.pipeline import import_files
from app.services.team import identity
from app.services.team.versions import ContactConflict
from tests.pictures import PNG

CARD = """BEGIN:VCARD
VERSION:3.0
FN:Ana García
N:García;Ana;;;
TEL;TYPE=CELL:+34 612 345 678
EMAIL:ana@work.es
END:VCARD
"""


def _import_merging(db, cid: int, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(CARD, encoding="utf-8")
    report = import_files(db, [path], region="ES", workers=0)
    assert (report.added, report.merged) == (0, 1)  # into the stored contact, not a new one
    with db() as session:  # no empty field filled (a Core UPDATE, which moved it already): new rows only
        assert session.scalar(select(ImportBatch.filled_fields)) is None
    assert sorted(e.address for e in contacts.get_contact(db, cid).emails) == ["ana@example.com", "ana@work.es"]


def _undo_import(db, cid: int, tmp_path: Path) -> None:
    """Undoing the import (made before: _ana) takes the email it merged in away."""
    from app.services.importing.undo import undo_import

    undo_import(db)
    assert [e.address for e in contacts.get_contact(db, cid).emails] == ["ana@example.com"]


def _remove_photo(db, cid: int, _tmp_path: Path) -> None:
    photos.remove_photo(db, cid)


def _add_to_group(db, cid: int, _tmp_path: Path) -> None:
    assert groups.add_to_group(db, [cid], "VIP") == 1


def _remove_from_group(db, cid: int, _tmp_path: Path) -> None:
    with db() as session:
        madrid = contacts.group_by_name(session, "Madrid").id
    assert groups.remove_from_group(db, [cid], madrid) == 1


CHANGES = [_import_merging, _undo_import, _remove_photo, _add_to_group, _remove_from_group]


def _ana(db, change, tmp_path: Path) -> int:
    cid = contacts.create_contact(db, NewContact(
        display_name="Ana García", phones=[("+34 612 345 678", None)], emails=[("ana@example.com", None)],
        fields={"title": "Buyer", "given_name": "Ana", "family_name": "García"}), region="ES")
    photos.set_photo(db, cid, PNG)
    groups.add_to_group(db, [cid], "Madrid")
    if change is _undo_import:
        _import_merging(db, cid, tmp_path)
    return cid


def _version(db, cid: int) -> tuple[int, str]:
    with db() as session:
        return tuple(session.execute(select(Contact.version_id, Contact.updated_by).where(Contact.id == cid)).one())


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_the_change_moves_the_version_and_says_who(db, tmp_path, change):
    cid = _ana(db, change, tmp_path)
    before, _ = _version(db, cid)
    identity.set_my_name("Li Na")
    change(db, cid, tmp_path)
    assert _version(db, cid) == (before + 1, "Li Na")


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_a_save_over_the_version_before_the_change_is_refused(two, tmp_path, change):
    """My customer file was open when someone else changed the contact this way: my save over the
    version I loaded says who changed it, and saves nothing, until I save again over what is stored."""
    mine, theirs = two
    cid = _ana(mine, change, tmp_path)
    loaded = contacts.get_contact(mine, cid)
    identity.set_my_name("Li Na")
    change(theirs, cid, tmp_path)
    identity.set_my_name("Zhang Wei")
    with pytest.raises(ContactConflict) as refused:
        contacts.update_contact(mine, cid, {"title": "Head buyer"}, version=loaded.version_id)
    assert refused.value.changed_by == "Li Na" and "Li Na" in str(refused.value)
    assert contacts.get_contact(theirs, cid).title == "Buyer"  # nothing saved
    contacts.update_contact(mine, cid, {"title": "Head buyer"}, version=refused.value.version)
    assert contacts.get_contact(theirs, cid).title == "Head buyer"


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__.strip("_"))
def test_the_change_landing_inside_a_save_is_refused_not_lost(two, tmp_path, monkeypatch, change):
    """Someone changes the contact between my save's read and its write: the ORM's version check at
    the contact's row sees it."""
    mine, theirs = two
    cid = _ana(mine, change, tmp_path)
    real_check = contacts.versions.check

    def someone_changes_it_meanwhile(contact, version, fields, was):
        monkeypatch.setattr(contacts.versions, "check", real_check)  # once
        change(theirs, cid, tmp_path)
        real_check(contact, version, fields, was)

    monkeypatch.setattr(contacts.versions, "check", someone_changes_it_meanwhile)
    with pytest.raises(ContactConflict):
        contacts.update_contact(mine, cid, {"title": "Head buyer"})
    assert contacts.get_contact(theirs, cid).title == "Buyer"
