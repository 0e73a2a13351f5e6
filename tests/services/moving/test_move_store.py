"""move-store between SQLite files: every table copied and checked, the target refused unless empty,
a copy stopped halfway leaving the target empty, the source never changed."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Base, Contact
from app.models.db import open_store
from app.services.moving import MoveError, move_store
from app.services.moving.checksums import normalise, row_hash, store_sums

from .full_store import fill_every_table


def sums(path):
    db = open_store(path)
    try:
        with db.kw["bind"].connect() as connection:
            return store_sums(connection, Base.metadata.sorted_tables)
    finally:
        db.kw["bind"].dispose()


@pytest.fixture
def full(db):
    fill_every_table(db)
    return db


def test_every_table_is_copied_with_equal_counts_and_checksums(full, db_path, tmp_path):
    before = sums(db_path)
    report = move_store(full, str(tmp_path / "copy.db"))
    assert report.ok
    assert all(check.source.rows > 0 for check in report.tables)  # every kind of row was there to copy
    assert sums(tmp_path / "copy.db") == before == sums(db_path)  # and the source is as it was


def test_a_copy_of_a_copy_is_the_same_store(full, tmp_path):
    move_store(full, str(tmp_path / "one.db"))
    one = open_store(tmp_path / "one.db")
    try:
        move_store(one, str(tmp_path / "two.db"))
    finally:
        one.kw["bind"].dispose()
    assert sums(tmp_path / "two.db") == sums(tmp_path / "one.db")


def test_a_target_holding_customers_is_refused_and_left_alone(full, tmp_path):
    other = open_store(tmp_path / "used.db")
    with other.begin() as session:
        session.add(Contact(display_name="Somebody"))
    other.kw["bind"].dispose()
    before = sums(tmp_path / "used.db")
    with pytest.raises(MoveError, match=r"used.db: not empty \(table 'contacts' holds 1 rows\)"):
        move_store(full, str(tmp_path / "used.db"))
    assert sums(tmp_path / "used.db") == before


def test_the_store_itself_is_refused_as_target(full, db_path):
    with pytest.raises(MoveError, match="that is the store itself"):
        move_store(full, str(db_path))


def test_a_copy_stopped_halfway_leaves_the_target_empty(full, tmp_path):
    def stop(table, done, total):
        if table == "interactions" and done:
            raise OSError("disk unplugged")

    with pytest.raises(MoveError, match="stopped at table 'interactions' .disk unplugged.; nothing was kept"):
        move_store(full, str(tmp_path / "half.db"), progress=stop)
    target = open_store(tmp_path / "half.db")
    with target() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
    target.kw["bind"].dispose()
    report = move_store(full, str(tmp_path / "half.db"))  # and it can be tried again
    assert report.ok


def test_values_in_either_databases_clothes_hash_alike():
    from datetime import datetime, timezone
    from decimal import Decimal

    assert normalise(Decimal("12.30")) == normalise(Decimal("12.3"))
    assert normalise(True) != normalise(1)
    assert normalise(memoryview(b"\x00\x01")) == normalise(b"\x00\x01")
    aware = datetime(2026, 3, 9, 22, 30, tzinfo=timezone.utc)
    assert normalise(aware) == normalise(datetime(2026, 3, 9, 22, 30))
    assert row_hash([1, None]) != row_hash([None, 1])
