"""Putting a pg_dump backup into an empty server database, taking nothing but Rapport's own objects.

A dump is a file from outside until checked: it can carry a function, a trigger or a view that would
run with the user's rights. So its table of contents is read first (`pg_restore --list`) and only
Rapport's tables, their data, sequences, defaults, constraints and indexes are kept; any other kind
of object is refused by name, and extensions and comments (which the migrations make themselves, and
which a non-owner may not restore) are left out. The target must hold nothing a new store would not:
a restore never writes over someone's customers, so nothing needs backing up first. What the
migrations made is dropped, the dump restored in one transaction, and the schema brought to this
version; a restore that fails puts the new store's schema back, leaving the database as empty as it
was.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from sqlalchemy import Engine, text

from app.models import Base
from app.models.db import known_revisions, upgrade

from ..backup import BackupError
from ..errors import QT_TRANSLATE_NOOP
from ..new_store import first_used_table
from .dump import where
from .tools import checked_tool, connection_args, first_error, run

KEPT = {"TABLE", "TABLE DATA", "SEQUENCE", "SEQUENCE OWNED BY", "SEQUENCE SET", "DEFAULT", "CONSTRAINT",
        "FK CONSTRAINT", "INDEX"}
LEFT_OUT = {"EXTENSION", "COMMENT", "SCHEMA", "ACL", "DEFAULT ACL", "DATABASE", "DATABASE PROPERTIES", "ENCODING",
            "STDSTRINGS", "SEARCHPATH"}
_ENTRY = re.compile(r"^\d+;\s+\d+\s+\d+\s+(?P<rest>.+)$")


class RestoreRefused(BackupError):
    pass


def restore_dump(engine: Engine, dump: Path) -> None:
    """Fill the (empty) database of `engine` from `dump`; raises with one line and changes nothing else."""
    if not dump.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path}: no such backup file"), path=dump)
    pg_restore = checked_tool("pg_restore", engine)
    listed = run(pg_restore, ["--list", str(dump)])
    if listed.returncode != 0:
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a good backup ({verdict}); nothing was "
                                                           "changed"), path=dump, verdict=first_error(listed))
    kept = _kept_entries(listed.stdout, dump)
    _refuse_unknown_revision(pg_restore, dump)
    with engine.connect() as connection:
        used = first_used_table(connection)
    if used is not None:
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{where}: not empty (table '{table}' holds {rows} rows); a "
                                                           "backup is restored only into a new, empty database"),
                             where=where(engine), table=used[0], rows=used[1])
    args, env = connection_args(engine.url)
    with tempfile.NamedTemporaryFile("w", suffix=".list", encoding="utf-8") as contents:
        contents.write("\n".join(kept) + "\n")
        contents.flush()
        _drop_what_migrations_made(engine)
        done = run(pg_restore, ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges",
                                "--no-password", f"--use-list={contents.name}", *args, str(dump)], env)
    if done.returncode != 0:
        upgrade(engine)  # the new store's schema back: the database is as empty as it was
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not restored ({reason}); the database is empty, "
                                                           "as it was"), path=dump, reason=first_error(done))
    upgrade(engine)  # a backup of an older version brought up to this one


def _kept_entries(listing: str, dump: Path) -> list[str]:
    tables = {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"}
    kept = []
    for line in listing.splitlines():
        match = _ENTRY.match(line.strip())
        if not match:
            continue
        words = match.group("rest").split()
        kind_words = []
        while words and re.fullmatch(r"[A-Z]+", words[0]):
            kind_words.append(words.pop(0))
        kind = " ".join(kind_words)
        schema, name = (words + ["", ""])[:2]
        if kind in LEFT_OUT:
            continue
        if kind not in KEPT or schema != "public" or (kind in ("TABLE", "TABLE DATA") and name not in tables):
            raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a backup Rapport made: it holds {kind} "
                                                               "'{name}', which Rapport never makes; nothing was "
                                                               "changed"), path=dump, kind=kind or "?",
                                 name=f"{schema}.{name}")
        kept.append(line.strip())
    if not any(" TABLE DATA public alembic_version " in f" {line} " for line in kept):
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a Rapport backup; nothing was changed"),
                             path=dump)
    return kept


def _refuse_unknown_revision(pg_restore: Path, dump: Path) -> None:
    """The schema revision the dump was made at, read from its alembic_version data without a database."""
    out = run(pg_restore, ["--data-only", "--table=alembic_version", "--file=-", str(dump)])
    lines = out.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("COPY ") and "alembic_version" in line), None)
    revision = lines[start + 1].strip() if start is not None and start + 1 < len(lines) else None
    if out.returncode != 0 or revision is None or revision == "\\.":
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: not a Rapport backup; nothing was changed"),
                             path=dump)
    if revision not in known_revisions():
        raise RestoreRefused(QT_TRANSLATE_NOOP("services", "{path}: made by a newer version of Rapport; update "
                                                           "Rapport to restore it"), path=dump)


def _drop_what_migrations_made(engine: Engine) -> None:
    """The tables of a new store (nothing of anyone's: checked empty above), for the dump's own."""
    names = [t.name for t in reversed(Base.metadata.sorted_tables)] + ["alembic_version"]
    with engine.begin() as connection:
        for name in names:
            connection.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
