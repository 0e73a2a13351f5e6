"""Opening the store: one engine per store (a SQLite file or a PostgreSQL database, see backend.py),
and the schema brought to the newest migration before anything else touches it."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

# Plain Python, no Qt: the store's errors are translated in the window like the services' are.
from app.messages import QT_TRANSLATE_NOOP, TranslatableError
from app.schema_revision import MIGRATIONS_DIR, head_revision, known_revisions  # noqa: F401 - asked of db

from .backend import ServerStore, has_version_table, location_of, make_engine
from .team import count_writes


class StoreError(TranslatableError):
    """The store cannot be opened; the message says why and names the file."""


def create_store_engine(location: str | os.PathLike[str] | ServerStore) -> Engine:
    return make_engine(location_of(location))


def _script_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest)."""
    from alembic import command

    config = _script_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, or None for a store with no schema yet (one plain SELECT)."""
    with engine.connect() as connection:
        if not has_version_table(connection):
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else row[0]


def open_store(location: str | os.PathLike[str] | ServerStore) -> sessionmaker[Session]:
    """Open (creating if needed) the store at `location` (a path or a server URL), migrated to the newest schema."""
    location = location_of(location)
    if isinstance(location, Path):
        _check_folder(location)
    engine = make_engine(location)
    try:
        known = known_revisions()
        current = current_revision(engine)
        if current is not None and current not in known:
            raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: this database was written by a newer version of "
                                                           "Rapport; update Rapport to open it"), path=location)
        if current != head_revision():
            upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlite3.DatabaseError and friends: not a database, locked, read-only
        engine.dispose()
        if isinstance(location, ServerStore):
            raise server_error(location, exc) from None
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: cannot open the database ({reason})"),
                         path=location, reason=_reason(exc)) from exc
    count_writes(engine)  # every commit moves the change marker others' windows poll
    return sessionmaker(engine, expire_on_commit=False)


def _check_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: cannot create the folder ({reason})"),
                         path=path, reason=exc.strerror) from exc
    if path.exists() and path.is_dir():
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: is a folder, not a database file"), path=path)


def server_error(store: ServerStore, exc: BaseException) -> StoreError:
    """One line for a server that cannot be used: unreachable, no such database, or refused log-in.
    Names the host and database (never the password); libpq's own text is the reason."""
    reason = _reason(exc)
    lowered = reason.lower()
    if "database" in lowered and "does not exist" in lowered:
        return StoreError(QT_TRANSLATE_NOOP("services", "{where}: the server has no database named {database}; "
                                                        "ask its administrator to create it (createdb {database})"),
                          where=store.where, database=store.name)
    if "password" in lowered or "role" in lowered and "does not exist" in lowered or "authentication" in lowered:
        return StoreError(QT_TRANSLATE_NOOP("services", "{where}: the server refused the log-in of user {user} "
                                                        "(wrong user name or password)"),
                          where=store.where, user=store.url.username or "")
    return StoreError(QT_TRANSLATE_NOOP("services", "{where}: cannot use the PostgreSQL server ({reason})"),
                      where=store.where, reason=reason.removeprefix("connection failed: "))


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).splitlines()[0]
