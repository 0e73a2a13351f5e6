"""Bulk writes: many rows into one table, inside the caller's transaction, as fast as the database allows.

A service says *what* to write (a table, its column names, rows as tuples); the writer for the
session's database decides *how*. Services never branch on the dialect.

    writer = bulk_writer(session.connection())
    writer.expect(len(phones))                       # optional: a hint before a large write
    writer.insert(Phone.__table__, ("contact_id", "raw", "e164"), [(1, "138…", "+86138…"), …],
                  same={"import_batch_id": 7})      # optional: columns with one value for every row
    writer.insert_missing(ImportSource.__table__, ("kind", "key", "contact_id", "batch_id"), rows,
                          key=("kind", "key"))      # a row whose key is already stored is skipped
    with writer.loading([Contact.__table__, Phone.__table__], rows=800_000, lookups=("contact_id",)):
        ...                                          # a load as large as the store: see below
    writer.changed(Contact.__table__, {12, 40})      # rows written for these contacts changed them

Rows are plain tuples in the order of `columns`, any iterable (a generator streams). Values are
Python values of the columns' types (datetime, date, bool, bytes, str, int, float, None), as
for a Core insert. `same` gives columns whose value is the same in every row (an import's batch,
its time): they are not repeated in each tuple, and a writer may send them once per statement.
A column left out gets its Python-side default (a callable one is called once per `insert` call,
not once per row) or its server default.

`changed(table, ids)` gives the rows of `table` with these primary keys their `onupdate` values, as
a Core UPDATE of them would: rows of other tables were written for them (an import's new numbers and
emails for a stored contact), and such a write is a change of the contact, so its version moves
(app/services/team/versions.py), with the time and the author. One statement for the whole set, so
that an import merging into 100,000 contacts is one UPDATE, not 100,000.

`loading(tables, rows, lookups)` says a load of about `rows` rows into `tables` follows in this
transaction, and that until the block ends the caller looks rows of those tables up only by the
`lookups` columns (and primary and unique keys). A writer may then set the other indexes of those
tables aside and build them again, sorted, at the end of the block, inside the same transaction
(so a killed or failed load leaves the store as it was, indexes and all). If the block raises, the
indexes come back only with the caller's rollback, which a failed write needs anyway.

Writers (one fast path per database, chosen by the connection's dialect name in `FAST_PATHS`):

- `SqliteWriter` (bulk_sqlite.py): the driver's own `executemany` on the session's DBAPI connection,
  so in the same transaction, with each column's bind processor applied only where its type has
  one; `same` values written into the statement once; `loading` drops and rebuilds indexes when
  the load is at least as large as what the tables hold. `insert_missing` is `ON CONFLICT DO NOTHING`.
  `changed` reads the ids from one JSON text (`json_each`).
- `PostgresWriter` (bulk_postgres.py): COPY; `changed` takes the ids as one array (`= ANY`).
- `CoreWriter`: the generic fallback for any other database, a Core `insert()` of dicts per
  chunk; `insert_missing` reads which keys are stored and inserts the others; `changed` is an
  UPDATE per chunk of ids.

To add a database: write a class with the same methods and register it in `FAST_PATHS` (a writer
with nothing better to do in `loading` returns `no_load_plan()`). It must keep these rules: the rows land in the
caller's transaction (a rollback takes them back), `insert_missing` keeps the first of rows that
share a key (within one call and against what is stored), and no row is changed after the call
returns. tests/services/test_bulk.py runs the same checks on every registered writer.
"""
from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Callable, Iterable, Mapping, Optional, Protocol, Sequence

from sqlalchemy import Column, Connection, Table, insert, select, tuple_, update

from app.phone_display import display_forms

from .bulk_plain import CHUNK_ROWS, PHONE_FORMS, _converted, chunked  # noqa: F401 - asked of bulk by its writers
from .bulk_plain import with_kept as kept_by_name
# An import inserts into indexes on scattered keys (numbers, e-mails, fingerprints): with
# SQLite's default 2 MB page cache, 800,000 rows took 12% longer to write than with 64 MB.
# 32 MB: replaying a 300k import's writes (indexes set aside, then rebuilt) took the same CPU as
# with 64 MB, and 8-16 MB took 10-25% more; at 100k the size made no difference. The 32 MB given up
# were a sixth of a 100k import's memory above its start (bench/RESULTS.md, "Import memory").
IMPORT_CACHE_KIB = 32_768


class BulkWriter(Protocol):
    def expect(self, rows: int) -> None:
        """A hint before a large write: about this many rows follow in this transaction."""

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
               same: Optional[Mapping[str, object]] = None) -> None:
        """Insert every row; a constraint violation raises (and the caller's transaction rolls back)."""

    def insert_missing(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                       key: Sequence[str], same: Optional[Mapping[str, object]] = None) -> None:
        """Insert the rows whose `key` columns (a unique constraint) match no stored row, first one wins."""

    def changed(self, table: Table, ids: Iterable[int]) -> None:
        """Give the rows with these primary keys their `onupdate` values (a contact's version moves)."""

    def loading(self, tables: Sequence[Table], rows: int,
                lookups: Sequence[str] = ()) -> AbstractContextManager[bool]:
        """A large load follows (see the module's text); the block's value says whether indexes were set aside."""


