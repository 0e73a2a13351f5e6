"""Migrations: the first version's database upgrades with its data, and the models match the migrations."""
from __future__ import annotations

import sqlite3
import warnings

import pytest
from sqlalchemy import text
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.models import Base
from app.models.db import StoreError, create_store_engine, head_revision, open_store, upgrade
from app.services import contacts


def test_a_database_made_by_the_first_migration_upgrades_to_head_with_data_intact(tmp_path):
    path = tmp_path / "v1.db"
    engine = create_store_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, display_name, status, search_text, created_at, updated_at) "
            "VALUES (7, '李娜', 'active', '李娜', '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO phones (contact_id, raw, e164) VALUES (7, '139 0000 1111', '+8613900001111')")
    engine.dispose()

    db = open_store(path)  # the app upgrades on start
    contact = contacts.get_contact(db, 7)
    assert contact.display_name == "李娜"
    assert [p.e164 for p in contact.phones] == ["+8613900001111"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_models_and_migrations_describe_the_same_schema(db):
    """On both databases: `db` is a store the migrations made (a SQLite file, or a PostgreSQL database)."""
    engine = db.kw["bind"]
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite's expression indexes (birthday "MM-DD") cannot be reflected, so are not compared;
        # test_birthday_indexes_exist checks them instead.
        warnings.filterwarnings("ignore", ".*expression-based index")
        # The trigram search indexes exist on PostgreSQL only (migration 0020), outside the models.
        only_on_server = {"ix_contacts_search_trgm", "ix_playbook_entries_search_trgm"}
        context = MigrationContext.configure(conn, opts={
            "include_name": lambda name, kind, _parents: not (kind == "index" and name in only_on_server)})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_birthday_indexes_exist_and_are_used(db):
    """The query services write (month_day) is the indexed expression, on either database."""
    from sqlalchemy import select

    from app.models import Contact
    from app.models.portable import month_day

    query = select(Contact.id).where(month_day(Contact.birthday).in_(["11-22", "11-23"]))
    with db() as session:
        sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        if session.get_bind().dialect.name == "sqlite":
            plan = session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
        else:  # PostgreSQL plans a scan of an empty table; asked to avoid scans, it must find the index
            session.execute(text("SET enable_seqscan = off"))
            plan = session.execute(text("EXPLAIN " + sql)).all()
    assert "ix_contacts_birthday_md" in str(plan)


def test_an_empty_postgresql_database_is_migrated_to_head_on_first_open(pg_cluster):
    """What a team's administrator hands out: `createdb rapport`, nothing in it. Rapport makes the schema."""
    name = pg_cluster.new_empty_database()
    try:
        db = open_store(pg_cluster.url(name))
        with db() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert session.execute(text("SELECT count(*) FROM tiers")).scalar() == 4
            indexes = set(session.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'contacts'")).scalars())
            assert "ix_contacts_search_trgm" in indexes  # pg_trgm, made by migration 0020
        db.kw["bind"].dispose()
    finally:
        pg_cluster.drop(name)


def test_a_store_from_a_newer_version_is_refused_not_half_read(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).kw["bind"].dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(StoreError, match="newer version of Rapport"):
        open_store(path)


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "notes.txt.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="notes.txt.db"):
        open_store(path)


def test_customers_lost_before_losses_were_kept_get_their_loss_on_record(tmp_path):
    """Migration 0008: a store of 0007 with a lost customer upgrades to one loss, still open."""
    path = tmp_path / "v7.db"
    engine = create_store_engine(path)
    upgrade(engine, "0007")
    with engine.begin() as conn:
        for cid, status, on, why in ((1, "lost", "2026-10-15", "price"), (2, "active", None, None)):
            conn.exec_driver_sql(
                "INSERT INTO contacts (id, display_name, status, lost_on, lost_reason, search_text, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
                (cid, f"C{cid}", status, on, why))
    engine.dispose()
    open_store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT contact_id, lost_on, reason, won_back_on FROM losses").fetchall() == [
            (1, "2026-10-15", "price", None)]


def test_the_head_read_from_the_files_is_alembics_head():
    """Opening an up-to-date store reads the head from the migration files, without Alembic: it must agree."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from app.models.db import MIGRATIONS_DIR, known_revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_opening_an_up_to_date_store_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "s.db"
    open_store(path).kw["bind"].dispose()
    probe = ("import sys; from app.models.db import open_store; open_store(sys.argv[1]); "
             "print(any(name == 'alembic' or name.startswith('alembic.') for name in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
