"""Sample customers for `rapport --demo`: a living store a newcomer can explore.

Seeded, so every demo looks the same (handy for screenshots and bug reports).
"""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact, Email, Group, Interaction, Loss, Note, Phone, Purchase, Tier

from . import derived
from .catalogue import link_purchases
from .names import compose_display_name
from .phones import normalise

CN_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
CN_GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "建华", "志强"]
ES_GIVEN = ["Ana", "Carlos", "Lucía", "Javier", "María", "Pablo", "Carmen", "Diego", "Elena", "Sergio", "Isabel", "Andrés"]
ES_FAMILY = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno"]
EN_GIVEN = ["James", "Emma", "Oliver", "Sophie", "Daniel", "Grace", "Thomas", "Chloe", "Henry", "Lucy"]
EN_FAMILY = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Wright", "Green", "Hall"]
CN_CITIES = ["上海", "北京", "杭州", "苏州", "深圳"]
ES_CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla"]
EN_CITIES = ["London", "Manchester", "Leeds"]
CN_ORGS = ["华通贸易有限公司", "东方建材", "金桥电器", "新宇科技", "恒丰物流"]
ES_ORGS = ["Construcciones Ruiz S.L.", "Ferretería Central", "Hostal del Sol", "Talleres Gómez"]
EN_ORGS = ["Northwind Traders", "Greenfield Farms", "Harbour Cafe", "Oakwood Builders"]
PRODUCTS = [("Water purifier", "WP-200", "1999"), ("Air conditioner", "AC-35", "4599"), ("Filter pack", "F-10", "199"),
            ("Dishwasher", "DW-8", "3299"), ("Service plan", "SP-1Y", "599")]
HOBBIES = ["fishing", "tea", "football", "hiking", "calligraphy", "golf", "cooking", "travel"]
GROUPS = ["Wholesale", "Retail", "From the trade fair", "Referrals"]
# What greetings need (app/services/desk): gender and title for 张总 and "Estimada Sra. García".
FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "Ana", "Lucía", "María", "Carmen", "Elena", "Isabel",
          "Emma", "Sophie", "Grace", "Chloe", "Lucy"}
TITLES = {"cn": ["总经理", "销售经理", "采购经理", "工程师", "董事长"], "es": ["Gerente", "Director de compras", "Jefe de obra"],
          "en": ["Managing Director", "Buyer", "Office Manager"]}
SUMMARIES = ["Asked about the new model", "Confirmed delivery", "Price too high for now", "Happy with the service",
             "Wants a visit next month", "Sent the catalogue"]


def ensure_demo_data(db: sessionmaker[Session], *, count: int = 300, today: date | None = None) -> bool:
    """Fill an empty store with sample customers; returns False when it already has some."""
    with db() as session:
        if session.scalar(select(func.count(Contact.id))):
            return False
    fill_demo(db, count=count, today=today or date.today())
    return True


