"""Every live customer's reorder forecast, per product they buy, read from the store in one pass.

Purchases are grouped by customer and product (the catalogue's; a row no service linked is grouped
by its folded name and model). A product's usual interval is its replacement cycle when set, else
the median interval of its repeat buyers (two at least); the book's median stands in for a product nobody has
bought twice yet, as the pull for a customer who has (forecast.py says why and how much).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from sqlalchemy import and_, func, literal, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_ACTIVE, Contact, Product, Purchase
from app.models.portable import days_between, total

from ..catalogue import match_key
from . import kept
from .forecast import DEFAULT_BOOK_WEIGHT, Forecast, forecast_from, ordinal_intervals, pooled_median, prior_weight

# Past the expected date by more than one usual interval: a whole order has been missed.
AT_RISK_INTERVALS = 1.0


@dataclass(frozen=True, slots=True)
class Reorder:
    contact_id: int
    display_name: str
    product_id: Optional[int]
    product: str  # name and model
    forecast: Forecast

    @property
    def expected_on(self) -> date:
        return self.forecast.expected_on

    @property
    def usual_days(self) -> int:
        return round(self.forecast.usual_days)

    def days_late(self, today: date) -> int:
        return (today - self.expected_on).days

    def at_risk(self, today: date) -> bool:
        return self.days_late(today) > AT_RISK_INTERVALS * self.usual_days  # in whole days, as shown

    def as_json(self, today: date) -> dict:
        f = self.forecast
        return {"contact_id": self.contact_id, "display_name": self.display_name, "product_id": self.product_id,
                "product": self.product, "purchases": f.purchases, "last_purchase": f.last_on.isoformat(),
                "own_median_days": f.own_median_days, "usual_interval_days": self.usual_days,
                "expected_on": self.expected_on.isoformat(), "days_late": self.days_late(today),
                "at_risk": self.at_risk(today)}


def forecasts(session: Session, today: date) -> list[Reorder]:
    """Each live customer's forecast for each product, soonest expected first.

    Every repeat buyer in the store (lost or trashed included) teaches the product's interval;
    only live customers get a forecast.
    """
    connection = session.connection()
    live_filter = and_(Contact.deleted_at.is_(None), Contact.status == STATUS_ACTIVE)
    products = {pid: (name, model, cycle) for pid, name, model, cycle in connection.execute(
        select(Product.id, Product.name, Product.model, Product.replacement_days)).all()}
    fingerprint = [
        list(connection.execute(select(
            func.count(), func.max(Purchase.id), total(Purchase.contact_id), total(Purchase.product_id),
            total(days_between(Purchase.purchased_on, literal(date(2000, 1, 1)))))
            .where(Purchase.purchased_on <= today)).one()),
        kept.stable_digest(sorted(products.items())),
        # Read from the call list's covering index (ix_contacts_due_card holds the name), not the rows.
        list(connection.execute(select(func.count(), total(Contact.id), total(func.length(Contact.display_name)))
                                .where(live_filter)).one())]
    url = str(session.get_bind().engine.url)
    key = (url, today)
    in_memory = _KEPT.get(key)
    if in_memory is not None and in_memory[0] == fingerprint:
        return list(in_memory[1])
    rows = kept.load(url, fingerprint)
    if rows is None:
        live = dict(connection.execute(select(Contact.id, Contact.display_name).where(live_filter)).all())
        rows = [(cid, live[cid], product_id, label, predicted)
                for cid, product_id, label, predicted in _learn(session, today, products) if cid in live]
        kept.save(url, fingerprint, rows)
    out = _Learned(Reorder(*row) for row in rows)
    out.sort(key=lambda r: (r.expected_on, r.display_name.lower(), r.product))
    if len(_KEPT) >= _KEEP_AT_MOST:
        _KEPT.clear()
    _KEPT[key] = (fingerprint, out)
    return list(out)


def kept_forecasts(session: Session, today: date) -> list[Reorder]:
    """The forecasts as last learned in this process, without checking what they were learned from:
    for today's kept list, whose seam knows that no purchase, product, name or live customer changed
    since (app/services/today_kept). Learned as `forecasts` does when there are none."""
    in_memory = _KEPT.get((str(session.get_bind().engine.url), today))
    return in_memory[1] if in_memory is not None else forecasts(session, today)  # read, never changed


class _Learned(list):
    """The forecasts as learned, and (once asked) each contact's: a patch of one touched contact looks
    its forecasts up instead of passing over every live customer's."""
    by_contact: Optional[dict[int, list[Reorder]]] = None


