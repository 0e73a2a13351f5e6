"""The place kept on each address: written when it is saved or imported, filled in later for older rows.

Reading a plan asks `points_of` for the day's customers (one query); it never geocodes.
"""
from __future__ import annotations

from typing import Callable, Optional

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Address
from app.models.portable import in_ids

from .. import settings
from . import CITY, DISTRICT, Place
from .columns import NOWHERE, columns_for  # noqa: F401 - asked of stored by others

BACKFILL_BATCH = 2000


def place_row(row: Address, default_country: Optional[str]) -> None:
    """Set the place of an address row the caller is saving."""
    for key, value in columns_for(row.street, row.city, row.region, row.postal_code, row.country,
                                  default_country).items():
        setattr(row, key, value)


def place_address_rows(rows: list[dict], default_country: Optional[str]) -> None:
    """Add the place to address rows an import is about to insert."""
    for row in rows:
        row.update(columns_for(row.get("street"), row.get("city"), row.get("region"), row.get("postal_code"),
                               row.get("country"), default_country))


def unplaced_count(db: sessionmaker[Session]) -> int:
    with db() as session:
        return session.scalar(select(func.count()).where(Address.geo_level.is_(None))) or 0


def place_unplaced(db: sessionmaker[Session], default_country: Optional[str] = None, *,
                   progress: Callable[[int, int], None] = lambda done, total: None,
                   is_cancelled: Callable[[], bool] = lambda: False) -> int:
    """Place every address not placed yet, a batch per transaction; returns how many were placed.

    `default_country` defaults to the user's region. Cancelled (or stopped) halfway, the batches
    done stay done and the rest is picked up next time.
    """
    default_country = default_country or settings.phone_region(db)
    total = unplaced_count(db)
    table = Address.__table__
    # Core executemany by id: the ORM's bulk update checked each row and took twice as long.
    write = table.update().where(table.c.id == bindparam("b_id")).values(
        {name: bindparam("b_" + name) for name in ("geo_level", "geo_lat", "geo_lon", "geo_place")})
    done, last_id = 0, 0
    while not is_cancelled():
        with db.begin() as session:
            # From the last id on, so each batch reads only rows not looked at yet.
            rows = session.execute(
                select(Address.id, Address.street, Address.city, Address.region, Address.postal_code,
                       Address.country).where(Address.geo_level.is_(None), Address.id > last_id)
                .order_by(Address.id).limit(BACKFILL_BATCH)).all()
            if not rows:
                break
            session.connection().execute(write, [
                {"b_id": aid, **{"b_" + k: v for k, v in columns_for(*parts, default_country).items()}}
                for aid, *parts in rows])
        done, last_id = done + len(rows), rows[-1][0]
        progress(done, max(total, done))
    return done


def points_of(session: Session, contact_ids: list[int]) -> dict[int, Place]:
    """Each contact's place, from their newest address (the one the plan shows) when it is placed
    to a city or district; a province is too coarse to route by, so it counts as no place."""
    if not contact_ids:
        return {}
    newest = (select(Address.contact_id, func.max(Address.id).label("id"))
              .where(in_ids(Address.contact_id, contact_ids)).group_by(Address.contact_id).subquery())
    rows = session.execute(
        select(Address.contact_id, Address.geo_lat, Address.geo_lon, Address.geo_level, Address.geo_place)
        .join(newest, newest.c.id == Address.id)
        .where(Address.geo_level.in_((CITY, DISTRICT)))).all()
    return {cid: Place(lat, lon, level, name or "") for cid, lat, lon, level, name in rows}
