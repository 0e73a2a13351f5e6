"""Row counts and a checksum of every table, equal on SQLite and PostgreSQL for the same rows.

The two databases hand back the same row in different clothes: a boolean is 0/1 or true/false, a
price a float-backed Decimal or an exact one ('12.3' or '12.30'), a timestamp text or a datetime, a
blob bytes or a memoryview. Every value is read through the models' column types and brought to one
plain form before it is hashed, so equal checksums mean equal rows whichever database they came from.
A table's checksum is the sum of its rows' hashes (mod 2**128): independent of the order the rows
come back in, yet a duplicated or a missing row changes it (an XOR would let two equal rows cancel).
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from decimal import Decimal
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Table, select

MODULUS = 2 ** 128


@dataclass(frozen=True)
class TableSum:
    table: str
    rows: int
    checksum: int

    @property
    def digest(self) -> str:
        """The checksum as the table prints it: 16 hex digits are plenty to tell two copies apart."""
        return f"{self.checksum:032x}"[:16]


def normalise(value: Any) -> Any:
    """One form per value, whichever database and driver produced it."""
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return "bool:1" if value else "bool:0"
    if isinstance(value, Decimal):
        return "dec:" + format(value.normalize(), "f")  # 12.30 and 12.3 are one price
    if isinstance(value, float):
        return "float:" + repr(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return "dt:" + value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return "date:" + value.isoformat()
    if isinstance(value, time):
        return "time:" + value.isoformat(timespec="microseconds")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "blob:" + hashlib.blake2b(bytes(value), digest_size=16).hexdigest()
    if isinstance(value, (dict, list)):
        return "json:" + json.dumps(value, sort_keys=True, ensure_ascii=False)
    return f"{type(value).__name__}:{value}"


def row_hash(row: Sequence[Any]) -> int:
    text = json.dumps([normalise(v) for v in row], ensure_ascii=False, separators=(",", ":"))
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest(), "big")


class Summer:
    """Adds rows up as they pass (the copy hashes the source's rows on its way)."""

    def __init__(self, table: str) -> None:
        self.table, self.rows, self.total = table, 0, 0

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.total = (self.total + row_hash(row)) % MODULUS
            self.rows += 1

    def result(self) -> TableSum:
        return TableSum(self.table, self.rows, self.total)


def table_sum(connection: Connection, table: Table, batch: int = 5000) -> TableSum:
    """Read every row of `table` (through the models' types, so values come back as Python's) and sum it."""
    summer = Summer(table.name)
    result = connection.execution_options(yield_per=batch).execute(select(*table.columns))
    for part in result.partitions():
        summer.add(part)
    return summer.result()


def store_sums(connection: Connection, tables: Iterable[Table]) -> dict[str, TableSum]:
    return {table.name: table_sum(connection, table) for table in tables}
