"""The 80/20 view: customers ranked by revenue, and the tiers that ranking suggests.

Revenue is the main-currency total of each customer's purchases in the window
(the `months` before today, as for RFM). Suggested tiers, with the shares from
the `pareto_shares` setting (default 80 and 15):

- A: the customers making the first 80% of revenue. A customer is A when the
  customers who bought strictly more make less than 80% between them, so the
  one who crosses the line is A, and a customer alone making 85% is A too.
- B: likewise for the next 15% (strictly-bigger customers make less than 95%).
- C: every other customer with a purchase on or before today (small, bought
  only before the window, or without prices).
- A customer who bought in the window only in other currencies cannot be ranked
  against the main one (amounts are never converted; the view totals them apart):
  the suggestion is the tier they have, C when they have none. So "apply all" never
  demotes, say, the Spanish customers of a salesperson who sells mostly in CNY.
- D: never bought.

Equal revenues always get the same tier: the rule only looks at customers who
bought strictly more. Contacts in the trash or lost are left out.

Applying suggestions is logged (see `tier_log`) and can be undone as a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Optional

from sqlalchemy import BigInteger, and_, case, cast, distinct, func, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Purchase, Tier

from . import config
from .money import CENTS, sum_cents, customer, in_main_currency, main_currency, money, months_before
from .rfm import DEFAULT_MONTHS

TIERS = ("A", "B", "C", "D")


@dataclass(slots=True)
class ParetoRow:
    contact_id: int
    display_name: str
    revenue: Decimal
    share: float  # % of total revenue
    cumulative_share: float  # % of total revenue, this customer and everyone listed above
    suggested: str
    current: Optional[str]  # tier code, None when untiered

    @property
    def differs(self) -> bool:
        return self.suggested != self.current

    def as_json(self) -> dict:
        return {"contact_id": self.contact_id, "display_name": self.display_name, "revenue": str(self.revenue),
                "share": round(self.share, 2), "cumulative_share": round(self.cumulative_share, 2),
                "suggested": self.suggested, "current": self.current}


@dataclass
class ParetoView:
    today: date
    window_start: date  # exclusive
    main_currency: Optional[str]
    a_share: int
    b_share: int
    total: Decimal
    rows: list[ParetoRow]  # biggest first
    other_currencies: dict[str, Decimal] = field(default_factory=dict)  # window totals left out of the ranking
    customers_in_other_currencies: int = 0

    def differences(self) -> list[ParetoRow]:
        return [row for row in self.rows if row.differs]

    def summary(self) -> dict[str, tuple[int, Decimal]]:
        """Suggested tier -> (customers, revenue)."""
        out = {tier: (0, Decimal("0.00")) for tier in TIERS}
        for row in self.rows:
            count, revenue = out[row.suggested]
            out[row.suggested] = (count + 1, revenue + row.revenue)
        return out


def pareto_view(db: sessionmaker[Session], today: date, months: int = DEFAULT_MONTHS) -> ParetoView:
    shares = config.pareto_shares(db)
    setting = config.main_currency_setting(db)
    with db() as session:
        return build_view(session, today, months, shares, setting)


def build_view(session: Session, today: date, months: int, shares: tuple[int, int],
               currency_setting: Optional[str]) -> ParetoView:
    a_share, b_share = shares
    start = months_before(session, today, months)
    main = main_currency(session, currency_setting)
    rows = session.execute(_ranked(start, today, main, a_share, b_share)).all()
    total = rows[0].total if rows else 0
    view_rows = [
        ParetoRow(contact_id=r.id, display_name=r.display_name, revenue=money(r.cents),
                  share=100.0 * r.cents / total if total else 0.0,
                  cumulative_share=100.0 * r.running / total if total else 0.0,
                  suggested=r.suggested, current=r.code)
        for r in rows
    ]
    in_other = (Purchase.purchased_on > start, Purchase.purchased_on <= today, Purchase.currency.is_not(None),
                Purchase.currency != main, customer())
    others = session.execute(select(Purchase.currency, sum_cents(CENTS)).join(Contact).where(*in_other)
                             .group_by(Purchase.currency).order_by(Purchase.currency)).all()
    other_customers = session.scalar(select(func.count(distinct(Purchase.contact_id))).join(Contact).where(*in_other))
    return ParetoView(today=today, window_start=start, main_currency=main, a_share=a_share, b_share=b_share,
                      total=money(total), rows=view_rows, other_currencies={cur: money(c) for cur, c in others},
                      customers_in_other_currencies=other_customers or 0)


def _ranked(start: date, today: date, main: Optional[str], a_share: int, b_share: int):
    in_window = and_(Purchase.purchased_on > start, in_main_currency(main))
    elsewhere = and_(Purchase.purchased_on > start, ~in_main_currency(main))  # in the window, another currency
    revenue = (
        select(Purchase.contact_id, func.coalesce(sum_cents(case((in_window, CENTS))), 0).label("cents"),
               func.count(case((elsewhere, 1))).label("elsewhere"))
        .where(Purchase.purchased_on <= today)
        .group_by(Purchase.contact_id)
        .subquery("revenue")
    )
    base = (
        select(Contact.id, Contact.display_name, Contact.sort_name, Tier.code,
               func.coalesce(revenue.c.cents, 0).label("cents"),
               revenue.c.contact_id.is_not(None).label("bought"),
               func.coalesce(revenue.c.elsewhere, 0).label("elsewhere"))
        .outerjoin(revenue, revenue.c.contact_id == Contact.id)
        .outerjoin(Tier, Tier.id == Contact.tier_id)
        .where(customer())
        .subquery("base")
    )
    b = base.c
    # The default frame runs to the current row's last peer: minus the peers gives "strictly bigger".
    bigger = func.sum(b.cents).over(order_by=b.cents.desc()) - b.cents * func.count().over(partition_by=b.cents)
    ranked = select(
        b.id, b.display_name, b.sort_name, b.code, b.cents, b.bought, b.elsewhere,
        # Whole cents: PostgreSQL's sum over a bigint is a numeric (a Decimal in Python), SQLite's an integer.
        cast(func.sum(b.cents).over(), BigInteger).label("total"),
        bigger.label("bigger"),
        cast(func.sum(b.cents).over(order_by=(b.cents.desc(), b.sort_name, b.id), rows=(None, 0)),
             BigInteger).label("running"),
    ).subquery("ranked")
    r = ranked.c
    suggested = case(
        (and_(r.cents > 0, r.bigger * 100 < a_share * r.total), literal("A")),
        (and_(r.cents > 0, r.bigger * 100 < (a_share + b_share) * r.total), literal("B")),
        (and_(r.cents == 0, r.elsewhere > 0, r.code.is_not(None)), r.code),  # not ranked: as it is
        (r.bought, literal("C")),
        else_=literal("D"),
    )
    return (select(r.id, r.display_name, r.code, r.cents, r.total, r.running, suggested.label("suggested"))
            .order_by(r.cents.desc(), r.sort_name, r.id))
