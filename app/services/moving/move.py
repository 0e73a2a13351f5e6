"""`move-store`: a whole store copied into a new database, SQLite or PostgreSQL, then checked.

The target is brought to this Rapport's schema by its own migrations, and must hold nothing more
than a new store does (the tiers and kinds of contact the migrations put in). Every table is copied
in one transaction on the target, so a copy that stops halfway leaves the target as empty as it
was. Afterwards each table's rows are counted and summed on both sides (checksums.py) and the two
compared; the source is only ever read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.models import Base

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from .checksums import TableSum, store_sums
from .copy import BATCH, Progress, advance_sequences, copy_table, empty_tables, tables_in_order
from ..new_store import first_used_table
from .target import open_target, same_store, shown, shown_target


class MoveError(ServiceError):
    pass


@dataclass(frozen=True)
class TableCheck:
    source: TableSum
    target: TableSum

    @property
    def ok(self) -> bool:
        return self.source.rows == self.target.rows and self.source.checksum == self.target.checksum


@dataclass
class MoveReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    sequences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.tables)

    @property
    def rows(self) -> int:
        return sum(check.source.rows for check in self.tables)


def move_store(db: sessionmaker[Session], to: str, progress: Optional[Progress] = None,
               batch: int = BATCH) -> MoveReport:
    """Copy the store `db` into the (new, empty) database `to` and check the copy table by table."""
    source: Engine = db.kw["bind"]
    named = shown_target(to)  # never a password in a message
    if same_store(source, to):
        raise MoveError(QT_TRANSLATE_NOOP("services", "{target}: that is the store itself; name a new, empty "
                                                      "database"), target=named)
    target = open_target(to)
    try:
        tables = tables_in_order(Base.metadata)
        _refuse_unless_empty(target, named)
        with source.connect() as reading:
            if source.dialect.name == "postgresql":  # one snapshot of a store others may be writing to
                reading = reading.execution_options(isolation_level="REPEATABLE READ")
            source_sums, sequences = _copy_all(reading, target, tables, progress, batch, named)
        with target.connect() as checking:
            target_sums = store_sums(checking, tables)
    finally:
        target.dispose()
    report = MoveReport(shown(source.url), shown(target.url), sequences=sequences)
    report.tables = [TableCheck(source_sums[t.name], target_sums[t.name]) for t in tables]
    return report


def _refuse_unless_empty(target: Engine, to: str) -> None:
    with target.connect() as connection:
        used = first_used_table(connection)
    if used is not None:
        raise MoveError(QT_TRANSLATE_NOOP("services", "{target}: not empty (table '{table}' holds {rows} rows); "
                                                      "move-store copies only into a new, empty database"),
                        target=to, table=used[0], rows=used[1])


def _copy_all(reading, target: Engine, tables, progress, batch: int, to: str):
    sums: dict[str, TableSum] = {}
    current = None
    try:
        with target.begin() as writing:  # one transaction: all of it, or nothing
            empty_tables(writing, tables)
            for table in tables:
                current = table.name
                sums[table.name] = copy_table(reading, writing, table, progress, batch)
            current = None
            sequences = advance_sequences(writing, tables)
    except ServiceError:
        raise
    except Exception as exc:
        reason = (str(getattr(exc, "orig", None) or exc).splitlines() or [""])[0]
        if _still_empty(target):
            raise MoveError(QT_TRANSLATE_NOOP("services", "{target}: the copy stopped at table '{table}' ({reason}); "
                                                          "nothing was kept in the target and the store is unchanged"),
                            target=to, table=current or "-", reason=reason) from None
        names = ", ".join(t.name for t in tables)
        raise MoveError(QT_TRANSLATE_NOOP("services", "{target}: the copy stopped at table '{table}' ({reason}) and "
                                                      "the target could not be emptied again; drop that database (or "
                                                      "delete that file) before trying again, or empty its tables: "
                                                      "{tables}. The store is unchanged"),
                        target=to, table=current or "-", reason=reason, tables=names) from None
    return sums, sequences


def _still_empty(target: Engine) -> bool:
    try:
        with target.connect() as connection:
            return first_used_table(connection) is None
    except Exception:
        return False
