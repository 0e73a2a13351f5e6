"""Lost customers: what losing them cost, by reason, tier and month, and winning them back.

The reasons are an editable list (lifecycle.lost_reasons / set_lost_reasons).
Revenue lost is what the customer bought in the 12 months up to the day they
were lost (`lost_on - 12 months < purchased_on <= lost_on`), in the main
currency; amounts in other currencies are listed apart, not converted. The
tier is the one the contact still has. A contact marked lost without a date
counts as lost today, under month "unknown".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Optional

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_LOST, Contact, Purchase, Tier

from .. import lifecycle
from ..contacts import load
from ..dates import local_now
from ..errors import InvalidValue
from . import config, journal
from .money import CENTS, main_currency, money

LOSS_WINDOW_MONTHS = 12
DIMENSIONS = ("reason", "tier", "month")

lost_reasons = lifecycle.lost_reasons
set_lost_reasons = lifecycle.set_lost_reasons


@dataclass
class LostGroup:
    key: str  # a reason, a tier code ("none" when untiered) or a month "YYYY-MM"
    customers: int
    revenue: Decimal
    other_currencies: dict[str, Decimal] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"key": self.key, "customers": self.customers, "revenue": str(self.revenue),
                "other_currencies": {k: str(v) for k, v in self.other_currencies.items()}}


@dataclass
class LostReport:
    main_currency: Optional[str]
    since: Optional[date]
    until: Optional[date]
    total: LostGroup
    groups: dict[str, list[LostGroup]]  # DIMENSIONS -> groups, biggest revenue first (months in order)

    def as_json(self) -> dict:
        return {"main_currency": self.main_currency, "since": self.since and self.since.isoformat(),
                "until": self.until and self.until.isoformat(), "total": self.total.as_json(),
                **{f"by_{dim}": [g.as_json() for g in groups] for dim, groups in self.groups.items()}}


def lost_report(db: sessionmaker[Session], today: date, since: Optional[date] = None,
                until: Optional[date] = None) -> LostReport:
    """Customers lost between `since` and `until` (inclusive; default: all of them up to today)."""
    setting = config.main_currency_setting(db)
    lost_day = func.coalesce(Contact.lost_on, today)
    keys = {
        "reason": func.coalesce(Contact.lost_reason, "unknown"),
        "tier": func.coalesce(Tier.code, "none"),
        "month": func.coalesce(func.strftime("%Y-%m", Contact.lost_on), "unknown"),
    }
    lost = [Contact.status == STATUS_LOST, Contact.deleted_at.is_(None), lost_day <= (until or today)]
    if since is not None:
        lost.append(lost_day >= since)
    in_window = [Purchase.purchased_on <= lost_day,
                 Purchase.purchased_on > func.date(lost_day, f"-{LOSS_WINDOW_MONTHS} months")]
    with db() as session:
        main = main_currency(session, setting)
        groups = {dim: _groups(session, keys[dim], lost, in_window, main) for dim in DIMENSIONS}
        (total,) = _groups(session, literal("all"), lost, in_window, main) or [LostGroup("all", 0, money(0))]
    for dim in ("reason", "tier"):
        groups[dim].sort(key=lambda g: (-g.revenue, -g.customers, g.key))
    return LostReport(main_currency=main, since=since, until=until, total=total, groups=groups)


def _groups(session: Session, key, lost: list, in_window: list, main: Optional[str]) -> list[LostGroup]:
    def base(*columns):
        return select(*columns).select_from(Contact).outerjoin(Tier, Tier.id == Contact.tier_id).where(*lost)

    counts = session.execute(base(key, func.count(Contact.id)).group_by(key).order_by(key)).all()
    currency = func.coalesce(Purchase.currency, main)
    amounts = session.execute(
        base(key, currency, func.sum(CENTS)).join(Purchase, Purchase.contact_id == Contact.id)
        .where(*in_window).group_by(key, currency)
    ).all()
    cents: dict = {}
    for k, cur, c in amounts:
        cents.setdefault(k, {})[cur] = c
    out = []
    for k, customers in counts:
        mine = cents.get(k, {})
        others = {cur: money(c) for cur, c in sorted(mine.items()) if cur != main}
        out.append(LostGroup(k, customers, money(mine.get(main)), others))
    return out


def win_back(db: sessionmaker[Session], contact_id: int, when: Optional[datetime] = None,
             summary: Optional[str] = None, kind: str = "other") -> None:
    """A lost customer buys again: active once more, and the win logged on their history."""
    when = when or local_now()
    with db.begin() as session:
        contact = load(session, contact_id)
        if contact.status != STATUS_LOST:
            raise InvalidValue(f"contact {contact_id} ({contact.display_name}): is not lost; "
                               "only a lost customer can be won back")
        was = ", ".join(x for x in (contact.lost_reason, contact.lost_on and f"lost {contact.lost_on}") if x)
        lifecycle.reactivate_contact(contact)
        text = (summary or "").strip() or "Won back" + (f" ({was})" if was else "")
        journal.log(session, contact_id, kind, when, text)
