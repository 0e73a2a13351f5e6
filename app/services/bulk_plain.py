"""The SQL of SQLite's bulk writer on a plain sqlite3 connection: no SQLAlchemy, no models.

bulk_sqlite.SqliteWriter (a session's connection, SQLAlchemy's tables) and the sqlite3 import path
(importing/quick.py) write rows through the same two steps: `statement` makes the INSERT, with the
values common to every row written into it once as literals, and `run` hands the rows to sqlite3's
own `executemany` in chunks. The caller gives what SQLAlchemy would have given: the values of the
columns left out (their Python defaults), already in the form the database stores.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, Iterator, Mapping, Optional, Sequence

from app.phone_display import display_forms

CHUNK_ROWS = 5000  # rows per executemany: big enough to amortise a call, small enough to stream
PHONE_FORMS = ("display_region", "display_national", "display_international")


def chunked(rows: Iterable[Sequence], size: int = CHUNK_ROWS) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def with_kept(table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> tuple[Sequence[str], Iterable[Sequence]]:
    """The columns a row keeps derived from its own values, added where the caller left them out: a
    phone's display forms (app/phone_display.py), so that every bulk write of numbers (an import, a
    sync, a move) keeps them as the ORM's writes do. Every writer calls this first."""
    if table != "phones" or PHONE_FORMS[-1] in columns or "raw" not in columns:
        return columns, rows
    raw = columns.index("raw")
    e164 = columns.index("e164") if "e164" in columns else raw
    return (*columns, *PHONE_FORMS), ((*row, *display_forms(row[e164] or row[raw])) for row in rows)


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statement(table: str, columns: Sequence[str], fixed: Mapping[str, object], tail: str = "",
              quote: Callable[[str], str] = quoted) -> tuple[str, tuple]:
    """The INSERT of rows of `columns` with the `fixed` values in every row, and the values of those
    that must be bound (appended to each row by `run`)."""
    literals = [literal(v) for v in fixed.values()]
    bound = tuple(v for v, text in zip(fixed.values(), literals) if text is None)
    names = [*columns, *(n for n, text in zip(fixed, literals) if text is None),
             *(n for n, text in zip(fixed, literals) if text is not None)]
    places = ["?"] * (len(columns) + len(bound)) + [text for text in literals if text is not None]
    sql = (f"INSERT INTO {quote(table)} ({', '.join(map(quote, names))}) "
           f"VALUES ({', '.join(places)})" + tail)
    return sql, bound


def run(driver, sql: str, rows: Iterable[Sequence], bound: tuple = (),
        convert: Sequence[tuple[int, Callable]] = ()) -> None:
    """`sql` for every row, on the sqlite3 connection `driver` (in its transaction); `convert`: the
    (column index, function) of values to turn into what is stored first."""
    cursor = driver.cursor()
    try:
        for chunk in chunked(rows):
            if convert:
                chunk = [_converted(row, convert) for row in chunk]
            if bound:
                chunk = [(*row, *bound) for row in chunk]
            cursor.executemany(sql, chunk)
    finally:
        cursor.close()


def _converted(row: Sequence, convert: Sequence[tuple[int, Callable]]) -> tuple:
    values = list(row)
    for index, process in convert:
        if values[index] is not None:
            values[index] = process(values[index])
    return tuple(values)


def literal(value: object) -> Optional[str]:
    """`value` as an SQL literal SQLite reads back as the same value, or None when it must be bound."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value) if -2**63 <= value < 2**63 else None
    if isinstance(value, str):
        return None if "\x00" in value else "'" + value.replace("'", "''") + "'"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    return None  # floats: SQLite's reading of a decimal literal may differ in the last bit
