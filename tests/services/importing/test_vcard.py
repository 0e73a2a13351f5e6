"""vCard reader: what a person reading these files expects to end up in their contacts."""
from __future__ import annotations

import base64
import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.importing.record import ImportCancelled, UnreadableFile
from app.services.importing.vcard import looks_like_vcard, parse_vcard
from tests.corpus import CORPUS, corpus_files

VCF_FILES = corpus_files("*.vcf")
PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def read(rel: str):
    path = CORPUS / rel
    return parse_vcard(path.read_bytes(), source=path.name)


def parse(text: str, encoding: str = "utf-8", newline: str = "\r\n"):
    return parse_vcard(text.replace("\n", newline).encode(encoding), source="test.vcf")


def only(result):
    assert len(result.contacts) == 1, result.contacts
    return result.contacts[0]


def card(*lines: str, version: str = "3.0") -> str:
    return "\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def phones(contact):
    return [(p.raw, p.label) for p in contact.phones]


def custom(contact, name):
    return [value for key, value in contact.custom if key == name]


# ----------------------------------------------------------------------------------- corpus

@pytest.mark.parametrize("path", VCF_FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_every_corpus_vcard_parses(path):
    data = path.read_bytes()
    assert looks_like_vcard(data)
    result = parse_vcard(data, source=path.name)
    assert result.format == "vcard"
    assert result.contacts, "every corpus vCard holds at least one contact"
    for contact in result.contacts:
        assert contact.line is not None and contact.line >= 1
        assert contact.fingerprint and len(contact.fingerprint) == 40
        assert not any("\ufffd" in (value or "") for value in (contact.display_name, contact.family_name))
    for problem in result.problems:
        assert problem.source == path.name and problem.position is not None
    again = parse_vcard(data, source=path.name)
    assert [c.fingerprint for c in again.contacts] == [c.fingerprint for c in result.contacts]


def test_corpus_is_there():
    assert len(VCF_FILES) >= 90
    assert {"v21_japanese_1.vcf", "utf-16_sample.vcf", "vcard9.vcf", "unparsable.vcf"} <= {p.name for p in VCF_FILES}


@pytest.mark.parametrize("path", corpus_files("*.csv"), ids=lambda p: p.name)
def test_csv_files_are_not_taken_for_vcards(path):
    assert not looks_like_vcard(path.read_bytes())


# ----------------------------------------------------------------------------------- encodings

def test_shift_jis_names_and_phonetic_reading():
    contact = only(read("aosp-vcard/v21_japanese_1.vcf"))
    assert contact.family_name == "安藤ロイド"
    assert contact.phonetic_family_name == "ｱﾝﾄﾞｳﾛｲﾄﾞ"
    assert [(p.raw, p.preferred) for p in contact.phones] == [("0300000000", True)]


def test_shift_jis_quoted_printable_address_and_note():
    contact = only(read("aosp-vcard/v21_japanese_2.vcf"))
    assert contact.display_name == "安藤 ロイド 1"
    assert (contact.family_name, contact.given_name) == ("安藤", "ロイド1")
    [address] = contact.addresses
    assert address.street == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert address.postal_code == "150-8512" and address.label == "Home"
    assert contact.notes == ["メモ"]


@pytest.mark.parametrize("rel", ["aosp-vcard/v21_japanese_3.vcf", "aosp-vcard/v30_japanese.vcf"])
def test_shift_jis_trail_byte_0x5c_is_not_an_escape(rel):
    contact = only(read(rel))
    assert contact.display_name == "伊能 圭一 伊予"
    assert (contact.family_name, contact.given_name, contact.middle_name) == ("伊能", "圭一", "伊予")


def test_utf16_big_endian_without_bom():
    result = read("roundcube/utf-16_sample.vcf")
    assert result.encoding == "utf-16-be"
    contact = only(result)
    assert contact.display_name == "Ǽgean ĽdaMonté"
    assert (contact.given_name, contact.family_name) == ("Ǽgean", "ĽdaMonté")
    [address] = contact.addresses
    assert (address.street, address.city, address.region, address.country) == (
        "169 Mária Canal", "LaPaz", "Conceptión", "Perú")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_unicode_files_with_and_without_bom(encoding):
    text = card("FN:Zoë Ångström", "N:Ångström;Zoë;;;")
    assert looks_like_vcard(text.encode(encoding))
    assert only(parse(text, encoding)).display_name == "Zoë Ångström"


def test_windows_1252_charset_parameter():
    contact = only(read("roundcube/johndoe.vcf"))
    assert contact.display_name == "John Doë"
    assert contact.family_name == "Doë"


def test_undeclared_8bit_quoted_printable_is_guessed():
    contact = only(read("roundcube/thebat.vcf"))
    assert contact.display_name == "Piotr Iksiński"
    assert contact.family_name == "Iksiński"


@pytest.mark.parametrize("charset, name", [
    ("ISO-8859-2", "Łukasz Żółć"), ("windows-1251", "Пётр Иванов"), ("GBK", "张伟"), ("SHIFT_JIS", "表示 ソフト"),
    ("ISO-8859-1", "François Müller"), ("UTF-8", "Ελένη"),
])
def test_charset_parameter_decodes_the_value(charset, name):
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=" + charset.encode() + b":" + name.encode(charset)
            + b"\r\nTEL:123\r\nEND:VCARD\r\n")
    assert only(parse_vcard(data, source="x.vcf")).display_name == name


