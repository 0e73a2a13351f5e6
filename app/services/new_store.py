"""What a new store holds, to tell an empty database from a used one (move-store's and a server
restore's targets must be empty: neither ever writes over someone's customers)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from sqlalchemy import Connection, create_engine, func, select
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from app.models import Base
from app.models.db import upgrade


@lru_cache(maxsize=1)
def fresh_counts() -> dict[str, int]:
    """The rows of each table in a store just made and opened (the default tiers and kinds of contact
    the migrations put in, the bookkeeping setting opening writes): a target holding no more is empty."""
    from .derived import refresh_everything_if_outdated

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade(engine)
        refresh_everything_if_outdated(sessionmaker(engine))
        with engine.connect() as connection:
            return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def first_used_table(connection: Connection) -> Optional[tuple[str, int]]:
    """The first table (parents first) holding more rows than a new store's, with its count; None when
    the database holds nothing a new store would not."""
    new = fresh_counts()
    for table in Base.metadata.sorted_tables:
        rows = connection.execute(select(func.count()).select_from(table)).scalar_one()
        if rows > new.get(table.name, 0):
            return table.name, rows
    return None
