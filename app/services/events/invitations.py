"""The invitation to each guest, written through the desk's templates (occasion "invitation", with
{event}, {event_date} and {place}) in the guest's own language, the date written as that language
writes it; copied or sent by the person, then logged as a message, which counts as contact."""
from __future__ import annotations

from datetime import datetime
from typing import Optional, Sequence

from sqlalchemy.orm import Session, sessionmaker

from .. import interactions
from ..dates import local_now
from ..desk.compose import Greeting, compose, recipients
from .calendar import load_event
from .guests import guest_list

_WEEKDAYS = {"zh": "一二三四五六日", "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
             "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}
_MONTHS = {"es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre"),
           "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")}


def when_in(language: str, when: datetime) -> str:
    """The event's day and time as a letter in that language says it: 12月18日（周五）19:00,
    viernes 18 de diciembre a las 19:00, Friday 18 December at 19:00."""
    clock = when.strftime("%H:%M")
    weekday = when.weekday()
    if language == "zh":
        return f"{when.month}月{when.day}日（周{_WEEKDAYS['zh'][weekday]}）{clock}"
    if language == "es":
        return f"{_WEEKDAYS['es'][weekday]} {when.day} de {_MONTHS['es'][when.month - 1]} a las {clock}"
    return f"{_WEEKDAYS['en'][weekday]} {when.day} {_MONTHS['en'][when.month - 1]} at {clock}"


def invitations(db: sessionmaker[Session], event_id: int, contact_ids: Optional[Sequence[int]] = None,
                template: Optional[dict[str, str]] = None) -> list[Greeting]:
    """One invitation per guest (or per guest given), in the guest list's order."""
    with db() as session:
        event = load_event(session, event_id)
        name, starts_at, place = event.name, event.starts_at, event.place or ""
    ids = [g.contact_id for g in guest_list(db, event_id)] if contact_ids is None else list(contact_ids)
    by_language: dict[str, list[int]] = {}
    for recipient in recipients(db, ids):
        by_language.setdefault(recipient.language, []).append(recipient.contact_id)
    written: dict[int, Greeting] = {}
    for language, chunk in by_language.items():
        extra = {"event": name, "event_date": when_in(language, starts_at), "place": place}
        written.update((g.contact_id, g) for g in compose(db, "invitation", chunk, extra=extra, template=template))
    return [written[i] for i in ids if i in written]


def log_sent(db: sessionmaker[Session], found: Sequence[Greeting], now: Optional[datetime] = None) -> int:
    """Each invitation logged as a message with its text, now: contact made, so the next due date moves."""
    now = now or local_now()
    for g in found:
        interactions.log_interaction(db, g.contact_id, "message", when=now, summary=g.text, now=now)
    return len(found)


__all__ = ["Greeting", "invitations", "log_sent", "when_in"]