def fill_demo(db: sessionmaker[Session], *, count: int, today: date) -> None:
    rng = random.Random(20261122)
    # Its own seed: the draws of `rng` (and so every earlier screenshot's demo) stay as they were.
    desk_rng = random.Random(20261204)
    now = datetime.combine(today, datetime.min.time()).replace(hour=9)
    with db.begin() as session:
        tiers = {t.code: t for t in session.scalars(select(Tier))}
        groups = [Group(name=name) for name in GROUPS]
        session.add_all(groups)
        made: list[Contact] = []
        for n in range(count):
            culture = rng.choices(("cn", "es", "en"), weights=(5, 3, 2))[0]
            contact = _person(rng, culture)
            _greeting_details(desk_rng, contact, culture)
            tier_code = rng.choices(("A", "B", "C", "D", None), weights=(8, 15, 30, 27, 20))[0]
            if tier_code:
                contact.tier = tiers[tier_code]
                contact.cadence_since = now - timedelta(days=rng.randint(30, 400))
                # A salesperson who mostly keeps up: the last call is within about one cadence.
                cadence = tiers[tier_code].cadence_days
                contact.interactions.append(Interaction(
                    kind="call", occurred_at=_office_hours(now, rng.randint(0, cadence * 5 // 4), rng.randint(0, 8)),
                    summary=rng.choice(SUMMARIES)))
            contact.groups = rng.sample(groups, rng.choice((0, 1, 1, 2)))
            contact.hobbies = ", ".join(rng.sample(HOBBIES, 2))
            contact.source_channel = rng.choice(("referral", "trade fair", "walk-in", "website", "cold call"))
            if rng.random() < 0.15 and made:
                contact.referred_by = rng.choice(made)
            for _ in range(rng.choice((0, 1, 2, 3, 5))):
                when = _office_hours(now, rng.randint(0, 365), rng.randint(0, 8))
                contact.interactions.append(Interaction(
                    kind=rng.choice(("call", "call", "visit", "message", "email")), occurred_at=when,
                    summary=rng.choice(SUMMARIES)))
            for _ in range(rng.choice((0, 0, 1, 1, 2, 4))):
                product, model, price = rng.choice(PRODUCTS)
                bought = today - timedelta(days=rng.randint(0, 700))
                contact.purchases.append(Purchase(
                    product=product, model=model, quantity=rng.randint(1, 3), unit_price=Decimal(price),
                    currency={"cn": "CNY", "es": "EUR", "en": "GBP"}[culture], purchased_on=bought,
                    warranty_until=bought + timedelta(days=365 * 2)))
            if rng.random() < 0.4:
                contact.notes.append(Note(body=f"Prefers calls after 6pm. Likes {contact.hobbies.split(',')[0]}.",
                                          created_at=now - timedelta(days=rng.randint(1, 200))))
            if rng.random() < 0.04:
                contact.status, contact.lost_reason = "lost", rng.choice(("price", "competitor", "moved"))
                contact.lost_on = today - timedelta(days=rng.randint(5, 200))
            session.add(contact)
            made.append(contact)
        session.flush()
        session.add_all(Loss(contact_id=c.id, lost_on=c.lost_on, reason=c.lost_reason) for c in made if c.status == "lost")
        derived.refresh_all(session, [c.id for c in made])
        link_purchases(session)


def _person(rng: random.Random, culture: str) -> Contact:
    if culture == "cn":
        family, given = rng.choice(CN_FAMILY), rng.choice(CN_GIVEN)
        city, org, region = rng.choice(CN_CITIES), rng.choice(CN_ORGS), "CN"
        raw = f"1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        email = f"{rng.choice(['wang', 'li', 'zhang', 'chen'])}{rng.randint(1, 999)}@example.cn"
    elif culture == "es":
        family, given = rng.choice(ES_FAMILY), rng.choice(ES_GIVEN)
        city, org, region = rng.choice(ES_CITIES), rng.choice(ES_ORGS), "ES"
        raw = f"6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        email = f"{given.lower().replace('í', 'i').replace('é', 'e')}.{rng.randint(1, 99)}@example.es"
    else:
        family, given = rng.choice(EN_FAMILY), rng.choice(EN_GIVEN)
        city, org, region = rng.choice(EN_CITIES), rng.choice(EN_ORGS), "GB"
        raw = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
        email = f"{given.lower()}.{family.lower()}@example.co.uk"
    phone = normalise(raw, region)
    birthday = f"{rng.randint(1955, 1998)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Contact(
        given_name=given, family_name=family, display_name=compose_display_name(given, family),
        organization=org if rng.random() < 0.7 else None, birthday=birthday if rng.random() < 0.6 else None,
        phones=[Phone(raw=phone.raw, e164=phone.e164, label="Mobile")],
        emails=[Email(address=email, address_key=email.lower(), label="Work")] if rng.random() < 0.6 else [],
        addresses=[Address(city=city, label="Work")],
    )


def _greeting_details(rng: random.Random, contact: Contact, culture: str) -> None:
    contact.language = {"cn": "zh", "es": "es", "en": "en"}[culture]
    contact.gender = "female" if contact.given_name in FEMALE else "male"
    if rng.random() < 0.5:
        contact.title = rng.choice(TITLES[culture])
    if culture == "cn" and rng.random() < 0.2:  # 农历生日, as many Chinese customers keep it
        contact.lunar_birthday, contact.birthday = f"{rng.randint(1, 12):02d}-{rng.randint(1, 30):02d}", None


def _office_hours(nine_today: datetime, days_ago: int, hours: int) -> datetime:
    """A call made 09:00 + `hours` (to 17:00), `days_ago` days before; never later today, which is
    still ahead (a logged call is in the past)."""
    return nine_today - timedelta(days=max(1, days_ago)) + timedelta(hours=hours)
