"""The playbook entries that fit a customer, and an entry's text with the customer's fields filled in.

An entry fits when each of its tag lists is empty (any) or holds the customer's: their sales stage,
their tier, one of the products they bought (name or "name model", case and width ignored).
Entries tagged for more of what the customer is come first: an objection answer for toner buyers
in negotiation before a general one.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import NOTE_HTML, PlaybookEntry, Purchase

from .. import notes
from ..catalogue import fold
from ..contacts import load
from .entries import get_entry, tags

# The fields a template may use: {given_name}, {product}… An unknown or empty one stays as typed,
# so a gap shows before the message is sent.
FIELDS = ("name", "given_name", "family_name", "organization", "title", "product", "tier", "stage")
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Customer:
    """What an entry is matched against and filled with."""
    values: dict[str, str]
    stage: Optional[str]
    tier: Optional[str]
    products: tuple[str, ...]  # newest purchase first, as "name model"

    @property
    def folded_products(self) -> set[str]:
        return {fold(p) for p in self.products}  # each as "name model" and as "name"


def customer(session: Session, contact_id: int) -> Customer:
    contact = load(session, contact_id)
    bought = []
    for name, model in session.execute(select(Purchase.product, Purchase.model)
                                       .where(Purchase.contact_id == contact_id)
                                       .order_by(Purchase.purchased_on.desc(), Purchase.id.desc())):
        label = f"{name} {model}" if model else name
        if label not in bought:
            bought.append(label)
        if name not in bought:
            bought.append(name)
    tier = contact.tier.code if contact.tier else None
    values = {"name": contact.display_name, "given_name": contact.given_name or contact.display_name,
              "family_name": contact.family_name or "", "organization": contact.organization or "",
              "title": contact.title or "", "tier": tier or "", "stage": contact.sales_stage or "",
              "product": bought[0] if bought else ""}
    return Customer(values, contact.sales_stage, tier, tuple(bought))


def _score(entry: PlaybookEntry, who: Customer) -> Optional[int]:
    """How many of the entry's tag lists name the customer; None when one excludes them."""
    stages, products, tiers = tags(entry)
    score = 0
    if stages:
        if who.stage not in stages:
            return None
        score += 1
    if tiers:
        if who.tier not in tiers:
            return None
        score += 1
    if products:
        if not {fold(p) for p in products} & who.folded_products:
            return None
        score += 1
    return score


def entries_for(db: sessionmaker[Session], contact_id: int, query: Optional[str] = None) -> list[PlaybookEntry]:
    """The entries that fit the customer, the most specific first (then by title)."""
    from .entries import list_entries

    with db() as session:
        who = customer(session, contact_id)
    scored = [(score, entry) for entry in list_entries(db, query=query)
              if (score := _score(entry, who)) is not None]
    scored.sort(key=lambda pair: (-pair[0], pair[1].title.casefold()))
    return [entry for _, entry in scored]


def filled(db: sessionmaker[Session], entry_id: int, contact_id: Optional[int]) -> tuple[str, str]:
    """(text, format) of the entry with the customer's fields filled in; the product is the newest
    one they bought of those the entry is tagged with (any, if it names none)."""
    entry = get_entry(db, entry_id)
    if contact_id is None:
        return entry.body, entry.format
    with db() as session:
        who = customer(session, contact_id)
    values = dict(who.values)
    _, products, _ = tags(entry)
    if products:
        wanted = {fold(p) for p in products}
        values["product"] = next((p for p in who.products if any(fold(p) == w or fold(p).startswith(w + " ")
                                                                 for w in wanted)), values["product"])
    escape = html.escape if entry.format == NOTE_HTML else str

    def fill(match: re.Match) -> str:
        value = values.get(match.group(1))
        return escape(value) if value else match.group(0)

    return _FIELD.sub(fill, entry.body), entry.format


def insert_into_note(db: sessionmaker[Session], entry_id: int, contact_id: int) -> int:
    """A new note on the customer with the entry's text, filled in."""
    text, fmt = filled(db, entry_id, contact_id)
    return notes.add_note(db, contact_id, text, html=fmt == NOTE_HTML)
