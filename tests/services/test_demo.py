"""The demo store looks like a salesperson's: calls in office hours (issue 16, item 8)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Interaction
from app.services.demo import fill_demo


def test_the_demos_calls_and_visits_are_in_office_hours(db):
    fill_demo(db, count=120, today=date(2026, 3, 10))
    with db() as session:
        hours = [when.hour for when in session.scalars(select(Interaction.occurred_at))]
    assert len(hours) > 100 and min(hours) >= 9 and max(hours) <= 17
