"""PostgreSQL's fast path for the bulk writer (app/services/bulk.py): rows streamed with COPY.

`COPY … FROM STDIN` sends the rows as one stream that the server parses without planning a
statement per row; psycopg writes each tuple straight into it. On the 100k import's 800,000 rows
it beat psycopg's `executemany` (which already pipelines its statements) by the ratio in
bench/RESULTS.md. COPY knows no ON CONFLICT, so `insert_missing` (a few thousand UIDs at most)
is one pipelined `executemany` of `INSERT … ON CONFLICT (key) DO NOTHING`: statements run in
order, so the first row of a key wins, within the call and against what is stored. Both run on the
session's own connection, inside its transaction: a rollback takes the rows back.
"""
from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Callable, Iterable, Mapping, Optional, Sequence

from sqlalchemy import Connection, Table, any_, bindparam, update
from sqlalchemy.dialects.postgresql import ARRAY


class PostgresWriter:
    def __init__(self, connection: Connection):
        self.connection = connection
        self.dialect = connection.dialect
        self.quote = connection.dialect.identifier_preparer.quote

    def expect(self, rows: int) -> None:
        pass  # the server sizes its own buffers

    def loading(self, tables: Sequence[Table], rows: int, lookups: Sequence[str] = ()) -> AbstractContextManager[bool]:
        from .bulk import no_load_plan

        return no_load_plan()  # indexes stay: not measured on PostgreSQL yet

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
               same: Optional[Mapping[str, object]] = None) -> None:
        names, shaped = self._shaped(table, columns, rows, same)
        sql = f"COPY {self.quote(table.name)} ({', '.join(map(self.quote, names))}) FROM STDIN"
        cursor = self.connection.connection.driver_connection.cursor()
        try:
            with cursor.copy(sql) as copy:
                for row in shaped:
                    copy.write_row(row)
        finally:
            cursor.close()

    def insert_missing(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                       key: Sequence[str], same: Optional[Mapping[str, object]] = None) -> None:
        from .bulk import chunked  # bulk.py registers this class: imported here, not at the top

        names, shaped = self._shaped(table, columns, rows, same)
        sql = (f"INSERT INTO {self.quote(table.name)} ({', '.join(map(self.quote, names))}) "
               f"VALUES ({', '.join(['%s'] * len(names))}) ON CONFLICT ({', '.join(map(self.quote, key))}) DO NOTHING")
        cursor = self.connection.connection.driver_connection.cursor()
        try:
            for chunk in chunked(shaped):
                cursor.executemany(sql, chunk)
        finally:
            cursor.close()

    def changed(self, table: Table, ids: Iterable[int]) -> None:
        from .bulk import _primary_key, on_update

        ids = sorted(set(ids))
        if ids:  # one array parameter, whatever the number of ids (a statement takes at most 65,535)
            key = _primary_key(table)
            self.connection.execute(update(table).where(key == any_(bindparam("ids", ids, type_=ARRAY(key.type))))
                                    .values(on_update(table)))

    def _shaped(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence],
                same: Optional[Mapping[str, object]]):
        """The column names written and the rows as the driver takes them: each value through its
        type's bind processor where it has one, `same` and the left-out columns' Python defaults added."""
        from .bulk import _converted, constants, with_kept

        columns, rows = with_kept(table, columns, rows)
        defaults = constants(table, columns, same)
        names = [*columns, *defaults]
        processors = [self._processor(table, name) for name in names]
        constant = tuple(processors[len(columns) + i](v) if processors[len(columns) + i] else v
                         for i, v in enumerate(defaults.values()))
        convert = [(i, p) for i, p in enumerate(processors[:len(columns)]) if p is not None]

        def shaped():
            for row in rows:
                row = _converted(row, convert) if convert else row
                yield (*row, *constant) if constant else tuple(row)

        return names, shaped()

    def _processor(self, table: Table, name: str) -> Optional[Callable]:
        return table.columns[name].type.dialect_impl(self.dialect).bind_processor(self.dialect)
