"""A today list with one entry of each kind, dated around Friday 2026-11-20."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services import calllist, contacts, settings
from app.services.purchases import PurchaseData, add_purchase
from tests.services.test_calllist import TODAY, person

from ..conftest import closed_down, shown, wait_idle


@pytest.fixture
def calls(db) -> dict[str, int]:
    """Contact ids by name: two cadence entries, a birthday, a follow-up, a warranty and a referrer."""
    settings.put(db, "language", "en")
    ids = {
        "Dan Overdue": person(db, "Dan Overdue", tier="C", last_call=TODAY - timedelta(days=90),
                              phones=[("138 1234 5678", "Mobile")]),  # 60 days over a 30-day cadence
        "Amy Due": person(db, "Amy Due", tier="A", last_call=TODAY - timedelta(days=7), organization="Northwind"),
        "张伟": person(db, "张伟", tier="B", tiered_on=TODAY, birthday="1980-11-23"),
        "Fay Followup": person(db, "Fay Followup"),
        "Will Warranty": person(db, "Will Warranty", tier="D", tiered_on=TODAY),
        "Rita Referrer": person(db, "Rita Referrer", last_call=TODAY - timedelta(days=40)),
    }
    calllist.schedule_follow_up(db, ids["Fay Followup"], TODAY - timedelta(days=3), "send the quote")
    add_purchase(db, ids["Will Warranty"], PurchaseData(product="Purifier", model="WP-200", purchased_on=date(2024, 12, 10),
                                                        warranty_until=TODAY + timedelta(days=20)))
    referred = person(db, "New customer")
    contacts.set_referrer(db, referred, ids["Rita Referrer"])
    add_purchase(db, referred, PurchaseData(product="Dishwasher", purchased_on=TODAY - timedelta(days=2)))
    return ids


@pytest.fixture
def pane(qtbot, db, calls):
    from app.ui.today import TodayPane

    widget = shown(qtbot, TodayPane(db, today=TODAY), 1000, 900)
    # Every entry is on screen here: its number and note have come once none is waiting.
    qtbot.waitUntil(lambda: all(e.filled for e in widget.model.entries() if e.contact_id is not None))
    wait_idle(qtbot, widget)
    yield widget
    closed_down(qtbot, widget)
