"""The bulk writer: every registered fast path and the generic Core fallback give the same rows."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from app.models import Address, Contact, ImportBatch, ImportSource, Note, Phone
from app.services.bulk import FAST_PATHS, CoreWriter, bulk_writer

WRITERS = {"core": CoreWriter, **FAST_PATHS}


@pytest.fixture(params=sorted(WRITERS))
def make_writer(request, db):
    if request.param != "core" and request.param != db.kw["bind"].dialect.name:
        pytest.skip(f"the {request.param} fast path runs on its own database")
    return WRITERS[request.param]


def _contacts(session):
    return session.execute(select(Contact.id, Contact.display_name, Contact.birthday, Contact.created_at,
                                  Contact.lunar_leap, Contact.status).order_by(Contact.id)).all()


def test_rows_land_with_their_types_and_the_defaults_of_columns_left_out(db, make_writer):
    created = datetime(2026, 3, 1, 9, 30, 15, 123456)
    with db.begin() as session:
        writer = make_writer(session.connection())
        writer.expect(3)
        writer.insert(Contact.__table__, ("id", "display_name", "birthday", "created_at", "updated_at", "lunar_leap"),
                      ((i, f"张伟 {i}", "--04-12" if i == 2 else None, created, created, i == 3) for i in (1, 2, 3)))
        writer.insert(Note.__table__, ("contact_id", "body"), [(1, "met at the fair")])
    with db() as session:
        assert _contacts(session) == [(1, "张伟 1", None, created, False, "active"),
                                      (2, "张伟 2", "--04-12", created, False, "active"),
                                      (3, "张伟 3", None, created, True, "active")]
        note = session.scalars(select(Note)).one()
        assert (note.format, note.pinned, note.created_at.year >= 2026) == ("plain", False, True)


def test_rows_go_with_a_rolled_back_transaction(db, make_writer):
    session = db()
    with session.begin():
        make_writer(session.connection()).insert(Contact.__table__, ("id", "display_name"), [(1, "Ann")])
        session.rollback()
    session.close()
    with db() as session:
        assert _contacts(session) == []


def test_insert_missing_keeps_the_first_of_each_key_stored_or_new(db, make_writer):
    with db.begin() as session:
        session.add(ImportBatch(id=1, sources="a.vcf"))
        session.flush()
        writer = make_writer(session.connection())
        writer.insert(Contact.__table__, ("id", "display_name"), [(i, str(i)) for i in (1, 2, 3)])
        writer.insert(ImportSource.__table__, ("kind", "key", "contact_id", "batch_id"), [("uid", "u1", 1, 1)])
        writer.insert_missing(ImportSource.__table__, ("kind", "key", "contact_id", "batch_id"),
                              [("uid", "u1", 2, 1), ("uid", "u2", 2, 1), ("uid", "u2", 3, 1), ("fingerprint", "u1", 3, 1)],
                              key=("kind", "key"))
    with db() as session:
        assert sorted(session.execute(select(ImportSource.kind, ImportSource.key, ImportSource.contact_id)).all()) == [
            ("fingerprint", "u1", 3), ("uid", "u1", 1), ("uid", "u2", 2)]


def test_a_violated_constraint_fails_the_write(db, make_writer):
    session = db()
    with pytest.raises(Exception):
        with session.begin():
            writer = make_writer(session.connection())
            writer.insert(Contact.__table__, ("id", "display_name"), [(1, "Ann")])
            writer.insert(Phone.__table__, ("contact_id", "raw"), [(99, "555")])  # no contact 99: foreign key
    session.close()
    with db() as session:
        assert _contacts(session) == []


def test_the_session_database_gets_its_fast_path(db):
    with db() as session:
        writer = bulk_writer(session.connection())
        assert type(writer) is FAST_PATHS.get(db.kw["bind"].dialect.name, CoreWriter)


def test_many_rows_stream_in_chunks(db, make_writer):
    with db.begin() as session:
        make_writer(session.connection()).insert(
            Contact.__table__, ("id", "display_name", "anniversary"),
            ((i, f"c{i}", date(2020, 1, 1).isoformat()) for i in range(1, 12_001)))
    with db() as session:
        assert session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1)) == 12_000


def test_values_the_same_in_every_row_land_in_every_row(db, make_writer):
    created = datetime(2026, 3, 1, 9, 30, 15, 123456)
    title = "a\x00b" if db.kw["bind"].dialect.name == "sqlite" else "ab"  # PostgreSQL's text holds no NUL
    with db.begin() as session:
        session.add(ImportBatch(id=7, sources="a.vcf"))
        session.flush()
        writer = make_writer(session.connection())
        writer.insert(Contact.__table__, ("id", "display_name"), [(1, "Ann"), (2, "Bob")],
                      same={"created_at": created, "updated_at": created, "status": "lost", "lunar_leap": True,
                            "organization": "O'Brien & Sons", "title": title, "import_batch_id": 7})
        writer.insert(Phone.__table__, ("contact_id", "raw"), [(1, "555"), (2, "556")], same={"import_batch_id": 7})
        writer.insert(Address.__table__, ("contact_id", "city"), [(1, "Madrid")], same={"geo_lat": 0.1 + 0.2})
        writer.insert_missing(ImportSource.__table__, ("kind", "key", "contact_id"), [("uid", "u1", 1), ("uid", "u1", 2)],
                              key=("kind", "key"), same={"batch_id": 7})
    with db() as session:
        assert _contacts(session) == [(1, "Ann", None, created, True, "lost"), (2, "Bob", None, created, True, "lost")]
        assert session.execute(select(Contact.organization, Contact.title, Contact.import_batch_id)).all() == [
            ("O'Brien & Sons", title, 7)] * 2
        assert session.execute(select(Phone.raw, Phone.import_batch_id).order_by(Phone.raw)).all() == [
            ("555", 7), ("556", 7)]
        assert session.scalar(select(Address.geo_lat)) == 0.1 + 0.2  # not rounded on the way
        assert session.execute(select(ImportSource.contact_id, ImportSource.batch_id)).all() == [(1, 7)]


def _indexes(connection, table: str) -> list[tuple]:
    """Every index of the table as the database states it (expression indexes too)."""
    query = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"
             if connection.dialect.name == "sqlite" else
             "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = :t")
    return sorted(tuple(row) for row in connection.execute(text(query), {"t": table}))


def test_a_large_load_leaves_every_index_as_it_was(db, make_writer, monkeypatch):
    monkeypatch.setattr("app.services.bulk_sqlite.LOAD_FROM_ROWS", 10)
    with db() as session:
        before = {t: _indexes(session.connection(), t) for t in ("contacts", "phones", "import_sources")}
    with db.begin() as session:
        session.add(ImportBatch(id=1, sources="a.vcf"))
    with db.begin() as session:  # the load is the transaction's first write
        writer = make_writer(session.connection())
        tables = [Contact.__table__, Phone.__table__, ImportSource.__table__]
        with writer.loading(tables, rows=3_000, lookups=("contact_id",)) as aside:
            writer.insert(Contact.__table__, ("id", "display_name"), [(i, f"c{i}") for i in range(1, 1001)])
            writer.insert(Phone.__table__, ("contact_id", "raw", "e164"),
                          [(i, str(i), f"+3491{i:07d}") for i in range(1, 1001)])
            writer.insert_missing(ImportSource.__table__, ("kind", "key", "contact_id", "batch_id"),
                                  [("uid", f"u{i % 500}", i, 1) for i in range(1, 1001)], key=("kind", "key"))
            # during the load the caller still finds rows by contact, and unique keys still hold
            assert session.scalar(select(Phone.raw).where(Phone.contact_id == 77)) == "77"
        assert aside == (writer.__class__.__name__ == "SqliteWriter")  # measured there (bench/RESULTS.md)
    with db() as session:
        assert {t: _indexes(session.connection(), t) for t in before} == before
        assert session.scalar(select(Contact.id).where(Contact.display_name == "c500")) == 500
        assert session.scalar(select(func.count()).select_from(ImportSource)) == 500


def test_a_failed_load_leaves_the_indexes_too(db, make_writer, monkeypatch):
    monkeypatch.setattr("app.services.bulk_sqlite.LOAD_FROM_ROWS", 10)
    with db() as session:
        before = _indexes(session.connection(), "contacts")
    session = db()
    decided = []
    with pytest.raises(Exception):
        with session.begin():  # the load is the transaction's first write
            writer = make_writer(session.connection())
            with writer.loading([Contact.__table__], rows=100) as aside:
                decided.append(aside)
                writer.insert(Contact.__table__, ("id", "display_name"), [(1, "Ann"), (1, "Ann again")])
    session.close()
    with db() as session:
        assert _indexes(session.connection(), "contacts") == before and _contacts(session) == []
    assert decided == [writer.__class__.__name__ == "SqliteWriter"]


def test_a_small_load_into_a_larger_store_keeps_its_indexes(db, make_writer, monkeypatch):
    monkeypatch.setattr("app.services.bulk_sqlite.LOAD_FROM_ROWS", 10)
    with db.begin() as session:
        make_writer(session.connection()).insert(Contact.__table__, ("id", "display_name"),
                                                 [(i, f"c{i}") for i in range(1, 201)])
    with db.begin() as session:
        writer = make_writer(session.connection())
        with writer.loading([Contact.__table__], rows=50) as aside:
            writer.insert(Contact.__table__, ("id", "display_name"), [(i, f"c{i}") for i in range(201, 251)])
        assert not aside


def test_changed_moves_the_version_of_the_contacts_named_and_only_theirs(db, make_writer):
    from app.services.team import identity

    with db.begin() as session:
        make_writer(session.connection()).insert(Contact.__table__, ("id", "display_name"),
                                                 [(i, str(i)) for i in range(1, 33_002)])
    identity.set_my_name("Li Na")
    with db.begin() as session:  # more ids than SQLite takes parameters in one statement
        make_writer(session.connection()).changed(Contact.__table__, [*range(2, 33_002), 2])
    session = db()
    with session.begin():  # and a rolled-back one changes nothing
        make_writer(session.connection()).changed(Contact.__table__, [1, 2])
        session.rollback()
    session.close()
    with db() as session:
        rows = session.execute(select(Contact.version_id, Contact.updated_by, func.count())
                               .group_by(Contact.version_id, Contact.updated_by).order_by(Contact.version_id)).all()
    assert [(version, count) for version, _, count in rows] == [(1, 1), (2, 33_000)]
    assert rows[1].updated_by == "Li Na"


def test_a_large_write_gives_its_connection_back_with_the_usual_page_cache(db):
    """The writer's larger page cache is for its transaction: the next user of the pooled connection (the
    window after an import) does not keep an import's cache of pages."""
    if db.kw["bind"].dialect.name != "sqlite":
        pytest.skip("the page cache is SQLite's")
    with db() as session:
        usual = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    with db.begin() as session:
        bulk_writer(session.connection()).expect(50_000)
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() != usual
    with db() as session:
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == usual