def test_undeclared_utf8_and_cp1252_in_one_file():
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Renée Dupont\r\nEND:VCARD\r\n".encode("utf-8")
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Renée Martin\r\nEND:VCARD\r\n".encode("cp1252"))
    result = parse_vcard(data, source="mixed.vcf")
    assert [c.display_name for c in result.contacts] == ["Renée Dupont", "Renée Martin"]


# ----------------------------------------------------------------------------------- folding, QP, lines

def test_fold_splitting_a_utf8_character():
    contact = only(read("kcontacts/vcard9.vcf"))
    assert contact.notes == [
        "Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов."]
    assert contact.display_name.startswith("βγδεαβγδ1") and "\ufffd" not in contact.display_name


def test_quoted_printable_soft_break_splitting_a_utf8_character():
    result = read("kcontacts/vcard10.vcf")
    doctor = result.contacts[3]
    assert doctor.title == "Facharzt für Allgemeinmedizin"
    assert doctor.notes == ["Sprechzeiten:\nMo   8–12, 15–18\nDi     8–12\nMi    8–12, 14–15\nDo 14–19\nFr     8–12"]
    broken = result.contacts[1]
    assert broken.addresses[0].street == "AAAAAAA-AäAAAAA 11"
    assert [w.url for w in broken.websites] == ["http://some-webseite.com"]  # not swallowed by the address


def test_quoted_printable_notes_keep_their_newlines():
    contact = only(read("ez-vcard/outlook-2003.vcf"))
    assert contact.notes == ["This is the note field!!\nSecond line\n\nThird line is empty"]
    assert contact.organization == "Company, The" and contact.department == "TheDepartment"
    complicated = only(read("aosp-vcard/v21_complicated.vcf"))
    assert "Now's the time for all folk to come to the aid of their country." in complicated.notes


def test_stray_invalid_byte_in_quoted_printable_keeps_the_value():
    last = read("ez-vcard/John_Doe_ANDROID.vcf").contacts[-1]
    assert last.display_name == "ÑÑÑÑ"
    assert any(value.startswith("ÑÑÑÑ") and value.endswith("\ufffd") for value in custom(last, "ORG"))


def test_comment_lines_are_ignored_but_not_inside_a_soft_break():
    contact = only(read("aosp-vcard/v21_invalid_comment_line.vcf"))
    assert contact.notes == ["This is an (sharp ->#<- sharp) example. This message must NOT be ignored."]
    assert contact.uid == "357"


def test_bare_quoted_printable_parameter_and_soft_break_before_a_property():
    contact = only(read("kcontacts/vcard7.vcf"))
    assert contact.uid == "pas-id-3E136F9B00000000"
    assert custom(contact, "LABEL") == ["401 Park Drive  3 West\nBoston, MA 02215\nUSA\nHerecomesyetanotherline"]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r", "\r\r\n"])
def test_line_endings(newline):
    text = card("FN:Ann Lee", "NOTE:one\\ntwo", "TEL;TYPE=CELL:555 0100") + card("FN:Bo Chan")
    result = parse(text, newline=newline)
    assert [c.display_name for c in result.contacts] == ["Ann Lee", "Bo Chan"]
    assert result.contacts[0].notes == ["one\ntwo"]
    assert [c.line for c in result.contacts] == [1, 7]


