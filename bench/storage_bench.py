"""Storage speed: the import writer's inserts of a large import's rows, beside raw
sqlite3 `executemany` of the same rows into the same schema with the same
pragmas (WAL, synchronous=FULL, foreign keys, the writer's page cache). Target: at most 2x raw.
A second floor drops the tables' non-unique indexes first and builds them after, in the same
transaction: what the writer does for a load into a store smaller than the load (bulk_sqlite.py)."""
from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from app.models import (
    Address, Base, Contact, CustomField, Email, ImportBatch, ImportSource, Note, Phone, Photo, Website,
)
from app.models.backend import _set_pragmas
from app.models.db import open_store
from app.services.importing.writer import IMPORT_CACHE_KIB, Rows, write

from .import_bench import import_stages, rows_written
from .timing import Area, Result


def rows_for(path: Path) -> Rows:
    """The rows importing `path` into an empty store writes (the import bench's, if it ran)."""
    return rows_written[path] if path in rows_written else import_stages(path)[1]


def _fresh_store(folder: Path, name: str, batch_id: int) -> Path:
    """An empty store at the newest schema, holding the import batch the rows point at."""
    path = folder / name
    db = open_store(path)
    with db.begin() as session:
        session.add(ImportBatch(id=batch_id, sources="bench"))
    db.kw["bind"].dispose()
    return path


def rapport_write(folder: Path, name: str, rows: Rows, batch_id: int) -> float:
    db = open_store(_fresh_store(folder, name, batch_id))
    session = db()
    try:
        session.begin()
        start = time.perf_counter()
        write(session, rows, batch_id, lambda: None)
        session.commit()
        return time.perf_counter() - start
    finally:
        session.close()
        db.kw["bind"].dispose()


def raw_write(folder: Path, name: str, rows: Rows, batch_id: int, aside: bool = False) -> float:
    """The floor: tuples straight into sqlite3, one executemany per table, one transaction (with
    `aside`, the non-unique indexes of those tables dropped first and created again before COMMIT)."""
    connection = sqlite3.connect(_fresh_store(folder, name, batch_id), isolation_level=None)
    _set_pragmas(connection, None)
    if len(rows.contacts) + len(rows.phones) > 10_000:
        connection.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")  # what the writer sets, for a fair floor
    try:
        start = time.perf_counter()
        connection.execute("BEGIN")
        tables = [table for table, _ in _tables(rows, batch_id)]
        dropped = [tuple(row) for row in connection.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%' "
            f"AND tbl_name IN ({', '.join('?' * len(tables))})", tables).fetchall()] if aside else []
        for name, _sql in dropped:
            connection.execute(f"DROP INDEX {name}")
        for table, table_rows in _tables(rows, batch_id):
            if not table_rows:
                continue
            columns = list(table_rows[0])
            convert = {c for c in columns if isinstance(table_rows[0][c], (date, datetime))}
            # What the model's Python-side defaults add (notes.pinned, created_at…), once per table.
            defaults = _defaults(table, columns)
            names = columns + list(defaults)
            constant = tuple(defaults.values())
            verb = "INSERT OR IGNORE" if table == ImportSource.__tablename__ else "INSERT"
            connection.executemany(
                f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [tuple(_sql_value(row[c]) if c in convert else row[c] for c in columns) + constant
                 for row in table_rows])
        for _name, sql in dropped:
            connection.execute(sql)
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def _tables(rows: Rows, batch_id: int) -> list[tuple[str, list[dict]]]:
    sources = [{"kind": kind, "key": key, "contact_id": cid, "batch_id": batch_id}
               for (kind, key), cid in rows.sources.items()]
    return [(model.__tablename__, table_rows) for model, table_rows in (
        (Contact, rows.contacts), (Phone, rows.phones), (Email, rows.emails), (Address, rows.addresses),
        (Website, rows.websites), (CustomField, rows.custom), (Note, rows.notes), (Photo, rows.photos),
        (ImportSource, sources))]


def _defaults(table: str, present: list[str]) -> dict:
    values = {}
    for column in Base.metadata.tables[table].columns:
        if column.name not in present and column.default is not None and not column.primary_key:
            default = column.default
            values[column.name] = _sql_value(default.arg if default.is_scalar else default.arg(None))
    return values


def _sql_value(value):
    """As SQLAlchemy stores dates and times in SQLite."""
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value.isoformat() if isinstance(value, date) else value


def run(path: Path, runs: int) -> Area:
    rows = rows_for(path)
    batch_id = rows.contacts[0]["import_batch_id"] if rows.contacts else 1
    count = sum(len(table_rows) for _, table_rows in _tables(rows, batch_id))
    raw_times, aside_times, rapport_times = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(runs):
            raw_times.append(raw_write(Path(folder), f"raw-{n}.db", rows, batch_id))
            aside_times.append(raw_write(Path(folder), f"aside-{n}.db", rows, batch_id, aside=True))
            rapport_times.append(rapport_write(Path(folder), f"rapport-{n}.db", rows, batch_id))
    base = f"raw sqlite3 executemany, rows of {path.name}"
    raw = statistics.median(raw_times)
    area = Area("storage", [
        Result("storage", base, count, "rows", raw),
        Result("storage", f"raw sqlite3 executemany, indexes dropped and built after, rows of {path.name}", count,
               "rows", statistics.median(aside_times), base, raw),
        Result("storage", f"import writer (writer.write), rows of {path.name}", count, "rows",
               statistics.median(rapport_times), base, raw),
    ])
    area.details.append("Rows per table: " + ", ".join(
        f"{table} {len(table_rows):,}" for table, table_rows in _tables(rows, batch_id) if table_rows) + ".")
    return area
