"""The streaming import (stream.py, parts read in worker processes) and the reference path
(reference.py, the import as it was: all in memory, one process) leave the same store and report.

Compared: every table's rows (store_rows.py says how they are normalised) and the report (counts,
problems in order, suggestions, the region hint, formats). On every file of the corpus, the whole
corpus into one store (later files merge into earlier contacts), and generated files cut into many
small parts so that records merge across parts, a UID comes back on another card, and a broken
card late in a file sends the import back to reading it whole.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from app.models.db import open_store
from app.services.importing import chunks
from app.services.importing.pipeline import import_files
from app.services.importing.reference import import_files_reference
from app.services.importing.undo import undo_import
from bench.generate import phone_export_v21, vcard30
from tests.corpus import corpus_files
from tests.services.importing.store_rows import store_rows

CONTACT_FILES = [p for p in corpus_files() if p.suffix in (".vcf", ".csv") or p.name == "export.txt"]


def _report(report) -> dict:
    return {"added": report.added, "merged": report.merged, "unchanged": report.unchanged, "records": report.records,
            "renumbered": report.renumbered, "batch": report.batch_id, "added_ids": report.added_ids,
            "problems": [str(p) for p in report.problems], "suggestions": report.suggestions,
            "hint": report.region_hint, "formats": {Path(k).name: v for k, v in report.formats.items()}}


def _both(tmp_path, imports: list[tuple[list[Path], dict]], workers: int = 0) -> tuple[dict, dict]:
    """Run the same imports into two new stores, one by each path; returns (reference, streaming)."""
    found = []
    for name, run in (("reference", import_files_reference), ("stream", import_files)):
        path = tmp_path / f"{name}.db"
        db = open_store(path)
        extra = {} if run is import_files_reference else {"workers": workers}
        reports = [_report(run(db, files, **options, **extra)) for files, options in imports]
        db.kw["bind"].dispose()
        found.append({"reports": reports, "store": store_rows(path)})
    return found[0], found[1]


def _assert_same(reference: dict, stream: dict) -> None:
    assert stream["reports"] == reference["reports"]
    for table, rows in reference["store"].items():
        assert stream["store"][table] == rows, table


@pytest.mark.parametrize("path", CONTACT_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_file_gives_the_same_store_both_ways(tmp_path, path):
    _assert_same(*_both(tmp_path, [([path], {"region": "US"}), ([path], {"region": "CN", "group": "again"})]))


def test_the_whole_corpus_into_one_store_gives_the_same_store_both_ways(tmp_path):
    _assert_same(*_both(tmp_path, [([p], {"region": "US"}) for p in CONTACT_FILES]
                        + [(CONTACT_FILES[::3], {"region": "ES", "group": "VIP"})]))


def _generated(tmp_path) -> Path:
    """An address book with the same people again further on: a card repeated as is, one with a new
    e-mail, a new number, a birthday, a note or an address (merges into a contact of an earlier part), a UID on a
    second person, and phone-export cards in quoted-printable."""
    book = vcard30(400).decode()
    cards = book.split("END:VCARD\r\n")[:-1]
    later = []
    for n in (3, 50, 120, 260):
        card = cards[n]
        later.append(card.replace("EMAIL;TYPE=INTERNET:", f"EMAIL:other{n}@example.org\r\nBDAY:1980-0{n % 9 + 1}-15\r\n"
                                  "TEL;TYPE=HOME:+86 139 0000 00" + str(10 + n % 80) + "\r\nEMAIL;TYPE=INTERNET:"))
        later.append(card)
    later.append(cards[7].replace("FN:", "NOTE:same uid\\, someone else\r\nFN:X").replace("TEL;", "X-TEL;"))
    # a new address (placed by the worker that read it) merging into a contact of an earlier part
    later.append(cards[90].replace("FN:", "ADR;TYPE=WORK:;;Calle Mayor 1;Madrid;;28013;España\r\nFN:"))
    text = "END:VCARD\r\n".join(cards + later) + "END:VCARD\r\n" + phone_export_v21(150).decode()
    path = tmp_path / "generated.vcf"
    path.write_bytes(text.encode())
    return path


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of about 16 KB (some 40 cards), and workers for any file: the parallel path on a small file."""
    monkeypatch.setattr(chunks, "PART_BYTES", 16 * 1024)
    monkeypatch.setattr("app.services.importing.stream.PART_BYTES", 16 * 1024)
    monkeypatch.setattr("app.services.importing.stream.PARALLEL_FROM_BYTES", 0)


