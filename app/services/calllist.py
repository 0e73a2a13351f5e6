"""Who to call today, and why.

Cadence: a contact with a tier or a personal cadence is due when
today >= last contact (or, never contacted, the day the cadence was set) +
cadence days; that date is the indexed `next_due` column. Entries are ordered
by cycles overdue (days overdue / cadence), most first, then tier, then name.
Also listed, each with its reason: birthdays and anniversaries in the next days,
follow-ups scheduled for a date, warranties ending within 30 days, and
referrers to thank when someone they referred first buys. Lost and trashed
contacts never appear. "Today" is always a parameter, never the wall clock.
"""
from __future__ import annotations

from copy import copy
from datetime import date, datetime, timedelta
from typing import Collection, Iterable, Optional

from sqlalchemy import and_, exists, func, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    ALL_REASONS, STATUS_ACTIVE, Address, Contact, FollowUp, Note, Phone, Purchase, Snooze, Tier,
)
from app.models.calling import (
    REASONS, REASON_HOLIDAY, REASON_ANNIVERSARY, REASON_BIRTHDAY, REASON_CADENCE, REASON_FOLLOW_UP, REASON_THANK_REFERRER, REASON_WARRANTY,
)
from app.models.portable import as_date, in_ids, likely, newest_per

from . import settings
from .dates import month_day
from .call_entry import CallEntry, ListSetup  # noqa: F401 - where callers have always found them
from .follow_ups import close_follow_ups, schedule_follow_up, snooze  # noqa: F401 - as above
from .desk.personal import PERSON_COLUMNS, personal_greeting
from .derived import plain_text
from .greetings import greeter, greeting, language_from_locale
from .importing.gc_pause import collector_paused
from .phones import display

HOLIDAY_DAYS_AHEAD = 3  # "greet your A and B customers" shows this many days before
WARRANTY_DAYS = 30
THANK_REFERRER_DAYS = 30
_MOBILE = ("mobile", "cell", "手机", "móvil", "movil", "celular")


def _live():
    # likely(): nearly every contact is live. Without it SQLite (the store has no ANALYZE
    # statistics) walks the live index and looks up every row, even for a birthday scan, and
    # starts warranties from the contacts instead of the purchases' warranty_until index
    # (100,000 contacts: warranties 73 ms instead of 32, both date scans 84 instead of 60;
    # bench/calllist_bench.py). The cadence query still uses the live index for next_due.
    return and_(likely(Contact.deleted_at.is_(None)), likely(Contact.status == STATUS_ACTIVE))


# What every entry shows of its contact. The cadence query reads these from the covering
# index ix_contacts_due_card alone; tiers and snoozes are small tables read once into
# dicts, so no row pays for a join or a correlated subquery.
_CONTACT = (Contact.id, Contact.display_name, Contact.last_contact_at, Contact.organization,
            Contact.tier_id, Contact.cadence_days)


class _Rows:
    """One query's rows made entries: the tiers and the snoozes of `reason`, read once.

    A snoozed entry is due again on the snooze's last day: hidden from lists that end
    before it (today's), shown from that day in the week's plan (`horizon`: the last day
    the query looks at).
    """

    def __init__(self, session: Session, reason: str, today: date, horizon: Optional[date] = None) -> None:
        self.session, self.reason, self.today = session, reason, today
        self.horizon = horizon or today
        shared = session.info.get(_SHARED)
        if shared is not None and shared.get("today") == today:  # today_parts: read once for all its queries
            self.tiers, self.snoozed = shared["tiers"], shared["snoozed"].get(reason, {})
            return
        self.tiers = _tiers(session)
        self.snoozed: dict[int, date] = dict(session.execute(
            select(Snooze.contact_id, func.max(Snooze.until))
            .where(Snooze.reason.in_((reason, ALL_REASONS)), Snooze.until > today).group_by(Snooze.contact_id)).all())

    def fetch(self, statement):
        """Core rows (no ORM loading: thousands of plain tuples), without those snoozed past the horizon."""
        snoozed, horizon = self.snoozed, self.horizon
        return [row for row in self.session.connection().execute(statement).all()
                if row[0] not in snoozed or snoozed[row[0]] <= horizon]

    def entry(self, row, due: date, detail: str = "", follow_up_id: Optional[int] = None) -> CallEntry:
        # Positional and without slicing the row: this runs for each of thousands of entries.
        tier = self.tiers.get(row[4], _NO_TIER)
        last = row[2]
        until = self.snoozed.get(row[0])
        if until is not None and until > due:
            due = until
        overdue = (self.today - due).days
        entry = CallEntry(row[0], row[1], self.reason, due, overdue if overdue > 0 else 0, tier[0], tier[1],
                          tier[2], row[5] or tier[3], detail, None, None, last.date() if last else None, None,
                          row[3], None, None, follow_up_id)
        if until is not None:
            entry.extra["snoozed_until"] = until
        return entry


