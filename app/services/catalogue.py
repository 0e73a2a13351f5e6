"""The product catalogue: add, change and list products; find or make the product a purchase names.

A purchase may still be typed as free text: the first time a name (and model) is seen it becomes
a product, and later purchases typed the same way, give or take case, width and spaces, join it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Optional

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Product, Purchase

from .contacts import as_id
from .errors import QT_TRANSLATE_NOOP, Ambiguous, InvalidValue, NotFound
from .prices import clean_currency, clean_price

MAX_CYCLE_DAYS = 3650  # a replacement cycle of more than ten years is a typo
MAX_WARRANTY_MONTHS = 600


def fold(text: Optional[str]) -> str:
    """Text as matching sees it: NFKC (full-width "ＴＮ" is "TN"), case-folded, spaces collapsed."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip().casefold()


def match_key(name: str, model: Optional[str]) -> str:
    # The unit separator cannot be typed, so "a b" + "" never meets "a" + "b".
    return f"{fold(name)}\x1f{fold(model)}"


@dataclass
class ProductData:
    """What `add` takes, and what `set` changes: None leaves a field as it is (set), "" clears it."""
    name: Optional[str] = None
    model: Optional[str] = None
    category: Optional[str] = None
    list_price: Optional[str | Decimal] = None
    currency: Optional[str] = None
    warranty_months: Optional[int | str] = None
    replacement_days: Optional[int | str] = None

    def cleaned(self) -> dict:
        """Only the fields given, checked."""
        out: dict = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "name":
                if not str(value).strip():
                    raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: the product cannot be empty"))
                out["name"] = str(value).strip()
            elif f.name in ("model", "category"):
                out[f.name] = str(value).strip() or None
            elif f.name == "list_price":
                out["list_price"] = clean_price(value)
            elif f.name == "currency":
                out["currency"] = clean_currency(value)
            else:
                out[f.name] = _days(f.name, value)
        return out


def _days(name: str, value: int | str) -> Optional[int]:
    text = str(value).strip()
    if text == "" or text.lower() == "none":
        return None
    limit = MAX_CYCLE_DAYS if name == "replacement_days" else MAX_WARRANTY_MONTHS
    if not text.isdigit() or not 0 < int(text) <= limit:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{value}' is not a whole number from 1 to {limit}"),
                           field=name.replace("_", " "), value=value, limit=limit)
    return int(text)


def add_product(db: sessionmaker[Session], data: ProductData) -> int:
    values = data.cleaned()
    if "name" not in values:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: the product cannot be empty"))
    with db.begin() as session:
        key = match_key(values["name"], values.get("model"))
        if session.scalar(select(Product.id).where(Product.match_key == key)) is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: '{name}' is already in the catalogue"),
                               name=_label(values["name"], values.get("model")))
        product = Product(match_key=key, **values)
        session.add(product)
        session.flush()
        return product.id


def update_product(db: sessionmaker[Session], product_id: int, data: ProductData) -> None:
    """Change what is given. A new name or model is written on the product's purchases too,
    so reports and exports, which read a purchase's own name, say the same thing."""
    values = data.cleaned()
    with db.begin() as session:
        product = load_product(session, product_id)
        for key, value in values.items():
            setattr(product, key, value)
        key = match_key(product.name, product.model)
        if key != product.match_key:
            if session.scalar(select(Product.id).where(Product.match_key == key, Product.id != product_id)) is not None:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "product: '{name}' is already in the catalogue"),
                                   name=_label(product.name, product.model))
            product.match_key = key
            session.execute(update(Purchase).where(Purchase.product_id == product_id)
                            .values(product=product.name, model=product.model))


