"""The import pipeline end to end: every corpus file, no duplicates, merge rules, undo, failure and cancel."""
from __future__ import annotations

import io
import json
import sqlite3

import pytest

from app.services import contacts, directory
from app.services.contacts import NewContact
from app.services.export import export_contacts
from app.services.importing.pipeline import ImportFailed, import_files
from app.services.importing.record import ImportCancelled
from app.services.importing.undo import undo_import
from tests.corpus import corpus_files

CONTACT_FILES = [p for p in corpus_files() if p.suffix in (".vcf", ".csv") or p.name == "export.txt"]


def snapshot(db) -> dict:
    out = io.StringIO()
    export_contacts(db, out, "json", include_trash=True)
    data = json.loads(out.getvalue())
    for c in data["contacts"]:
        c.pop("updated_at", None)
    return data


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


@pytest.mark.parametrize("path", CONTACT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_file_imports_and_a_second_import_adds_nothing(db, path):
    first = import_files(db, [path], region="US")
    assert first.added + first.merged >= 1 or path.name == "csv_no_header.csv" and first.records >= 1
    before = snapshot(db)
    second = import_files(db, [path], region="US")
    assert second.added == 0 and second.merged == 0
    assert snapshot(db) == before


def test_whole_corpus_into_one_store_then_undo_everything(db):
    reports = [import_files(db, [p], region="US") for p in CONTACT_FILES]
    assert directory.count(db) == sum(r.added for r in reports)
    for report in reversed(reports):
        if report.batch_id is not None:
            undo_import(db, report.batch_id)
    assert directory.count(db) == 0


VCARD_SMITH = """BEGIN:VCARD
VERSION:3.0
FN:John Smith
N:Smith;John;;;
TEL;TYPE=CELL:+1 415 555 0100
EMAIL:john@example.com
ORG:Acme
TITLE:Buyer
NOTE:Met at the fair, booth 12
END:VCARD
"""


def test_same_person_from_another_source_is_merged_not_duplicated(db, tmp_path):
    import_files(db, [write(tmp_path, "phone.vcf", VCARD_SMITH)], region="US")
    csv = "Name,Mobile,E-mail Address,Notes\nSmith John,(415) 555-0100,js@home.example,Plays golf\n"
    report = import_files(db, [write(tmp_path, "excel.csv", csv)], region="US")
    assert (report.added, report.merged) == (0, 1)
    [only] = directory.list_contacts(db)
    contact = contacts.get_contact(db, only.id)
    assert [p.e164 for p in contact.phones] == ["+14155550100"]  # the same number is stored once
    assert sorted(e.address for e in contact.emails) == ["john@example.com", "js@home.example"]
    assert sorted(n.body for n in contact.notes) == ["Met at the fair, booth 12", "Plays golf"]


def test_a_shared_number_with_different_names_stays_two_contacts_and_is_suggested(db, tmp_path):
    import_files(db, [write(tmp_path, "a.vcf", VCARD_SMITH)], region="US")
    other = VCARD_SMITH.replace("John Smith", "Mary Jones").replace("Smith;John", "Jones;Mary").replace(
        "john@example.com", "mary@example.com")
    report = import_files(db, [write(tmp_path, "b.vcf", other)], region="US")
    assert report.added == 1 and report.merged == 0
    assert [(s.record_name, s.contact_name, s.shared) for s in report.suggestions] == [
        ("Mary Jones", "John Smith", "+14155550100")]
    assert directory.count(db) == 2


def test_merge_adds_what_is_new_and_never_overwrites_what_the_user_typed(db, tmp_path):
    cid = contacts.create_contact(db, NewContact(display_name="John Smith", fields={"organization": "Typed Org"},
                                                 emails=[("JOHN@example.com", None)]))
    report = import_files(db, [write(tmp_path, "c.vcf", VCARD_SMITH)], region="US")
    assert report.merged == 1
    contact = contacts.get_contact(db, cid)
    assert contact.organization == "Typed Org"  # kept
    assert contact.title == "Buyer"  # was empty: filled
    assert [p.e164 for p in contact.phones] == ["+14155550100"]
    undo_import(db, report.batch_id)
    contact = contacts.get_contact(db, cid)
    assert contact.title is None and contact.phones == [] and contact.organization == "Typed Org"


def test_one_person_twice_in_one_file_becomes_one_contact(db, tmp_path):
    twice = VCARD_SMITH + VCARD_SMITH.replace("john@example.com", "john.smith@work.example").replace(
        "NOTE:Met at the fair, booth 12", "NOTE:Second card")
    report = import_files(db, [write(tmp_path, "twice.vcf", twice)], region="US")
    assert report.added == 1
    contact = contacts.get_contact(db, report.added_ids[0])
    assert len(contact.emails) == 2 and len(contact.notes) == 2


def test_undo_restores_the_store_exactly(db, tmp_path):
    contacts.create_contact(db, NewContact(display_name="Existing", phones=[("+1 415 555 0199", None)]))
    before = snapshot(db)
    report = import_files(db, [write(tmp_path, "d.vcf", VCARD_SMITH)], region="US", group="Fair 2026")
    assert directory.count(db) == 2
    assert directory.count(db, directory.ContactFilter(group="Fair 2026")) == 1
    undo_import(db, report.batch_id)
    assert snapshot(db) == before
    again = import_files(db, [write(tmp_path, "d.vcf", VCARD_SMITH)], region="US")
    assert again.added == 1  # after undo the file is new again


def test_dry_run_changes_nothing(db, tmp_path):
    before = snapshot(db)
    report = import_files(db, [write(tmp_path, "e.vcf", VCARD_SMITH)], region="US", dry_run=True)
    assert report.added == 1 and report.batch_id is None
    assert snapshot(db) == before


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01\x02\x03\xff\xfe\x00\x00binary" * 100, "not a contacts file"),
])
def test_unreadable_files_fail_with_the_file_name_and_change_nothing(db, tmp_path, content, message):
    import_files(db, [write(tmp_path, "ok.vcf", VCARD_SMITH)], region="US")
    before = snapshot(db)
    bad = tmp_path / "bad.dat"
    bad.write_bytes(content)
    with pytest.raises(ImportFailed, match=f"bad.dat.*{message}"):
        import_files(db, [write(tmp_path, "new.vcf", VCARD_SMITH.replace("John", "Jim")), bad], region="US")
    assert snapshot(db) == before


