"""Lost customers: what losing them cost, by reason, tier and month, one by one, and winning them back.

Every loss stays on record after a win-back (the `losses` table), so the report also
says, per reason, how many of the customers lost in the period came back.

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
from typing import Optional, Sequence

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_LOST, Contact, Loss, Purchase, Tier
from app.models.portable import months_before, year_month

from .. import lifecycle
from ..contacts import load
from ..dates import local_now
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from . import config, journal
from .money import CENTS, sum_cents, main_currency, money

LOSS_WINDOW_MONTHS = 12
DIMENSIONS = ("reason", "tier", "month")
UNKNOWN, NO_TIER = "unknown", "none"  # the group keys of a missing reason or lost date, and of no tier
# The key each contact is grouped under, per dimension (LostCustomer.key says the same in Python).
GROUP_KEYS = {
    "reason": func.coalesce(Contact.lost_reason, UNKNOWN),
    "tier": func.coalesce(Tier.code, NO_TIER),
    "month": func.coalesce(year_month(Contact.lost_on), UNKNOWN),
}

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
class WinBacks:
    """Of the customers lost for a reason in the period (won back since or not), how many came back."""
    key: str  # a reason, or "unknown"; "all" for the total
    lost: int
    won_back: int

    @property
    def rate(self) -> float:
        return 100.0 * self.won_back / self.lost if self.lost else 0.0

    def as_json(self) -> dict:
        return {"key": self.key, "lost": self.lost, "won_back": self.won_back, "rate": round(self.rate, 1)}


@dataclass
class LostReport:
    main_currency: Optional[str]
    since: Optional[date]
    until: Optional[date]
    total: LostGroup
    groups: dict[str, list[LostGroup]]  # DIMENSIONS -> groups, biggest revenue first (months in order)
    won_back: list[WinBacks] = field(default_factory=list)  # by reason, most losses first
    won_back_total: WinBacks = field(default_factory=lambda: WinBacks("all", 0, 0))

    def as_json(self) -> dict:
        return {"main_currency": self.main_currency, "since": self.since and self.since.isoformat(),
                "until": self.until and self.until.isoformat(), "total": self.total.as_json(),
                **{f"by_{dim}": [g.as_json() for g in groups] for dim, groups in self.groups.items()},
                "won_back": self.won_back_total.as_json(),
                "won_back_by_reason": [w.as_json() for w in self.won_back]}


def lost_report(db: sessionmaker[Session], today: date, since: Optional[date] = None,
                until: Optional[date] = None) -> LostReport:
    """Customers lost between `since` and `until` (inclusive; default: all of them up to today)."""
    setting = config.main_currency_setting(db)
    lost, in_window = _lost_between(today, since, until), _in_loss_window(today)
    with db() as session:
        main = main_currency(session, setting)
        groups = {dim: _groups(session, GROUP_KEYS[dim], lost, in_window, main) for dim in DIMENSIONS}
        (total,) = _groups(session, literal("all"), lost, in_window, main) or [LostGroup("all", 0, money(0))]
        won_back = _win_backs(session, today, since, until)
    for dim in ("reason", "tier"):
        groups[dim].sort(key=lambda g: (-g.revenue, -g.customers, g.key))
    return LostReport(main_currency=main, since=since, until=until, total=total, groups=groups,
                      won_back=won_back, won_back_total=WinBacks("all", sum(w.lost for w in won_back),
                                                                 sum(w.won_back for w in won_back)))


def _win_backs(session: Session, today: date, since: Optional[date], until: Optional[date]) -> list[WinBacks]:
    """Every loss recorded in the period, whether the customer is still lost or not (the `losses` table)."""
    lost_day = func.coalesce(Loss.lost_on, today)
    key = func.coalesce(Loss.reason, UNKNOWN)
    query = (select(key, func.count(Loss.id), func.count(Loss.won_back_on)).join(Contact, Contact.id == Loss.contact_id)
             .where(Contact.deleted_at.is_(None), lost_day <= (until or today)).group_by(key))
    if since is not None:
        query = query.where(lost_day >= since)
    found = [WinBacks(k, n, back) for k, n, back in session.execute(query).all()]
    return sorted(found, key=lambda w: (-w.lost, -w.won_back, w.key))


def _lost_day(today: date):
    return func.coalesce(Contact.lost_on, today)


def _lost_between(today: date, since: Optional[date], until: Optional[date]) -> list:
    lost_day = _lost_day(today)
    lost = [Contact.status == STATUS_LOST, Contact.deleted_at.is_(None), lost_day <= (until or today)]
    if since is not None:
        lost.append(lost_day >= since)
    return lost


def _in_loss_window(today: date) -> list:
    """The purchases that count as revenue lost: the 12 months up to the day the customer was lost."""
    lost_day = _lost_day(today)
    return [Purchase.purchased_on <= lost_day,
            Purchase.purchased_on > months_before(lost_day, LOSS_WINDOW_MONTHS)]


def _groups(session: Session, key, lost: list, in_window: list, main: Optional[str]) -> list[LostGroup]:
    def base(*columns):
        return select(*columns).select_from(Contact).outerjoin(Tier, Tier.id == Contact.tier_id).where(*lost)

    counts = session.execute(base(key, func.count(Contact.id)).group_by(key).order_by(key)).all()
    currency = func.coalesce(Purchase.currency, main)
    amounts = session.execute(
        base(key, currency, sum_cents(CENTS)).join(Purchase, Purchase.contact_id == Contact.id)
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


@dataclass
class LostCustomer:
    contact_id: int
    display_name: str
    tier: Optional[str]  # the tier code the contact still has
    lost_on: Optional[date]  # None: marked lost without a date (counted as lost today)
    reason: Optional[str]
    revenue: Decimal  # bought in the 12 months up to the loss, in the main currency
    other_currencies: dict[str, Decimal]
    last_contact: Optional[date]
    organization: Optional[str]

    def key(self, dimension: str) -> str:
        """The report group (LostReport.groups[dimension]) this customer is counted in."""
        if dimension == "reason":
            return self.reason or UNKNOWN
        if dimension == "tier":
            return self.tier or NO_TIER
        if dimension == "month":
            return self.lost_on.strftime("%Y-%m") if self.lost_on else UNKNOWN
        raise ValueError(f"dimension: '{dimension}' is not one of {', '.join(DIMENSIONS)}")

    def as_json(self) -> dict:
        return {"contact_id": self.contact_id, "display_name": self.display_name, "tier": self.tier,
                "lost_on": self.lost_on and self.lost_on.isoformat(), "reason": self.reason,
                "revenue": str(self.revenue),
                "other_currencies": {k: str(v) for k, v in self.other_currencies.items()},
                "last_contact": self.last_contact and self.last_contact.isoformat(),
                "organization": self.organization}


@dataclass
class LostCustomers:
    main_currency: Optional[str]
    customers: list[LostCustomer]  # most revenue lost first, then the most recently lost, then by name

    def as_json(self) -> dict:
        return {"main_currency": self.main_currency, "customers": [c.as_json() for c in self.customers]}


def lost_customers(db: sessionmaker[Session], today: date, since: Optional[date] = None,
                   until: Optional[date] = None, reason: Optional[str] = None) -> LostCustomers:
    """The customers lost_report counts, one by one; `reason` (any case; "unknown" for none given) narrows them.

    Two queries whatever the number of customers: the contacts, and their purchases
    in the loss window summed per contact and currency.
    """
    setting = config.main_currency_setting(db)
    lost, in_window = _lost_between(today, since, until), _in_loss_window(today)
    if reason is not None:
        wanted = " ".join(reason.split())
        lost.append(func.lower(GROUP_KEYS["reason"]) == func.lower(literal(wanted)))
    with db() as session:
        main = main_currency(session, setting)
        rows = session.execute(
            select(Contact.id, Contact.display_name, Tier.code, Contact.lost_on, Contact.lost_reason,
                   Contact.last_contact_at, Contact.organization, Contact.sort_name)
            .select_from(Contact).outerjoin(Tier, Tier.id == Contact.tier_id).where(*lost)
        ).all()
        currency = func.coalesce(Purchase.currency, main)
        amounts = session.execute(
            select(Contact.id, currency, sum_cents(CENTS)).select_from(Contact)
            .join(Purchase, Purchase.contact_id == Contact.id).where(*lost, *in_window)
            .group_by(Contact.id, currency)
        ).all()
    cents: dict[int, dict] = {}
    for contact_id, cur, c in amounts:
        cents.setdefault(contact_id, {})[cur] = c
    ranked = []
    for cid, name, tier, lost_on, why, last_contact_at, organization, sort_name in rows:
        mine = cents.get(cid, {})
        customer = LostCustomer(cid, name, tier, lost_on, why, money(mine.get(main)),
                                {cur: money(c) for cur, c in sorted(mine.items()) if cur != main},
                                last_contact_at and last_contact_at.date(), organization)
        ranked.append(((-customer.revenue, -(lost_on or today).toordinal(), (sort_name or name).casefold(), cid),
                       customer))
    ranked.sort(key=lambda pair: pair[0])
    return LostCustomers(main_currency=main, customers=[customer for _key, customer in ranked])


def win_back(db: sessionmaker[Session], contact_id: int, when: Optional[datetime] = None,
             summary: Optional[str] = None, kind: str = "other") -> None:
    """A lost customer buys again: active once more, and the win logged on their history."""
    with db.begin() as session:
        _win_back(session, contact_id, when or local_now(), summary, kind)


def win_back_customers(db: sessionmaker[Session], contact_ids: Sequence[int],
                       when: Optional[datetime] = None) -> int:
    """Several at once, all or none (one not lost any more stops the lot); returns how many."""
    when, unique = when or local_now(), list(dict.fromkeys(contact_ids))
    with db.begin() as session:
        for contact_id in unique:
            _win_back(session, contact_id, when, None, "other")
    return len(unique)


def _win_back(session: Session, contact_id: int, when: datetime, summary: Optional[str], kind: str) -> None:
    contact = load(session, contact_id)
    if contact.status != STATUS_LOST:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "contact {id} ({name}): is not lost; only a lost customer "
                                                         "can be won back"), id=contact_id, name=contact.display_name)
    was = ", ".join(x for x in (contact.lost_reason, contact.lost_on and f"lost {contact.lost_on}") if x)
    lifecycle.reactivate_contact(session, contact, when.date())
    text = (summary or "").strip() or "Won back" + (f" ({was})" if was else "")
    journal.log(session, contact_id, kind, when, text)
