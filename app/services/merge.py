"""Merging two contacts that are one person: the kept one gets all the other had, then the other goes.

Nothing is lost and nothing typed is overwritten. The kept contact gains every number,
email, address and website it does not already have (numbers compared as E.164 plus
extension, emails lower-cased), the other's notes, interactions, purchases, follow-ups,
groups and custom fields (a name it already uses with another value becomes "name (2)"),
its photo if it had none, and every empty field filled from the other. Of two tiers the
better stays. Contacts the other referred are now referred by the kept one, never by
itself. Snoozes, plan moves, import records, tier and stage history follow where they
still make sense. One transaction, after a backup; derived columns are recomputed from the
union, so last contact and next due come from both histories.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Address, Contact, CustomField, Email, FollowUp, Group, ImportBatch, ImportSource, Interaction, Note, Phone,
    Loss, Photo, PlanPin, Purchase, STATUS_LOST, Snooze, StageChange, TierChange, Website, contact_groups,
)

from .events.guests import move_guests
from . import derived, duplicates
from .backup import backup_before
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from .phones import digits
from .team.versions import refuse_stale
from .value.referrals import ancestors

# Empty fields of the kept contact that the other's fill, in the order a person reads them.
FILL_FIELDS = (
    "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname", "phonetic_given_name",
    "phonetic_family_name", "organization", "department", "title", "gender", "birthday", "anniversary",
    "source_channel", "sales_stage", "needs", "pain_points", "family", "hobbies", "personality", "preferences",
    "language", "lunar_birthday",
)
_QUIET_FIELDS = ("uid", "cadence_since")  # filled the same way, but nothing a person needs told
# Rows that simply change owner.
_HISTORY = {"notes": Note, "interactions": Interaction, "purchases": Purchase, "follow_ups": FollowUp}


@dataclass
class MergePlan:
    """What merging `other_id` into `keep_id` does (or did)."""

    keep_id: int
    other_id: int
    keep_name: str
    other_name: str
    phones: list[str] = field(default_factory=list)  # as written, each one the kept contact gains
    emails: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)  # one line each
    websites: list[str] = field(default_factory=list)
    custom_fields: list[str] = field(default_factory=list)  # as named on the kept contact afterwards
    groups: list[str] = field(default_factory=list)
    photo: bool = False
    filled: list[str] = field(default_factory=list)  # FILL_FIELDS (or display_name) filled from the other
    tier: Optional[str] = None  # the other's tier code, when the kept contact takes it
    cadence_days: Optional[int] = None  # the other's personal cadence, when the kept contact takes it
    referrer: Optional[str] = None  # who referred the other, when the kept contact takes that on
    notes: int = 0
    interactions: int = 0
    purchases: int = 0
    follow_ups: int = 0
    referrals: int = 0  # contacts the other referred, now referred by the kept one

    def as_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class MergeResult:
    plan: MergePlan
    backup: Optional[Path]  # the store as it was just before (None on a server: pg_dump's)


@dataclass
class MergeChoice:
    """Both ways of merging a pair, for a person to pick; `suggested_keep` has more data, or is older."""

    suggested_keep: int
    plans: dict[int, MergePlan]  # by the id that would be kept


@dataclass
class _Moves:
    rows: dict[type, list[int]] = field(default_factory=lambda: defaultdict(list))  # ids moving to the kept contact
    renamed: dict[int, str] = field(default_factory=dict)  # custom field id -> its new name
    twins: list[tuple[type, int, dict]] = field(default_factory=list)  # kept rows the other's twin completes
    groups: list[int] = field(default_factory=list)
    group_twins: list[int] = field(default_factory=list)  # groups both are in, from different imports
    fill: dict[str, Any] = field(default_factory=dict)
    tier_id: Optional[int] = None
    referrer_id: Optional[int] = None
    drop_self_referral: bool = False


def plan_merge(db: sessionmaker[Session], keep_id: int, other_id: int) -> MergePlan:
    """What merge_contacts would do; nothing is changed."""
    with db() as session:
        keep, other = _pair(session, keep_id, other_id)
        return _plan(session, keep, other)[0]


def compare(db: sessionmaker[Session], a_id: int, b_id: int) -> MergeChoice:
    """Both directions of a merge, and which contact to keep by default."""
    with db() as session:
        a, b = _pair(session, a_id, b_id)
        plans = {a_id: _plan(session, a, b)[0], b_id: _plan(session, b, a)[0]}
        richer = max((a, b), key=lambda c: (_amount_of_data(session, c), -c.created_at.timestamp(), -c.id))
        return MergeChoice(richer.id, plans)


@refuse_stale
def merge_contacts(db: sessionmaker[Session], keep_id: int, other_id: int) -> MergeResult:
    """Move everything of `other_id` onto `keep_id`, then delete `other_id`. A backup is made first."""
    with db() as session:
        _pair(session, keep_id, other_id)  # refuse before making a pointless backup
    made = backup_before(db, "merge")
    with db.begin() as session:
        keep, other = _pair(session, keep_id, other_id)
        plan, moves = _plan(session, keep, other)
        _apply(session, keep, other, plan, moves)
    return MergeResult(plan, made)


def _pair(session: Session, keep_id: int, other_id: int) -> tuple[Contact, Contact]:
    if keep_id == other_id:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "merge: {keep} and {other} are the same contact; "
                                                         "choose two different contacts"), keep=keep_id, other=other_id)
    found = []
    for cid in (keep_id, other_id):
        contact = session.get(Contact, cid)
        if contact is None:
            raise NotFound(QT_TRANSLATE_NOOP("services", "merge: contact {id}: no such contact"), id=cid)
        if contact.deleted_at is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "merge: contact {id} ({name}) is in the trash; "
                                                             "restore it first"), id=cid, name=contact.display_name)
        found.append(contact)
    return found[0], found[1]


def _rows(session: Session, model: type, contact_id: int) -> list:
    return list(session.scalars(select(model).where(model.contact_id == contact_id).order_by(model.id)))


def _count(session: Session, model: type, contact_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.contact_id == contact_id)) or 0


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _phone_key(phone: Phone) -> tuple:
    if phone.e164:
        return ("e164", phone.e164, phone.extension or "")
    return ("raw", digits(phone.raw) or phone.raw.strip())


def _address_key(address: Address) -> tuple:
    return tuple(" ".join((getattr(address, f) or "").casefold().split())
                 for f in ("street", "city", "region", "postal_code", "country"))


def _address_line(address: Address) -> str:
    return ", ".join(x for x in (address.street, address.city, address.region, address.postal_code,
                                 address.country) if x)


def _plan(session: Session, keep: Contact, other: Contact) -> tuple[MergePlan, _Moves]:
    plan = MergePlan(keep.id, other.id, keep.display_name, other.display_name)
    moves = _Moves()
    _plan_rows(session, keep, other, plan, moves)
    _plan_groups(session, keep, other, plan, moves)
    for name, model in _HISTORY.items():
        setattr(plan, name, _count(session, model, other.id))
    plan.photo = session.get(Photo, keep.id) is None and session.get(Photo, other.id) is not None
    _plan_fields(session, keep, other, plan, moves)
    plan.referrals = session.scalar(select(func.count()).where(Contact.referred_by_id == other.id,
                                                               Contact.id != keep.id)) or 0
    return plan, moves


def _plan_rows(session: Session, keep: Contact, other: Contact, plan: MergePlan, moves: _Moves) -> None:
    """Numbers, emails, addresses, websites and custom fields the kept contact lacks."""
    lists = ((Phone, _phone_key, plan.phones, lambda p: p.raw),
             (Email, lambda e: e.address_key, plan.emails, lambda e: e.address),
             (Address, _address_key, plan.addresses, _address_line),
             (Website, lambda w: w.url.strip().casefold().rstrip("/"), plan.websites, lambda w: w.url))
    for model, key, shown, text in lists:
        kept = {key(row): row for row in _rows(session, model, keep.id)}
        for row in _rows(session, model, other.id):
            twin = kept.get(key(row))
            if twin is None:
                kept[key(row)] = row
                moves.rows[model].append(row.id)
                shown.append(text(row))
                continue
            # Known from both: a label only the other had is kept, and undoing either import
            # must not take away a number the other contact had too.
            values = {}
            if model in (Phone, Email, Website) and _empty(twin.label) and not _empty(row.label):
                values["label"] = row.label
            if twin.import_batch_id != row.import_batch_id and twin.import_batch_id is not None:
                values["import_batch_id"] = None
            if values:
                moves.twins.append((model, twin.id, values))
    kept_fields = _rows(session, CustomField, keep.id)
    names = {f.name for f in kept_fields}
    pairs = {(f.name, f.value) for f in kept_fields}
    for row in _rows(session, CustomField, other.id):
        if (row.name, row.value) in pairs:
            continue  # the very same field twice
        name, n = row.name, 2
        while name in names:
            name, n = f"{row.name} ({n})", n + 1
        if name != row.name:
            moves.renamed[row.id] = name
        names.add(name)
        pairs.add((name, row.value))
        moves.rows[CustomField].append(row.id)
        plan.custom_fields.append(name)


def _plan_groups(session: Session, keep: Contact, other: Contact, plan: MergePlan, moves: _Moves) -> None:
    def memberships(contact_id: int) -> dict[int, Optional[int]]:
        return dict(session.execute(select(contact_groups.c.group_id, contact_groups.c.import_batch_id)
                                    .where(contact_groups.c.contact_id == contact_id)).all())

    kept, theirs = memberships(keep.id), memberships(other.id)
    moves.groups = [gid for gid in theirs if gid not in kept]
    moves.group_twins = [gid for gid in theirs if gid in kept and kept[gid] is not None and kept[gid] != theirs[gid]]
    if moves.groups:
        plan.groups = list(session.scalars(select(Group.name).where(Group.id.in_(moves.groups)).order_by(Group.name)))


def _plan_fields(session: Session, keep: Contact, other: Contact, plan: MergePlan, moves: _Moves) -> None:
    for name in FILL_FIELDS + _QUIET_FIELDS:
        if _empty(getattr(keep, name)) and not _empty(getattr(other, name)):
            moves.fill[name] = getattr(other, name)
            if name in FILL_FIELDS:
                plan.filled.append(name)
    if "lunar_birthday" in moves.fill:
        moves.fill["lunar_leap"] = other.lunar_leap  # the month and whether it is the leap one go together
    if _named_after_itself(session, keep) and not _named_after_itself(session, other):
        moves.fill["display_name"] = other.display_name  # "+34 612…" was only ever a stand-in for a name
        plan.filled.insert(0, "display_name")
    # Of two tiers the better (A before B); a personal cadence only when it is the shorter one.
    if other.tier is not None and (keep.tier is None or other.tier.rank < keep.tier.rank):
        moves.tier_id, plan.tier = other.tier.id, other.tier.code
    tier_cadence = (other.tier if plan.tier else keep.tier)
    effective = keep.cadence_days or (tier_cadence.cadence_days if tier_cadence else None)
    if keep.cadence_days is None and other.cadence_days is not None and (effective is None
                                                                          or other.cadence_days < effective):
        moves.fill["cadence_days"] = plan.cadence_days = other.cadence_days
    # Who referred the other, when the kept contact has no referrer of its own (being referred
    # by the other does not count: that is itself) and no circle would close.
    moves.drop_self_referral = keep.referred_by_id == other.id
    own = None if moves.drop_self_referral else keep.referred_by_id
    candidate = other.referred_by_id
    if own is None and candidate is not None and candidate != keep.id:
        chain = ancestors(session, candidate)
        if keep.id not in chain and other.id not in chain:
            moves.referrer_id = candidate
            referrer = session.get(Contact, candidate)
            plan.referrer = referrer.display_name if referrer else None


def _named_after_itself(session: Session, contact: Contact) -> bool:
    """An import with no name shows the number or email as the name."""
    stand_ins = set(session.scalars(select(Phone.raw).where(Phone.contact_id == contact.id)))
    stand_ins |= set(session.scalars(select(Email.address).where(Email.contact_id == contact.id)))
    return contact.display_name in stand_ins


def _amount_of_data(session: Session, contact: Contact) -> int:
    filled = sum(not _empty(getattr(contact, name)) for name in FILL_FIELDS)
    rows = sum(_count(session, model, contact.id)
               for model in (Phone, Email, Address, Website, CustomField, Note, Interaction, Purchase, FollowUp))
    groups = session.scalar(select(func.count()).where(contact_groups.c.contact_id == contact.id)) or 0
    return filled + rows + groups + (contact.tier_id is not None) + (session.get(Photo, contact.id) is not None)


def _apply(session: Session, keep: Contact, other: Contact, plan: MergePlan, moves: _Moves) -> None:
    kid, oid = keep.id, other.id
    other_stage_taken = "sales_stage" in moves.fill
    for name, value in moves.fill.items():
        setattr(keep, name, value)
    if moves.tier_id is not None:
        keep.tier_id = moves.tier_id
    if moves.drop_self_referral:
        keep.referred_by_id = None
    if moves.referrer_id is not None:
        keep.referred_by_id = moves.referrer_id
    keep.created_at = min(keep.created_at, other.created_at)  # known since the first of the two
    if keep.import_batch_id != other.import_batch_id:
        keep.import_batch_id = None  # two sources now: undoing one import must not delete the merged contact
    session.flush()

    for model, ids in moves.rows.items():
        session.execute(update(model).where(model.id.in_(ids)).values(contact_id=kid))
    for field_id, name in moves.renamed.items():
        session.execute(update(CustomField).where(CustomField.id == field_id).values(name=name))
    for model, row_id, values in moves.twins:
        session.execute(update(model).where(model.id == row_id).values(**values))
    for model in _HISTORY.values():
        session.execute(update(model).where(model.contact_id == oid).values(contact_id=kid))
    session.execute(update(ImportSource).where(ImportSource.contact_id == oid).values(contact_id=kid))
    if plan.photo:
        session.execute(update(Photo).where(Photo.contact_id == oid).values(contact_id=kid))
    _move_groups(session, kid, oid, moves)
    _move_calling(session, kid, oid)
    move_guests(session, kid, oid)
    _move_value_history(session, kid, oid, took_tier=plan.tier is not None, took_stage=other_stage_taken)
    _repoint_filled_fields(session, kid, oid, moves.fill)

    session.execute(update(Contact).where(Contact.referred_by_id == oid, Contact.id != kid)
                    .values(referred_by_id=kid))
    session.execute(delete(Contact).where(Contact.id == oid))  # what did not move goes with it (CASCADE)
    session.expunge(other)
    if kid in ancestors(session, kid):  # someone the other referred had referred the kept one
        session.execute(update(Contact).where(Contact.id == kid).values(referred_by_id=None))
    duplicates.forget_contact(session, oid)
    derived.refresh_all(session, [kid])


def _move_groups(session: Session, kid: int, oid: int, moves: _Moves) -> None:
    groups = contact_groups.c
    if moves.groups:
        session.execute(update(contact_groups).where(groups.contact_id == oid, groups.group_id.in_(moves.groups))
                        .values(contact_id=kid))
    if moves.group_twins:
        session.execute(update(contact_groups).where(groups.contact_id == kid, groups.group_id.in_(moves.group_twins))
                        .values(import_batch_id=None))


def _move_calling(session: Session, kid: int, oid: int) -> None:
    """Snoozes: for a reason both had, the later date holds. Plan moves: the kept contact's win."""
    kept = dict(session.execute(select(Snooze.reason, Snooze.until).where(Snooze.contact_id == kid)).all())
    for reason, until in session.execute(select(Snooze.reason, Snooze.until).where(Snooze.contact_id == oid)).all():
        if reason not in kept:
            session.execute(update(Snooze).where(Snooze.contact_id == oid, Snooze.reason == reason)
                            .values(contact_id=kid))
        elif until > kept[reason]:
            session.execute(update(Snooze).where(Snooze.contact_id == kid, Snooze.reason == reason)
                            .values(until=until))
    pinned = set(session.execute(select(PlanPin.reason, PlanPin.week).where(PlanPin.contact_id == kid)).all())
    for reason, week in session.execute(select(PlanPin.reason, PlanPin.week).where(PlanPin.contact_id == oid)).all():
        if (reason, week) not in pinned:
            session.execute(update(PlanPin).where(PlanPin.contact_id == oid, PlanPin.reason == reason,
                                                  PlanPin.week == week).values(contact_id=kid))