def of_contact(known: list[Reorder]) -> dict[int, list[Reorder]]:
    """Each contact's forecasts among `known`, in their order (kept with the learned list)."""
    index = getattr(known, "by_contact", None)
    if index is None:
        index = {}
        for r in known:
            index.setdefault(r.contact_id, []).append(r)
        if isinstance(known, _Learned):
            known.by_contact = index
    return index


# The today list is read again after every change in the window; the forecasts change only with the
# purchases, the catalogue or who is a live customer. So they are kept per store and day with a
# fingerprint of the three: aggregates in SQLite (scans in C) instead of every row through Python;
# in memory, and in a file (kept.py) for the next process.
_KEPT: dict[tuple[str, date], tuple[tuple, list[Reorder]]] = {}
_KEEP_AT_MOST = 4


def _learn(session: Session, today: date, products: dict) -> list[tuple[int, Optional[int], str, Forecast]]:
    days: dict[tuple[int, object], list[int]] = defaultdict(list)  # as date.toordinal(), for speed
    labels: dict[object, str] = {}
    for cid, pid, name, model, on in session.connection().execute(
            select(Purchase.contact_id, Purchase.product_id, Purchase.product, Purchase.model, Purchase.purchased_on)
            .where(Purchase.purchased_on <= today)):
        key = pid if pid is not None else match_key(name, model)
        days[(cid, key)].append(on.toordinal())
        if key not in labels:
            labels[key] = _label(*products[pid][:2]) if pid in products else _label(name, model)
    gaps = {pair: ordinal_intervals(d) for pair, d in days.items()}
    by_product: dict[object, list[list[int]]] = defaultdict(list)
    for (cid, key), g in gaps.items():
        by_product[key].append(g)
    book = pooled_median(g for series in by_product.values() for g in series)
    usual = {key: _usual(products.get(key), series) for key, series in by_product.items()}
    weight = prior_weight((g, usual[key]) for (cid, key), g in gaps.items())
    book_weight = prior_weight(((g, book) for g in gaps.values()), DEFAULT_BOOK_WEIGHT)
    out = []
    for (cid, key), d in days.items():
        last, g = date.fromordinal(max(d)), gaps[(cid, key)]
        if usual[key] or not g:
            predicted = forecast_from(last, g, usual[key], weight)
        else:  # a product only this customer buys again: the book's median, weighed as such
            predicted = forecast_from(last, g, book, book_weight)
        if predicted is not None:
            out.append((cid, key if isinstance(key, int) else None, labels[key], predicted))
    return out


MIN_REPEAT_BUYERS = 2  # one customer's two orders are no rule for the product


def _usual(product: Optional[tuple], series: list[list[int]]) -> Optional[float]:
    if product is not None and product[2]:
        return float(product[2])
    repeat = [gaps for gaps in series if gaps]
    return pooled_median(repeat) if len(repeat) >= MIN_REPEAT_BUYERS else None


def _label(name: str, model: Optional[str]) -> str:
    return f"{name} {model}" if model else name


def reorder_report(db: sessionmaker[Session], today: date, *, within_days: Optional[int] = None) -> list[Reorder]:
    """Forecasts for `rapport value reorder`: all, or those expected by today + within_days."""
    with db() as session:
        rows = forecasts(session, today)
    if within_days is not None:
        rows = [r for r in rows if r.expected_on <= today + timedelta(days=within_days)]
    return rows


def at_risk_contacts(session: Session, today: date) -> set[int]:
    """Customers with a product whose expected purchase is long past (a whole usual interval late)."""
    return {r.contact_id for r in forecasts(session, today) if r.at_risk(today)}
