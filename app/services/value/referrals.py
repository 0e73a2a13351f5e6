"""Who referred whom: a referral tree from any contact, setting a referrer without
ever making a circle, and what each referrer's referrals brought in.

Revenue here is all purchases on or before today (a referral's worth does not
expire), per currency: the main currency as `revenue`, others listed apart.
Contacts in the trash are left out; lost ones still count (they did buy).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Optional

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.models import Contact, Purchase

from ..contacts import load
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..team.versions import refuse_stale
from . import config
from .money import CENTS, sum_cents, main_currency, money


@dataclass
class ReferralNode:
    contact_id: int
    display_name: str
    revenue: Decimal  # this contact's own purchases, in `currency` (the main one)
    currency: Optional[str] = None
    other_currencies: dict[str, Decimal] = field(default_factory=dict)
    children: list["ReferralNode"] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"contact_id": self.contact_id, "display_name": self.display_name, "revenue": str(self.revenue),
                "currency": self.currency,
                "other_currencies": {k: str(v) for k, v in self.other_currencies.items()},
                "referred": [child.as_json() for child in self.children]}


@dataclass
class ReferrerStats:
    contact_id: int
    display_name: str
    referred: int  # contacts they referred
    customers: int  # of those, how many have bought
    revenue: Decimal  # what those customers bought, in `currency` (the main one)
    currency: Optional[str] = None
    other_currencies: dict[str, Decimal] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"contact_id": self.contact_id, "display_name": self.display_name, "referred": self.referred,
                "customers": self.customers, "revenue": str(self.revenue), "currency": self.currency,
                "other_currencies": {k: str(v) for k, v in self.other_currencies.items()}}


@refuse_stale
def set_referrer(db: sessionmaker[Session], contact_id: int, referrer_id: Optional[int]) -> None:
    """Who referred `contact_id` (None: nobody). Refuses a referrer that would close a circle."""
    if referrer_id == contact_id:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "referred by: a contact cannot refer themselves"))
    with db.begin() as session:
        contact = load(session, contact_id)
        if referrer_id is not None:
            referrer = load(session, referrer_id)
            if contact_id in ancestors(session, referrer_id):
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("services", "referred by: {referrer} ({referrer_id}) was themselves referred, "
                                                  "directly or through others, by {name} ({id}); that would make a "
                                                  "circle"),
                    referrer=referrer.display_name, referrer_id=referrer_id, name=contact.display_name, id=contact_id)
        contact.referred_by_id = referrer_id


def ancestors(session: Session, contact_id: int) -> set[int]:
    """Everyone above `contact_id` in the referral chain (its referrer, theirs, and so on)."""
    up = (select(Contact.referred_by_id.label("id")).where(Contact.id == contact_id)
          .cte("up", recursive=True))
    up = up.union(select(Contact.referred_by_id).join(up, Contact.id == up.c.id))  # UNION: stops on old circles
    return {cid for cid in session.scalars(select(up.c.id)) if cid is not None}


def tree(db: sessionmaker[Session], root_id: int, today: date) -> ReferralNode:
    """`root_id`, everyone they referred, everyone those referred, and so on, nested."""
    setting = config.main_currency_setting(db)
    with db() as session:
        load(session, root_id)
        down = (select(Contact.id).where(Contact.referred_by_id == root_id, Contact.deleted_at.is_(None))
                .cte("down", recursive=True))
        down = down.union(select(Contact.id).join(down, Contact.referred_by_id == down.c.id)
                          .where(Contact.deleted_at.is_(None)))
        members = or_(Contact.id == root_id, Contact.id.in_(select(down.c.id)))
        return _build(session, members, today, setting, roots=[root_id])[0]


def forest(db: sessionmaker[Session], today: date) -> list[ReferralNode]:
    """Every referral tree, from the contacts who referred others but were referred by nobody."""
    setting = config.main_currency_setting(db)
    referred = aliased(Contact)
    with db() as session:
        members = and_(Contact.deleted_at.is_(None), or_(
            Contact.referred_by_id.is_not(None),
            exists().where(referred.referred_by_id == Contact.id, referred.deleted_at.is_(None))))
        return _build(session, members, today, setting, roots=None)


def referrer_stats(db: sessionmaker[Session], today: date) -> list[ReferrerStats]:
    """Per referrer: contacts referred, how many of them bought, and what they bought. Biggest first."""
    setting = config.main_currency_setting(db)
    referrer = aliased(Contact)
    with db() as session:
        main = main_currency(session, setting)
        bought = exists().where(Purchase.contact_id == Contact.id, Purchase.purchased_on <= today)
        counts = session.execute(
            select(referrer.id, referrer.display_name, func.count(Contact.id), func.count(Contact.id).filter(bought))
            .join(Contact, Contact.referred_by_id == referrer.id)
            .where(Contact.deleted_at.is_(None), referrer.deleted_at.is_(None))
            .group_by(referrer.id)
        ).all()
        currency = func.coalesce(Purchase.currency, main)  # one expression (one bound value) for SELECT and GROUP BY
        amounts = session.execute(
            select(Contact.referred_by_id, currency, sum_cents(CENTS))
            .join(Purchase, Purchase.contact_id == Contact.id)
            .where(Contact.deleted_at.is_(None), Contact.referred_by_id.is_not(None), Purchase.purchased_on <= today)
            .group_by(Contact.referred_by_id, currency)
        ).all()
    money_of: dict[int, dict] = defaultdict(dict)
    for cid, currency, cents in amounts:
        money_of[cid][currency] = cents
    stats = []
    for cid, name, referred_count, customers in counts:
        revenue, others = _split(money_of.get(cid, {}), main)
        stats.append(ReferrerStats(cid, name, referred_count, customers, revenue, main, others))
    return sorted(stats, key=lambda s: (-s.revenue, -s.customers, -s.referred, s.display_name.casefold()))


def _split(cents_by_currency: dict, main: Optional[str]) -> tuple[Decimal, dict[str, Decimal]]:
    revenue = money(cents_by_currency.get(main))
    others = {cur: money(c) for cur, c in sorted(cents_by_currency.items()) if cur != main}
    return revenue, others


def _build(session: Session, members, today: date, setting: Optional[str],
           roots: Optional[list[int]]) -> list[ReferralNode]:
    main = main_currency(session, setting)
    people = session.execute(select(Contact.id, Contact.display_name, Contact.referred_by_id).where(members)).all()
    amounts: dict[int, dict] = defaultdict(dict)
    in_currency = func.coalesce(Purchase.currency, main)  # one expression (one bound value) for SELECT and GROUP BY
    for cid, currency, cents in session.execute(
        select(Purchase.contact_id, in_currency, sum_cents(CENTS))
        .join(Contact, Contact.id == Purchase.contact_id)
        .where(members, Purchase.purchased_on <= today)
        .group_by(Purchase.contact_id, in_currency)
    ):
        amounts[cid][currency] = cents
    names = {cid: name for cid, name, _ in people}
    children: dict[int, list[int]] = defaultdict(list)
    for cid, _, parent in sorted(people, key=lambda p: (p[1].casefold(), p[0])):
        if parent in names:
            children[parent].append(cid)
    seen: set[int] = set()

    def node(cid: int) -> ReferralNode:
        seen.add(cid)
        revenue, others = _split(amounts.get(cid, {}), main)
        # `seen` ends a circle made before set_referrer checked for them.
        kids = [node(child) for child in children[cid] if child not in seen]
        return ReferralNode(cid, names[cid], revenue, main, others, kids)

    if roots is None:
        roots = sorted((cid for cid, _, parent in people if parent not in names),
                       key=lambda cid: (names[cid].casefold(), cid))
    trees = [node(cid) for cid in roots if cid not in seen]
    trees += [node(cid) for cid in sorted(names) if cid not in seen]  # circles with no way in
    return trees
