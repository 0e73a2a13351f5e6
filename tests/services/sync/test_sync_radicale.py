"""Two-way sync against a live Radicale: first sync, edits both ways, conflicts, deletions, tokens, 412."""
from __future__ import annotations

from sqlalchemy import func, select

from app.models import Contact, Interaction, SyncBook, SyncItem
from app.services import contacts as contact_service, lifecycle, reach
from app.services.contacts import NewContact, create_contact
from app.services.sync import books, sync_book

from .conftest import card, link, person


def _count(db, trashed=False) -> int:
    with db() as s:
        q = select(func.count()).select_from(Contact)
        q = q.where(Contact.deleted_at.is_not(None) if trashed else Contact.deleted_at.is_(None))
        return s.scalar(q)


def _contact(db, family: str) -> Contact:
    with db() as s:
        cid = s.scalar(select(Contact.id).where(Contact.family_name == family))
    return contact_service.get_contact(db, cid)


def _seed(phone, numbers, extra: str = "") -> None:
    cards = {}
    for n in numbers:
        given, family, number, email = person(n)
        cards[f"card-{n}"] = card(f"card-{n}", given, family, number, email, extra)
    phone.server.upload(cards)


def test_first_sync_links_the_contacts_already_here_and_adds_the_others(db, radicale, phone):
    _seed(phone, range(200))
    for n in range(50):  # typed in Rapport before: same person, number and email; no UID
        given, family, number, email = person(n)
        create_contact(db, NewContact(fields={"given_name": given, "family_name": family},
                                      phones=[(number, "mobile")], emails=[(email, "work")],
                                      tier="A" if n < 5 else None))
    link(db, radicale)
    report = sync_book(db, "Phone")
    assert (report.added, report.linked) == (150, 50)
    assert _count(db) == 200
    assert report.up == 0 and len(phone.cards()) == 200  # linked, not copied
    with db() as s:
        assert s.scalar(select(func.count()).select_from(SyncItem)) == 200
    again = sync_book(db, "Phone")
    assert (again.down, again.up, again.added, again.conflicts) == (0, 0, 0, 0)
    assert again.line() == "Phone: 0 down, 0 up, 0 deleted here, 0 deleted there, 0 conflicts merged"


def test_an_edit_on_the_phone_arrives_and_one_here_goes_up(db, radicale, phone):
    _seed(phone, range(3), extra="X-SOCIAL:@given\r\nIMPP:xmpp:given@example.com\r\nRELATED;TYPE=spouse:urn:uuid:x")
    link(db, radicale)
    sync_book(db, "Phone")
    given, family, number, email = person(1)
    phone.put("card-1", card("card-1", given, family, number, email, "TITLE:Buyer\r\nTEL;TYPE=WORK:+1 415 3000001"))
    report = sync_book(db, "Phone")
    assert report.down == 1
    ann = _contact(db, family)
    assert ann.title == "Buyer" and {p.e164 for p in ann.phones} == {"+14152000001", "+14153000001"}

    contact_service.update_contact(db, ann.id, {"organization": "Acme"})
    reach.add_email(db, ann.id, "second@example.com")
    report = sync_book(db, "Phone")
    assert report.up == 1 and report.down == 0
    back = phone.get("card-1")
    assert "ORG:Acme" in back and "second@example.com" in back and "TITLE:Buyer" in back
    other = phone.get("card-2")
    assert "X-SOCIAL:@given" in other  # untouched card keeps everything
    contact_service.update_contact(db, _contact(db, "Family2").id, {"title": "Owner"})
    sync_book(db, "Phone")
    other = phone.get("card-2")
    assert "TITLE:Owner" in other
    for kept in ("X-SOCIAL:@given", "IMPP:xmpp:given@example.com", "RELATED;TYPE=spouse:urn:uuid:x", "UID:card-2"):
        assert kept in other  # another client's properties go back up untouched


def test_both_sides_edited_are_merged_without_losing_a_value(db, radicale, phone):
    _seed(phone, range(2))
    link(db, radicale)
    sync_book(db, "Phone")
    given, family, number, email = person(0)
    phone.put("card-0", card("card-0", given, family, number, email,
                             "TITLE:CTO\r\nTEL;TYPE=HOME:+1 415 3000000\r\nREV:20990101T000000Z"))
    here = _contact(db, family)
    contact_service.update_contact(db, here.id, {"title": "CEO"})
    reach.add_phone(db, here.id, "+1 415 4000000", "work")
    reach.add_email(db, here.id, "new@example.com")
    report = sync_book(db, "Phone")
    assert report.conflicts == 1
    merged = _contact(db, family)
    assert {p.e164 for p in merged.phones} == {"+14152000000", "+14153000000", "+14154000000"}
    assert {e.address for e in merged.emails} == {email, "new@example.com"}
    assert merged.title == "CTO"  # the phone's REV is newer
    with db() as s:
        history = " ".join(i.outcome or "" for i in s.scalars(select(Interaction)
                                                                .where(Interaction.contact_id == merged.id)))
    assert "CEO" in history  # the value that lost is kept in the history
    assert any("CEO" in line and "CTO" in line for line in report.conflict_lines)
    back = phone.get("card-0")
    for value in ("+14153000000", "+14154000000", "new@example.com", "TITLE:CTO"):
        assert value in back