_NO_TIER = (None, None, 99, None)
_SHARED = "rapport.calllist.shared"  # session.info: the tiers and every reason's snoozes, while today_parts runs


def _tiers(session: Session) -> dict:
    return {tid: (code, colour, rank, cadence) for tid, code, colour, rank, cadence
            in session.execute(select(Tier.id, Tier.code, Tier.colour, Tier.rank, Tier.cadence_days))}


def _shared(session: Session, today: date, only: Optional[Collection[int]] = None) -> dict:
    """What every query of one list reads the same: the tiers, and each reason's snoozes (a snooze of
    all reasons counts for each), in two statements instead of two per reason. A patch of one touched
    contact runs a dozen small queries, and building each statement cost more than running it."""
    by_reason: dict[str, dict[int, date]] = {}
    every: dict[int, date] = {}
    for cid, reason, until in session.execute(
            select(Snooze.contact_id, Snooze.reason, func.max(Snooze.until))
            .where(Snooze.until > today, true() if only is None else Snooze.contact_id.in_(sorted(only)))
            .group_by(Snooze.contact_id, Snooze.reason)).all():
        into = every if reason == ALL_REASONS else by_reason.setdefault(reason, {})
        into[cid] = until
    snoozed = {}
    for reason in REASONS:
        mine = dict(every)
        for cid, until in by_reason.get(reason, {}).items():
            if cid not in mine or until > mine[cid]:
                mine[cid] = until
        snoozed[reason] = mine
    return {"today": today, "tiers": _tiers(session), "snoozed": snoozed}


def _among(only: Optional[Collection[int]]):
    """All contacts, or only these (today's kept list recomputes the contacts a write touched)."""
    return true() if only is None else Contact.id.in_(sorted(only))


def cadence_entries(session: Session, today: date, until: Optional[date] = None, after: Optional[date] = None,
                    only: Optional[Collection[int]] = None) -> list[CallEntry]:
    """Due by `until` (default today), and after `after` if given: the plan asks for the whole week
    ahead, and for the next week's to bring some forward."""
    rows = _Rows(session, REASON_CADENCE, today, until)
    due = Contact.next_due <= (until or today)
    return [rows.entry(row, row[6]) for row in rows.fetch(
        select(*_CONTACT, Contact.next_due).where(_live(), _among(only),
                                                  due if after is None else and_(due, Contact.next_due > after)))]


def follow_up_entries(session: Session, today: date, until: Optional[date] = None,
                      only: Optional[Collection[int]] = None) -> list[CallEntry]:
    rows = _Rows(session, REASON_FOLLOW_UP, today, until)
    return [rows.entry(row, row[6], detail=row[7] or "", follow_up_id=row[8]) for row in rows.fetch(
        select(*_CONTACT, FollowUp.due_on, FollowUp.summary, FollowUp.id)
        .join(FollowUp, FollowUp.contact_id == Contact.id)
        .where(_live(), _among(only), FollowUp.done_at.is_(None), FollowUp.due_on <= (until or today)))]


