"""The JSON export: `{"contacts": [...]}`, a public contract pinned by tests.

`contact_to_dict` is also the shape the CSV and vCard writers read, so every
export format starts from the same data.
"""
from __future__ import annotations

import json
from typing import IO, Any, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app.models import NOTE_HTML, Contact, Group, contact_groups


def contact_to_dict(c: Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "display_name": c.display_name,
        "given_name": c.given_name,
        "family_name": c.family_name,
        "middle_name": c.middle_name,
        "prefix": c.prefix,
        "suffix": c.suffix,
        "nickname": c.nickname,
        "phonetic_given_name": c.phonetic_given_name,
        "phonetic_family_name": c.phonetic_family_name,
        "organization": c.organization,
        "department": c.department,
        "title": c.title,
        "gender": c.gender,
        "birthday": c.birthday,
        "anniversary": c.anniversary,
        "lunar_birthday": c.lunar_birthday,  # "MM-DD" of the lunar calendar, or null
        "lunar_leap": c.lunar_leap,
        "language": c.language,  # greetings' language: zh, es, en (null: guessed from the name)
        "tier": c.tier.code if c.tier else None,
        "cadence_days": c.cadence_days,
        "groups": [g.name for g in c.groups],
        "phones": [{"number": p.number, "raw": p.raw, "label": p.label, "extension": p.extension} for p in c.phones],
        "emails": [{"address": e.address, "label": e.label} for e in c.emails],
        "addresses": [
            {"label": a.label, "street": a.street, "city": a.city, "region": a.region,
             "postal_code": a.postal_code, "country": a.country}
            for a in c.addresses
        ],
        "websites": [{"url": w.url, "label": w.label} for w in c.websites],
        "custom": [{"name": f.name, "value": f.value} for f in c.custom_fields],
        "notes": [
            {"format": "html" if n.format == NOTE_HTML else "plain", "text": n.body, "pinned": n.pinned,
             "created_at": n.created_at.isoformat(timespec="seconds"), "by": n.created_by}
            for n in sorted(c.notes, key=lambda n: (n.created_at, n.id))
        ],
        "last_contact": c.last_contact_at.date().isoformat() if c.last_contact_at else None,
        "next_due": c.next_due.isoformat() if c.next_due else None,
        "has_photo": c.photo is not None,
        "source_channel": c.source_channel,
        "referred_by": c.referred_by_id,
        "sales_stage": c.sales_stage,
        "needs": c.needs,
        "pain_points": c.pain_points,
        "family": c.family,
        "hobbies": c.hobbies,
        "personality": c.personality,
        "preferences": c.preferences,
        "status": c.status,
        "lost_on": c.lost_on.isoformat() if c.lost_on else None,
        "lost_reason": c.lost_reason,
        "uid": c.uid,
        "in_trash": c.deleted_at is not None,
        "created_at": c.created_at.isoformat(timespec="seconds"),
        "updated_at": c.updated_at.isoformat(timespec="seconds"),
        "updated_by": c.updated_by,
        "version": c.version_id,
        "owner": c.owner,
        "interactions": [
            {"kind": i.kind, "at": i.occurred_at.isoformat(timespec="minutes"), "summary": i.summary, "outcome": i.outcome,
             "by": i.created_by}
            for i in sorted(c.interactions, key=lambda i: (i.occurred_at, i.id))
        ],
        "purchases": [
            {"product": p.product, "model": p.model, "quantity": p.quantity,
             "unit_price": str(p.unit_price) if p.unit_price is not None else None, "currency": p.currency,
             "date": p.purchased_on.isoformat(),
             "warranty_until": p.warranty_until.isoformat() if p.warranty_until else None,
             "usage_notes": p.usage_notes, "by": p.created_by}
            for p in sorted(c.purchases, key=lambda p: (p.purchased_on, p.id))
        ],
    }


_FULL = (
    selectinload(Contact.phones), selectinload(Contact.emails), selectinload(Contact.addresses),
    selectinload(Contact.websites), selectinload(Contact.custom_fields), selectinload(Contact.groups),
    selectinload(Contact.notes), selectinload(Contact.interactions), selectinload(Contact.purchases),
    selectinload(Contact.photo),
)


def iter_contacts(
    db: sessionmaker[Session], *, group: Optional[str] = None, include_trash: bool = False,
    contact_ids: Optional[list[int]] = None, with_photos: bool = False, batch: int = 500,
):
    """Yield fully loaded contacts in id order, a batch of rows at a time."""
    with db() as session:
        query = select(Contact.id).order_by(Contact.id)
        if not include_trash:
            query = query.where(Contact.deleted_at.is_(None))
        if group is not None:
            query = query.join(contact_groups, contact_groups.c.contact_id == Contact.id).join(
                Group, Group.id == contact_groups.c.group_id
            ).where(Group.name == group)
        if contact_ids is not None:
            query = query.where(Contact.id.in_(contact_ids))
        ids = list(session.scalars(query))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            loaded = session.scalars(select(Contact).where(Contact.id.in_(chunk)).order_by(Contact.id).options(*_FULL)).all()
            for contact in loaded:
                yield contact
            session.expunge_all()


def export_json(db: sessionmaker[Session], out: IO[str], *, group: Optional[str] = None, include_trash: bool = False) -> int:
    contacts = [contact_to_dict(c) for c in iter_contacts(db, group=group, include_trash=include_trash)]
    json.dump({"contacts": contacts}, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(contacts)
