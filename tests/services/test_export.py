"""Export in every format, and re-import to the same contacts."""
from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import Photo
from app.models.db import open_store
from app.services import contacts, groups, notes
from app.services.contacts import NewContact
from app.services.export import export_contacts
from app.services.importing.pipeline import import_files
from tests.corpus import CORPUS

from tests.pictures import PNG  # noqa: E402 - a real picture: a photo is decoded when imported

# What a re-import must give back: everything the user recorded about the person.
COMPARED = ("display_name", "given_name", "family_name", "middle_name", "nickname", "organization", "department",
            "title", "birthday", "anniversary", "groups", "has_photo")


def comparable(db) -> list[dict]:
    out = io.StringIO()
    export_contacts(db, out, "json")
    result = []
    for c in json.loads(out.getvalue())["contacts"]:
        item = {k: c[k] for k in COMPARED}
        item["groups"] = sorted(item["groups"])
        item["phones"] = sorted((p["number"], p["label"] or "", p["extension"] or "") for p in c["phones"])
        item["emails"] = sorted((e["address"], e["label"] or "") for e in c["emails"])
        item["addresses"] = sorted(tuple(a[k] or "" for k in ("label", "street", "city", "region", "postal_code",
                                                                "country")) for a in c["addresses"])
        item["websites"] = sorted((w["url"], w["label"] or "") for w in c["websites"])
        item["notes"] = sorted(n["text"] for n in c["notes"])
        item["custom"] = sorted((f["name"], f["value"]) for f in c["custom"])
        result.append(item)
    return sorted(result, key=lambda c: (c["display_name"], c["phones"]))


def _rich_store(db):
    cid = contacts.create_contact(db, NewContact(
        display_name="Smith, John", fields={"given_name": "John", "family_name": "Smith", "organization": "Acme, Inc.",
                                            "department": "Sales", "title": "Buyer", "birthday": "--04-12",
                                            "anniversary": "2001-06-01", "nickname": "JJ"},
        phones=[("+1 415 555 0100", "Mobile"), ("+1 415 555 0111 ext. 12", "GRAND_CENTRAL")],
        emails=[("john@example.com", "Work")], groups=["VIP", "Golf, club"]), region="US")
    contacts.set_custom_field(db, cid, "Spouse", "Jane")
    notes.add_note(db, cid, "Call Tuesday, not Monday;\nbring the catalogue \\ price list")
    with db.begin() as s:
        s.add(Photo(contact_id=cid, mime="image/png", data=PNG))
    contacts.create_contact(db, NewContact(display_name="张伟", fields={"family_name": "张", "given_name": "伟",
                                                                      "organization": "华通贸易"},
                                           phones=[("138 1234 5678", "Mobile")]), region="CN")
    contacts.create_contact(db, NewContact(display_name="Ana García Núñez", emails=[("ana@example.es", None)]),
                            region="ES")