def _month_days(start: date, days: int) -> dict[str, date]:
    """"MM-DD" → the date it next falls on, for each day of the window (Feb 29 greeted on Feb 28)."""
    out: dict[str, date] = {}
    for n in range(days + 1):
        day = start + timedelta(days=n)
        out[day.strftime("%m-%d")] = day
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            out["02-29"] = day
    return out


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def date_entries(session: Session, today: date, days: int, language: str, start: Optional[date] = None,
                 only: Optional[Collection[int]] = None) -> list[CallEntry]:
    """Birthdays and anniversaries from `start` (default today) to `start + days`.

    One stays until it is greeted: a contact reached on the day itself. A call in the days
    before (a tier-A customer's weekly one) is not a greeting; counting it hid the birthdays
    of exactly the customers who matter most.
    """
    window = _month_days(start or today, days)
    entries = []
    for reason, column in ((REASON_BIRTHDAY, Contact.birthday), (REASON_ANNIVERSARY, Contact.anniversary)):
        rows = _Rows(session, reason, today, start + timedelta(days=days) if start else today)
        for row in rows.fetch(select(*_CONTACT, column, *PERSON_COLUMNS)
                              .where(_live(), _among(only), month_day(column).in_(list(window)))):
            when = window[row[6][-5:]]
            last = row[2]
            if last is not None and last.date() >= when:
                continue  # already greeted this time round
            # In the customer's language, never the window's: 张总 reads Chinese in an English window.
            # A birthday's is written below, as the greetings desk writes it.
            said_in, text = personal_greeting(reason, row[1], *row[7:]) if reason != REASON_BIRTHDAY else ("", "")
            entry = rows.entry(row, when, detail=text)
            entry.extra["language"] = said_in
            if row[6][:4].isdigit():
                entry.extra["age"] = when.year - int(row[6][:4])
            entries.append(entry)
    entries += _lunar_birthdays(session, today, start or today, days, only)
    _desk_birthday_greetings(session, [e for e in entries if e.reason == REASON_BIRTHDAY])
    return entries


def _desk_birthday_greetings(session: Session, entries: list[CallEntry]) -> None:
    """The birthday greeting "Copy greeting" copies is the one the greetings desk shows and sends: from
    its birthday template, as the user edited it there, and signed as they sign there."""
    from .desk.compose import texts_for

    written = texts_for(session, "birthday", [e.contact_id for e in entries])
    for entry in entries:
        entry.extra["language"], entry.detail = written[entry.contact_id]


def _lunar_birthdays(session: Session, today: date, start: date, days: int,
                     only: Optional[Collection[int]] = None) -> list[CallEntry]:
    """Birthdays kept in the lunar calendar, on this year's Gregorian day (the few who have one: indexed)."""
    from .desk.lunar import lunar_label, occurrences

    rows, entries = _Rows(session, REASON_BIRTHDAY, today, start + timedelta(days=days)), []
    for row in rows.fetch(select(*_CONTACT, Contact.lunar_birthday, *PERSON_COLUMNS, Contact.lunar_leap)
                          .where(_live(), _among(only), Contact.lunar_birthday.is_not(None))):
        for when in occurrences(row[6], row[12], start, start + timedelta(days=days)):
            if row[2] is not None and row[2].date() >= when:
                continue  # already greeted this time round
            entry = rows.entry(row, when)  # its greeting written by date_entries, as the desk writes it
            entry.extra.update(lunar=True, lunar_birthday=lunar_label(row[6], row[12]))
            entries.append(entry)
    return entries


