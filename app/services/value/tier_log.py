"""Applying the 80/20 view's suggested tiers, logged per batch and undone as a whole.

The tier change itself follows tiers.apply_tier: a contact who had neither a
tier nor a personal cadence starts its cadence clock now, so tiering thousands
of fresh contacts does not flood today's call list. It is done here in SQL,
driven by the logged rows, because "apply all" may touch 100,000 contacts; next_due is then
re-derived with derived.refresh_contact_dates, as every tier change does.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Optional

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Tier, TierChange, TierChangeBatch

from .. import derived
from ..dates import local_now
from ..errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from ..undoable import pick_batch
from . import config
from .pareto import build_view
from .rfm import DEFAULT_MONTHS

_CONTACTS, _LOG, _TIERS = Contact.__table__, TierChange.__table__, Tier.__table__

@dataclass
class ApplyResult:
    batch_id: Optional[int]  # None when nothing needed changing
    changed: int
    unchanged: int
    moves: Counter = field(default_factory=Counter)  # (old tier, new tier) -> contacts


@dataclass
class UndoResult:
    batch_id: int
    restored: int
    skipped: int  # changed again since the batch: left as they are


@dataclass
class BatchInfo:
    id: int
    created_at: datetime
    description: str
    changes: int
    undone_at: Optional[datetime]


def apply_suggestions(db: sessionmaker[Session], today: date, contact_ids: Optional[Iterable[int]] = None,
                      *, months: int = DEFAULT_MONTHS) -> ApplyResult:
    """Give the chosen customers (None: every customer) their suggested tier; one undoable batch."""
    shares = config.pareto_shares(db)
    setting = config.main_currency_setting(db)
    with db.begin() as session:
        view = build_view(session, today, months, shares, setting)
        by_id = {row.contact_id: row for row in view.rows}
        if contact_ids is None:
            chosen = view.rows
        else:
            ids = list(dict.fromkeys(contact_ids))
            for cid in ids:
                if cid not in by_id:
                    raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: not ranked by the 80/20 view "
                                                                 "(no such contact, in the trash, or lost)"), id=cid)
            chosen = [by_id[cid] for cid in ids]
        changes = [row for row in chosen if row.differs]
        if not changes:
            return ApplyResult(batch_id=None, changed=0, unchanged=len(chosen))
        who = "every customer" if contact_ids is None else f"{len(chosen)} chosen"
        batch = TierChangeBatch(created_at=local_now(),
                                description=f"80/20 tiers for {who}, {today.isoformat()}, last {months} months")
        session.add(batch)
        session.flush()
        now = local_now()
        session.execute(_LOG.insert(), [
            {"batch_id": batch.id, "contact_id": row.contact_id, "old_tier": row.current,
             "new_tier": row.suggested, "changed_at": now} for row in changes
        ])
        _require_tiers(session, {row.suggested for row in changes})
        in_batch = _CONTACTS.c.id.in_(select(_LOG.c.contact_id).where(_LOG.c.batch_id == batch.id))
        # tiers.apply_tier's rule: a contact who had no cadence at all starts counting now.
        session.execute(update(_CONTACTS).where(in_batch, _CONTACTS.c.tier_id.is_(None),
                                                _CONTACTS.c.cadence_days.is_(None)).values(cadence_since=now))
        session.execute(update(_CONTACTS).where(in_batch).values(tier_id=_logged_tier(batch.id, _LOG.c.new_tier)))
        derived.refresh_contact_dates(session, [row.contact_id for row in changes])
        return ApplyResult(batch_id=batch.id, changed=len(changes), unchanged=len(chosen) - len(changes),
                           moves=Counter((row.current, row.suggested) for row in changes))


def undo(db: sessionmaker[Session], batch_id: Optional[int] = None) -> UndoResult:
    """Put back the tiers a batch changed (default: the newest batch not yet undone).

    A contact whose tier was changed again after the batch keeps that newer tier.
    """
    with db.begin() as session:
        batch = _batch(session, batch_id)
        changes = session.scalar(select(func.count()).where(_LOG.c.batch_id == batch.id))
        old_tiers = select(_LOG.c.old_tier).distinct().where(_LOG.c.batch_id == batch.id, _LOG.c.old_tier.is_not(None))
        _require_tiers(session, session.scalars(old_tiers))
        as_left = exists().where(_LOG.c.batch_id == batch.id, _LOG.c.contact_id == _CONTACTS.c.id,
                                 _TIERS.c.code == _LOG.c.new_tier, _TIERS.c.id == _CONTACTS.c.tier_id)
        restored = list(session.scalars(select(_CONTACTS.c.id).where(as_left)))
        session.execute(update(_CONTACTS).where(as_left).values(tier_id=_logged_tier(batch.id, _LOG.c.old_tier)))
        skipped = changes - len(restored)
        batch.undone_at = local_now()
        derived.refresh_contact_dates(session, restored)
        return UndoResult(batch_id=batch.id, restored=len(restored), skipped=skipped)


def history(db: sessionmaker[Session]) -> list[BatchInfo]:
    """Newest first."""
    with db() as session:
        rows = session.execute(
            select(TierChangeBatch, func.count(TierChange.id))
            .outerjoin(TierChange, TierChange.batch_id == TierChangeBatch.id)
            .group_by(TierChangeBatch.id).order_by(TierChangeBatch.id.desc())
        ).all()
        return [BatchInfo(b.id, b.created_at, b.description, n, b.undone_at) for b, n in rows]


def _batch(session: Session, batch_id: Optional[int]) -> TierChangeBatch:
    return pick_batch(session, TierChangeBatch, batch_id,
                      nothing_left=QT_TRANSLATE_NOOP("services", "undo: no applied tier changes to undo"),
                      missing=QT_TRANSLATE_NOOP("services", "batch {id}: no such batch of tier changes"),
                      undone=QT_TRANSLATE_NOOP("services", "batch {id}: already undone on {when}"))

def _require_tiers(session: Session, codes: Iterable[str]) -> None:
    wanted = set(codes)
    missing = sorted(wanted - set(session.scalars(select(Tier.code).where(Tier.code.in_(wanted)))))
    if missing:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "tier: {codes} no longer exists; add it back first"),
                           codes=", ".join(missing))


def _logged_tier(batch_id: int, code_column):
    """For the contact being updated: the id of the tier its row in the batch names (NULL for none)."""
    return (select(_TIERS.c.id).select_from(_LOG.join(_TIERS, _TIERS.c.code == code_column))
            .where(_LOG.c.batch_id == batch_id, _LOG.c.contact_id == _CONTACTS.c.id).scalar_subquery())
