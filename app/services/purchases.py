"""What a customer bought: product, model, quantity, price, warranty."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Product, Purchase

from . import return_visits
from .catalogue import load_product, product_for
from .contacts import load
from .dates import refuse_after_today
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, Term
from .prices import clean_currency, clean_price

MAX_LINE_TOTAL = 10_000_000_000  # one purchase line; the value reports sum cents as SQLite integers


@dataclass
class PurchaseData:
    product: str
    purchased_on: date
    model: Optional[str] = None
    quantity: int = 1
    unit_price: Optional[str | Decimal] = None
    currency: Optional[str] = None
    warranty_until: Optional[date] = None
    usage_notes: Optional[str] = None
    product_id: Optional[int] = None  # picked from the catalogue: its name and model win over `product`

    def cleaned(self, today: Optional[date] = None) -> dict:
        refuse_after_today(self.purchased_on, field=QT_TRANSLATE_NOOP("services", "purchase date"), today=today)
        if self.product_id is None and (not self.product or not self.product.strip()):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: the product cannot be empty"))
        if self.quantity < 1:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "quantity: {quantity} is not a positive number"),
                               quantity=self.quantity)
        price = clean_price(self.unit_price)
        if price is not None and price * self.quantity > MAX_LINE_TOTAL:  # a typo, and sums of cents must stay in 64 bits
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: {quantity} × {price} is more than "
                                                             "{limit:,} for one purchase; is it a typo?"),
                               quantity=self.quantity, price=self.unit_price, limit=MAX_LINE_TOTAL)
        currency = clean_currency(self.currency)
        if self.warranty_until is not None and self.warranty_until < self.purchased_on:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "warranty end: it is before the purchase date"))
        return {
            "product": (self.product or "").strip(), "purchased_on": self.purchased_on, "model": (self.model or "").strip() or None,
            "quantity": self.quantity, "unit_price": price, "currency": currency,
            "warranty_until": self.warranty_until, "usage_notes": (self.usage_notes or "").strip() or None,
        }


def add_purchase(db: sessionmaker[Session], contact_id: int, data: PurchaseData,
                 today: Optional[date] = None) -> int:
    values = data.cleaned(today)
    with db.begin() as session:
        load(session, contact_id)
        _link_product(session, values, data.product_id, fill_defaults=True)
        purchase = Purchase(contact_id=contact_id, **values)
        session.add(purchase)
        session.flush()
        return_visits.sync_purchase(session, purchase, today)  # "is it working?" in 3 days, and the rest
        return purchase.id


def update_purchase(db: sessionmaker[Session], purchase_id: int, data: PurchaseData,
                    today: Optional[date] = None) -> None:
    values = data.cleaned(today)
    with db.begin() as session:
        purchase = _get(session, purchase_id)
        _link_product(session, values, data.product_id, fill_defaults=False)
        for key, value in values.items():
            setattr(purchase, key, value)
        session.flush()
        return_visits.sync_purchase(session, purchase, today)  # a new date or warranty moves its visits


def delete_purchase(db: sessionmaker[Session], purchase_id: int) -> None:
    with db.begin() as session:
        purchase = _get(session, purchase_id)
        return_visits.drop_pending(session, purchase.id)
        session.delete(purchase)


def get_purchase(db: sessionmaker[Session], purchase_id: int) -> Purchase:
    """One purchase (detached), or NotFound naming the id."""
    with db() as session:
        return _get(session, purchase_id)


def list_purchases(db: sessionmaker[Session], contact_id: int) -> list[Purchase]:
    with db() as session:
        return list(
            session.scalars(
                select(Purchase).where(Purchase.contact_id == contact_id)
                .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
            )
        )


def _link_product(session: Session, values: dict, product_id: Optional[int], fill_defaults: bool) -> None:
    """The purchase's product: the one picked, or the one its free text names (made on first use).

    A new purchase of a catalogue product without a price or warranty end takes the list price
    and the product's warranty, as a salesperson writing an order would.
    """
    if product_id is None:
        values["product_id"] = product_for(session, values["product"], values["model"])
        product = session.get(Product, values["product_id"])
    else:
        product = load_product(session, product_id)
        values.update(product_id=product.id, product=product.name, model=values["model"] or product.model)
        if values["model"] != product.model:  # another model of it is another product
            values["product_id"] = product_for(session, product.name, values["model"])
    if not fill_defaults or product is None:
        return
    if values["unit_price"] is None and product.list_price is not None:
        values["unit_price"], values["currency"] = product.list_price, values["currency"] or product.currency
    if values["warranty_until"] is None and product.warranty_months:
        values["warranty_until"] = add_months(values["purchased_on"], product.warranty_months)


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the 31st becomes the month's last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def _get(session: Session, purchase_id: int) -> Purchase:
    purchase = session.get(Purchase, purchase_id)
    if purchase is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "purchase {id}: no such purchase"), id=purchase_id)
    return purchase


_MONEY_SIGNS = re.compile(r"[\s\u00a0¥￥€$£元]")
_DECIMAL_COMMA = re.compile(r"^-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{1,2}$")  # "1.234,50", "12,5"


def parse_price_text(text: str) -> str:
    """A price as written in a spreadsheet, ready for PurchaseData: currency signs and spaces
    dropped, and a decimal comma ("1.234,50", "12,50") turned into a point. "1,234" stays
    a thousands separator: a comma before exactly three digits is never a decimal comma."""
    value = _MONEY_SIGNS.sub("", text or "")
    if _DECIMAL_COMMA.match(value):
        value = value.replace(".", "").replace(",", ".")
    return value


def parse_quantity(text: str, *, field: str = QT_TRANSLATE_NOOP("services", "quantity")) -> int:
    """A whole number of items; empty means one."""
    value = (text or "").strip()
    if not value:
        return 1
    try:
        number = Decimal(value.replace(",", ""))
    except InvalidOperation:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a number"),
                           field=Term(field), text=text) from None
    if number != number.to_integral_value():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a whole number"),
                           field=Term(field), text=text)
    return int(number)