def warranty_entries(session: Session, today: date, until: Optional[date] = None,
                     only: Optional[Collection[int]] = None) -> list[CallEntry]:
    """Warranties ending within WARRANTY_DAYS; the message in the customer's language, not the window's."""
    end = (until or today) + timedelta(days=WARRANTY_DAYS)
    rows = _Rows(session, REASON_WARRANTY, today, until)
    ahead = timedelta(days=WARRANTY_DAYS)
    entries = []
    for row in rows.fetch(
            select(*_CONTACT, Purchase.warranty_until, Purchase.product, Purchase.model, *PERSON_COLUMNS)
            .join(Purchase, Purchase.contact_id == Contact.id)
            .where(_live(), _among(only), Purchase.warranty_until >= today, Purchase.warranty_until <= end,
                   ~_warranty_visit_scheduled())):
        ends, last = row[6], row[2]
        if last is not None and last.date() >= ends - ahead:
            continue  # the after-sale call was made
        product = f"{row[7]} {row[8]}" if row[8] else row[7]
        said_in, text = personal_greeting(REASON_WARRANTY, row[1], *row[9:], product=product, date=ends.isoformat())
        entry = rows.entry(row, max(today, ends - ahead), text)
        entry.extra["language"] = said_in
        entries.append(entry)
    return entries


def _warranty_visit_scheduled():
    """The purchase's return visit before its warranty ends (app/services/return_visits) is a follow-up
    of its own, made, moved or done there: the warranty entry would list the same call twice."""
    return exists().where(FollowUp.purchase_id == Purchase.id, FollowUp.return_visit == "warranty")


def thank_referrer_entries(session: Session, today: date, only: Optional[Collection[int]] = None
                           ) -> list[CallEntry]:
    """Referrers whose referred customer first bought in the last THANK_REFERRER_DAYS, not yet called since;
    the thanks in the referrer's language."""
    since = today - timedelta(days=THANK_REFERRER_DAYS)
    referred = Contact.__table__.alias("referred")
    earlier = Purchase.__table__.alias("earlier")
    buyers = true()
    if only is not None:  # the customers these referrers referred: read first, so the purchases are found by them
        referred_ids = session.connection().execute(
            select(Contact.id).where(Contact.referred_by_id.in_(sorted(only)))).scalars().all()
        if not referred_ids:
            return []
        buyers = Purchase.contact_id.in_(referred_ids)
    # Start from the purchases in the window (ix_purchases_date) and keep the customers with
    # no purchase before it (ix_purchases_contact_date): no grouping of the whole history.
    first_buy = (
        select(Purchase.contact_id, func.min(Purchase.purchased_on).label("first_on"))
        .where(Purchase.purchased_on >= since, Purchase.purchased_on <= today,
               ~select(earlier.c.contact_id)  # not SELECT *: the index answers alone
               .where(earlier.c.contact_id == Purchase.contact_id, earlier.c.purchased_on < since).exists(),
               buyers)
        .group_by(Purchase.contact_id).subquery()
    )
    rows = _Rows(session, REASON_THANK_REFERRER, today)
    entries = []
    for row in rows.fetch(
            select(*_CONTACT, first_buy.c.first_on, referred.c.display_name, *PERSON_COLUMNS)
            .select_from(first_buy)
            .join(referred, referred.c.id == first_buy.c.contact_id)
            .join(Contact, Contact.id == referred.c.referred_by_id)
            .where(_live(), _among(only), referred.c.deleted_at.is_(None),
                   or_(Contact.last_contact_at.is_(None),
                       as_date(Contact.last_contact_at) < first_buy.c.first_on))):
        said_in, text = personal_greeting(REASON_THANK_REFERRER, row[1], *row[8:], referred=row[7])
        entry = rows.entry(row, row[6], detail=text)
        entry.extra["language"] = said_in
        entries.append(entry)
    return entries


def holiday_entries(session: Session, today: date, country: str, language: str,
                    days: int = HOLIDAY_DAYS_AHEAD) -> list[CallEntry]:
    """One entry per coming holiday: greet your A and B customers (not one entry per customer)."""
    from .greeting_days import greeting_days, local_name

    coming = greeting_days(country, today, days)
    if not coming:
        return []
    important = session.scalar(
        select(func.count(Contact.id)).join(Tier, Tier.id == Contact.tier_id)
        .where(_live(), Tier.code.in_(("A", "B")))) or 0
    entries = []
    for day, name in coming:
        label = local_name(name, language)
        entries.append(CallEntry(
            contact_id=None, display_name=label, reason=REASON_HOLIDAY, due_date=day, days_overdue=0,
            detail=greeting("holiday", language, holiday=label, date=day.isoformat(), count=str(important)),
            extra={"holiday": name, "customers": important}))
    return entries