@pytest.fixture(params=[False, True], ids=["indexes kept", "indexes set aside"])
def indexes_aside(request, monkeypatch):
    """With True, every import (however small) is written with its indexes set aside and built again at
    the end (bulk_sqlite.SqliteWriter.loading); returns (whether asked, what each load decided)."""
    from app.services import bulk_sqlite

    decided: list[bool] = []
    if request.param:
        monkeypatch.setattr(bulk_sqlite, "LOAD_FROM_ROWS", 0)
        monkeypatch.setattr("app.services.importing.stream.PLAN_FROM_ROWS", 0)
        loading = bulk_sqlite.SqliteWriter.loading

        @contextmanager
        def spied(self, *args, **kwargs):
            with loading(self, *args, **kwargs) as aside:
                decided.append(aside)
                yield aside

        monkeypatch.setattr(bulk_sqlite.SqliteWriter, "loading", spied)
    return request.param, decided


def _schema(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def test_a_file_written_with_its_indexes_set_aside_gives_the_same_store_and_schema(tmp_path, small_parts,
                                                                                     indexes_aside):
    path = _generated(tmp_path)
    reference, stream = _both(tmp_path, [([path], {"region": "CN"}), ([path], {"region": "CN", "group": "fair"})])
    _assert_same(reference, stream)
    assert _schema(tmp_path / "stream.db") == _schema(tmp_path / "reference.db")
    asked, decided = indexes_aside
    assert (True in decided) == asked  # set aside when asked to (the first import into the empty store at least)


@pytest.mark.parametrize("workers", [0, 1, 2], ids=["parts read here", "parts read by one worker and here when it is behind",
                                                  "parts read by 2 workers"])
def test_a_generated_file_read_in_parts_gives_the_same_store(tmp_path, small_parts, workers):
    path = _generated(tmp_path)
    assert len(chunks.cut(path, path.stat().st_size)) > 5
    reference, stream = _both(tmp_path, [([path], {"region": "CN"}), ([path], {"region": "CN", "group": "fair"})],
                              workers=workers)
    assert reference["reports"][0]["merged"] == 0 and reference["reports"][0]["added"] < reference["reports"][0]["records"]
    _assert_same(reference, stream)


def test_a_broken_card_late_in_a_file_is_read_as_the_whole_file_is(tmp_path, small_parts):
    path = _generated(tmp_path)
    text = path.read_bytes()
    cut_at = text.rindex(b"END:VCARD", 0, len(text) * 3 // 4)
    path.write_bytes(text[:cut_at] + text[cut_at + len(b"END:VCARD\r\n"):])  # a card loses its END
    _assert_same(*_both(tmp_path, [([path], {"region": "CN"})], workers=2))


def test_undo_of_an_import_read_in_parts_leaves_the_store_as_before(tmp_path, small_parts, indexes_aside):
    path = _generated(tmp_path)
    db_path = tmp_path / "undo.db"
    db = open_store(db_path)
    import_files(db, [CONTACT_FILES[0]], region="US")
    before, schema = store_rows(db_path), _schema(db_path)
    report = import_files(db, [path], region="CN", workers=2)
    assert report.added > 300
    undo_import(db, report.batch_id)
    db.kw["bind"].dispose()
    after = store_rows(db_path)
    assert _schema(db_path) == schema
    for table in ("import_batches", "store_revision"):  # the batch stays, marked undone; writes are counted
        after.pop(table, None), before.pop(table, None)
    assert after == before


def test_cancel_while_parts_are_read_writes_nothing(tmp_path, small_parts, indexes_aside):
    from app.services.importing.record import ImportCancelled

    path = _generated(tmp_path)
    db_path = tmp_path / "cancel.db"
    db = open_store(db_path)
    before, schema = store_rows(db_path), _schema(db_path)
    steps = []

    def cancel_after_some_parts() -> bool:
        return len(steps) > 3  # once parts have been written

    with pytest.raises(ImportCancelled):
        import_files(db, [path], region="CN", workers=2, progress=lambda done, total: steps.append(done),
                     is_cancelled=cancel_after_some_parts)
    db.kw["bind"].dispose()
    assert store_rows(db_path) == before and _schema(db_path) == schema