def test_lowercase_card_with_version_in_the_middle():
    contact = only(read("kcontacts/vcard3.vcf"))
    assert contact.display_name == "ian geiser"
    assert contact.organization == "Source eXtreme" and contact.title == "VP of Engineering"
    assert [e.address for e in contact.emails] == ["geiseri@yahoo.com"]


def test_version_as_the_last_line_still_unescapes_as_3_0():
    contact = only(read("kcontacts/vcard8.vcf"))
    assert contact.notes == ["line one\nline two\nline three"]


def test_backslash_continued_address_and_two_space_continuation():
    contact = only(read("aosp-vcard/v21_adr_multiple_line.vcf"))
    assert contact.addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999"
    assert only(read("aosp-vcard/v21_invalid_multiple_line.vcf")).emails[0].address == "omega@example.com"


def test_card_start_lines():
    result = read("thunderbird/import-resources/emptylines_vcard_addressbook.vcf")
    assert [c.line for c in result.contacts] == [3, 11]
    assert [c.display_name for c in read("thunderbird/import-resources/dos_vcard_addressbook.vcf").contacts] == [
        "Name Surname"]


# ----------------------------------------------------------------------------------- values kept whole

def test_text_values_are_never_cut_at_commas():
    contact = only(parse(card("FN:Smith, John", "N:Smith;John;;;", "NOTE:Call Tuesday, not Monday",
                              "ORG:Acme, Inc.;Sales, East", "TITLE:Head of Sales, EMEA")))
    assert contact.display_name == "Smith, John"
    assert contact.notes == ["Call Tuesday, not Monday"]
    assert (contact.organization, contact.department) == ("Acme, Inc.", "Sales, East")
    assert contact.title == "Head of Sales, EMEA"


def test_escapes_in_3_0():
    contact = only(read("ez-vcard/John_Doe_EVOLUTION.vcf"))
    assert contact.display_name == "Mr. John Richter, James Doe Sr."
    assert contact.middle_name == "Richter, James"
    assert contact.notes[0].startswith('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"')
    assert "SERVICES; LOSS OF USE, DATA, OR PROFITS; OR" in contact.notes[0]
    assert contact.organization == "IBM" and contact.department == "Accounting, Dungeon"


def test_2_1_text_and_structured_values_unescape_what_2_1_writers_escape():
    contact = only(read("aosp-vcard/v21_backslash.vcf"))
    assert contact.display_name == "A;B\\C;D:E\\"  # `\;` and `\\` read as gammu and Yahoo mean them; `\C` stays
    assert (contact.given_name, contact.middle_name, contact.prefix, contact.suffix) == ("A;B\\", "C\\;", "D", ":E")
    org = only(read("aosp-vcard/v21_complicated.vcf"))
    assert org.organization == "Gump Shrimp Co." and org.department.startswith("Sales Dept.;Manager")


def test_categories_become_groups():
    assert only(read("kcontacts/testfullvcard.vcf")).groups == ["FICTION", "LITERATURE"]
    assert only(read("khard/category.vcf")).groups == ["bar"]
    assert only(parse(card("FN:A", "CATEGORIES:Friends,Work\\, past,Friends"))).groups == ["Friends", "Work, past"]


# ----------------------------------------------------------------------------------- phones and labels

def test_apple_item_labels():
    contact = only(read("ez-vcard/John_Doe_IPHONE.vcf"))
    assert ("905-222-1234", "AssistantPhone") in phones(contact)
    assert ("905-555-1234", "Mobile") in phones(contact)
    assert [(w.url, w.label) for w in contact.websites] == [("http://www.ibm.com", "HomePage")]
    apple = only(parse(card("FN:A", "item1.TEL:555 0100", "item1.X-ABLabel:_$!<Mobile>!$_",
                            "item2.EMAIL;type=INTERNET:a@example.com", "item2.X-ABLABEL:_$!<Work>!$_")))
    assert phones(apple) == [("555 0100", "Mobile")]
    assert [(e.address, e.label) for e in apple.emails] == [("a@example.com", "Work")]


