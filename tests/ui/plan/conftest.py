"""A week of visits to plan: five A customers in two cities, more C customers than the week
holds, and a birthday on a Saturday; the plan view on week 48 of 2026."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services import settings
from app.ui.plan import PlanView
from tests.services.test_calllist import person

from ..conftest import wait_idle

WEEK = "2026-W48"
MONDAY = date(2026, 11, 23)
TODAY = date(2026, 11, 20)  # the Friday before


def _city(db, cid: int, city: str) -> None:
    from app.models import Address

    with db.begin() as s:
        s.add(Address(contact_id=cid, city=city, label="Work"))


@pytest.fixture
def week(db) -> dict[str, int]:
    settings.put(db, "calls_per_day", 2)
    settings.put(db, "working_days", [1, 2, 3, 4, 5])
    settings.put(db, "language", "en")
    ids = {}
    for n, (name, city) in enumerate([("王芳", "上海"), ("Ana García", "Madrid"), ("李强", "上海"),
                                      ("Carlos Ruiz", "Madrid"), ("张伟", "上海")]):
        ids[name] = person(db, name, tier="A", last_call=MONDAY - timedelta(days=8 + n), organization="华通贸易",
                           phones=[(f"138 1234 567{n}", "Mobile")])
        _city(db, ids[name], city)
    for n in range(12):  # more than the week holds (5 days x 2): some are carried over
        person(db, f"Extra {n:02d}", tier="C", last_call=MONDAY - timedelta(days=31 + n))
    ids["Birthday"] = person(db, "Birthday", birthday="1975-11-28")  # a Saturday: planned on Friday
    return ids


@pytest.fixture
def view(qtbot, db, week):
    widget = PlanView(db, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.set_week(WEEK)
    widget.show()
    wait_idle(qtbot, widget)
    yield widget
    widget.worker.wait_for_done()
    wait_idle(qtbot, widget)
