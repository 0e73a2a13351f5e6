"""The events themselves: name, kind, when, where, how many places."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import EVENT_KINDS, Event, EventGuest

from ..errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound

MAX_NAME = 120
MAX_CAPACITY = 100_000


@dataclass
class EventData:
    name: str
    starts_at: datetime
    kind: str = "other"
    place: Optional[str] = None
    capacity: Optional[int] = None

    def cleaned(self) -> dict:
        name = " ".join((self.name or "").split())
        if not name:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "event: a name is needed"))
        if len(name) > MAX_NAME:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "event: '{text}' is longer than {limit} characters"),
                               text=name[:40] + "…", limit=MAX_NAME)
        kind = (self.kind or "other").strip().lower().replace("-", "_").replace(" ", "_")
        if kind not in EVENT_KINDS:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "kind: '{text}' is not one of {choices}"),
                               text=self.kind, choices=", ".join(EVENT_KINDS))
        if self.capacity is not None and not 0 < self.capacity <= MAX_CAPACITY:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "capacity: {capacity} is not 1 to {limit} places"),
                               capacity=self.capacity, limit=MAX_CAPACITY)
        return {"name": name, "kind": kind, "starts_at": self.starts_at.replace(second=0, microsecond=0),
                "place": (self.place or "").strip() or None, "capacity": self.capacity}


@dataclass(frozen=True)
class EventRow:
    id: int
    name: str
    kind: str
    starts_at: datetime
    place: Optional[str]
    capacity: Optional[int]
    counts: dict  # status → guests

    @property
    def guests(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "starts_at": self.starts_at.isoformat(
            timespec="minutes"), "place": self.place, "capacity": self.capacity, "guests": self.guests,
            "statuses": dict(self.counts)}


def add_event(db: sessionmaker[Session], data: EventData) -> int:
    with db.begin() as session:
        event = Event(**data.cleaned())
        session.add(event)
        session.flush()
        return event.id


def update_event(db: sessionmaker[Session], event_id: int, data: EventData) -> None:
    with db.begin() as session:
        event = load_event(session, event_id)
        for key, value in data.cleaned().items():
            setattr(event, key, value)


def delete_event(db: sessionmaker[Session], event_id: int) -> None:
    """The event and its guest list; meetings logged for those who attended stay in their history."""
    with db.begin() as session:
        session.delete(load_event(session, event_id))


def load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "event {id}: no such event"), id=event_id)
    return event


def get_event(db: sessionmaker[Session], event_id: int) -> EventRow:
    return next(row for row in list_events(db, only=event_id))


def list_events(db: sessionmaker[Session], only: Optional[int] = None) -> list[EventRow]:
    """Newest first, each with its guests counted by status."""
    with db() as session:
        query = select(Event).order_by(Event.starts_at.desc(), Event.id.desc())
        if only is not None:
            load_event(session, only)
            query = query.where(Event.id == only)
        events = list(session.scalars(query))
        counts: dict[int, dict[str, int]] = {}
        count_query = select(EventGuest.event_id, EventGuest.status, func.count()).group_by(
            EventGuest.event_id, EventGuest.status)
        if only is not None:
            count_query = count_query.where(EventGuest.event_id == only)
        for event_id, status, n in session.execute(count_query):
            counts.setdefault(event_id, {})[status] = n
    return [EventRow(e.id, e.name, e.kind, e.starts_at, e.place, e.capacity, counts.get(e.id, {})) for e in events]


def resolve_event(db: sessionmaker[Session], ref: str) -> int:
    """An event by id or by its exact name (case aside); a name two events share is refused, naming their ids."""
    text = (ref or "").strip()
    with db() as session:
        if text.isdigit() and session.get(Event, int(text)) is not None:
            return int(text)
        ids = list(session.scalars(select(Event.id).where(func.lower(Event.name) == text.lower()).order_by(Event.id)))
    if len(ids) == 1:
        return ids[0]
    if ids:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "event '{text}': {count} events have that name (ids {ids}); "
                                                         "give the id"), text=text, count=len(ids),
                           ids=", ".join(map(str, ids)))
    raise NotFound(QT_TRANSLATE_NOOP("services", "event '{text}': no event has that id or name"), text=text)
