"""Where a store lives: a SQLite file (a path) or a team's PostgreSQL server (a URL).

The one seam for what differs between the two. Everything SQLite-only — its pragmas, the
one-writer lock file, `quick_check`, the clean-close stamp, file backups — is asked about
through `is_file_store`/`is_sqlite`, so no other module needs to know which database it is on.
A location is a `Path` (SQLite) or a `ServerStore` (PostgreSQL); `location_of` tells which a
user's `--db` text names.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SERVER_SCHEMES = ("postgresql",)  # postgresql://…, postgresql+psycopg://…


class ServerStore:
    """A store on a database server, named by its URL. Shown (str) without its password."""

    def __init__(self, url: Union[str, URL]) -> None:
        url = make_url(url)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")  # psycopg 3, the driver Rapport installs
        self.url = url

    @property
    def name(self) -> str:
        """The database's name (the window's title, where a file store shows its file name)."""
        return self.url.database or ""

    @property
    def where(self) -> str:
        """"host/database" for messages: never the password."""
        host = self.url.host or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        return f"{host}{port}/{self.url.database or ''}"

    def __str__(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def __repr__(self) -> str:
        return f"ServerStore({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ServerStore) and other.url == self.url

    def __hash__(self) -> int:
        return hash(str(self.url))


Location = Union[Path, ServerStore]


def is_server_url(text: str) -> bool:
    scheme = text.partition("://")[0] if "://" in text else ""
    return scheme.split("+")[0] in SERVER_SCHEMES


def location_of(text: Union[str, os.PathLike[str], ServerStore]) -> Location:
    """A user's `--db`: a server URL, else a path to a SQLite file."""
    if isinstance(text, ServerStore):
        return text
    if isinstance(text, str) and is_server_url(text):
        return ServerStore(text)
    return Path(text).expanduser()


def is_file_store(location: Location) -> bool:
    return not isinstance(location, ServerStore)


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(location: Location) -> Engine:
    if isinstance(location, ServerStore):
        # pool_pre_ping: a window left open overnight finds its connection gone after a server restart.
        # connect_timeout: an unreachable server is told in seconds, not after TCP's minutes.
        return create_engine(location.url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    engine = create_engine(f"sqlite:///{Path(location)}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def location_of_engine(engine: Engine) -> Location:
    if engine.dialect.name == "sqlite":
        return Path(engine.url.database or "")
    return ServerStore(engine.url)


def is_sqlite(db: Union[Engine, sessionmaker[Session], Session]) -> bool:
    """True for a store in a SQLite file; takes the session factory the services are handed."""
    return _engine(db).dialect.name == "sqlite"


def dialect_name(db: Union[Engine, sessionmaker[Session], Session]) -> str:
    return _engine(db).dialect.name


def _engine(db) -> Engine:
    if isinstance(db, Engine):
        return db
    if isinstance(db, Session):
        return db.get_bind()  # type: ignore[return-value]
    return db.kw["bind"]


def has_version_table(connection) -> bool:
    """Whether Alembic's version table is there (one cheap catalogue query on either database)."""
    if connection.dialect.name == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    else:
        sql = "SELECT 1 WHERE to_regclass('alembic_version') IS NOT NULL"
    return connection.exec_driver_sql(sql).first() is not None
