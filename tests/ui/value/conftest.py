"""A small hand-computed shop and the value view on it, "today" being Friday 2026-11-20.

The 12-month window is 2025-11-20 (exclusive) .. 2026-11-20. Main currency: CNY.

customer  tier  purchases                                      revenue  recency  freq  suggested
Ana       C     06-01 300, 10-01 2x50, 11-10 100 (2026)        500      10       3     A
Bo        A     2026-11-10 500                                 500      10       1     A
Cy        -     2026-09-01 200 + 50 (one buying day)           250      80       1     A (crosses 80%)
Fay       -     2026-11-01 60 CNY, 2026-11-19 40 EUR           60       1        2     B
Ed        -     2026-01-10, 02-10, 03-10: 10 each, no currency 30       255      3     C
Di        B     2025-06-01 1000 (before the window)            0        537      0     C
Gus       -     never bought                                   -        -        -     D
Hal       A     2026-10-01 5000, lost for "price" on 2026-10-15 (not ranked, not scored)

Total 1340: cumulative shares 37.31, 74.63, 93.28, 97.76, 100, 100, 100.
Referrals: Ana referred Bo and Cy; Bo referred Ed.
"""
from __future__ import annotations

from datetime import date

import pytest

from app.services import contacts, directory, lifecycle, settings, tiers
from app.services.purchases import PurchaseData, add_purchase

from ..conftest import closed_down, make_contact, shown, wait_idle

TODAY = date(2026, 11, 20)


def buy(db, cid: int, on: str, price: str, *, qty: int = 1, currency: str | None = "CNY") -> None:
    add_purchase(db, cid, PurchaseData(product="Purifier", purchased_on=date.fromisoformat(on), quantity=qty,
                                       unit_price=price, currency=currency),
                 today=date.fromisoformat(on))  # recorded on the day it was bought


def tier_of(db, cid: int) -> str | None:
    return directory.rows(db, [cid])[cid].tier


@pytest.fixture(autouse=True)
def c_locale():
    """Figures as the C locale writes them (1,340.00 CNY, 2025-11-20), whatever the machine's language."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.fixture
def shop(db) -> dict[str, int]:
    settings.put(db, "language", "en")
    ids = {name: make_contact(db, name) for name in ("Ana", "Bo", "Cy", "Di", "Ed", "Fay", "Gus", "Hal")}
    for name, code in (("Ana", "C"), ("Bo", "A"), ("Di", "B"), ("Hal", "A")):
        tiers.set_tier(db, [ids[name]], code)
    buy(db, ids["Ana"], "2026-06-01", "300")
    buy(db, ids["Ana"], "2026-10-01", "50", qty=2)
    buy(db, ids["Ana"], "2026-11-10", "100")
    buy(db, ids["Bo"], "2026-11-10", "500")
    buy(db, ids["Cy"], "2026-09-01", "200")
    buy(db, ids["Cy"], "2026-09-01", "50")
    buy(db, ids["Di"], "2025-06-01", "1000")
    for day in ("2026-01-10", "2026-02-10", "2026-03-10"):
        buy(db, ids["Ed"], day, "10", currency=None)
    buy(db, ids["Fay"], "2026-11-01", "60")
    buy(db, ids["Fay"], "2026-11-19", "40", currency="EUR")
    buy(db, ids["Hal"], "2026-10-01", "5000")
    lifecycle.mark_lost(db, ids["Hal"], "price", date(2026, 10, 15))
    contacts.set_referrer(db, ids["Bo"], ids["Ana"])
    contacts.set_referrer(db, ids["Cy"], ids["Ana"])
    contacts.set_referrer(db, ids["Ed"], ids["Bo"])
    return ids


@pytest.fixture
def view(qtbot, db, shop):
    from app.ui.value import ValueView

    widget = shown(qtbot, ValueView(db, today=TODAY), 1200, 800)
    yield widget
    closed_down(qtbot, widget)


def show_tab(qtbot, view, tab):
    """Bring `tab` to the front and wait until its figures are in."""
    view.setCurrentWidget(tab)
    wait_idle(qtbot, view)
    assert not tab.stale
    return tab


def column(model, col: int, role=None) -> list:
    from PySide6.QtCore import Qt

    role = Qt.ItemDataRole.DisplayRole if role is None else role
    return [model.index(row, col).data(role) for row in range(model.rowCount())]
