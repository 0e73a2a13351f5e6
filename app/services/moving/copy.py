"""Copying every table's rows from one store to another, parents before children, in batches.

The rows are read through the models' column types and written through the bulk writer (COPY on
PostgreSQL, executemany on SQLite), so each database gets its own form of a date, a boolean or a price. A column that points into its own table
(a customer's "referred by") is written in a second pass: the customer it names may come later in
the id order, and PostgreSQL checks a foreign key at every statement. The source's rows are hashed
as they pass (checksums.Summer), so the check afterwards reads the source no second time.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from sqlalchemy import Column, Connection, Table, bindparam, func, select, text, update

from ..bulk import bulk_writer
from .checksums import Summer, TableSum

BATCH = 5000
# (table, rows copied so far, rows in the table)
Progress = Callable[[str, int, int], None]


def tables_in_order(metadata) -> list[Table]:
    """Every table of the models, each after the tables it points to."""
    return list(metadata.sorted_tables)


def self_references(table: Table) -> list[Column]:
    return [fk.parent for fk in table.foreign_keys if fk.column.table is table]


def count_rows(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar_one()


def empty_tables(connection: Connection, tables: Sequence[Table]) -> None:
    """Remove what a new store holds (the tiers and kinds the migrations put in), children first."""
    for table in reversed(tables):
        connection.execute(table.delete())


def copy_table(source: Connection, target: Connection, table: Table, progress: Optional[Progress] = None,
               batch: int = BATCH) -> TableSum:
    total = count_rows(source, table)
    columns = list(table.columns)
    keys = [c.key for c in columns]
    later = self_references(table)
    primary = list(table.primary_key.columns)
    # An UPDATE would stamp columns such as updated_at anew: they are written back as they were.
    stamped = [c for c in columns if c.onupdate is not None and c not in later]
    pending: dict[str, list[dict]] = {c.key: [] for c in later}
    summer = Summer(table.name)
    writer = bulk_writer(target)
    done = 0
    if progress:
        progress(table.name, 0, total)
    result = source.execution_options(yield_per=batch).execute(select(*columns).order_by(*primary))
    for part in result.partitions():
        summer.add(part)
        rows = [list(row) for row in part]
        for row in rows:
            for column in later:
                if row[keys.index(column.key)] is not None:
                    pending[column.key].append({**{f"pk_{c.key}": row[keys.index(c.key)] for c in primary},
                                                **{f"keep_{c.key}": row[keys.index(c.key)] for c in stamped},
                                                "link": row[keys.index(column.key)]})
                    row[keys.index(column.key)] = None
        writer.insert(table, [c.name for c in columns], rows)  # COPY on PostgreSQL, executemany on SQLite
        done += len(rows)
        if progress:
            progress(table.name, done, total)
    for column in later:
        links = pending[column.key]
        statement = (update(table).where(*[c == bindparam(f"pk_{c.key}") for c in primary])
                     .values({column.key: bindparam("link"), **{c.key: bindparam(f"keep_{c.key}") for c in stamped}}))
        for first in range(0, len(links), batch):
            target.execute(statement, links[first:first + batch])
    return summer.result()


def advance_sequences(target: Connection, tables: Sequence[Table]) -> list[str]:
    """PostgreSQL hands out ids from a sequence that copied rows with their own ids did not move: set
    each past the highest id copied, or the next new customer would collide. Returns the sequences set."""
    if target.dialect.name != "postgresql":
        return []  # SQLite takes the next id from the table itself
    moved = []
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False or not _is_integer(keys[0]):
            continue
        sequence = target.execute(text("SELECT pg_get_serial_sequence(:table, :column)"),
                                  {"table": table.name, "column": keys[0].name}).scalar()
        if sequence is None:
            continue
        highest = target.execute(select(func.max(keys[0])).select_from(table)).scalar()
        # is_called false: the next nextval() returns exactly this value
        target.execute(text("SELECT setval(:sequence, :next, false)"),
                       {"sequence": sequence, "next": (highest or 0) + 1})
        moved.append(sequence)
    return moved


def _is_integer(column: Column) -> bool:
    try:
        return column.type.python_type is int
    except NotImplementedError:
        return False
