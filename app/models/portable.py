"""SQL that reads the same on SQLite and PostgreSQL where the two spell it differently.

Each construct compiles per dialect, so services write one query for both databases. Anything
that only one database has belongs here (or in backend.py), never in a service.
"""
from __future__ import annotations

import json
from typing import Iterable, Sequence

from sqlalchemy import Date, Float, String, func, literal, select, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


def _spelled(construct, *, sqlite: str, postgresql: str) -> None:
    """Compile `construct` on each database from its template: {0}, {1}… are its arguments, compiled."""
    for dialect, template in (("sqlite", sqlite), ("postgresql", postgresql)):
        def spell(element, compiler, _template=template, **kw):
            return _template.format(*(compiler.process(c, **kw) for c in element.clauses))

        compiles(construct, dialect)(spell)


class month_day(FunctionElement):  # noqa: N801 - reads as the SQL function it stands for
    """A partial date's "MM-DD" ("1990-04-12" and "--04-12" alike): the last five characters.

    Written exactly as the expression indexes on birthday and anniversary are, or the database
    would not use them: `substr(x, -5)` on SQLite; `right(x, 5)` on PostgreSQL, whose substr
    reads a negative start differently.
    """

    type = String()
    name = "month_day"
    inherit_cache = True


_spelled(month_day,
         sqlite='substr({0}, -5)',
         postgresql='right({0}, 5)')


class add_days(FunctionElement):  # noqa: N801
    """add_days(a date or timestamp, whole days) -> the date that many days later (a DATE)."""

    type = Date()
    name = "add_days"
    inherit_cache = True


_spelled(add_days,
         sqlite="date({0}, '+' || {1} || ' days')",
         postgresql='(CAST({0} AS DATE) + {1})')


class likely(FunctionElement):  # noqa: N801
    """A condition nearly always true: SQLite's planner hint (it has no statistics); PostgreSQL has
    ANALYZE statistics instead, and the plain condition."""

    name = "likely"  # untyped, as func.likely was: a Boolean would make SQLite write "likely(…) = 1"
    inherit_cache = True


_spelled(likely,
         sqlite='likely({0})',
         postgresql='({0})')


class _in_json_ids(FunctionElement):  # noqa: N801
    name = "in_json_ids"  # untyped: no "= 1" after the IN on SQLite
    inherit_cache = True


_spelled(_in_json_ids,
         sqlite='{0} IN (SELECT value FROM json_each({1}))',
         postgresql='{0} IN (SELECT CAST(value AS INTEGER) FROM json_array_elements_text(CAST({1} AS JSON)))')


def in_ids(column, ids: Iterable[int]):
    """`column IN (ids)` with the ids as one JSON array: one bound value however long the list (a
    statement per 500 bound ids is slower, and SQLite limits bound values)."""
    return _in_json_ids(column, literal(json.dumps(sorted({int(i) for i in ids})), String()))


class as_date(FunctionElement):  # noqa: N801
    """The day of a timestamp. SQLite's CAST(… AS DATE) would read "2026-01-05 10:00" as the number 2026."""

    type = Date()
    name = "as_date"
    inherit_cache = True


_spelled(as_date,
         sqlite='date({0})',
         postgresql='CAST({0} AS DATE)')


class year_month(FunctionElement):  # noqa: N801
    """"YYYY-MM" of a date."""

    type = String()
    name = "year_month"
    inherit_cache = True


_spelled(year_month,
         sqlite="strftime('%Y-%m', {0})",
         postgresql="to_char({0}, 'YYYY-MM')")


class days_between(FunctionElement):  # noqa: N801
    """days_between(later, earlier): whole days from one date to the other, as a float (julianday's)."""

    type = Float()
    name = "days_between"
    inherit_cache = True


_spelled(days_between,
         sqlite='(julianday({0}) - julianday({1}))',
         postgresql='CAST(CAST({0} AS DATE) - CAST({1} AS DATE) AS DOUBLE PRECISION)')


class months_before(FunctionElement):  # noqa: N801
    """months_before(a date, whole months) -> the date that many months earlier. At a month's end the
    two databases differ: SQLite overflows (31 March less one month is 3 March), PostgreSQL clamps
    (28 February); reports count months, so a day or two at a month's end is within their meaning."""

    type = Date()
    name = "months_before"
    inherit_cache = True


_spelled(months_before,
         sqlite="date({0}, '-' || {1} || ' months')",
         postgresql='CAST(CAST({0} AS DATE) - make_interval(months => {1}) AS DATE)')


class total(FunctionElement):  # noqa: N801
    """SQLite's total(): a sum that is 0.0, not NULL, over no rows, and always a float."""

    type = Float()
    name = "total"
    inherit_cache = True


_spelled(total,
         sqlite='total({0})',
         postgresql='coalesce(sum(CAST({0} AS DOUBLE PRECISION)), 0.0)')


def newest_per(dialect: str, columns: Sequence, group, newest, *where):
    """SELECT columns…, newest FROM the row with the greatest `newest` of each `group`.

    SQLite's bare columns do this in one aggregate (with max(), the other columns come from the row
    that has the max); PostgreSQL says it with DISTINCT ON. Either way one statement, no join back.
    """
    if dialect == "sqlite":
        return select(*columns, func.max(newest)).where(*where).group_by(group)
    from sqlalchemy.dialects import postgresql  # on PostgreSQL only: its dialect module is a tenth of a start

    query = select(*columns, newest).where(*where).order_by(group, newest.desc())
    if hasattr(postgresql, "distinct_on"):  # SQLAlchemy 2.1's spelling; 2.0 took it through distinct()
        return query.ext(postgresql.distinct_on(group))
    return query.distinct(group)


def insert_for(session_or_bind):
    """The dialect's INSERT, with its `on_conflict_do_nothing` / `on_conflict_do_update` (an upsert):
    SQLite's and PostgreSQL's take the same arguments."""
    bind = session_or_bind.get_bind() if hasattr(session_or_bind, "get_bind") else session_or_bind
    if bind.dialect.name == "postgresql":  # a Connection or an Engine
        from sqlalchemy.dialects import postgresql

        return postgresql.insert
    return sqlite.insert


def lock_for_new_ids(session, table: str) -> None:
    """Before rows are given ids counted on from max(id) (an import's block of new contacts): on
    PostgreSQL no other writer may add to `table` until this transaction ends, or two imports would
    count from the same max. SQLite's one-writer lock already keeps writers apart."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))


def ids_written(connection, table: str) -> None:
    """After rows were inserted with ids of their own: PostgreSQL's id sequence moves past them, so
    the next row added without an id does not take one of theirs. (SQLite takes max(id) + 1 itself.)"""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"greatest((SELECT max(id) FROM {table}), "
                                f"(SELECT last_value FROM {table}_id_seq)))"))