def test_gmail_custom_labels_related_names_and_dates():
    contact = only(read("ez-vcard/gmail-single.vcf"))
    assert ("555 555 2222", "GRAND_CENTRAL") in phones(contact)
    assert [a.label for a in contact.addresses] == ["Home", "CustomAdrType"]
    assert contact.anniversary == "1970-06-02"
    assert ("Spouse", "MySpouse") in contact.custom and ("CustomRelationship", "MyCustom") in contact.custom
    assert (contact.phonetic_given_name, contact.phonetic_family_name) == ("Grregg", "Dart-mowth")
    assert contact.addresses[0].street == "123 Home St\nHome City, HM 12345"


def test_type_labels():
    contact = only(read("ez-vcard/gmail-single2.vcf"))
    assert phones(contact)[:8] == [
        ("5555551111", None), ("5555551112", "Home"), ("5555551113", "Work"), ("5555551114", None),
        ("5555551115", "Mobile"), ("5555551116", "Main"), ("5555551117", "Home fax"), ("5555551118", "Work fax")]
    assert ("5555551120", "Pager") in phones(contact)
    for name in ("X-SKYPE", "X-QQ", "X-ICQ"):
        assert custom(contact, name), name
    nec = read("aosp-vcard/v21_multiple_entry.vcf").contacts[0]
    assert phones(nec) == [("9", "X-NEC-SECRET"), ("10", "X-NEC-HOTEL"), ("11", "X-NEC-SCHOOL"), ("12", "Home fax")]


def test_preferred_and_type_lists():
    contact = only(read("aosp-vcard/v21_pref_handling.vcf"))
    assert [(p.raw, p.label, p.preferred) for p in contact.phones] == [
        ("1", "Home", False), ("2", "Work", True), ("3", "ISDN", False)]
    quoted = only(read("aosp-vcard/v30_comma_separated.vcf"))
    assert [(p.label, p.preferred) for p in quoted.phones] == [("COMMA,SEPARATED:INSIDE.DQUOTE", True)]
    four = only(parse(card('TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102', "FN:S",
                           "TEL;type=HOME;type=pref:555", "EMAIL;TYPE=PREF,HOME:h@example.com", version="4.0")))
    assert [(p.raw, p.label, p.extension, p.preferred) for p in four.phones] == [
        ("+1-418-656-9254", "Work", "102", True), ("555", "Home", None, True)]
    assert [(e.label, e.preferred) for e in four.emails] == [("Home", True)]


def test_tel_uris_pause_wait_and_values_that_are_not_uris():
    assert phones(only(read("khard/tel-value-uri.vcf"))) == [("67545678", "Mobile")]
    assert phones(only(read("aosp-vcard/v30_pause_wait.vcf"))) == [("p1234p5678w9", None)]
    holmes = only(read("kcontacts/testfullvcard.vcf"))
    assert [(p.raw, p.extension) for p in holmes.phones][0] == ("+44-555-555-5555", "5555")


def test_rfc6868_caret_escapes_in_parameters():
    contact = only(parse(card('TEL;TYPE=X-Bob^\'s^nline:555', "FN:A", version="4.0")))
    assert phones(contact) == [("555", "X-Bob\"s\nline")]
    assert only(read("ez-vcard/issue114.vcf")).display_name == "Dummy, Dummy"


# ----------------------------------------------------------------------------------- photos

@pytest.mark.parametrize("rel, mime", [
    ("aosp-vcard/v21_complicated.vcf", "image/jpeg"),  # ENCODING=BASE64, folded, blank line after
    ("aosp-vcard/v21_base64_no_2_crlf.vcf", "image/jpeg"),  # no blank line after the block
    ("ez-vcard/John_Doe_BLACK_BERRY.vcf", "image/jpeg"),  # one 2,250-character line
    ("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf", "image/jpeg"),  # bare BASE64 parameter, 2-space folds
    ("ez-vcard/John_Doe_IPHONE.vcf", "image/jpeg"),  # ENCODING=b
    ("kcontacts/vcard12.vcf", "image/png"),
    ("khard/photov3.vcf", "image/png"),
    ("khard/photov4.vcf", "image/png"),  # data: URI with an escaped comma
    ("thunderbird/addrbook-data/v3-binary-png.vcf", "image/png"),  # base64 with no ENCODING at all
    ("thunderbird/addrbook-data/v3-binary-webp.vcf", "image/webp"),
    ("thunderbird/addrbook-data/v3-uri-uri-jpeg.vcf", "image/jpeg"),  # VALUE=URI:data:...
    ("thunderbird/addrbook-data/v4-uri-webp.vcf", "image/webp"),
])
def test_photos_in_every_spelling(rel, mime):
    contact = only(read(rel))
    assert contact.photo and contact.photo_mime == mime


