"""A small hand-computed shop: the figures the value tests pin are worked out in the comments."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import contacts, lifecycle, tiers
from app.services.contacts import NewContact
from app.services.purchases import PurchaseData, add_purchase

TODAY = date(2026, 11, 20)  # the 12-month window is 2025-11-20 (exclusive) .. 2026-11-20


def person(db, name: str, *, tier: str | None = None, phones=(), emails=()) -> int:
    cid = contacts.create_contact(db, NewContact(display_name=name, phones=[(p, None) for p in phones],
                                                 emails=[(e, None) for e in emails]), region="CN")
    if tier:
        tiers.set_tier(db, [cid], tier)
    return cid


def buy(db, cid: int, on: str, price: str | None, *, qty: int = 1, currency: str | None = "CNY",
        product: str = "Widget") -> None:
    add_purchase(db, cid, PurchaseData(product=product, purchased_on=date.fromisoformat(on), quantity=qty,
                                       unit_price=price, currency=currency),
                 today=date.fromisoformat(on))  # recorded on the day it was bought


@pytest.fixture
def shop(db) -> dict[str, int]:
    """Six customers who bought, one who never did, one lost and one in the trash.

    customer  buying days (in window)                     last        recency freq monetary (CNY)
    Ana       2026-06-01 300, 10-01 2x50, 11-10 100        2026-11-10  10      3    500  (+ a purchase dated
                                                                                          after today: ignored)
    Bo        2026-11-10 500                               2026-11-10  10      1    500
    Cy        2026-09-01 200 and 50 (one day, two lines)   2026-09-01  80      1    250
    Di        2025-06-01 1000 (before the window)          2025-06-01  537     0    0
    Ed        2026-01-10, 02-10, 03-10, 10 each, no currency 2026-03-10 255    3    30
    Fay       2026-11-01 60 CNY, 2026-11-19 40 EUR         2026-11-19  1       2    60   (EUR 40 apart)
    """
    ids = {name: person(db, name) for name in ("Ana", "Bo", "Cy", "Di", "Ed", "Fay", "Gus", "Hal", "Ivy")}
    buy(db, ids["Ana"], "2026-06-01", "300")
    buy(db, ids["Ana"], "2026-10-01", "50", qty=2)
    buy(db, ids["Ana"], "2026-11-10", "100")
    buy(db, ids["Ana"], "2026-12-01", "9999")  # after today
    buy(db, ids["Bo"], "2026-11-10", "500")
    buy(db, ids["Cy"], "2026-09-01", "200")
    buy(db, ids["Cy"], "2026-09-01", "50", product="Cable")
    buy(db, ids["Di"], "2025-06-01", "1000")
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        buy(db, ids["Ed"], day, "10", currency=None)
    buy(db, ids["Fay"], "2026-11-01", "60")
    buy(db, ids["Fay"], "2026-11-19", "40", currency="EUR")
    buy(db, ids["Hal"], "2026-10-01", "5000")
    lifecycle.mark_lost(db, ids["Hal"], "price", date(2026, 10, 15))
    buy(db, ids["Ivy"], "2026-10-01", "7000")
    lifecycle.trash(db, [ids["Ivy"]])
    return ids
