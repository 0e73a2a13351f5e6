"""Call or visit: what each entry of the week plan asks of the salesperson.

A tier calls every `cadence_days` and may also visit every `visit_cadence_days` (A: call every
7 days, visit every 30). A due entry of the plan is a visit when its customer's tier visits and
the last visit is at least that long ago on the week's last working day (or there was none);
otherwise it is a call. A visit needs somewhere to go: a customer without an address is planned
as a call and flagged `needs_address`, so the address can be asked for on the phone.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Interaction, Tier
from app.models.portable import in_ids

from .calllist import CallEntry

KIND_CALL, KIND_VISIT = "call", "visit"
NEEDS_ADDRESS = "needs_address"  # in CallEntry.extra: a visit was due, but there is no address
VISIT_EVERY = "visit_every"  # in CallEntry.extra: the tier's visit cadence, for the plan's tolerance


def visit_cadences(session: Session) -> dict[str, int]:
    """Tier code → days between visits, for the tiers that visit."""
    return {code: days for code, days in session.execute(select(Tier.code, Tier.visit_cadence_days)) if days}


def last_visits(session: Session, contact_ids: Iterable[int]) -> dict[int, date]:
    """Each contact's last logged visit: one query over ix_interactions_contact_when for any number of ids."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    rows = session.connection().execute(
        select(Interaction.contact_id, func.max(Interaction.occurred_at))
        .where(in_ids(Interaction.contact_id, ids), Interaction.kind == KIND_VISIT)
        .group_by(Interaction.contact_id)).all()
    return {cid: when.date() if hasattr(when, "date") else date.fromisoformat(str(when)[:10]) for cid, when in rows}


def assign_kinds(session: Session, entries: list[CallEntry], week_end: date) -> None:
    """Say of each entry whether it is a call or a visit (addresses must be filled in already)."""
    cadences = visit_cadences(session)
    visiting = [e for e in entries if e.contact_id is not None and e.tier in cadences]
    seen = last_visits(session, (e.contact_id for e in visiting))
    for entry in entries:
        entry.kind = KIND_CALL
    for entry in visiting:
        every = cadences[entry.tier]
        last = seen.get(entry.contact_id)
        if last is not None and (week_end - last).days < every:
            continue  # visited recently: a call will do
        entry.extra[VISIT_EVERY] = every
        if entry.address:
            entry.kind = KIND_VISIT
        else:
            entry.extra[NEEDS_ADDRESS] = True
