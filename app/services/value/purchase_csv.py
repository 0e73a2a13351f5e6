"""How a purchases CSV is read: which header means which field, how its dates are
written, and which contact a row is about."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Contact, Email, Phone

from ..errors import QT_TRANSLATE_NOOP, InvalidValue, Term
from ..importing.csv_reader import parse_date
from ..phones import normalise

# Field -> headers that mean it (compared case-, space-, "_" and "-"-insensitively).
PURCHASE_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact": ("contact", "customer", "client", "name", "customer name", "contact name", "display name",
                "客户", "客户名称", "客户姓名", "姓名", "联系人", "cliente", "nombre"),
    "phone": ("phone", "mobile", "telephone", "tel", "phone number", "mobile phone", "电话", "手机", "手机号",
              "联系电话", "teléfono", "telefono", "móvil", "movil"),
    "email": ("email", "e-mail", "mail", "email address", "邮箱", "电子邮件", "correo", "correo electrónico"),
    "product": ("product", "item", "product name", "产品", "商品", "产品名称", "商品名称", "producto", "artículo"),
    "model": ("model", "sku", "型号", "规格型号", "modelo"),
    "quantity": ("quantity", "qty", "count", "数量", "cantidad"),
    "unit_price": ("unit price", "price", "unit cost", "单价", "价格", "precio", "precio unitario"),
    "currency": ("currency", "币种", "货币", "moneda", "divisa"),
    "purchased_on": ("date", "purchase date", "purchased on", "order date", "bought on", "日期", "购买日期",
                     "购买时间", "fecha", "fecha de compra"),
    "warranty_until": ("warranty end", "warranty until", "warranty", "warranty expires", "保修期至", "保修到期",
                       "保修截止", "garantía", "garantia", "fin de garantía"),
    "notes": ("notes", "note", "usage notes", "comments", "备注", "说明", "notas", "observaciones"),
}
CONTACT_FIELDS = ("contact", "phone", "email")
# How a row may name its contact, for the translators (the {kind} of a message).
MATCHED_BY = (QT_TRANSLATE_NOOP("services", "email"), QT_TRANSLATE_NOOP("services", "phone"),
              QT_TRANSLATE_NOOP("services", "name"))


def _norm(header: str) -> str:
    return " ".join(re.split(r"[\s_\-]+", header.casefold())).strip(" :：")


_FIELD_OF = {_norm(h): name for name, headers in PURCHASE_COLUMNS.items() for h in headers}


def map_columns(headers: list[str], source: str) -> dict[str, str]:
    """Field -> the header it is read from (the first such column). Raises when a needed one is missing."""
    columns: dict[str, str] = {}
    for header in headers:
        name = _FIELD_OF.get(_norm(header))
        if name is not None:
            columns.setdefault(name, header)
    shown = ", ".join(headers)
    if "product" not in columns:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{source}: no product column (the header row has: "
                                                         "{headers})"), source=source, headers=shown)
    if "purchased_on" not in columns:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{source}: no purchase date column (the header row has: "
                                                         "{headers})"), source=source, headers=shown)
    if not any(name in columns for name in CONTACT_FIELDS):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{source}: no customer, phone or email column to tell "
                                                         "whose purchase a row is (the header row has: {headers})"),
                           source=source, headers=shown)
    return columns


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})\b")


def day_first_file(values: Iterable[Optional[str]]) -> bool:
    """True when the file writes dates day first (some "31/01/2026" and no "01/31/2026")."""
    day_first = month_first = False
    for value in values:
        m = _NUMERIC_DATE.match(value or "")
        if m:
            day_first |= int(m.group(1)) > 12
            month_first |= int(m.group(3)) > 12
    return day_first and not month_first


def parse_date_cell(text: str, field: str, day_first: bool, *, required: bool = False) -> Optional[date]:
    value = (text or "").strip()
    if not value:
        if required:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: empty; every purchase needs a date"),
                               field=Term(field))
        return None
    if day_first:
        value = _NUMERIC_DATE.sub(lambda m: f"{m.group(3)}{m.group(2)}{m.group(1)}{m.group(2)}{m.group(4)}", value)
    parsed = parse_date(value)
    if not parsed or parsed.startswith("--"):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{field}: '{text}' is not a date with a year (use "
                                                         "YYYY-MM-DD)"), field=Term(field), text=text)
    return date.fromisoformat(parsed)


class ContactMatcher:
    """A row's contact, by email, then phone, then exact display name; the first that names one contact wins."""

    def __init__(self, session: Session, region: str):
        self.session = session
        self.region = region
        self._cache: dict[tuple[str, str], list[int]] = {}

    def find(self, name: Optional[str], phone: Optional[str], email: Optional[str]) -> int:
        tried = []
        ambiguous: Optional[InvalidValue] = None
        for kind, value in (("email", email), ("phone", phone), ("name", name)):
            value = (value or "").strip()
            if not value:
                continue
            ids = self._ids(kind, value)
            if len(ids) == 1:
                return ids[0]
            tried.append(f"{kind} '{value}'")
            if len(ids) > 1 and ambiguous is None:
                ambiguous = InvalidValue(QT_TRANSLATE_NOOP("services", "{count} contacts have {kind} '{value}' "
                                                                       "(ids {ids}); add a phone or email column "
                                                                       "to tell them apart"),
                                         count=len(ids), kind=Term(kind), value=value,
                                         ids=", ".join(map(str, ids[:5])))
        if ambiguous:
            raise ambiguous
        if not tried:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "customer: the row has no customer name, phone or "
                                                             "email"))
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "customer: no contact matches {tried}"),
                           tried=" or ".join(tried))

    def _ids(self, kind: str, value: str) -> list[int]:
        key = (kind, value)
        if key not in self._cache:
            self._cache[key] = self._lookup(kind, value)
        return self._cache[key]

    def _lookup(self, kind: str, value: str) -> list[int]:
        live = Contact.deleted_at.is_(None)
        if kind == "email":
            query = select(Email.contact_id).join(Contact).where(live, Email.address_key == value.lower())
        elif kind == "phone":
            e164 = normalise(value, self.region).e164
            if e164 is None:
                return []
            query = select(Phone.contact_id).join(Contact).where(live, Phone.e164 == e164)
        else:
            ids = self._names(Contact.display_name == value)
            return ids or self._names(func.lower(Contact.display_name) == value.lower())
        return sorted(set(self.session.scalars(query)))

    def _names(self, condition) -> list[int]:
        return sorted(self.session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None), condition)))
