"""What a customer bought: product, model, quantity, price, warranty."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Purchase

from .contacts import load
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, Term

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

    def cleaned(self) -> dict:
        if not self.product or not self.product.strip():
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: the product cannot be empty"))
        if self.quantity < 1:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "quantity: {quantity} is not a positive number"),
                               quantity=self.quantity)
        price = None
        if self.unit_price not in (None, ""):
            try:
                price = Decimal(str(self.unit_price).replace(",", ""))
            except InvalidOperation:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is not a number"),
                                   price=self.unit_price) from None
            if not price.is_finite():
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is not a number"),
                                   price=self.unit_price)
            if price < 0:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: '{price}' is negative"),
                                   price=self.unit_price)
            if price * self.quantity > MAX_LINE_TOTAL:  # a typo, and sums of cents must stay in 64 bits
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: {quantity} × {price} is more than "
                                                                 "{limit:,} for one purchase; is it a typo?"),
                                   quantity=self.quantity, price=self.unit_price, limit=MAX_LINE_TOTAL)
        currency = (self.currency or "").strip().upper() or None
        if currency is not None and (len(currency) != 3 or not currency.isalpha()):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "currency: '{code}' is not a three-letter code such "
                                                             "as CNY, EUR or USD"), code=self.currency)
        if self.warranty_until is not None and self.warranty_until < self.purchased_on:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "warranty end: it is before the purchase date"))
        return {
            "product": self.product.strip(), "purchased_on": self.purchased_on, "model": (self.model or "").strip() or None,
            "quantity": self.quantity, "unit_price": price, "currency": currency,
            "warranty_until": self.warranty_until, "usage_notes": (self.usage_notes or "").strip() or None,
        }


def add_purchase(db: sessionmaker[Session], contact_id: int, data: PurchaseData) -> int:
    values = data.cleaned()
    with db.begin() as session:
        load(session, contact_id)
        purchase = Purchase(contact_id=contact_id, **values)
        session.add(purchase)
        session.flush()
        return purchase.id


def update_purchase(db: sessionmaker[Session], purchase_id: int, data: PurchaseData) -> None:
    values = data.cleaned()
    with db.begin() as session:
        purchase = _get(session, purchase_id)
        for key, value in values.items():
            setattr(purchase, key, value)


def delete_purchase(db: sessionmaker[Session], purchase_id: int) -> None:
    with db.begin() as session:
        session.delete(_get(session, purchase_id))


def list_purchases(db: sessionmaker[Session], contact_id: int) -> list[Purchase]:
    with db() as session:
        return list(
            session.scalars(
                select(Purchase).where(Purchase.contact_id == contact_id)
                .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())
            )
        )


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
