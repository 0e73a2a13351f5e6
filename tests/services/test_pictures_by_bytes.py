"""Pictures are taken by their bytes, not their label (issue 14, item 6): PNG, JPEG, GIF and WebP
only, decoded and written anew; an SVG labelled PNG, whose reader opens the files it names, is
refused as a photo, left out of an import, and dropped from a note."""
from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from app.services import contacts, notes, photos
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.importing.pipeline import import_files
from tests.pictures import GIF, JPEG, PNG, WEBP, picture

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd" width="9" height="9"/></svg>'


def _uri(data: bytes, label: str = "image/png") -> str:
    return f"data:{label};base64,{base64.b64encode(data).decode()}"


@pytest.mark.parametrize("data", [SVG, b"BM" + b"\0" * 60, PNG[:40] + b"\0" * 40])
def test_a_photo_that_is_not_a_decodable_png_jpeg_gif_or_webp_is_refused(db, data):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    with pytest.raises(InvalidValue, match="photo: "):
        photos.set_photo(db, cid, data)
    assert contacts.get_contact(db, cid).photo is None


@pytest.mark.parametrize("data, mime", [(PNG, "image/png"), (JPEG, "image/jpeg"), (GIF, "image/png"),
                                        (WEBP, "image/png")])
def test_a_photo_is_stored_as_a_picture_drawn_anew(db, data, mime):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    tail = b"<script>trailing bytes are not kept</script>"
    assert photos.set_photo(db, cid, data + tail) == mime
    stored = contacts.get_contact(db, cid).photo
    assert stored.mime == mime and tail not in stored.data
    assert Image.open(io.BytesIO(stored.data)).size == (8, 8)


def test_a_card_whose_png_photo_is_an_svg_is_imported_without_it(db):
    report = import_files(db, [HOSTILE / "svg-as-png-photo.vcf"], region="US")
    contact = contacts.get_contact(db, contacts.resolve(db, "Sven Graphic"))
    assert contact.display_name == "Sven Graphic" and contact.photo is None
    assert any("photo" in str(problem) and "left out" in str(problem) for problem in report.problems)


def test_an_svg_labelled_png_in_a_note_is_dropped_when_saved(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    notes.add_note(db, cid, (HOSTILE / "svg-as-png-note.html").read_text(), html=True)
    [note] = notes.list_notes(db, cid)
    assert "Quote attached" in note.body and "data:image" not in note.body


def test_a_pasted_picture_is_drawn_anew_with_the_label_its_bytes_earn(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    jpeg = picture("JPEG", (16, 16))
    notes.add_note(db, cid, f'<p>catalogue</p><img src="{_uri(jpeg + b"extra", "image/png")}">', html=True)
    [note] = notes.list_notes(db, cid)
    src = note.body.split('src="')[1].split('"')[0]
    assert src.startswith("data:image/jpeg;base64,")
    data = base64.b64decode(src.split(",", 1)[1])
    assert not data.endswith(b"extra") and Image.open(io.BytesIO(data)).size == (16, 16)


def test_a_note_stored_before_with_an_svg_picture_shows_without_it(db):
    """Saved by an older Rapport, straight in the table: the sanitiser on the way out drops it."""
    from sqlalchemy import text

    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    with db.begin() as session:
        session.execute(text("INSERT INTO notes (contact_id, format, body, pinned, created_at, updated_at) "
                             "VALUES (:cid, 'html', :body, :pinned, '2026-01-01', '2026-01-01')"),
                        {"cid": cid, "body": f'<p>old</p><img src="{_uri(SVG)}"><img src="{_uri(PNG)}">', "pinned": False})
    [note] = notes.list_notes(db, cid)
    assert note.body.count("data:image/png") == 1 and base64.b64encode(SVG).decode()[:20] not in note.body
