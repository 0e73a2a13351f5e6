"""Putting a backup back without taking anything but its rows.

A backup is a file from outside until checked: it may carry a trigger that deletes every
contact at the next note, or a view where a table should be. So a restore never installs the
file's schema. It builds an empty store with Rapport's own migrations at the backup's revision,
compares every object in the file's sqlite_master with what those migrations made (anything
else is refused, named), copies the rows table by table, checks the foreign keys, brings the
copy up to this version, and only then puts it in place of the store in one step. Until that
last step the store is untouched, so a refused or failed restore leaves it as it was.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from .backup import BackupError, backup_before
from .errors import QT_TRANSLATE_NOOP
from .private_files import create_private


class RestoreRefused(BackupError):
    pass


def restore_store(db: sessionmaker[Session], backup: Path, revision: str, store: Path) -> Path:
    """Replace the store's contents with the rows of `backup` (made at `revision`); returns the backup
    of what the store held just before."""
    clean = store.with_name(f".{store.name}.restoring")
    try:
        _build_clean_copy(backup, clean, revision)
        safety = backup_before(db, "before-restore")
        db.kw["bind"].dispose()
        _install(clean, store)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(clean) + suffix).unlink(missing_ok=True)
    return safety


def _build_clean_copy(backup: Path, clean: Path, revision: str) -> None:
    from app.models.db import create_store_engine, open_store, upgrade

    from .derived import refresh_everything_if_outdated

    create_private(clean)
    engine = create_store_engine(clean)
    try:
        upgrade(engine, revision)  # the schema the backup should have, made by Rapport itself
    finally:
        engine.dispose()
    conn = sqlite3.connect(clean.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")  # rows arrive table by table; checked as a whole below
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("ATTACH DATABASE ? AS old", (f"{backup.resolve().as_uri()}?mode=ro",))
        tables = _check_schema(conn, backup)
        conn.execute("BEGIN")
        for table, columns in tables.items():
            names = ", ".join(f'"{c}"' for c in columns)
            conn.execute(f'DELETE FROM main."{table}"')  # rows the migrations seeded: the backup's count
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM old."{table}"')
        broken = conn.execute("PRAGMA main.foreign_key_check").fetchone()
        if broken is not None:
            conn.execute("ROLLBACK")
            raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not restored: a row of '{table}' points to "
                                                               "a missing row of '{parent}'; nothing was changed"),
                                 path=backup, table=broken[0], parent=broken[2])
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE old")
    except sqlite3.Error as exc:
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not restored ({reason}); nothing was changed"),
                             path=backup, reason=exc) from None
    finally:
        conn.close()
    copy = open_store(clean)  # brought to this version's schema, as opening the backup would
    try:
        refresh_everything_if_outdated(copy)
    finally:
        copy.kw["bind"].dispose()


def _check_schema(conn: sqlite3.Connection, backup: Path) -> dict[str, list[str]]:
    """The tables to copy with their columns, once every object of the backup is one the migrations
    made, of the same kind, with the same columns."""
    ours = dict(conn.execute("SELECT name, type FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    theirs = dict(conn.execute("SELECT name, type FROM old.sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    for name, kind in sorted(theirs.items()):
        if name not in ours:
            raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a backup Rapport made: it holds {kind} "
                                                               "'{name}', which Rapport never makes; nothing was "
                                                               "changed"), path=backup, kind=kind, name=name)
    for name, kind in sorted(ours.items(), key=lambda item: (item[1] != "table", item[0])):  # tables first
        if theirs.get(name) != kind:
            found = f"of type '{theirs[name]}'" if name in theirs else "missing"
            raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a backup Rapport made: Rapport's {kind} "
                                                               "'{name}' is {found} there; nothing was changed"),
                                 path=backup, name=name, kind=kind, found=found)
    tables = {}
    for name in sorted(n for n, kind in ours.items() if kind == "table" and n != "alembic_version"):
        columns = [row[1] for row in conn.execute(f'PRAGMA main.table_xinfo("{name}")')]
        if [row[1] for row in conn.execute(f'PRAGMA old.table_xinfo("{name}")')] != columns:
            raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a backup Rapport made: the columns of "
                                                               "'{name}' are not Rapport's; nothing was changed"),
                                 path=backup, name=name)
        tables[name] = columns
    return tables


def _install(clean: Path, store: Path) -> None:
    """The one step that changes the store: SQLite's backup API, a single transaction on the target."""
    source = sqlite3.connect(f"file:{clean}?mode=ro", uri=True)
    target = sqlite3.connect(store)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
