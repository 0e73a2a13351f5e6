"""Customer photos: real pictures only, replaced not piled up, and the user's choice outlives an undone import."""
from __future__ import annotations

import base64

import pytest

from app.services import contacts, photos
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import

from tests.pictures import JPEG, PNG, picture

JPEG_START = JPEG  # (was magic bytes and zeros: a photo is decoded now, so it must be a real one)


def _stored(db, cid) -> bytes:
    return contacts.get_contact(db, cid).photo.data


def test_a_picture_is_stored_and_replaced(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana Ruiz"))
    assert photos.set_photo(db, cid, PNG) == "image/png"
    assert photos.set_photo(db, cid, JPEG_START) == "image/jpeg"
    photo = contacts.get_contact(db, cid).photo
    assert photo.mime == "image/jpeg" and photo.data.startswith(b"\xff\xd8\xff")
    photos.remove_photo(db, cid)
    assert contacts.get_contact(db, cid).photo is None


@pytest.mark.parametrize("data, says", [(b"%PDF-1.4 not a picture", "not a JPEG, PNG, GIF or WebP"),
                                        (JPEG_START + b"\x00" * photos.MAX_BYTES, "too big")])
def test_what_is_not_a_usable_picture_is_refused_and_nothing_changes(db, data, says):
    cid = contacts.create_contact(db, NewContact(display_name="Ana Ruiz"))
    photos.set_photo(db, cid, PNG)
    before = _stored(db, cid)
    with pytest.raises(InvalidValue, match=f"photo: .*{says}"):
        photos.set_photo(db, cid, data)
    assert _stored(db, cid) == before


def test_a_photo_chosen_after_an_import_survives_undoing_it(db, tmp_path):
    cid = contacts.create_contact(db, NewContact(display_name="Pablo Gil", phones=[("+34 612 345 678", None)]),
                                  region="ES")
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pablo Gil\r\nTEL:+34 612 345 678\r\n"
                    "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(PNG).decode() + "\r\nEND:VCARD\r\n")
    import_files(db, [card], region="ES")  # merged into Pablo: the import brought his photo
    assert contacts.get_contact(db, cid).photo.mime == "image/png"
    photos.set_photo(db, cid, JPEG_START)  # then the user chose another
    chosen = _stored(db, cid)
    undo_import(db)
    assert _stored(db, cid) == chosen
