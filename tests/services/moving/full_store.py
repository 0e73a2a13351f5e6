"""A store with every kind of row: the demo's customers, and one row of each kind the demo leaves out
(a photo's bytes, a snooze, a sync item, a tier change…), with awkward values: a price with a
trailing zero, microseconds, a NUL byte, Chinese text, a customer referred by a later one."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update

from app.models import Base, Contact
from app.services.demo import fill_demo

TODAY = date(2026, 3, 10)


def fill_every_table(db, count: int = 40) -> None:
    fill_demo(db, count=count, today=TODAY)
    with db.begin() as session:
        connection = session.connection()
        for table in Base.metadata.sorted_tables:
            if connection.execute(select(func.count()).select_from(table)).scalar_one() == 0:
                connection.execute(insert(table).values(_row(connection, table)))
        first, last = connection.execute(select(func.min(Contact.id), func.max(Contact.id))).one()
        connection.execute(update(Contact).where(Contact.id == first).values(referred_by_id=last))


def _row(connection, table) -> dict:
    row = {}
    for column in table.columns:
        if column.foreign_keys:
            parent = next(iter(column.foreign_keys)).column
            row[column.key] = connection.execute(select(parent).limit(1)).scalar_one()
        elif column.primary_key and column.autoincrement is not False and _type(column) is int:
            continue
        else:
            row[column.key] = _value(column)
    return row


def _type(column):
    try:
        return column.type.python_type
    except NotImplementedError:
        return str


def _value(column):
    kind = _type(column)
    if kind is bool:
        return True
    if kind is int:
        return 7
    if kind is float:
        return 31.2304
    if kind is Decimal:
        return Decimal("12.30")
    if kind is datetime:
        return datetime(2026, 3, 9, 14, 30, 5, 123456)
    if kind is date:
        return date(2026, 2, 28)
    if kind is bytes:
        return b"\x89PNG\x00\xff" * 3
    length = getattr(column.type, "length", None) or 40
    if column.key in ("value", "local_fields", "last_report", "tags", "stages", "products", "tiers", "fields"):
        return "[]"
    return ("王芳 x" * 8)[:length]
