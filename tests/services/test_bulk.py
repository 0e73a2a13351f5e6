"""The bulk writer: every registered fast path and the generic Core fallback give the same rows."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.models import Contact, ImportBatch, ImportSource, Note, Phone
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
