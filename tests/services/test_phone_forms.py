"""Every phone row carries the forms its number is shown in (app/phone_display.py), whichever path
wrote it, and those forms show it exactly as phones.display does, in every region."""
from __future__ import annotations

import itertools
import string

import phonenumbers
import pytest
from sqlalchemy import select

from app.models import Phone
from app.phone_display import shown
from app.services import contacts, lifecycle, merge, reach
from app.services.contacts import NewContact
from app.services.demo import ensure_demo_data
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import
from app.services.locale_region import known_region
from app.services.phones import display, display_forms
from bench.generate import phone_export_v21
from tests.corpus import corpus_files

REGIONS = ("US", "CN", "ES", "GB", "CA", "DE", "JP", "IT", "BR")


def _numbers() -> list[tuple[str, str | None]]:
    """(number as stored: E.164 when valid, else as written; extension) of many kinds."""
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                found.append((phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164), None))
    found += [("+8612", None), ("+39 06 1234 5678", None), ("0612345678", "12"), ("abc", None), ("+1 415 555 0100", "7"),
              ("+80012345678", None), ("+0123", None), ("555-0100", None), ("", None)]
    return found


def test_the_stored_forms_show_every_number_as_phones_display_does_in_every_region():
    for (number, extension), region in itertools.product(_numbers(), REGIONS):
        expected = display(number, region, extension)
        assert (shown(display_forms(number), region, extension) if number else "") == expected, (number, region)


def test_the_regions_known_without_phonenumbers_are_phonenumbers_own():
    for code in ("".join(pair) for pair in itertools.product(string.ascii_uppercase, repeat=2)):
        assert known_region(code) == (code in phonenumbers.SUPPORTED_REGIONS), code
    assert not known_region("us") and not known_region("800") and not known_region("")


def _stored(db) -> list[tuple]:
    with db() as session:
        return [tuple(row) for row in session.execute(
            select(Phone.e164, Phone.raw, Phone.display_region, Phone.display_national, Phone.display_international)
            .order_by(Phone.id))]


def assert_every_number_has_its_forms(db) -> int:
    rows = _stored(db)
    for e164, raw, *forms in rows:
        assert tuple(forms) == display_forms(e164 or raw), (e164, raw)
    return len(rows)


def test_every_path_that_writes_a_number_writes_its_forms(db, tmp_path):
    """Typed (add, another number, an edit), imported (bulk, re-read under another region and undone),
    merged, trashed and restored, the demo's: each path leaves every row with its number's forms."""
    first = contacts.create_contact(db, NewContact(display_name="Ana", phones=[("612 34 56 78", "mobile")]), region="ES")
    second = contacts.create_contact(db, NewContact(display_name="Ana R", phones=[("+1 415 555 0100 ext. 3", None)]),
                                     region="US")
    reach.add_phone(db, first, "138 1234 5678", "work", region="CN")
    with db() as session:
        phone_id = session.scalar(select(Phone.id).where(Phone.contact_id == second))
    reach.update_phone(db, phone_id, "+44 20 7946 0958", "office", region="US")
    assert assert_every_number_has_its_forms(db) == 3

    export = tmp_path / "android.vcf"
    export.write_bytes(phone_export_v21(60))
    import_files(db, [export], region="US")  # the bulk writer
    again = import_files(db, [export], region="CN")  # numbers read again in place
    assert again.renumbered > 0
    assert_every_number_has_its_forms(db)
    undo_import(db, again.batch_id)  # read (and shown) as they were
    assert_every_number_has_its_forms(db)
    import_files(db, corpus_files("*.vcf")[:12], region="US")
    merge.merge_contacts(db, first, second)
    lifecycle.trash(db, [first])
    lifecycle.restore(db, [first])
    assert assert_every_number_has_its_forms(db) > 80


def test_the_demo_writes_its_numbers_forms(db):
    ensure_demo_data(db, count=40)
    assert assert_every_number_has_its_forms(db) >= 40


def test_the_command_line_writes_them(run):
    from app.models.db import open_store

    assert run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN")[0] == 0
    assert run("set", "1", "--phone", "+34 612 34 56 78", "casa", "--phone", "0043 1 234", "--region", "ES")[0] == 0
    db = open_store(run.store)
    try:
        assert assert_every_number_has_its_forms(db) == 3
    finally:
        db.kw["bind"].dispose()