def _export_to(db, tmp_path, fmt: str, version: str = "3.0"):
    path = tmp_path / f"out-{version}.{fmt}"
    with path.open("w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline="") as out:
        export_contacts(db, out, fmt, version=version)
    return path


@pytest.mark.parametrize("fmt, version", [("vcf", "3.0"), ("vcf", "4.0")])
def test_vcard_export_reimports_to_the_same_contacts(db, tmp_path, fmt, version):
    _rich_store(db)
    path = _export_to(db, tmp_path, fmt, version)
    fresh = open_store(tmp_path / "fresh.db")
    report = import_files(fresh, [path], region="US")
    assert report.added == 3 and report.problems == []
    assert comparable(fresh) == comparable(db)


def test_vcard_export_reimports_corpus_contacts(db, tmp_path):
    for name in ("ez-vcard/John_Doe_IPHONE.vcf", "ez-vcard/gmail-list.vcf", "kcontacts/vcard10.vcf",
                 "aosp-vcard/v21_japanese_2.vcf", "roundcube/utf-16_sample.vcf"):
        import_files(db, [CORPUS / name], region="US")
    fresh = open_store(tmp_path / "fresh.db")
    import_files(fresh, [_export_to(db, tmp_path, "vcf")], region="US")
    assert comparable(fresh) == comparable(db)


def test_csv_export_is_google_layout_and_safe_against_formula_injection(db, tmp_path):
    contacts.create_contact(db, NewContact(display_name="=HYPERLINK(\"http://evil\")", fields={
        "organization": "+cmd|' /C calc'!A0", "title": "-2+3", "nickname": "@SUM(1)"},
        phones=[("+34 612 345 678", "Mobile")]), region="ES")
    path = _export_to(db, tmp_path, "csv")
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    header, row = rows[0], rows[1]
    assert "First Name" in header and "Phone 1 - Value" in header and "Labels" in header
    for cell in row:
        assert not cell or cell[0] not in "=+-@\t\r", cell  # nothing a spreadsheet would run
    fresh = open_store(tmp_path / "fresh.db")
    import_files(fresh, [path], region="ES")
    assert comparable(fresh) == comparable(db)


def test_csv_export_reimports_to_the_same_contacts(db, tmp_path):
    _rich_store(db)
    fresh = open_store(tmp_path / "fresh.db")
    import_files(fresh, [_export_to(db, tmp_path, "csv")], region="US")
    mine, theirs = comparable(db), comparable(fresh)
    for item in mine + theirs:
        item["has_photo"] = None  # CSV carries no pictures
    assert theirs == mine


def test_export_leaves_out_the_trash_unless_asked(db):
    from app.services import lifecycle

    keep = contacts.create_contact(db, NewContact(display_name="Kept"))
    gone = contacts.create_contact(db, NewContact(display_name="Trashed"))
    lifecycle.trash(db, [gone])
    for fmt in ("json", "vcf", "csv"):
        out = io.StringIO()
        export_contacts(db, out, fmt)
        assert "Kept" in out.getvalue() and "Trashed" not in out.getvalue()
    out = io.StringIO()
    export_contacts(db, out, "json", include_trash=True)
    assert {c["id"] for c in json.loads(out.getvalue())["contacts"]} == {keep, gone}


def test_export_by_group(db):
    a = contacts.create_contact(db, NewContact(display_name="In group"))
    contacts.create_contact(db, NewContact(display_name="Not in group"))
    groups.add_to_group(db, [a], "Wholesale")
    out = io.StringIO()
    assert export_contacts(db, out, "vcf", group="Wholesale") == 1
    assert "In group" in out.getvalue() and "Not in group" not in out.getvalue()


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"),
                min_size=1, max_size=300).map(str.strip).filter(bool)
_multiline = st.lists(_text, min_size=1, max_size=4).map("\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_text, org=_text, note=_multiline, fmt=st.sampled_from([("vcf", "3.0"), ("vcf", "4.0"), ("csv", "3.0")]))
def test_export_then_import_round_trips_any_text(tmp_path_factory, name, org, note, fmt):
    folder = tmp_path_factory.mktemp("rt")
    db = open_store(folder / "a.db")
    contacts.create_contact(db, NewContact(display_name=name, fields={"organization": org}))
    cid = contacts.resolve(db, "1")
    notes.add_note(db, cid, note)
    fresh = open_store(folder / "b.db")
    report = import_files(fresh, [_export_to(db, folder, *fmt)], region="US")
    assert report.added == 1
    assert comparable(fresh) == comparable(db)


@pytest.mark.parametrize("text", ["\uff1dHYPERLINK(\"http://evil\")", "\uff0bcmd", "\uff0d2+3", "\uff20SUM(1)",
                                  ";=cmd|' /C calc'!A0", "Acme;=1+1", "a;\uff1d1;+2"])
def test_csv_export_neutralises_full_width_and_semicolon_formulas(db, tmp_path, text):
    """Excel reads ＝ as =, and in Spanish and German locales splits a line at ';' as well."""
    contacts.create_contact(db, NewContact(display_name="Ana", fields={"organization": text}))
    path = _export_to(db, tmp_path, "csv")
    for cell in next(r for r in csv.reader(io.StringIO(path.read_text("utf-8-sig"))) if "Ana" in r):
        for part in cell.split(";"):  # every piece a ';' locale makes of it
            assert not part or part[0] not in "=+-@\uff1d\uff0b\uff0d\uff20", cell
    fresh = open_store(tmp_path / "fresh.db")
    import_files(fresh, [path], region="ES")
    assert comparable(fresh) == comparable(db)  # read back as written
