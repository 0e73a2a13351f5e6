"""The sqlite3 import path (importing/quick.py) and the full one leave the same store and report.

Each case imports the same files into two copies of a store as Rapport leaves it (migrated, its
derived columns current, closed cleanly): one copy through the full path (pipeline.import_files on
store.open_for_use, closed by store.close_store), the other through the quick path (plain_store.py).
Compared: every table's rows as store_rows.py normalises them (the batch, store_revision, the
settings and the lists of the day included) and the report. Where the quick path declines (a
merge, a CSV file, an unreadable file), it must have changed nothing: the full path then imports.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.services import clean_close
from app.services.importing import quick
from app.services.importing.pipeline import import_files
from app.services.plain_store import open_for_writing
from app.services.store import close_store, open_for_use
from bench.generate import phone_export_v21, vcard30
from tests.corpus import corpus_files
from tests.services.importing.store_rows import store_rows
from tests.services.importing.test_stream_differential import _report

pytestmark = pytest.mark.sqlite_only

VCARD_FILES = [p for p in corpus_files("*.vcf")]


@pytest.fixture(scope="module")
def ready(tmp_path_factory) -> Path:
    """A store as Rapport leaves it: opened for use (derived columns stamped), closed, checked."""
    path = tmp_path_factory.mktemp("ready") / "ready.db"
    close_store(open_for_use(path), path)
    clean_close.record_check(path)
    return path


def _copy(source: Path, target: Path) -> Path:
    shutil.copy2(source, target)  # the time too: the clean-close stamp matches the copy
    shutil.copy2(clean_close.stamp_path(source), clean_close.stamp_path(target))
    return target


def _full(path: Path, files: list[Path], region: str, group=None):
    db = open_for_use(path)
    try:
        return import_files(db, files, region=region, group=group)
    finally:
        close_store(db, path)


def _quick(path: Path, files: list[Path], region: str, group=None):
    store = open_for_writing(path)
    assert store is not None, "a store as Rapport leaves it opens on the quick path"
    try:
        return quick.quick_import(store, files, region=region, group=group)
    finally:
        store.close()


def _both(tmp_path: Path, base: Path, files: list[Path], region: str, group=None):
    """(full path's report, quick path's report or None) and asserts the stores: the same, or the quick
    one unchanged when it declined."""
    full, fast = _copy(base, tmp_path / "full.db"), _copy(base, tmp_path / "quick.db")
    before = store_rows(fast)
    fast_report = _quick(fast, files, region, group)
    if fast_report is None:
        assert store_rows(fast) == before, "a declined import changes nothing"
        return _full(full, files, region, group), None
    full_report = _full(full, files, region, group)
    assert _report(fast_report) == _report(full_report)
    wanted = store_rows(full)
    for table, rows in store_rows(fast).items():
        assert rows == wanted[table], table
    return full_report, fast_report


@pytest.mark.parametrize("path", VCARD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_vcard_file_gives_the_same_store_both_ways(tmp_path, ready, path):
    _both(tmp_path, ready, [path], "US")
    _both(tmp_path, ready, [path], "CN", "again")


def test_the_corpus_files_that_merge_nothing_are_taken_by_the_quick_path(tmp_path, ready):
    taken = sum(_both(tmp_path, ready, [p], "US")[1] is not None for p in VCARD_FILES)
    assert taken >= len(VCARD_FILES) * 9 // 10  # all 120 today: none of them has one person twice


def _store_with(tmp_path: Path, ready: Path, cards: bytes) -> Path:
    """A ready store holding the contacts of `cards`, imported the full way, closed as Rapport closes it."""
    first = tmp_path / "first.vcf"
    first.write_bytes(cards)
    base = _copy(ready, tmp_path / "base.db")
    _full(base, [first], "CN", "customers")
    clean_close.record_check(base)
    return base


def test_a_phone_export_into_an_empty_store(tmp_path, ready):
    path = tmp_path / "phone.vcf"
    path.write_bytes(phone_export_v21(300, seed=5))
    full, fast = _both(tmp_path, ready, [path], "CN", "from the phone")
    assert fast is not None and fast.added == full.added > 250


def test_new_people_into_a_store_with_contacts_and_groups(tmp_path, ready):
    base = _store_with(tmp_path, ready, vcard30(120, seed=3))
    later = tmp_path / "later.vcf"
    later.write_bytes(phone_export_v21(200, seed=9))
    full, fast = _both(tmp_path, base, [later], "CN", "customers")  # the group is stored already
    assert fast is not None and fast.added_ids[0] > 120


def test_people_already_stored_are_merged_by_the_full_path(tmp_path, ready):
    cards = vcard30(120, seed=3)
    base = _store_with(tmp_path, ready, cards)
    again = tmp_path / "again.vcf"
    again.write_bytes(cards)  # seen before
    assert _both(tmp_path, base, [again], "CN")[1] is None
    changed = tmp_path / "changed.vcf"
    changed.write_bytes(cards.replace(b"UID:", b"X-OLD-UID:")
                        .replace(b"BEGIN:VCARD\r\n", b"BEGIN:VCARD\r\nNOTE:new\r\n"))
    full, fast = _both(tmp_path, base, [changed], "CN")  # the same numbers and names: merged
    assert fast is None and full.merged > 0


def test_one_person_twice_in_a_file_is_merged_by_the_full_path(tmp_path, ready):
    cards = phone_export_v21(50, seed=4)
    path = tmp_path / "twice.vcf"
    path.write_bytes(cards + cards.replace(b"BEGIN:VCARD\r\n", b"BEGIN:VCARD\r\nEMAIL:x@example.org\r\n", 1))
    assert _both(tmp_path, ready, [path], "CN")[1] is None


def test_a_broken_card_is_a_problem_naming_its_line_both_ways(tmp_path, ready):
    path = tmp_path / "broken.vcf"
    path.write_bytes(phone_export_v21(20, seed=6) + b"BEGIN:VCARD\r\nVERSION:2.1\r\nBDAY:31st of Smarch\r\n"
                     b"FN:Broken Date\r\nEND:VCARD\r\n")
    full, fast = _both(tmp_path, ready, [path], "CN")
    assert fast is not None
    assert any(str(p).startswith("broken.vcf, line ") and "'31st of Smarch' is not a date" in str(p)
               for p in fast.problems)


def test_a_csv_file_or_one_that_cannot_be_read_is_left_to_the_full_path(tmp_path, ready):
    csv = tmp_path / "people.csv"
    csv.write_text("Name,E-mail Address\nBob Smith,bob@example.com\n")
    assert _both(tmp_path, ready, [csv], "US")[1] is None
    fast = _copy(ready, tmp_path / "fast.db")
    assert _quick(fast, [tmp_path / "missing.vcf"], "US") is None


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path, ready, monkeypatch):
    path = tmp_path / "phone.vcf"
    path.write_bytes(phone_export_v21(40, seed=7))
    fast = _copy(ready, tmp_path / "fast.db")
    before = store_rows(fast)

    def full_disk(self):
        raise __import__("sqlite3").OperationalError("database or disk is full")

    monkeypatch.setattr(quick.Writer, "batch_counts", full_disk)  # after every row is written
    assert _quick(fast, [path], "CN") is None
    assert store_rows(fast) == before


def test_a_store_that_is_not_as_rapport_left_it_is_not_opened(tmp_path, ready):
    unchecked = _copy(ready, tmp_path / "unchecked.db")
    clean_close.forget(unchecked)  # a crash, or a change behind Rapport's back: the full path checks it first
    assert open_for_writing(unchecked) is None
    assert open_for_writing(tmp_path / "none.db") is None


def test_the_quick_paths_columns_are_the_streams():
    from app.models import SOURCE_FINGERPRINT, SOURCE_UID
    from app.services.importing import matching, stream

    assert quick.CONTACT_COLUMNS == stream.CONTACT_COLUMNS and quick.FLUSH_ROWS == stream.FLUSH_ROWS
    assert quick.CHILD_COLUMNS == {model.__tablename__: columns for model, columns in stream.CHILD_COLUMNS.items()}
    assert (matching.SOURCE_UID, matching.SOURCE_FINGERPRINT) == (SOURCE_UID, SOURCE_FINGERPRINT)


def test_the_kept_list_of_the_day_is_no_longer_current_after_either_import(tmp_path, ready):
    from datetime import date

    from app.services import calllist
    from app.services.today_kept import stored

    base = _store_with(tmp_path, ready, vcard30(30, seed=8))
    db = open_for_use(base)
    calllist.today_list(db, date.today())  # kept in the store for the next reader
    close_store(db, base)
    clean_close.record_check(base)
    assert stored.read(base, date.today()) is not None
    later = tmp_path / "later.vcf"
    later.write_bytes(phone_export_v21(20, seed=9))
    _both(tmp_path, base, [later], "CN")
    for name in ("full.db", "quick.db"):  # the next reader computes it again, with the new contacts
        assert stored.read(tmp_path / name, date.today()) is None, name