def _first_line(body: str, fmt: str) -> Optional[str]:
    text = plain_text(body, fmt).strip()
    return text.splitlines()[0][:120] if text else None


def fill_contact_details(session: Session, entries: Iterable[CallEntry]) -> None:
    """Best number, first line of the newest note, newest address: three queries for any number of entries.

    The today pane asks for the entries on screen only; the command line and the plan for all.
    """
    entries = [e for e in entries if e.contact_id is not None]
    if not entries:
        return
    # The ids travel as one JSON array (portable.in_ids): one statement per table however
    # long the list, instead of a statement per 500 bound ids (5,400 entries: 52 ms, not 65).
    wanted = {e.contact_id for e in entries}
    connection = session.connection()
    phones: dict[int, tuple[int, str, str]] = {}
    for cid, raw, e164, label in connection.execute(
            select(Phone.contact_id, Phone.raw, Phone.e164, Phone.label)
            .where(in_ids(Phone.contact_id, wanted)).order_by(Phone.id)).all():
        rank = 0 if label and label.lower() in _MOBILE else (1 if e164 else 2)
        if rank < phones.get(cid, _NO_PHONE)[0]:
            phones[cid] = (rank, e164 or raw, e164 is not None)
    # Each contact's newest note and address, one statement each (portable.newest_per).
    dialect = connection.dialect.name
    notes = {cid: _first_line(body, fmt) for cid, body, fmt, _ in connection.execute(
        newest_per(dialect, (Note.contact_id, Note.body, Note.format), Note.contact_id, Note.created_at,
                   in_ids(Note.contact_id, wanted))).all()}
    addresses = {cid: (city, ", ".join(x.replace("\n", ", ") for x in (street, city, region) if x))
                 for cid, street, city, region, _ in connection.execute(
                     newest_per(dialect, (Address.contact_id, Address.street, Address.city, Address.region),
                                Address.contact_id, Address.id, in_ids(Address.contact_id, wanted))).all()}
    region = settings.display_region(session)
    for e in entries:
        cid = e.contact_id
        if cid in phones:
            _, e.phone, valid = phones[cid]
            e.phone_display = display(e.phone, region, valid=valid)
        e.note = notes.get(cid)
        if cid in addresses:
            e.city, e.address = addresses[cid]
        e.filled = True


_NO_PHONE = (3, None, False)


def fill_details(db: sessionmaker[Session], entries: Iterable[CallEntry]) -> list[CallEntry]:
    """`fill_contact_details` in a session of its own, for the pane's rows as they come on screen."""
    entries = list(entries)
    with db() as session:
        fill_contact_details(session, entries)
    return entries


def today_list(db: sessionmaker[Session], today: date, *, days_ahead: Optional[int] = None,
               language: Optional[str] = None, details: bool = True) -> list[CallEntry]:
    """Everyone to call on `today`, cadence first (most overdue), then the dated reasons by date.

    Read from the list kept up to date on every write (app/services/today_kept), not computed
    again per call; `computed_today_list` is the computation it is checked against. The entries
    are shared with the kept list: read them, or copy one before changing it.
    details=False leaves phone, note and address to `fill_details`, for the rows the user sees.
    """
    from .today_kept import keeper
    from .today_kept.book import kept_entries

    # The settings' list is also kept in the store, for the next process (today_kept/stored.py).
    computed_at = keeper.file_stamp(db) if days_ahead is None and language is None else None
    entries = kept_entries(db, today, days_ahead, language)  # settings read once, until one changes
    if entries is None:  # a store the kept lists do not follow (see today_kept)
        return computed_today_list(db, today, days_ahead=days_ahead, language=language, details=details)
    filled = None
    if details:
        entries = filled = [copy(e) for e in entries]  # filled copies: the kept entries stay as computed
        with db() as session:
            fill_contact_details(session, entries)
    if computed_at is not None and keeper.wanted(db, today):
        keeper.keep(db, today, filled if filled is not None else fill_details(db, [copy(e) for e in entries]),
                    computed_at)
    return entries


