"""A customer store of n contacts with a year of history, written with Core inserts.

Seeded, so every run and every machine gets the same store. Search text, sort
names, last contact and next due dates come from the app's own code
(`derived`), as an import and the services would leave them.
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.models import Address, Contact, Email, FollowUp, Interaction, Note, Phone, Purchase, Setting, Tier
from app.models.db import open_store
from app.services import derived
from app.services.geo.stored import place_address_rows

from .generate import CITIES, ORGS, person_name

TODAY = date(2026, 11, 20)  # the benches' "today": the store's year of history ends here
STORE_VERSION = 2  # bump when what the store holds changes: cached stores are then made again
# Chinese addresses name their district, so a day's visits are at several places (a route to order);
# chosen by contact id, not drawn, so the rest of the store is the same as before.
_DISTRICTS = {"上海": ("徐汇区", "黄浦区", "静安区", "浦东新区", "长宁区", "闵行区", "普陀区", "杨浦区"),
              "北京": ("朝阳区", "海淀区", "东城区", "西城区", "丰台区"), "杭州": ("西湖区", "上城区", "拱墅区", "滨江区")}
_KINDS = ["call"] * 5 + ["visit"] * 2 + ["message"] * 2 + ["gift", "email"]
_PRODUCTS = [("Air conditioner", "KFR-35"), ("Water heater", "JSQ-16"), ("Fridge", "BCD-470"), ("TV", "65Q")]


def store_path(folder: Path, n: int) -> Path:
    return folder / f"store-{n}-v{STORE_VERSION}.db"


def customer_store(folder: Path, n: int, seed: int = 3) -> Path:
    """The store at `store_path(folder, n)`, made if it is not there yet."""
    path = store_path(folder, n)
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    db = open_store(partial)
    try:
        _fill(db, n, random.Random(seed))
    finally:
        db.kw["bind"].dispose()
    partial.rename(path)
    return path


def _fill(db, n: int, rng: random.Random) -> None:
    start = datetime.combine(TODAY - timedelta(days=365), datetime.min.time())
    rows: dict[type, list[dict]] = {model: [] for model in (Contact, Phone, Email, Address, Interaction, Purchase,
                                                            FollowUp, Note)}
    with db.begin() as session:
        tiers = {tier_id: cadence for tier_id, cadence in session.execute(select(Tier.id, Tier.cadence_days))}
        by_code = dict(session.execute(select(Tier.code, Tier.id)).all())
        # One contact in ten has a tier (A 0.5%, B 1.5%, C 3%, D 5%): a big address book, mostly imported.
        tier_choices = [by_code["A"]] + [by_code["B"]] * 3 + [by_code["C"]] * 6 + [by_code["D"]] * 10 + [None] * 180
        for cid in range(1, n + 1):
            _contact(rows, cid, rng, start, tier_choices, tiers)
        place_address_rows(rows[Address], "CN")  # as an import or the customer file leaves them
        connection = session.connection()
        for model, table_rows in rows.items():
            for first in range(0, len(table_rows), 5000):
                connection.execute(insert(model.__table__), table_rows[first:first + 5000])
        ids = list(range(1, n + 1))
        derived.refresh_all(session, ids)  # last contact, next due, search text, sort name
        session.merge(Setting(key="derived_version", value=str(derived.DERIVED_VERSION)))


def _contact(rows, cid: int, rng: random.Random, start: datetime, tier_choices: list, cadences: dict) -> None:
    family, given = person_name(rng)
    cjk = family[0] > "\u3000"
    display = family + given if cjk else f"{given} {family}"
    created = start - timedelta(days=rng.randint(0, 700))
    tier_id = rng.choice(tier_choices)
    status = "lost" if rng.random() < 0.03 else "active"
    rows[Contact].append({
        "id": cid, "display_name": display, "given_name": given, "family_name": family,
        "organization": rng.choice(ORGS) or None, "tier_id": tier_id, "status": status,
        "cadence_since": created if tier_id else None, "created_at": created, "updated_at": created,
        "birthday": f"{rng.randint(1950, 2000)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.2 else None,
        "anniversary": f"{rng.randint(1980, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.05 else None,
        "referred_by_id": rng.randint(1, cid - 1) if cid > 1 and rng.random() < 0.05 else None,
        "deleted_at": start if rng.random() < 0.01 else None,
        "search_text": "", "sort_name": "",
    })
    for _ in range(rng.choice((1, 1, 2))):
        mobile = f"1{rng.choice('3589')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
        rows[Phone].append({"contact_id": cid, "raw": f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
                            "e164": "+86" + mobile, "label": "mobile"})
    if rng.random() < 0.5:
        rows[Email].append({"contact_id": cid, "address": f"c{cid}@example.com", "address_key": f"c{cid}@example.com"})
    if rng.random() < 0.5:
        city, number = rng.choice(CITIES), rng.randint(1, 999)
        districts = _DISTRICTS.get(city)
        street = f"{districts[cid % len(districts)]}中山路{number}号" if districts else f"{number} Main St"
        rows[Address].append({"contact_id": cid, "city": city, "street": street})
    for when in _history(rng, start, cadences.get(tier_id)):
        rows[Interaction].append({"contact_id": cid, "kind": rng.choice(_KINDS), "occurred_at": when,
                                  "summary": "Talked about the new model", "created_at": when})
    for _ in range(rng.choice((0,) * 15 + (1, 1, 1, 1, 2))):  # a quarter bought something this year
        bought = (start + timedelta(days=rng.randint(0, 364))).date()
        product, model = rng.choice(_PRODUCTS)
        rows[Purchase].append({"contact_id": cid, "product": product, "model": model, "quantity": 1,
                               "purchased_on": bought, "warranty_until": bought + timedelta(days=365),
                               "created_at": start})
    if rng.random() < 0.01:
        rows[FollowUp].append({"contact_id": cid, "due_on": TODAY + timedelta(days=rng.randint(-10, 10)),
                               "summary": "Send the quote", "created_at": start})
    if rng.random() < 0.2:
        rows[Note].append({"contact_id": cid, "body": f"Prefers calls after 6pm, {rng.choice(CITIES)}",
                           "format": "plain", "created_at": start, "updated_at": start})


def _history(rng: random.Random, start: datetime, cadence: int | None) -> list[datetime]:
    """A year of calls and visits. A tiered contact is called about every `cadence` days, the
    last time up to 1.2 cadences ago (so about one in six is due); others now and then."""
    if cadence is None:
        return [start + timedelta(minutes=rng.randint(0, 365 * 24 * 60)) for _ in range(rng.choice((0, 0, 1, 2, 4)))]
    when = datetime.combine(TODAY, datetime.min.time()) - timedelta(days=rng.uniform(0, 1.2 * cadence))
    calls = []
    while when >= start:
        calls.append(when.replace(microsecond=0))
        when -= timedelta(days=cadence * rng.uniform(0.8, 1.1))
    return calls
