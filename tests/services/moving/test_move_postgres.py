"""move-store between SQLite and PostgreSQL: there and back gives the same counts and checksums,
the server's ids carry on after the copied ones, a used server database is refused."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Base, Contact
from app.models.db import open_store
from app.services.moving import MoveError, move_store
from app.services.moving.checksums import store_sums

from .full_store import fill_every_table


def sums(target):
    db = open_store(target)
    try:
        with db.kw["bind"].connect() as connection:
            return store_sums(connection, Base.metadata.sorted_tables)
    finally:
        db.kw["bind"].dispose()


def test_sqlite_to_postgresql_and_back_gives_the_same_counts_and_checksums(db, db_path, tmp_path, pg_cluster):
    fill_every_table(db)
    original = sums(db_path)
    server = pg_cluster.url(pg_cluster.new_empty_database())  # a database with no schema: migrated by the move
    there = move_store(db, server)
    assert there.ok and there.sequences  # the server's id sequences were moved past the copied ids
    assert sums(server) == original
    on_server = open_store(server)
    try:
        back = move_store(on_server, str(tmp_path / "back.db"))
        with on_server.begin() as session:  # a new customer on the server gets the next id, no collision
            newest = session.scalar(select(Contact.id).order_by(Contact.id.desc()).limit(1))
            added = Contact(display_name="New on the server")
            session.add(added)
            session.flush()
            assert added.id == newest + 1
    finally:
        on_server.kw["bind"].dispose()
    assert back.ok
    assert sums(tmp_path / "back.db") == original == sums(db_path)
    assert [(c.source.table, c.source.rows, c.source.checksum) for c in back.tables] == \
           [(c.source.table, c.source.rows, c.source.checksum) for c in there.tables]


def test_a_server_database_holding_customers_is_refused(db, pg_cluster):
    fill_every_table(db, count=5)
    server = pg_cluster.url(pg_cluster.new_database())
    used = open_store(server)
    with used.begin() as session:
        session.add(Contact(display_name="Already here"))
    used.kw["bind"].dispose()
    with pytest.raises(MoveError, match=r"not empty \(table 'contacts' holds 1 rows\)"):
        move_store(db, server)
