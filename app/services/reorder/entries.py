"""Today's "due to reorder" entries: a customer whose next purchase of a product is near.

An entry shows from `reorder_days_ahead` days (a setting, default 7) before the expected date, so the
call comes before the customer orders elsewhere, and stays until they buy (the forecast then moves
on) or until it is a whole usual interval late: the customer is then "at risk" in the scores view,
and the cadence list, not a reminder about toner, is where they belong.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Collection, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Contact
from app.models.calling import REASON_REORDER

# The call list's own row maker (tiers, snoozes, the contact's fields): an entry here reads like any other.
from ..calllist import _CONTACT, CallEntry, _live, _Rows
from ..desk.personal import PERSON_COLUMNS, personal_greeting
from .book import Reorder, forecasts, of_contact

DEFAULT_DAYS_AHEAD = 7
_ORDER = lambda r: (r.expected_on, r.display_name.lower(), r.product)  # noqa: E731 - as forecasts sorts


def reorder_entries(session: Session, today: date, days_ahead: int = DEFAULT_DAYS_AHEAD,
                    until: Optional[date] = None, only: Optional[Collection[int]] = None,
                    learned: Optional[list[Reorder]] = None) -> list[CallEntry]:
    """Entries for forecasts expected by (until or today) + days_ahead and not yet at risk; due on the
    expected date, so one past it counts its days overdue like any other entry. The message is in the
    customer's language, whatever the window's. `only`: of these contacts; `learned`: the forecasts
    to use instead of `forecasts`' (today's kept list's)."""
    horizon = (until or today) + timedelta(days=days_ahead)
    known = forecasts(session, today) if learned is None else learned
    if only is not None:  # a few touched contacts: their forecasts found by contact, not by a pass over all
        known = [r for cid in only for r in of_contact(known).get(cid, ())]
        known.sort(key=_ORDER)
    due = [r for r in known if r.expected_on <= horizon and not r.at_risk(today)]
    if not due:
        return []
    rows = _Rows(session, REASON_REORDER, today, until)
    wanted = {r.contact_id for r in due}
    contact_rows = {row[0]: row for row in rows.fetch(select(*_CONTACT, *PERSON_COLUMNS)
                                                      .where(_live(), Contact.id.in_(wanted)))}
    entries = []
    for r in due:
        row = contact_rows.get(r.contact_id)
        if row is None:
            continue  # snoozed past the horizon
        said_in, text = personal_greeting(REASON_REORDER, row[1], *row[6:], product=r.product,
                                          days=str((today - r.forecast.last_on).days))
        entry = rows.entry(row, r.expected_on, text)
        entry.extra.update(language=said_in, product=r.product, product_id=r.product_id, expected_on=r.expected_on,
                           usual_days=r.usual_days, last_purchase=r.forecast.last_on)
        entries.append(entry)
    return entries
