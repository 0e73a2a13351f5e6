"""The database a store moves to: named by a path (SQLite) or a URL (PostgreSQL), made ready by
this Rapport's own migrations."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url

from app.models.db import StoreError, open_store, upgrade

from ..errors import QT_TRANSLATE_NOOP
from ..private_files import create_private


def is_url(text: str) -> bool:
    return "://" in text and text.partition("://")[0].split("+")[0] == "postgresql"


def _server_url(text: str) -> URL:
    url = make_url(text)
    return url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url


def shown(url: URL) -> str:
    """A database for messages: never its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ""
    return url.render_as_string(hide_password=True)


def shown_target(to: str) -> str:
    """What the user named, for messages: a URL without its password."""
    return make_url(to).render_as_string(hide_password=True) if is_url(to) else to


def same_store(source: Engine, to: str) -> bool:
    if is_url(to):
        ours, theirs = source.url, _server_url(to)
        return ours.get_backend_name() == "postgresql" and (ours.host, ours.port, ours.database) == (
            theirs.host, theirs.port, theirs.database)
    if source.url.get_backend_name() != "sqlite":
        return False
    return os.path.realpath(source.url.database or "") == os.path.realpath(Path(to).expanduser())


def open_target(to: str) -> Engine:
    """The target's engine, its schema brought to this Rapport's newest migration."""
    if not is_url(to):
        path = Path(to).expanduser()
        if not path.exists():
            try:
                create_private(path, truncate=False)  # personal data: readable by its owner only
            except OSError as exc:
                raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: cannot create the database ({reason})"),
                                 path=path, reason=exc.strerror) from None
        return open_store(path).kw["bind"]
    engine = create_engine(_server_url(to))
    try:
        upgrade(engine)
    except Exception as exc:
        engine.dispose()
        reason = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]
        raise StoreError(QT_TRANSLATE_NOOP("services", "{path}: cannot open the database ({reason})"),
                         path=shown(engine.url), reason=reason) from None
    return engine