def bulk_writer(connection: Connection) -> BulkWriter:
    """The writer for this connection's database: its fast path if it has one, else Core."""
    return FAST_PATHS.get(connection.dialect.name, CoreWriter)(connection)


def with_kept(table: Table, columns: Sequence[str], rows: Iterable[Sequence]) -> tuple[Sequence[str], Iterable[Sequence]]:
    """bulk_plain.with_kept for this table: a phone's display forms added where the caller left them out."""
    return kept_by_name(table.name, columns, rows)


def phone_forms(number: Optional[str]) -> dict[str, Optional[str]]:
    """The display-form columns of a phone row whose number becomes `number`, for a Core UPDATE."""
    return dict(zip(PHONE_FORMS, display_forms(number)))


def no_load_plan() -> AbstractContextManager[bool]:
    return nullcontext(False)


def constants(table: Table, columns: Sequence[str], same: Optional[Mapping[str, object]]) -> dict[str, object]:
    """The values of the columns not in the rows: `same`, then the Python-side defaults of the rest."""
    return {**(same or {}), **_defaults(table, [*columns, *(same or {})])}


def _defaults(table: Table, columns: Sequence[str]) -> dict[str, object]:
    """Python-side defaults of the columns left out (a callable one evaluated now)."""
    values: dict[str, object] = {}
    for column in table.columns:
        default = column.default
        if column.name in columns or default is None or column.primary_key:
            continue
        if default.is_scalar:
            values[column.name] = default.arg
        elif default.is_callable:
            values[column.name] = default.arg(None)  # SQLAlchemy wraps it to take a context
    return values


def on_update(table: Table) -> dict[str, object]:
    """The `onupdate` value of each column that has one, as a Core UPDATE would set it: an SQL
    expression as it is (a contact's `version_id + 1`), a callable one called now (the time, the author)."""
    values: dict[str, object] = {}
    for column in table.columns:
        default = column.onupdate
        if default is None:
            continue
        if default.is_clause_element:
            values[column.name] = default.arg
        elif default.is_callable:
            values[column.name] = default.arg(None)  # SQLAlchemy wraps it to take a context
        elif default.is_scalar:
            values[column.name] = default.arg
    return values


class CoreWriter:
    """Any database SQLAlchemy speaks: a Core insert of dicts per chunk."""

    def __init__(self, connection: Connection):
        self.connection = connection

    def expect(self, rows: int) -> None:
        pass

    def loading(self, tables: Sequence[Table], rows: int, lookups: Sequence[str] = ()) -> AbstractContextManager[bool]:
        return no_load_plan()

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
               same: Optional[Mapping[str, object]] = None) -> None:
        columns, rows = with_kept(table, columns, rows)
        same = dict(same or {})
        for chunk in chunked(rows):
            self.connection.execute(insert(table), [{**dict(zip(columns, row)), **same} for row in chunk])

    def insert_missing(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                       key: Sequence[str], same: Optional[Mapping[str, object]] = None) -> None:
        at = [columns.index(name) for name in key]
        key_columns = [table.columns[name] for name in key]
        seen: set[tuple] = set()
        for chunk in chunked(rows, 500):  # the stored keys are looked up per chunk, in one query
            fresh = []
            for row in chunk:
                row_key = tuple(row[i] for i in at)
                if row_key not in seen:
                    seen.add(row_key)
                    fresh.append(row)
            keys = [tuple(row[i] for i in at) for row in fresh]
            stored = set(tuple(r) for r in self.connection.execute(
                select(*key_columns).where(tuple_(*key_columns).in_(keys)))) if keys else set()
            self.insert(table, columns, (row for row, row_key in zip(fresh, keys) if row_key not in stored), same)

    def changed(self, table: Table, ids: Iterable[int]) -> None:
        key = _primary_key(table)
        for chunk in chunked(sorted(set(ids)), 500):  # a statement's parameters are limited (SQLite: 32,766)
            self.connection.execute(update(table).where(key.in_(chunk)).values(on_update(table)))


def _primary_key(table: Table) -> Column:
    [key] = table.primary_key.columns  # one column: a row is named by one id
    return key


from .bulk_postgres import PostgresWriter  # noqa: E402 - it builds on the helpers above
from .bulk_sqlite import SqliteWriter  # noqa: E402 - it builds on the helpers above

FAST_PATHS: dict[str, Callable[[Connection], BulkWriter]] = {"sqlite": SqliteWriter, "postgresql": PostgresWriter}
