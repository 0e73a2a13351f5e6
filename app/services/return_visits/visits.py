"""A purchase's return visits as follow-up rows: made when it is recorded, moved when it is edited,
removed (while pending) when it is deleted.

A visit whose day has already passed when the purchase is recorded (a sale typed in weeks later)
is not scheduled: it would only sit on today's list as overdue. A visit already made (its
follow-up done) is never made again, whatever is edited.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import FollowUp, Product, Purchase

from .schedule import schedule_for, user_language
from .texts import SUMMARY, WARRANTY_REASON, language_key

WARRANTY = "warranty"


def _planned(session: Session, purchase: Purchase) -> dict[str, tuple[date, str]]:
    """key → (day, summary) of each visit this purchase should have."""
    category = session.scalar(select(Product.category).where(Product.id == purchase.product_id)) \
        if purchase.product_id else None
    schedule = schedule_for(session, category)
    language = language_key(user_language(session))
    product = f"{purchase.product} {purchase.model}" if purchase.model else purchase.product
    bought = purchase.purchased_on.isoformat()

    def summary(reason: str) -> str:
        return SUMMARY[language].format(reason=reason, product=product, bought=bought)

    planned = {f"after:{visit.days}": (purchase.purchased_on + timedelta(days=visit.days), summary(visit.reason))
               for visit in schedule.visits}
    if purchase.warranty_until is not None and schedule.warranty_days is not None:
        day = purchase.warranty_until - timedelta(days=schedule.warranty_days)
        if day > purchase.purchased_on:
            reason = WARRANTY_REASON[language].format(date=purchase.warranty_until.isoformat())
            planned[WARRANTY] = (day, summary(reason))
    return planned


def sync_purchase(session: Session, purchase: Purchase, today: Optional[date] = None) -> None:
    """Make the purchase's follow-ups match its schedule: new ones made, pending ones moved to their new
    day (or removed when that day has passed or the visit is no longer due), done ones left alone."""
    today = today or date.today()
    planned = _planned(session, purchase)
    existing = {f.return_visit: f for f in session.scalars(
        select(FollowUp).where(FollowUp.purchase_id == purchase.id, FollowUp.return_visit.is_not(None)))}
    for key, follow_up in existing.items():
        if follow_up.done_at is not None:
            continue
        if key not in planned:
            session.delete(follow_up)
            continue
        day, summary = planned[key]
        if day == follow_up.due_on:
            follow_up.summary = summary  # the product or its name may have been corrected
        elif day < today:
            session.delete(follow_up)
        else:
            follow_up.due_on, follow_up.summary = day, summary
    for key, (day, summary) in planned.items():
        if key not in existing and day >= today:
            session.add(FollowUp(contact_id=purchase.contact_id, due_on=day, summary=summary,
                                 purchase_id=purchase.id, return_visit=key))


def drop_pending(session: Session, purchase_id: int) -> None:
    """Before the purchase is deleted: its visits not yet made go; those made stay in the history."""
    session.execute(delete(FollowUp).where(FollowUp.purchase_id == purchase_id, FollowUp.done_at.is_(None)))
