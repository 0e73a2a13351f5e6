"""SQL that reads the same on SQLite and PostgreSQL where the two spell it differently.

Each construct compiles per dialect, so services write one query for both databases. Anything
that only one database has belongs here (or in backend.py), never in a service.
"""
from __future__ import annotations

from sqlalchemy import Date, String
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class month_day(FunctionElement):  # noqa: N801 - reads as the SQL function it stands for
    """A partial date's "MM-DD" ("1990-04-12" and "--04-12" alike): the last five characters.

    Written exactly as the expression indexes on birthday and anniversary are, or the database
    would not use them: `substr(x, -5)` on SQLite; `right(x, 5)` on PostgreSQL, whose substr
    reads a negative start differently.
    """

    type = String()
    name = "month_day"
    inherit_cache = True


@compiles(month_day, "sqlite")
def _month_day_sqlite(element, compiler, **kw):
    return f"substr({compiler.process(element.clauses, **kw)}, -5)"


@compiles(month_day, "postgresql")
def _month_day_postgresql(element, compiler, **kw):
    return f"right({compiler.process(element.clauses, **kw)}, 5)"


class add_days(FunctionElement):  # noqa: N801
    """add_days(a date or timestamp, whole days) -> the date that many days later (a DATE)."""

    type = Date()
    name = "add_days"
    inherit_cache = True


@compiles(add_days, "sqlite")
def _add_days_sqlite(element, compiler, **kw):
    when, days = (compiler.process(c, **kw) for c in element.clauses)
    return f"date({when}, '+' || {days} || ' days')"


@compiles(add_days, "postgresql")
def _add_days_postgresql(element, compiler, **kw):
    when, days = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({when} AS DATE) + {days})"


def insert_for(session_or_bind):
    """The dialect's INSERT, with its `on_conflict_do_nothing` / `on_conflict_do_update` (an upsert):
    SQLite's and PostgreSQL's take the same arguments."""
    bind = session_or_bind.get_bind() if hasattr(session_or_bind, "get_bind") else session_or_bind
    return postgresql.insert if bind.dialect.name == "postgresql" else sqlite.insert