def test_photo_with_value_uri_holding_raw_base64():
    encoded = base64.b64encode(PNG_1PX).decode()
    contact = only(parse(card("FN:A", f"PHOTO;VALUE=URI:{encoded}")))
    assert contact.photo == PNG_1PX and contact.photo_mime == "image/png"


def test_malformed_photo_is_reported_and_the_rest_kept():
    result = read("aosp-vcard/v21_malformed_photo.vcf")
    contact = only(result)
    assert contact.photo is None and contact.display_name == "fullname" and contact.family_name == "name"
    [problem] = result.problems
    assert (problem.field, problem.position, problem.line) == ("PHOTO", 1, 1)
    assert "photo" in problem.message


def test_photo_links_are_kept_as_custom_fields():
    contact = only(read("ez-vcard/fullcontact.vcf"))
    assert contact.photo is None
    assert custom(contact, "PHOTO")[0].startswith("https://d3m0kzytmr41b1.cloudfront.net/")


# ----------------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value, expected", [
    ("19800322", "1980-03-22"), ("1980-03-22", "1980-03-22"), ("1980-03-22T00:00:00Z", "1980-03-22"),
    ("19531015T231000Z", "1953-10-15"), ("--0412", "--04-12"), ("--04-12", "--04-12"), ("1604-04-12", "--04-12"),
    ("--0229", "--02-29"),
])
def test_birthday_forms(value, expected):
    assert only(parse(card("FN:A", f"BDAY:{value}"))).birthday == expected


