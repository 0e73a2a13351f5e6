"""Who is invited to an event and what each answered: invited, accepted, declined, attended, no-show,
with the day it changed. Accepting beyond the capacity is refused; inviting beyond it only warns
(some will decline). Marking a guest attended logs a meeting, which counts as contact, in the same
transaction; taking it back removes that meeting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import GUEST_STATUSES, Contact, EventGuest, Interaction, Tier
from app.models.events import HOLDS_A_PLACE

from .. import derived, interactions, settings
from ..dates import local_now
from ..desk import greet
from ..errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from ..greetings import language_from_locale
from .calendar import load_event

# The meeting's summary in the user's language (it is their history, not the customer's).
_ATTENDED = {"en": "Attended {event}", "zh_CN": "参加了{event}", "es": "Asistió a {event}"}


@dataclass(frozen=True)
class InviteResult:
    added: int
    already: int  # on the list before
    expected: int  # guests not declined, now
    capacity: Optional[int]

    @property
    def over_capacity(self) -> int:
        """How many more are invited than there are places (a warning: some will decline)."""
        return max(0, self.expected - self.capacity) if self.capacity else 0


@dataclass(frozen=True)
class GuestRow:
    contact_id: int
    display_name: str
    tier: Optional[str]
    status: str
    status_on: date
    invited_on: date

    def as_json(self) -> dict:
        return {"contact_id": self.contact_id, "display_name": self.display_name, "tier": self.tier,
                "status": self.status, "status_on": self.status_on.isoformat(),
                "invited_on": self.invited_on.isoformat()}


def parse_status(text: str) -> str:
    status = (text or "").strip().lower().replace("-", "_").replace(" ", "_")
    if status not in GUEST_STATUSES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "status: '{text}' is not one of {choices}"),
                           text=text, choices=", ".join(GUEST_STATUSES))
    return status


def chosen(db: sessionmaker[Session], choice: greet.Choice, today: date) -> list[int]:
    """The customers the desk's filters choose (tier, group, city, stage), by name."""
    return [cid for cid, _day in greet.choose(db, choice, today)]


def invite(db: sessionmaker[Session], event_id: int, contact_ids: Sequence[int], today: date) -> InviteResult:
    ids = list(dict.fromkeys(contact_ids))
    with db.begin() as session:
        event = load_event(session, event_id)
        present = set(session.scalars(select(EventGuest.contact_id).where(EventGuest.event_id == event_id)))
        known = set()
        for start in range(0, len(ids), 500):
            known |= set(session.scalars(select(Contact.id).where(Contact.id.in_(ids[start:start + 500]))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: no such contact"), id=missing[0])
        fresh = [i for i in ids if i not in present]
        session.add_all(EventGuest(event_id=event_id, contact_id=i, status="invited", status_on=today,
                                   invited_on=today) for i in fresh)
        session.flush()
        expected = session.scalar(select(func.count()).select_from(EventGuest).where(
            EventGuest.event_id == event_id, EventGuest.status != "declined")) or 0
        return InviteResult(len(fresh), len(ids) - len(fresh), expected, event.capacity)


def uninvite(db: sessionmaker[Session], event_id: int, contact_ids: Sequence[int]) -> None:
    with db.begin() as session:
        guests = _guests(session, event_id, contact_ids)
        for guest in guests:
            _take_back_meeting(session, guest)
            session.delete(guest)


def set_status(db: sessionmaker[Session], event_id: int, contact_ids: Sequence[int], status: str, today: date,
               now: Optional[datetime] = None) -> int:
    """Every guest given gets `status`, or none does (a refusal names why)."""
    status = parse_status(status)
    now = now or local_now()
    with db.begin() as session:
        event = load_event(session, event_id)
        guests = _guests(session, event_id, contact_ids)
        if status == "accepted" and event.capacity:  # who came is a fact, walk-ins too: never refused
            holding = set(session.scalars(select(EventGuest.contact_id).where(
                EventGuest.event_id == event_id, EventGuest.status.in_(HOLDS_A_PLACE))))
            newcomers = [g for g in guests if g.contact_id not in holding]
            if len(holding) + len(newcomers) > event.capacity:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "event '{event}': {taken} of {capacity} places are "
                                                                 "taken; {count} more cannot accept"),
                                   event=event.name, taken=len(holding), capacity=event.capacity,
                                   count=len(newcomers))
        if status in ("attended", "no_show") and event.starts_at > now:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "event '{event}': it starts {when}; who came is marked "
                                                             "once it has begun"),
                               event=event.name, when=event.starts_at.isoformat(sep=" ", timespec="minutes"))
        language = settings.get_in(session, "language") or language_from_locale()
        summary = _ATTENDED.get(language, _ATTENDED["en"]).format(event=event.name)
        for guest in guests:
            if guest.status == status:
                continue
            if guest.status == "attended":
                _take_back_meeting(session, guest)
            if status == "attended":
                guest.meeting_id = interactions.record(session, guest.contact_id, "meeting", event.starts_at,
                                                       summary=summary).id
            guest.status, guest.status_on = status, today
        return len(guests)


def _take_back_meeting(session: Session, guest: EventGuest) -> None:
    if guest.meeting_id is None:
        return
    meeting = session.get(Interaction, guest.meeting_id)
    guest.meeting_id = None
    if meeting is not None:
        session.delete(meeting)
        session.flush()
        derived.refresh_contact_dates(session, [guest.contact_id])


def _guests(session: Session, event_id: int, contact_ids: Sequence[int]) -> list[EventGuest]:
    ids = list(dict.fromkeys(contact_ids))
    found = {g.contact_id: g for g in session.scalars(select(EventGuest).where(
        EventGuest.event_id == event_id, EventGuest.contact_id.in_(ids)))} if ids else {}
    for cid in ids:
        if cid not in found:
            raise NotFound(QT_TRANSLATE_NOOP("services", "contact {id}: not on this event's guest list"), id=cid)
    return [found[cid] for cid in ids]


def guest_list(db: sessionmaker[Session], event_id: int, status: Optional[str] = None) -> list[GuestRow]:
    """By status (in the order a guest moves through them), then name."""
    with db() as session:
        load_event(session, event_id)
        query = (select(Contact.id, Contact.display_name, Tier.code, EventGuest.status, EventGuest.status_on,
                        EventGuest.invited_on)
                 .join(EventGuest, EventGuest.contact_id == Contact.id)
                 .outerjoin(Tier, Tier.id == Contact.tier_id)
                 .where(EventGuest.event_id == event_id))
        if status:
            query = query.where(EventGuest.status == parse_status(status))
        rows = [GuestRow(*row) for row in session.execute(query)]
    order = {s: n for n, s in enumerate(GUEST_STATUSES)}
    return sorted(rows, key=lambda r: (order.get(r.status, 99), r.display_name.lower(), r.contact_id))


def move_guests(session: Session, keep_id: int, other_id: int) -> None:
    """Merging two customers: the other's invitations follow, except to events the kept one is on."""
    kept = select(EventGuest.event_id).where(EventGuest.contact_id == keep_id)
    session.execute(update(EventGuest).where(EventGuest.contact_id == other_id, EventGuest.event_id.not_in(kept))
                    .values(contact_id=keep_id))
    session.execute(delete(EventGuest).where(EventGuest.contact_id == other_id))
