"""Customer photos: real pictures only, replaced not piled up, and the user's choice outlives an undone import."""
from __future__ import annotations

import base64

import pytest

from app.services import contacts, photos
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
JPEG_START = b"\xff\xd8\xff\xe0" + b"\x00" * 100


def test_a_picture_is_stored_and_replaced(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana Ruiz"))
    assert photos.set_photo(db, cid, PNG) == "image/png"
    assert photos.set_photo(db, cid, JPEG_START) == "image/jpeg"
    photo = contacts.get_contact(db, cid).photo
    assert (photo.mime, photo.data) == ("image/jpeg", JPEG_START)
    photos.remove_photo(db, cid)
    assert contacts.get_contact(db, cid).photo is None


@pytest.mark.parametrize("data, says", [(b"%PDF-1.4 not a picture", "not a JPEG, PNG, GIF or WebP"),
                                        (JPEG_START + b"\x00" * photos.MAX_BYTES, "too big")])
def test_what_is_not_a_usable_picture_is_refused_and_nothing_changes(db, data, says):
    cid = contacts.create_contact(db, NewContact(display_name="Ana Ruiz"))
    photos.set_photo(db, cid, PNG)
    with pytest.raises(InvalidValue, match=f"photo: .*{says}"):
        photos.set_photo(db, cid, data)
    assert contacts.get_contact(db, cid).photo.data == PNG


def test_a_photo_chosen_after_an_import_survives_undoing_it(db, tmp_path):
    cid = contacts.create_contact(db, NewContact(display_name="Pablo Gil", phones=[("+34 612 345 678", None)]),
                                  region="ES")
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pablo Gil\r\nTEL:+34 612 345 678\r\n"
                    "PHOTO;ENCODING=b;TYPE=PNG:" + base64.b64encode(PNG).decode() + "\r\nEND:VCARD\r\n")
    import_files(db, [card], region="ES")  # merged into Pablo: the import brought his photo
    assert contacts.get_contact(db, cid).photo.mime == "image/png"
    photos.set_photo(db, cid, JPEG_START)  # then the user chose another
    undo_import(db)
    assert contacts.get_contact(db, cid).photo.data == JPEG_START
