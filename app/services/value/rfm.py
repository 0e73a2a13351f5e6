"""RFM scores: how recently, how often and for how much each customer buys.

All of it is one SQL statement over purchases (window functions for the
quintiles), so 100,000 customers with 1,000,000 purchases take seconds.

Definitions (today is a parameter; the window is the `months` before it,
`window_start < purchased_on <= today`; later-dated purchases are ignored):

- Customers are contacts neither in the trash nor lost, with a purchase on or
  before today. Contacts who never bought are counted, not scored.
- Purchases on the same day are one buying occasion (an order of several lines).
- recency_days: today minus the latest purchase (ever, not only in the window).
- frequency: buying days in the window; monetary: quantity x unit price summed
  over the window in the main currency. Amounts in other currencies are not
  converted: they are listed per customer in `other_currencies` and left out of M.
- R, F and M scores, 1 (low) to 5 (high), are quintiles of position:
  score = 1 + floor(5 x (rank - 1) / customers), where rank is SQL RANK() over
  the value (oldest latest-purchase first for R). RANK gives tied values the
  rank of the first of them, so equal values always get equal scores, the
  lower one. Without ties this is exactly NTILE(5).
- dormant: with three or more buying days, recency is more than twice the
  usual interval (mean gap between buying days: (latest - first) / (days - 1));
  with fewer, recency is more than the `dormant_days` setting (default 180).
- at risk (when not dormant): a product's expected next purchase is a whole usual interval past
  (app/services/reorder).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Optional

from sqlalchemy import Integer, and_, case, cast, distinct, exists, func, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Purchase
from app.models.portable import days_between

from ..reorder.book import at_risk_contacts
from . import config
from .money import CENTS, sum_cents, customer, in_main_currency, main_currency, money, months_before

DEFAULT_MONTHS = 12


@dataclass(slots=True)
class CustomerScore:
    contact_id: int
    display_name: str
    first_purchase: date
    last_purchase: date
    recency_days: int
    frequency: int
    monetary: Decimal
    r: int
    f: int
    m: int
    buying_days: int  # all time
    dormant: bool
    other_currencies: dict[str, Decimal] = field(default_factory=dict)
    # A product's expected purchase a whole usual interval past (app/services/reorder): still buying
    # other things, maybe, but that one has gone elsewhere. Dormant says more, so wins in `status`.
    at_risk: bool = False

    @property
    def status(self) -> str:
        return "dormant" if self.dormant else "at risk" if self.at_risk else "active"

    @property
    def rfm(self) -> str:
        return f"{self.r}{self.f}{self.m}"

    @property
    def usual_interval_days(self) -> Optional[float]:
        if self.buying_days < 3:
            return None
        return (self.last_purchase - self.first_purchase).days / (self.buying_days - 1)

    def as_json(self) -> dict:
        interval = self.usual_interval_days
        return {
            "contact_id": self.contact_id, "display_name": self.display_name, "rfm": self.rfm,
            "r": self.r, "f": self.f, "m": self.m, "recency_days": self.recency_days,
            "frequency": self.frequency, "monetary": str(self.monetary),
            "first_purchase": self.first_purchase.isoformat(), "last_purchase": self.last_purchase.isoformat(),
            "buying_days": self.buying_days, "usual_interval_days": round(interval, 1) if interval else None,
            "status": self.status,
            "other_currencies": {k: str(v) for k, v in self.other_currencies.items()},
        }


@dataclass
class ScoreReport:
    today: date
    window_start: date  # exclusive
    main_currency: Optional[str]
    dormant_days: int
    customers: list[CustomerScore]  # best first: R+F+M, then monetary
    without_purchases: int

    @property
    def dormant(self) -> int:
        return sum(1 for c in self.customers if c.dormant)


def compute_scores(db: sessionmaker[Session], today: date, months: int = DEFAULT_MONTHS) -> ScoreReport:
    dormant_days = config.dormant_days(db)
    setting = config.main_currency_setting(db)
    with db() as session:
        start = months_before(session, today, months)
        main = main_currency(session, setting)
        rows = session.execute(_scores_query(start, today, main, dormant_days)).all()
        others = _other_currencies(session, start, today, main)
        at_risk = at_risk_contacts(session, today)
        never = session.scalar(
            select(func.count()).select_from(Contact).where(
                customer(), ~exists().where(Purchase.contact_id == Contact.id, Purchase.purchased_on <= today))
        )
    scores = [
        CustomerScore(contact_id=cid, display_name=name, first_purchase=first, last_purchase=last,
                      recency_days=recency, frequency=frequency, monetary=money(cents), r=r, f=f, m=m,
                      buying_days=days, dormant=bool(dormant), other_currencies=others.get(cid, {}),
                      at_risk=cid in at_risk)
        for cid, name, first, last, recency, frequency, cents, r, f, m, days, dormant in rows
    ]
    return ScoreReport(today=today, window_start=start, main_currency=main, dormant_days=dormant_days,
                       customers=scores, without_purchases=never or 0)


def _scores_query(start: date, today: date, main: Optional[str], dormant_days: int):
    in_window = Purchase.purchased_on > start
    # Grouped over purchases alone, so SQLite walks the covering index in order
    # (app/models/value.py) instead of sorting a million rows; the customer filter comes after.
    per_contact = (
        select(
            Purchase.contact_id.label("contact_id"),
            func.min(Purchase.purchased_on).label("first_on"),
            func.max(Purchase.purchased_on).label("last_on"),
            func.count(distinct(Purchase.purchased_on)).label("buying_days"),
            func.count(distinct(case((in_window, Purchase.purchased_on)))).label("frequency"),
            func.coalesce(sum_cents(case((and_(in_window, in_main_currency(main)), CENTS))), 0).label("cents"),
        )
        .where(Purchase.purchased_on <= today)
        .group_by(Purchase.contact_id)
        .subquery("per_contact")
    )
    per_customer = (
        select(per_contact).join(Contact, Contact.id == per_contact.c.contact_id).where(customer())
        .subquery("per_customer")
    )
    pc = per_customer.c
    recency = cast(days_between(literal(today), pc.last_on), Integer)
    span = cast(days_between(pc.last_on, pc.first_on), Integer)
    customers = func.count().over()

    def quintile(order_by):
        return 1 + (5 * (func.rank().over(order_by=order_by) - 1)) // customers

    dormant = case(
        (pc.buying_days >= 3, recency * (pc.buying_days - 1) > 2 * span),  # integer form of recency > 2 x mean gap
        else_=recency > dormant_days,
    )
    scored = select(
        pc.contact_id, pc.first_on, pc.last_on, recency.label("recency"), pc.frequency, pc.cents,
        quintile(pc.last_on).label("r"), quintile(pc.frequency).label("f"), quintile(pc.cents).label("m"),
        pc.buying_days, dormant.label("dormant"),
    ).subquery("scored")
    s = scored.c
    return (
        select(s.contact_id, Contact.display_name, s.first_on, s.last_on, s.recency, s.frequency, s.cents,
               s.r, s.f, s.m, s.buying_days, s.dormant)
        .join(Contact, Contact.id == s.contact_id)
        .order_by((s.r + s.f + s.m).desc(), s.cents.desc(), Contact.sort_name, s.contact_id)
    )


def _other_currencies(session: Session, start: date, today: date, main: Optional[str]) -> dict[int, dict[str, Decimal]]:
    rows = session.execute(
        select(Purchase.contact_id, Purchase.currency, sum_cents(CENTS))
        .join(Contact, Contact.id == Purchase.contact_id)
        .where(customer(), Purchase.purchased_on > start, Purchase.purchased_on <= today,
               Purchase.currency.is_not(None), Purchase.currency != main)
        .group_by(Purchase.contact_id, Purchase.currency)
    )
    out: dict[int, dict[str, Decimal]] = {}
    for cid, currency, cents in rows:
        out.setdefault(cid, {})[currency] = money(cents)
    return out
