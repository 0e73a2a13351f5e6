"""SQLite's fast path for the bulk writer (app/services/bulk.py): the driver's executemany, indexes set aside.

Rows go to sqlite3's own `executemany` as tuples on the session's DBAPI connection (the same
transaction), each column through its type's bind processor only where it has one (dates, times).
The `same` values and the Python defaults of left-out columns are written into the statement as
SQL literals once, not bound again for every row (a float or a text holding NUL is bound per row:
their literal would not read back the same).

`loading` sets indexes aside. Keeping 21 indexes up to date row by row was half of writing a 100k
import into an empty store; building each one once at the end from sorted keys costs a quarter of
that (bench/RESULTS.md). Rebuilding reads the whole table, so it pays only when the load is at
least as large as what the tables hold already (`stored rows <= rows`); a small import into a
large store keeps its indexes. Unique indexes stay (conflicts must be seen as rows arrive), and so
do indexes that start with a `lookups` column (the caller reads by them during the load). DROP and
CREATE run inside the caller's transaction: a kill or a rollback leaves the indexes as they were.
Comparing another way to hand rows over, one JSON text per chunk read by `INSERT … SELECT … FROM
json_each(?)`: on SQLite 3.40 it took 30% more CPU than executemany (each `value->>n` reads the
row's JSON again), so it is not used.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Mapping, Optional, Sequence

from sqlalchemy import Boolean, Connection, String, Table, bindparam, event, func, select, update
from sqlalchemy.pool import Pool

from .bulk import IMPORT_CACHE_KIB, _primary_key, constants, on_update, with_kept
from .bulk_plain import run, statement
from .today_kept import seam

LOAD_FROM_ROWS = 10_000  # below this, indexes stay: a rebuild's fixed cost (a scan per index) outweighs it
_RAISED = "bulk_sqlite.cache_size"  # in a pooled connection's info: its page cache's size before `expect`


@event.listens_for(Pool, "checkin")
def _cache_back(dbapi_connection, record) -> None:
    """A connection back in the pool gets its page cache's size back: a window or a command that uses
    it next must not keep an import's cache, full, for the rest of the process."""
    before = record.info.pop(_RAISED, None)
    if before is not None and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA cache_size={int(before)}")


class SqliteWriter:
    def __init__(self, connection: Connection):
        self.connection = connection
        self.dialect = connection.dialect

    def expect(self, rows: int) -> None:
        if rows > 10_000:  # a cap, not an allocation (see IMPORT_CACHE_KIB); the pool takes it back (_cache_back)
            info = self.connection.connection.info
            if _RAISED not in info:
                info[_RAISED] = self.connection.exec_driver_sql("PRAGMA cache_size").scalar()
            self.connection.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
               same: Optional[Mapping[str, object]] = None) -> None:
        self._execute(table, columns, rows, same, "")

    def insert_missing(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                       key: Sequence[str], same: Optional[Mapping[str, object]] = None) -> None:
        self._execute(table, columns, rows, same, f" ON CONFLICT ({', '.join(map(self._quote, key))}) DO NOTHING")

    def changed(self, table: Table, ids: Iterable[int]) -> None:
        # One statement whatever the number of ids: they arrive as one JSON text, not one parameter each.
        ids = json.dumps(sorted(set(ids)))
        if ids != "[]":
            listed = func.json_each(bindparam("ids", ids, type_=String)).table_valued("value")
            self.connection.execute(update(table).where(_primary_key(table).in_(select(listed.c.value)))
                                    .values(on_update(table)))

    @contextmanager
    def loading(self, tables: Sequence[Table], rows: int, lookups: Sequence[str] = ()) -> Iterator[bool]:
        driver = self.connection.connection.driver_connection
        cursor = driver.cursor()
        try:
            names = [table.name for table in tables]
            stored = sum(cursor.execute(f"SELECT coalesce(max(rowid), 0) FROM {self._quote(name)}").fetchone()[0]
                         for name in names)
            aside = self._indexes(cursor, names, lookups) if rows >= LOAD_FROM_ROWS and stored <= rows else []
            if aside and not driver.in_transaction:
                # sqlite3 begins a transaction at the first INSERT, not at SQLAlchemy's begin(): the DROP
                # must not be committed on its own. Outside the caller's transaction the indexes stay.
                if self.connection.in_transaction():
                    cursor.execute("BEGIN")
                else:
                    aside = []
            for name, _sql in aside:
                cursor.execute(f"DROP INDEX {self._quote(name)}")
        finally:
            cursor.close()
        yield bool(aside)
        if aside:
            self.expect(rows)  # the sorts that build the indexes use the page cache's size
            cursor = driver.cursor()
            try:
                for _name, sql in aside:
                    cursor.execute(sql)
            finally:
                cursor.close()

    def _indexes(self, cursor, tables: Sequence[str], lookups: Sequence[str]) -> list[tuple[str, str]]:
        """(name, CREATE statement) of the indexes that may be set aside, in the schema's order."""
        found = []
        for name, sql in cursor.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY rowid", list(tables)).fetchall():
            first = cursor.execute("SELECT name FROM pragma_index_info(?) WHERE seqno = 0", (name,)).fetchone()
            unique = sql.lstrip().upper().startswith("CREATE UNIQUE")
            if not unique and not (first and first[0] in lookups):  # an expression index has no column name
                found.append((name, sql))
        return found

    def _quote(self, name: str) -> str:
        return self.dialect.identifier_preparer.quote(name)

    def _execute(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                 same: Optional[Mapping[str, object]], tail: str) -> None:
        columns, rows = with_kept(table, columns, rows)
        fixed = constants(table, columns, same)
        processors = self._processors(table, [*columns, *fixed])
        values = {name: processors[len(columns) + i](v) if processors[len(columns) + i] and v is not None else v
                  for i, (name, v) in enumerate(fixed.items())}
        convert = [(i, p) for i, p in enumerate(processors[:len(columns)]) if p is not None]
        sql, bound = statement(table.name, columns, values, tail, self._quote)
        seam.told(self.connection, sql)  # today's kept lists learn of a write SQLAlchemy does not see
        run(self.connection.connection.driver_connection, sql, rows, bound, convert)

    def _processors(self, table: Table, names: Sequence[str]) -> list[Optional[Callable]]:
        # sqlite3 binds True and False as 1 and 0 itself: a Boolean's processor would only repeat that
        # per row (a tenth of a second on a 100k import's contacts).
        return [None if isinstance(table.columns[name].type, Boolean)
                else table.columns[name].type.dialect_impl(self.dialect).bind_processor(self.dialect) for name in names]