def computed_today_list(db: sessionmaker[Session], today: date, *, days_ahead: Optional[int] = None,
                        language: Optional[str] = None, details: bool = True) -> list[CallEntry]:
    """Today's list computed from the whole store: the reference for the kept list."""
    days, language = _days_and_language(db, days_ahead, language)
    # Thousands of entries and rows, none in a reference cycle: the cyclic collector would only
    # rescan them (it took a third of the time of a 6,000-entry day).
    with collector_paused(), db() as session:
        cadence, others = today_parts(db, session, today, days, language)
        entries = sorted(cadence, key=cadence_key) + sorted(others, key=dated_key)
        if details:
            fill_contact_details(session, entries)
        return entries


def _days_and_language(db: sessionmaker[Session], days_ahead: Optional[int], language: Optional[str]
                       ) -> tuple[int, str]:
    days = days_ahead if days_ahead is not None else settings.get(db, "birthday_days_ahead")
    return days, language or settings.get(db, "language") or language_from_locale()


def today_parts(db: sessionmaker[Session], session: Session, today: date, days: int, language: str,
                only: Optional[Collection[int]] = None, reorder: bool = True, learned: Optional[list] = None
                ) -> tuple[list[CallEntry], list[CallEntry]]:
    """(cadence entries, dated entries), unsorted: of every contact, or `only` of these (no holidays then,
    which are about many customers), and without the reorder entries when `reorder` is False
    (`learned`: the reorder forecasts to use, see reorder_entries)."""
    session.info[_SHARED] = _shared(session, today, only)
    try:
        cadence = cadence_entries(session, today, only=only)
        others = (follow_up_entries(session, today, only=only)
                  + date_entries(session, today, days, language, only=only)
                  + warranty_entries(session, today, only=only) + thank_referrer_entries(session, today, only=only))
        if only is None:
            others += holiday_entries(session, today, settings.display_region(session), language)
        if reorder:
            others += _reorder_entries(db, session, today, language, only, learned)
    finally:
        session.info.pop(_SHARED, None)
    return cadence, others


def cadence_key(entry: CallEntry) -> tuple:
    return entry.sort_key


# Dated entries: by date, tier, name; then, so that the order never depends on the order rows
# came back in, by kind of reason, contact and what the entry is about.
_GROUP = {REASON_FOLLOW_UP: 0, REASON_BIRTHDAY: 1, REASON_ANNIVERSARY: 2, REASON_WARRANTY: 3,
          REASON_THANK_REFERRER: 4, REASON_HOLIDAY: 5}


def dated_group(reason: str) -> int:
    return _GROUP.get(reason, 6)


def dated_key(entry: CallEntry) -> tuple:
    return (entry.due_date, entry.tier_rank, entry.display_name.lower(), dated_group(entry.reason),
            entry.contact_id or 0, entry.follow_up_id or 0, entry.detail)


def _reorder_entries(db: sessionmaker[Session], session: Session, today: date, language: str,
                     only: Optional[Collection[int]] = None, learned: Optional[list] = None) -> list[CallEntry]:
    from .reorder.entries import reorder_entries  # a room of its own, which builds on this module's rows

    return reorder_entries(session, today, settings.get_in(session, "reorder_days_ahead"), only=only, learned=learned)


def list_setup(db: sessionmaker[Session]) -> ListSetup:
    with db() as session:
        customers = session.scalar(select(func.count(Contact.id)).where(_live())) or 0
        with_cadence = session.scalar(select(func.count(Contact.id)).where(
            _live(), or_(Contact.tier_id.is_not(None), Contact.cadence_days.is_not(None)))) or 0
    return ListSetup(customers, with_cadence)