def test_apple_omit_year_and_anniversaries():
    contact = only(parse(card("FN:A", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12", "X-ANNIVERSARY:2001-06-30")))
    assert (contact.birthday, contact.anniversary) == ("--04-12", "2001-06-30")
    assert only(read("ez-vcard/John_Doe_MS_OUTLOOK.vcf")).anniversary == "2011-01-13"
    assert only(read("ez-vcard/John_Doe_GMAIL.vcf")).anniversary == "1975-03-01"
    assert only(read("aosp-vcard/v21_winmo_65.vcf")).anniversary == "2009-10-10"


def test_text_birthday_is_kept_without_complaint():
    result = read("khard/text-bday.vcf")
    contact = only(result)
    assert contact.birthday is None and custom(contact, "BDAY") == ["circa 1800"]
    assert result.problems == []


def test_impossible_birthday_is_reported_and_kept():
    result = parse(card("FN:A", "BDAY:1988-02-30", "EMAIL:a@example.com"))
    contact = only(result)
    assert contact.birthday is None and custom(contact, "BDAY") == ["1988-02-30"]
    assert [(p.field, p.position) for p in result.problems] == [("BDAY", 1)]
    assert contact.emails[0].address == "a@example.com"


# ----------------------------------------------------------------------------------- everything is kept

def test_unknown_properties_go_to_custom():
    contact = only(read("kcontacts/testfullvcard.vcf"))
    for name in ("IMPP", "GEO", "ROLE", "LANG", "KIND", "KEY", "CALURI"):
        assert custom(contact, name), name
    outlook = only(read("ez-vcard/outlook-2007.vcf"))
    assert custom(outlook, "X-MS-SPOUSE") == ["TheSpouse"] and custom(outlook, "KEY")[0].startswith("MIIB/jCC")
    assert custom(only(read("aosp-vcard/v21_im.vcf")), "X-GOOGLE-TALK") == ["hhh@gmail.com"]
    assert all(key not in ("REV", "PRODID", "VERSION") for key, _ in only(read("ez-vcard/outlook-2003.vcf")).custom)


def test_names_fields_and_multiple_orgs():
    contact = only(read("ez-vcard/John_Doe_GMAIL.vcf"))
    assert (contact.prefix, contact.given_name, contact.middle_name, contact.family_name, contact.suffix) == (
        "Mr.", "John", "Richter, James", "Doe", "Sr.")
    assert (contact.phonetic_given_name, contact.phonetic_family_name) == ("Jon", "Dow")
    assert only(read("aosp-vcard/v40_sort_as.vcf")).sort_as == "あんどう ろいど"
    several = only(read("aosp-vcard/v21_pref_handling.vcf"))
    assert (several.organization, several.title) == ("Company", "Engineer")
    assert custom(several, "ORG") == ["Mystery", "Poetry"] and custom(several, "TITLE") == ["Blogger", "Poet"]


def test_nested_agent_card_does_not_break_the_outer_card():
    result = read("aosp-vcard/v21_nest.vcf")
    contact = only(result)
    assert contact.family_name == "parent" and phones(contact) == [("1", None)]
    nested = parse(card("FN:Boss", "AGENT:", "BEGIN:VCARD", "VERSION:2.1", "FN:Assistant", "END:VCARD",
                        "TEL:555", version="2.1") + card("FN:Next"))
    assert [c.display_name for c in nested.contacts] == ["Boss", "Next"]
    assert phones(nested.contacts[0]) == [("555", None)]


# ----------------------------------------------------------------------------------- broken files

def test_truncated_last_card_is_read_and_reported():
    result = parse(card("FN:First") + card("FN:Second") + "BEGIN:VCARD\nVERSION:3.0\nFN:Third\nTEL:555 01")
    assert [c.display_name for c in result.contacts] == ["First", "Second", "Third"]
    assert phones(result.contacts[2]) == [("555 01", None)]
    [problem] = result.problems
    assert (problem.position, problem.line) == (3, 9) and "END:VCARD" in problem.message
    assert only(read("khard/unparsable.vcf")).display_name == "second contact with minimal Vcard"


def test_card_missing_its_end_does_not_swallow_the_next_cards():
    result = parse("BEGIN:VCARD\nVERSION:3.0\nFN:No End\n" + card("FN:Second") + card("FN:Third"))
    assert [c.display_name for c in result.contacts] == ["No End", "Second", "Third"]
    assert [p.position for p in result.problems] == [1]


def test_broken_card_among_good_ones():
    broken = "\n".join(["BEGIN:VCARD", "VERSION:3.0", "FN:Broken", "this line is junk", "PHOTO;ENCODING=b:!!!",
                        "BDAY:not a date", "TEL;TYPE=CELL:555 0102", "END:VCARD", ""])
    result = parse(card("FN:Good One") + broken + card("FN:Good Two"))
    assert [c.display_name for c in result.contacts] == ["Good One", "Broken", "Good Two"]
    assert phones(result.contacts[1]) == [("555 0102", "Mobile")]
    assert {(p.position, p.field) for p in result.problems} == {(2, None), (2, "PHOTO"), (2, "BDAY")}
    assert all(p.line == 5 for p in result.problems)


def test_a_card_that_crashes_the_mapper_does_not_stop_the_others(monkeypatch):
    from app.services.importing import vcard

    def explode(mapper, prop):
        if "Bomb" in prop.value:
            raise RuntimeError("boom")
        mapper.contact.display_name = prop.value

    monkeypatch.setitem(vcard._HANDLERS, "FN", explode)
    result = parse(card("FN:Before") + card("FN:Bomb") + card("FN:After"))
    assert [c.display_name for c in result.contacts] == ["Before", "After"]
    assert [(p.position, p.line) for p in result.problems] == [(2, 5)]


def test_cards_without_identity_are_kept_but_empty_ones_are_not():
    result = parse(card("NOTE:only a note") + card() + card("FN:Someone"))
    assert [(c.position, c.notes, c.display_name) for c in result.contacts] == [
        (1, ["only a note"], None), (3, [], "Someone")]
    assert [p.position for p in result.problems] == [2]


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"), (b"\r\n \r\n", "empty"), (bytes(range(256)) * 8, "binary"),
    (b"Name,Email\r\nAnn,ann@example.com\r\n", "BEGIN:VCARD"),
])
def test_unreadable_files_name_the_file(data, reason):
    with pytest.raises(UnreadableFile, match=f"^junk.vcf: .*{reason}"):
        parse_vcard(data, source="junk.vcf")


def test_sniffing():
    assert looks_like_vcard(b"\n\nbegin:vcard\nfn:x\nend:vcard\n")
    assert looks_like_vcard("BEGIN:VCARD\r\n".encode("utf-16-be"))
    assert not looks_like_vcard(b"First Name,Last Name\r\nAnn,Lee\r\n")
    assert not looks_like_vcard(b"")


# ----------------------------------------------------------------------------------- fingerprint, progress

def test_fingerprint_ignores_rev_prodid_folding_and_line_endings():
    one = parse(card("FN:Ann Lee", "REV:20200101T000000Z", "NOTE:a long note that is folded", "PRODID:-//A//EN"))
    two = parse(card("PRODID:-//B//EN", "FN:Ann Lee", "NOTE:a long note t\n hat is folded", "REV:2024"),
                newline="\n")
    changed = parse(card("FN:Ann Lee", "NOTE:a long note that is folded!"))
    assert only(one).fingerprint == only(two).fingerprint != only(changed).fingerprint


def test_progress_and_cancel():
    text = "".join(card(f"FN:Person {i}", f"TEL:555 {i:04d}") for i in range(1000))
    seen = []
    result = parse_vcard(text.encode(), source="many.vcf", progress=lambda done, total: seen.append((done, total)))
    assert len(result.contacts) == 1000
    assert seen[-1] == (1000, 1000) and len(seen) >= 4
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    seen.clear()
    with pytest.raises(ImportCancelled):
        parse_vcard(text.encode(), source="many.vcf", progress=lambda d, t: seen.append((d, t)),
                    is_cancelled=lambda: len(seen) >= 2)
    assert seen[-1][0] < 1000


# ----------------------------------------------------------------------------------- round trip

_TEXT = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"))
    | st.sampled_from([",", ";", "\\", "\n", ":", '"', "\\n", "\\,", "é", "中", "😀"]),
    min_size=1, max_size=40,
).map("".join).map(str.strip).filter(bool)