def test_missing_file_is_named(db, tmp_path):
    with pytest.raises(ImportFailed, match="nope.vcf: no such file"):
        import_files(db, [tmp_path / "nope.vcf"], region="US")


def _many_cards(n: int) -> str:
    return "".join(
        f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nN:{i};Person;;;\nTEL;TYPE=CELL:+1 415 555 {i % 10000:04d}\n"
        f"EMAIL:p{i}@example.com\nEND:VCARD\n" for i in range(n))


def test_cancel_writes_nothing_and_progress_is_reported(db, tmp_path):
    path = write(tmp_path, "many.vcf", _many_cards(3000))
    seen: list[tuple[int, int]] = []

    def cancel_after_parsing() -> bool:
        return len(seen) > 3

    with pytest.raises(ImportCancelled):
        import_files(db, [path], region="US", progress=lambda d, t: seen.append((d, t)), is_cancelled=cancel_after_parsing)
    assert directory.count(db) == 0
    seen.clear()
    report = import_files(db, [path], region="US", progress=lambda d, t: seen.append((d, t)))
    assert report.added == 3000
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_bad_field_is_reported_with_its_place_and_the_rest_is_kept(db, tmp_path):
    card = VCARD_SMITH.replace("TITLE:Buyer", "BDAY:1988-02-30")
    report = import_files(db, [write(tmp_path, "bad-bday.vcf", card)], region="US")
    [problem] = [p for p in report.problems if "1988-02-30" in str(p)]
    assert problem.source == "bad-bday.vcf" and problem.position == 1 and problem.field.lower() in ("bday", "birthday")
    contact = contacts.get_contact(db, report.added_ids[0])
    assert contact.birthday is None and "1988-02-30" in [f.value for f in contact.custom_fields]
    assert contact.emails[0].address == "john@example.com"


def test_store_integrity_after_imports(db, db_path, tmp_path):
    import_files(db, [write(tmp_path, "many.vcf", _many_cards(500))], region="US")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_folder_imports_the_contact_files_in_it_and_nothing_else(db, tmp_path):
    """A phone export unzipped: one card per file, a CSV in a subfolder, and what is not a contact file."""
    folder = tmp_path / "Contacts"
    (folder / "work").mkdir(parents=True)
    (folder / "__MACOSX").mkdir()
    write(folder, "ana.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana García\nTEL:+34 612 345 678\nEND:VCARD\n")
    write(folder, "王芳.VCF", "BEGIN:VCARD\nVERSION:3.0\nFN:王芳\nTEL:+86 138 1234 5678\nEND:VCARD\n")
    write(folder / "work", "list.csv", "Name,E-mail Address\nBob Smith,bob@example.com\n")
    write(folder, "README.txt", "exported by my phone")
    write(folder, ".hidden.vcf", "not a card")
    (folder / "__MACOSX" / "._ana.vcf").write_bytes(b"\x00\x05\x16\x07 resource fork")
    report = import_files(db, [folder, folder / "ana.vcf"], region="US")  # the card named twice: read once
    assert (report.added, len(report.sources)) == (3, 3) and report.problems == []
    assert sorted(c.display_name for c in directory.list_contacts(db)) == ["Ana García", "Bob Smith", "王芳"]
    assert import_files(db, [folder], region="US").added == 0


def test_a_folder_with_no_contact_file_is_named_in_the_message(db, tmp_path):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "me.jpg").write_bytes(b"\xff\xd8\xff")
    with pytest.raises(ImportFailed, match="photos: the folder holds no .vcf or .csv file"):
        import_files(db, [tmp_path / "photos"], region="US")
    assert directory.count(db) == 0


def test_a_spreadsheet_of_something_else_is_not_taken_for_contacts(db, tmp_path):
    """Every row nameless (stock, prices): one message, no "(no name)" contacts; beside real contacts it is skipped."""
    stock = write(tmp_path, "stock.csv", "Product,Price,Stock\nWidget,10,5\nGadget,20,3\n")
    with pytest.raises(ImportFailed, match="stock.csv: no row has a name, phone, email or organisation"):
        import_files(db, [stock], region="US")
    assert directory.count(db) == 0
    card = write(tmp_path, "ana.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana García\nEND:VCARD\n")
    report = import_files(db, [tmp_path], region="US")  # the folder: the card, not the sheet
    assert report.added == 1 and [str(p) for p in report.problems] == [
        "stock.csv: no row has a name, phone, email or organisation: not a contact list; nothing taken from it"]
    mapped = import_files(db, [stock], region="US", mapping={"Product": "organization"})  # mapped: the user's call
    assert mapped.added == 2 and card.exists()
