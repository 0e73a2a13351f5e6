"""The event report: guests by tier and status, and did the event pay? What the attendees bought in
the 30 days from the event's day (the day included: a launch sells on the spot), beside what the
invited who did not come bought in the same days, as a comparison.

Revenue is summed in whole cents per currency (app/services/value/money.py): a purchase without a
price counts as a purchase and adds nothing; one without a currency is counted under "".
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import GUEST_STATUSES, Contact, EventGuest, Purchase, Tier

from ..value.money import CENTS, sum_cents, format_money, money
from .calendar import load_event

WINDOW_DAYS = 30
NO_TIER = ""


@dataclass
class Group:
    """Attendees, or the invited who did not attend."""
    guests: int = 0
    buyers: int = 0  # guests with at least one purchase in the window
    purchases: int = 0
    revenue: dict[str, Decimal] = field(default_factory=dict)  # currency ("" unknown) → amount

    def per_guest(self, currency: str) -> Decimal:
        return (self.revenue.get(currency, Decimal(0)) / self.guests).quantize(Decimal("0.01")) if self.guests \
            else Decimal(0)

    def as_json(self) -> dict:
        return {"guests": self.guests, "buyers": self.buyers, "purchases": self.purchases,
                "revenue": {c: str(a) for c, a in sorted(self.revenue.items())},
                "revenue_per_guest": {c: str(self.per_guest(c)) for c in sorted(self.revenue)}}


@dataclass
class EventReport:
    event_id: int
    name: str
    kind: str
    starts_at: datetime
    place: Optional[str]
    capacity: Optional[int]
    window_from: datetime
    window_to: datetime  # the last day counted
    by_tier: dict[str, dict[str, int]]  # tier code ("" none) → status → guests
    attendees: Group
    others: Group  # invited, accepted, declined or no-show: did not attend

    @property
    def totals(self) -> dict[str, int]:
        out = {s: 0 for s in GUEST_STATUSES}
        for statuses in self.by_tier.values():
            for status, n in statuses.items():
                out[status] = out.get(status, 0) + n
        return out

    def as_json(self) -> dict:
        return {"event_id": self.event_id, "name": self.name, "kind": self.kind,
                "starts_at": self.starts_at.isoformat(timespec="minutes"), "place": self.place,
                "capacity": self.capacity, "window": [self.window_from.date().isoformat(),
                                                      self.window_to.date().isoformat()],
                "by_tier": {tier or "none": self.by_tier[tier]
                            for tier in sorted(self.by_tier, key=lambda t: (t == NO_TIER, t))},
                "totals": self.totals, "attendees": self.attendees.as_json(),
                "did_not_attend": self.others.as_json()}


def event_report(db: sessionmaker[Session], event_id: int) -> EventReport:
    with db() as session:
        event = load_event(session, event_id)
        first = event.starts_at.date()
        last = first + timedelta(days=WINDOW_DAYS - 1)
        by_tier: dict[str, dict[str, int]] = {}
        for tier, status, n in session.execute(
                select(Tier.code, EventGuest.status, func.count())
                .select_from(EventGuest).join(Contact, Contact.id == EventGuest.contact_id)
                .outerjoin(Tier, Tier.id == Contact.tier_id)
                .where(EventGuest.event_id == event_id).group_by(Tier.code, EventGuest.status)):
            by_tier.setdefault(tier or NO_TIER, {})[status] = n
        attendees, others = Group(), Group()
        for status, n in session.execute(select(EventGuest.status, func.count()).where(
                EventGuest.event_id == event_id).group_by(EventGuest.status)):
            (attendees if status == "attended" else others).guests += n
        _bought(session, event_id, first, last, attendees, others)
        return EventReport(event.id, event.name, event.kind, event.starts_at, event.place, event.capacity,
                           datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.min.time()),
                           by_tier, attendees, others)


def _bought(session: Session, event_id: int, first, last, attendees: Group, others: Group) -> None:
    attended = (EventGuest.status == "attended").label("attended")
    currency = func.coalesce(Purchase.currency, "")  # one expression (one bound value) for SELECT and GROUP BY
    rows = session.execute(
        select(attended, EventGuest.contact_id, currency, func.count(),
               sum_cents(func.coalesce(CENTS, 0)))
        .select_from(EventGuest).join(Purchase, Purchase.contact_id == EventGuest.contact_id)
        .where(EventGuest.event_id == event_id, Purchase.purchased_on >= first, Purchase.purchased_on <= last)
        .group_by(attended, EventGuest.contact_id, currency))
    buyers: dict[bool, set[int]] = {True: set(), False: set()}
    for came, contact_id, currency, count, cents in rows:
        group = attendees if came else others
        buyers[bool(came)].add(contact_id)
        group.purchases += count
        group.revenue[currency] = group.revenue.get(currency, Decimal(0)) + money(cents)
    attendees.buyers, others.buyers = len(buyers[True]), len(buyers[False])


def report_text(report: EventReport, tr=lambda text: text) -> str:
    """The report as printable text (the command line's; `tr` translates its words in the window)."""
    lines = [f"{report.name} — {report.starts_at:%Y-%m-%d %H:%M}" + (f", {report.place}" if report.place else ""),
             tr("Capacity: {capacity}").format(capacity=report.capacity or tr("no limit")), ""]
    statuses = list(GUEST_STATUSES)
    header = [tr("Tier")] + [tr(s) for s in statuses] + [tr("all")]
    rows = [[tier or tr("none")] + [str(report.by_tier[tier].get(s, 0)) for s in statuses]
            + [str(sum(report.by_tier[tier].values()))] for tier in sorted(report.by_tier, key=lambda t: (t == "", t))]
    totals = report.totals
    rows.append([tr("all")] + [str(totals[s]) for s in statuses] + [str(sum(totals.values()))])
    widths = [max(_width(r[i]) for r in [header] + rows) for i in range(len(header))]
    lines += ["  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths)).rstrip()
              for row in [header] + rows]
    lines += ["", tr("Bought from {first} to {last} ({days} days):").format(
        first=report.window_from.date().isoformat(), last=report.window_to.date().isoformat(), days=WINDOW_DAYS)]
    for label, group in ((tr("Attendees"), report.attendees), (tr("Did not attend"), report.others)):
        revenue = ", ".join(format_money(a, c or None) for c, a in sorted(group.revenue.items())) or "0.00"
        per = ", ".join(format_money(group.per_guest(c), c or None) for c in sorted(group.revenue)) or "0.00"
        lines.append(tr("{label}: {guests} guests, {buyers} bought, {purchases} purchases, {revenue} "
                        "({per} a guest)").format(label=label, guests=group.guests, buyers=group.buyers,
                                                  purchases=group.purchases, revenue=revenue, per=per))
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Columns on a terminal or in a fixed-width font: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