def _move_value_history(session: Session, kid: int, oid: int, *, took_tier: bool, took_stage: bool) -> None:
    """The other's tier log follows only when its tier did (undoing that batch then still fits the
    kept contact), and one row per batch; its stage history only when its stage did, so the
    newest stage change stays the kept contact's stage."""
    if took_tier:
        own_batches = select(TierChange.batch_id).where(TierChange.contact_id == kid)
        session.execute(update(TierChange).where(TierChange.contact_id == oid,
                                                 TierChange.batch_id.not_in(own_batches)).values(contact_id=kid))
    if took_stage:
        session.execute(update(StageChange).where(StageChange.contact_id == oid).values(contact_id=kid))
    # Losses won back are history and follow; a loss still open follows only where the kept contact
    # is lost with none open (the kept contact's status is what stays).
    session.execute(update(Loss).where(Loss.contact_id == oid, Loss.won_back_on.is_not(None)).values(contact_id=kid))
    kept_lost = session.scalar(select(Contact.status).where(Contact.id == kid)) == STATUS_LOST
    if kept_lost and not session.scalar(select(Loss.id).where(Loss.contact_id == kid, Loss.won_back_on.is_(None))):
        session.execute(update(Loss).where(Loss.contact_id == oid).values(contact_id=kid))


def _repoint_filled_fields(session: Session, kid: int, oid: int, filled: dict[str, Any]) -> None:
    """An import that filled a field of the other, now copied to the kept contact: undoing that
    import empties it on the kept contact, as it would have on the other."""
    if not filled:
        return
    for batch in session.scalars(select(ImportBatch).where(ImportBatch.filled_fields.is_not(None),
                                                           ImportBatch.undone_at.is_(None))):
        entries = json.loads(batch.filled_fields or "[]")
        changed = False
        for entry in entries:
            contact_id, name, value = entry
            if contact_id == oid and name in filled and filled[name] == value:
                entry[0], changed = kid, True
        if changed:
            batch.filled_fields = json.dumps(entries, ensure_ascii=False)