def list_products(db: sessionmaker[Session], search: Optional[str] = None) -> list["ProductRow"]:
    """Every product with how many purchases and customers it has, by category then name."""
    with db() as session:
        counts = {pid: (n, c) for pid, n, c in session.execute(
            select(Purchase.product_id, func.count(), func.count(func.distinct(Purchase.contact_id)))
            .where(Purchase.product_id.is_not(None)).group_by(Purchase.product_id))}
        products = session.scalars(select(Product)).all()
    wanted = fold(search)
    rows = [ProductRow(p, *counts.get(p.id, (0, 0))) for p in products
            if not wanted or wanted in fold(" ".join(filter(None, (p.name, p.model, p.category))))]
    rows.sort(key=lambda r: (fold(r.product.category) or "\uffff", fold(r.product.name), fold(r.product.model)))
    return rows


@dataclass(frozen=True)
class ProductRow:
    product: Product
    purchases: int
    customers: int


def get_product(db: sessionmaker[Session], product_id: int) -> Product:
    with db() as session:
        return load_product(session, product_id)


def load_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "product {id}: no such product"), id=product_id)
    return product


def resolve_product(db: sessionmaker[Session], ref: str) -> int:
    """A product id, or its name (with the model after a space, "Toner TN-2420"), as typed anywhere."""
    ref = (ref or "").strip()
    if as_id(ref) is not None:
        with db() as session:
            return load_product(session, as_id(ref)).id
    found = _by_name(db, ref)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "product '{ref}': not in the catalogue (see rapport products list)"),
                       ref=ref)
    return found


def _by_name(db: sessionmaker[Session], ref: str) -> Optional[int]:
    """By "name model" or a name only one product has; None when none has it."""
    with db() as session:
        products = session.execute(select(Product.id, Product.name, Product.model)).all()
    wanted = fold(ref)
    exact = [pid for pid, name, model in products if fold(f"{name} {model or ''}") == wanted]
    if len(exact) == 1:
        return exact[0]
    by_name = [pid for pid, name, _ in products if fold(name) == wanted]
    if len(by_name) == 1:
        return by_name[0]
    if by_name:
        raise Ambiguous(QT_TRANSLATE_NOOP("services", "product '{ref}': {count} products have that name; "
                                                      "give the model too, or the id"), ref=ref, count=len(by_name))
    return None


def pick_product(db: sessionmaker[Session], text: str, model: Optional[str] = None) -> Optional[int]:
    """The catalogue product a purchase typed as `text` (and `model`) means, or None: a new one, made
    on first use. "Toner TN-2420" finds Toner model TN-2420; a name several models share needs the model."""
    with db() as session:
        if model and model.strip():
            return session.scalar(select(Product.id).where(Product.match_key == match_key(text, model)))
        found = session.scalar(select(Product.id).where(Product.match_key == match_key(text, None)))
    if found is not None:
        return found
    return _by_name(db, text)


def product_for(session: Session, name: str, model: Optional[str]) -> int:
    """The id of the product a purchase names, made on first use from the name and model as typed."""
    key = match_key(name, model)
    found = session.scalar(select(Product.id).where(Product.match_key == key))
    if found is not None:
        return found
    product = Product(name=name.strip(), model=(model or "").strip() or None, match_key=key)
    session.add(product)
    session.flush()
    return product.id


def link_purchases(session: Session) -> int:
    """Give every purchase without a product its product (for writers that bypass add_purchase:
    the demo store, bulk imports); returns how many were linked."""
    rows = session.execute(select(Purchase.id, Purchase.product, Purchase.model)
                           .where(Purchase.product_id.is_(None))).all()
    known: dict[str, int] = {}
    links = []
    for pid, name, model in rows:
        key = match_key(name, model)
        if key not in known:
            known[key] = product_for(session, name, model)
        links.append({"b_id": pid, "b_product_id": known[key]})
    if links:  # one executemany, not a statement per purchase
        table = Purchase.__table__
        session.connection().execute(
            table.update().where(table.c.id == bindparam("b_id")).values(product_id=bindparam("b_product_id")), links)
    return len(rows)


def _label(name: str, model: Optional[str]) -> str:
    return f"{name} {model}" if model else name