def test_a_card_deleted_on_the_phone_puts_the_contact_in_the_trash(db, radicale, phone):
    _seed(phone, range(3))
    link(db, radicale)
    sync_book(db, "Phone")
    phone.delete("card-2")
    report = sync_book(db, "Phone")
    assert report.deleted_here == 1 and _count(db) == 2 and _count(db, trashed=True) == 1
    gone = _contact(db, "Family2")
    assert gone.in_trash
    lifecycle.restore(db, [gone.id])  # restorable; the next sync puts it back on the phone
    report = sync_book(db, "Phone")
    assert report.up == 1 and len(phone.cards()) == 3


def test_a_contact_trashed_here_is_deleted_on_the_server_only_when_the_user_says_so(db, radicale, phone):
    _seed(phone, range(3))
    link(db, radicale)
    sync_book(db, "Phone")
    lifecycle.trash(db, [_contact(db, "Family0").id])
    report = sync_book(db, "Phone")  # default "ask", not asked
    assert report.deleted_there == 0 and [name for _, name in report.waiting_deletions] == ["Given0 Family0"]
    assert len(phone.cards()) == 3
    report = sync_book(db, "Phone", delete_on_server=True)
    assert report.deleted_there == 1 and len(phone.cards()) == 2
    books.set_delete_policy(db, "always")
    lifecycle.trash(db, [_contact(db, "Family1").id])
    assert sync_book(db, "Phone").deleted_there == 1 and len(phone.cards()) == 1


def test_an_invalidated_sync_token_means_a_full_resync_without_duplicates(db, radicale, phone):
    _seed(phone, range(5))
    link(db, radicale)
    sync_book(db, "Phone")
    given, family, number, email = person(3)
    phone.put("card-3", card("card-3", given, family, number, email, "TITLE:Changed"))
    _seed(phone, [7])
    with db.begin() as s:
        s.scalars(select(SyncBook)).one().sync_token = "http://radicale.org/ns/sync/" + "0" * 64
    report = sync_book(db, "Phone")
    assert report.full_listing and report.added == 1 and report.down == 2
    assert _count(db) == 6 and len(phone.cards()) == 6 and _contact(db, family).title == "Changed"
    assert sorted(phone.uids()) == sorted(set(phone.uids()))


def test_a_412_reads_the_card_again_merges_and_sends_again(db, radicale, phone, monkeypatch):
    _seed(phone, range(2))
    link(db, radicale)
    sync_book(db, "Phone")
    here = _contact(db, "Family1")
    contact_service.update_contact(db, here.id, {"organization": "Rapport Ltd"})
    given, family, number, email = person(1)
    original = books.read_remote

    def phone_edits_meanwhile(*args, **kwargs):  # the phone saves between our read and our write
        found = original(*args, **kwargs)
        phone.put("card-1", card("card-1", given, family, number, email, "NICKNAME:Gigi"))
        return found

    monkeypatch.setattr(books, "read_remote", phone_edits_meanwhile)
    report = sync_book(db, "Phone")
    assert report.up == 1
    back = phone.get("card-1")
    assert "ORG:Rapport Ltd" in back and "NICKNAME:Gigi" in back
    assert _contact(db, "Family1").nickname == "Gigi"


def test_apple_group_cards_are_read_as_groups_and_two_cards_with_one_uid_are_named(db, radicale, phone):
    _seed(phone, range(3))
    phone.put("group-1", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:group-1\r\nFN:Friends\r\nN:Friends;;;;\r\n"
                         "X-ADDRESSBOOKSERVER-KIND:group\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:card-0\r\n"
                         "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:card-2\r\nEND:VCARD\r\n")
    given, family, number, email = person(1)
    phone.server.upload({"copy-of-1": card("card-1", given, family, number, email)})
    link(db, radicale)
    report = sync_book(db, "Phone")
    assert report.added == 3 and _count(db) == 3  # the group card is no contact, the copy no second one
    assert len([p for p in report.problems if "same UID as" in p and "card-1.vcf" in p and "copy-of-1" in p]) == 1
    assert {c.family_name for c in (_contact(db, f"Family{n}") for n in range(3))
            if "Friends" in [g.name for g in c.groups]} == {"Family0", "Family2"}


def test_a_photo_goes_up_as_a_jpeg_of_at_most_512_px(db, radicale, phone):
    import base64
    import io

    from PIL import Image

    from app.services.photos import set_photo

    _seed(phone, range(1))
    link(db, radicale)
    sync_book(db, "Phone")
    picture = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 30, 30)).save(picture, "PNG")
    set_photo(db, _contact(db, "Family0").id, picture.getvalue())
    assert sync_book(db, "Phone").up == 1
    text = phone.get("card-0").replace("\r\n ", "").replace("\n ", "")
    line = next(l for l in text.splitlines() if l.startswith("PHOTO"))
    sent = Image.open(io.BytesIO(base64.b64decode(line.split(":", 1)[1])))
    assert sent.format == "JPEG" and max(sent.size) == 512
    assert sync_book(db, "Phone").line() == "Phone: 0 down, 0 up, 0 deleted here, 0 deleted there, 0 conflicts merged"
