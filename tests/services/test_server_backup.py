"""Backups of a store on PostgreSQL: pg_dump into the backups folder, pg_restore into an empty
database only; a damaged or foreign dump, a missing or old pg_dump, each in one line."""
from __future__ import annotations

import os
import stat

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app.models import Base, Contact
from app.models.db import open_store
from app.services.backup import BackupError
from app.services.moving.checksums import store_sums
from app.services.server_backup import RestoreRefused
from app.services.server_backup.tools import connection_args
from app.services.store_backups import backups_for

from .moving.full_store import fill_every_table


@pytest.fixture
def server_store(pg_cluster):
    url = pg_cluster.url(pg_cluster.new_database())
    db = open_store(url)
    fill_every_table(db, count=10)
    yield db
    db.kw["bind"].dispose()


@pytest.fixture
def new_store(pg_cluster):
    db = open_store(pg_cluster.url(pg_cluster.new_database()))
    yield db
    db.kw["bind"].dispose()


def sums(db):
    with db.kw["bind"].connect() as connection:
        return store_sums(connection, Base.metadata.sorted_tables)


def test_a_dump_is_kept_listed_and_restored_into_an_empty_database(server_store, new_store):
    backups = backups_for(server_store)
    made = backups.make()
    assert made.suffix == ".dump" and made.parent == backups.folder
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert [b.path for b in backups.list()] == [made] and backups.list()[0].reason == "manual"
    target = backups_for(new_store)
    assert not target.restores_in_place and "empty database" in target.question(made)
    assert target.restore(made) is None
    assert sums(new_store) == sums(server_store)


def test_a_database_in_use_is_never_restored_over(server_store):
    made = backups_for(server_store).make()
    before = sums(server_store)
    with pytest.raises(RestoreRefused, match=r"not empty \(table '\w+' holds \d+ rows\); a backup is restored only"):
        backups_for(server_store).restore(made)
    assert sums(server_store) == before


def test_a_damaged_dump_leaves_the_database_empty_and_usable(server_store, new_store, tmp_path):
    made = backups_for(server_store).make()
    damaged = tmp_path / "damaged.dump"
    data = made.read_bytes()
    damaged.write_bytes(data[: int(len(data) * 0.8)])  # the table of contents is whole, the data is not
    with pytest.raises(RestoreRefused) as refused:
        backups_for(new_store).restore(damaged)
    assert str(refused.value).startswith(f"{damaged}: not ") and "\n" not in str(refused.value)
    with new_store.begin() as session:  # the database is a new, empty store again
        session.add(Contact(display_name="After the failed restore"))
    assert sums(new_store)["contacts"].rows == 1


def test_a_dump_holding_a_function_is_refused_by_name(server_store, new_store):
    with server_store.kw["bind"].begin() as connection:
        connection.exec_driver_sql("CREATE FUNCTION wipe() RETURNS void LANGUAGE sql AS 'DELETE FROM contacts'")
    made = backups_for(server_store).make()
    with pytest.raises(RestoreRefused, match=r"it holds FUNCTION 'public\.wipe\(\)'"):
        backups_for(new_store).restore(made)
    assert sums(new_store)["contacts"].rows == 0


def test_a_missing_pg_dump_is_named_with_what_to_install(server_store, tmp_path, monkeypatch):
    monkeypatch.setenv("RAPPORT_PG_BIN", str(tmp_path))
    with pytest.raises(BackupError, match=r"^pg_dump was not found: install PostgreSQL's client programs, version "
                                          r"1\d or newer"):
        backups_for(server_store).make()


def test_a_pg_dump_older_than_the_server_is_refused(server_store, tmp_path, monkeypatch):
    old = tmp_path / "pg_dump"  # what an old client installed beside a newer server answers
    old.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    old.chmod(0o755)
    monkeypatch.setenv("RAPPORT_PG_BIN", str(tmp_path))
    with pytest.raises(BackupError, match=r"pg_dump is version 9, older than the server \(PostgreSQL 1\d\)"):
        backups_for(server_store).make()
    assert not list(backups_for(server_store).folder.glob("*"))


def test_the_password_goes_through_the_environment_never_the_command_line():
    args, env = connection_args(make_url("postgresql+psycopg://ana:s3cret@db.example:5433/team?sslmode=require"))
    assert not any("s3cret" in arg for arg in args)
    assert env["PGPASSWORD"] == "s3cret"
    assert psycopg.conninfo.conninfo_to_dict(args[0].removeprefix("--dbname=")) == {
        "host": "db.example", "port": "5433", "user": "ana", "dbname": "team", "sslmode": "require"}
    assert os.environ.get("PGPASSWORD") != "s3cret"