def _escape_3_0(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold_bytes(line: str, width: int = 75) -> bytes:
    """Fold at 75 octets regardless of character boundaries, as careless writers do."""
    raw = line.encode("utf-8")
    chunks = [raw[:width]] + [raw[i:i + width - 1] for i in range(width, len(raw), width - 1)]
    return b"\r\n ".join(chunks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fn=_TEXT, note=_TEXT, family=_TEXT, given_name=_TEXT, org=_TEXT)
def test_escaped_3_0_text_round_trips(fn, note, family, given_name, org):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape_3_0(fn)}",
             f"N:{_escape_3_0(family)};{_escape_3_0(given_name)};;;", f"NOTE:{_escape_3_0(note)}",
             f"ORG:{_escape_3_0(org)}", "END:VCARD"]
    data = b"\r\n".join(_fold_bytes(line) for line in lines) + b"\r\n"
    contact = only(parse_vcard(data, source="roundtrip.vcf"))
    assert contact.display_name == fn
    assert contact.notes == [note]
    assert (contact.family_name, contact.given_name) == (family, given_name)
    assert contact.organization == org


_MANGLINGS = [b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"=\r\n", b"\\", b";", b":", b'"', b"\xff\xfe", b"\x00", b"\r",
              b"\n ", b"ENCODING=QUOTED-PRINTABLE:", b";CHARSET=\xe9\xff:", b"ENCODING=b:", b"item1.", b"#", b"^",
              b"=E2=80=", b"\xe2\x80", b";TYPE=", b"PHOTO:data:", b"TEL:tel:", b"BDAY:", b"\x81\\"]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(VCF_FILES), st.lists(st.tuples(st.floats(0, 1), st.sampled_from(_MANGLINGS),
                                                      st.integers(0, 40)), min_size=1, max_size=6))
def test_mangled_files_never_crash_and_always_give_storable_text(path, edits):
    data = bytearray(path.read_bytes())
    for where, junk, cut in edits:
        at = int(where * len(data))
        if cut % 3 == 0:
            del data[at:at + cut]
        else:
            data[at:at] = junk
    try:
        result = parse_vcard(bytes(data), source=path.name)
    except UnreadableFile:
        return
    assert not [p for p in result.problems if "could not be read" in p.message]
    for text in _strings(result.contacts):
        text.encode("utf-8")  # no lone surrogates: every value can be stored and shown
