"""Many changes to one customer file, or to several, saved together or not at all.

`rapport set` and `rapport edit` describe what should change as a ContactChanges and
apply_changes runs it through the services the window calls field by field (contacts,
reach, tiers, groups, stages, referrals, lifecycle), inside one transaction
(app/services/atomic.py): the checks are the window's, and a refused value leaves every
contact as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional, Union

from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact, Email, Phone, Website

from . import contacts, groups, lifecycle, reach, settings, tiers
from .atomic import all_or_nothing
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, Term
from .phones import normalise
from .team.versions import refuse_stale
from .value import stages


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = _Unchanged()  # an option not given, as opposed to None: cleared
RowRef = Union[int, str]  # a row's id, or its text as the user sees it ("138 1234 5678", "ana@example.es")


@dataclass
class ContactChanges:
    fields: dict[str, Optional[str]] = field(default_factory=dict)  # contacts.TEXT_FIELDS, DATE_FIELDS
    tier: Union[str, None, _Unchanged] = UNCHANGED  # a code; None clears
    cadence_days: Union[int, None, _Unchanged] = UNCHANGED  # None: the tier's
    stage: Union[str, _Unchanged] = UNCHANGED
    referrer_id: Union[int, None, _Unchanged] = UNCHANGED
    add_groups: list[str] = field(default_factory=list)
    remove_groups: list[str] = field(default_factory=list)
    remove_phones: list[RowRef] = field(default_factory=list)
    update_phones: list[tuple[int, str, Optional[str]]] = field(default_factory=list)  # (id, number, label)
    add_phones: list[tuple[str, Optional[str]]] = field(default_factory=list)
    remove_emails: list[RowRef] = field(default_factory=list)
    update_emails: list[tuple[int, str, Optional[str]]] = field(default_factory=list)
    add_emails: list[tuple[str, Optional[str]]] = field(default_factory=list)
    remove_addresses: list[RowRef] = field(default_factory=list)
    update_addresses: list[tuple[int, reach.AddressData]] = field(default_factory=list)
    add_addresses: list[reach.AddressData] = field(default_factory=list)
    remove_websites: list[RowRef] = field(default_factory=list)
    update_websites: list[tuple[int, str, Optional[str]]] = field(default_factory=list)
    add_websites: list[tuple[str, Optional[str]]] = field(default_factory=list)
    custom: dict[str, Optional[str]] = field(default_factory=dict)  # None or "" removes the field
    lost_reason: Optional[str] = None  # marks the customer lost
    lost_on: Optional[date] = None
    reactivate: bool = False
    # Set by a caller that loaded the contact earlier (`rapport edit`): the version it loaded and the
    # fields' values then; `fields` someone else changed since are refused (team.versions).
    version: Optional[int] = None
    was: Optional[dict[str, Optional[str]]] = None
    was_rows: dict[tuple[str, int], str] = field(default_factory=dict)  # reach.seen_rows: a row changed since is refused

    def is_empty(self) -> bool:
        return self == ContactChanges()


@refuse_stale
def apply_changes(db: sessionmaker[Session], contact_ids: Iterable[int], changes: ContactChanges, *,
                  region: Optional[str] = None) -> None:
    ids = list(dict.fromkeys(contact_ids))
    region = region or settings.phone_region(db)
    with all_or_nothing(db) as tx:
        if changes.tier is not UNCHANGED:
            tiers.set_tier(tx, ids, changes.tier)
        for name in changes.add_groups:
            groups.add_to_group(tx, ids, name)
        for name in changes.remove_groups:
            with tx() as session:
                group_id = contacts.group_by_name(session, name).id
            groups.remove_from_group(tx, ids, group_id)
        for contact_id in ids:
            _apply_one(tx, contact_id, changes, region)


def _apply_one(tx: sessionmaker[Session], contact_id: int, c: ContactChanges, region: str) -> None:
    if c.fields:
        contacts.update_contact(tx, contact_id, c.fields, version=c.version, was=c.was)
    if c.cadence_days is not UNCHANGED:
        tiers.set_cadence(tx, contact_id, c.cadence_days)
    if c.stage is not UNCHANGED:
        stages.move_stage(tx, contact_id, c.stage)
    if c.referrer_id is not UNCHANGED:
        contacts.set_referrer(tx, contact_id, c.referrer_id)
    if any((c.remove_phones, c.update_phones, c.remove_emails, c.update_emails, c.remove_addresses,
            c.update_addresses, c.remove_websites, c.update_websites)):
        _change_rows(tx, contact_id, c, region)
    for number, label in c.add_phones:
        reach.add_phone(tx, contact_id, number, label, region=region)
    for address, label in c.add_emails:
        reach.add_email(tx, contact_id, address, label)
    for data in c.add_addresses:
        reach.add_address(tx, contact_id, data)
    for url, label in c.add_websites:
        reach.add_website(tx, contact_id, url, label)
    for name, value in c.custom.items():
        contacts.set_custom_field(tx, contact_id, name, value)
    if c.lost_reason is not None:
        lifecycle.mark_lost(tx, contact_id, c.lost_reason, c.lost_on)
    elif c.reactivate:
        lifecycle.reactivate(tx, contact_id)


def _change_rows(tx: sessionmaker[Session], contact_id: int, c: ContactChanges, region: str) -> None:
    """Removals first, so a number can be removed and added again under another label."""
    file = contacts.get_contact(tx, contact_id)

    def seen(kind: str, row_id: int) -> dict:  # over the version the caller loaded, if it said
        return {"version": c.version, "was": c.was_rows.get((kind, row_id))}

    for ref in c.remove_phones:
        row_id = _find(file, file.phones, ref, _phone_matches(region), "phone")
        reach.remove_phone(tx, row_id, **seen("phone", row_id))
    for ref in c.remove_emails:
        row_id = _find(file, file.emails, ref, lambda e, t: e.address_key == t.strip().lower(), "email")
        reach.remove_email(tx, row_id, **seen("email", row_id))
    for ref in c.remove_addresses:
        row_id = _find(file, file.addresses, ref, _address_matches, "address")
        reach.remove_address(tx, row_id, **seen("address", row_id))
    for ref in c.remove_websites:
        row_id = _find(file, file.websites, ref, lambda w, t: w.url == t.strip(), "website")
        reach.remove_website(tx, row_id, **seen("website", row_id))
    for row_id, number, label in c.update_phones:
        reach.update_phone(tx, _own(file.phones, row_id, file), number, label, region=region, **seen("phone", row_id))
    for row_id, address, label in c.update_emails:
        reach.update_email(tx, _own(file.emails, row_id, file), address, label, **seen("email", row_id))
    for row_id, data in c.update_addresses:
        reach.update_address(tx, _own(file.addresses, row_id, file), data, **seen("address", row_id))
    for row_id, url, label in c.update_websites:
        reach.update_website(tx, _own(file.websites, row_id, file), url, label, **seen("website", row_id))


def address_line(a: Address) -> str:
    """An address on one line, as `rapport show` prints it."""
    return ", ".join(x for x in (a.street, a.city, a.region, a.postal_code, a.country) if x)


def _address_matches(a: Address, text: str) -> bool:
    """The whole line as `rapport show` prints it, or one of its parts (street, city…) or its label."""
    wanted = " ".join(text.split()).casefold()
    parts = (address_line(a), a.street, a.city, a.region, a.postal_code, a.country, a.label)
    return wanted in {" ".join(part.split()).casefold() for part in parts if part}


def _phone_matches(region: str):
    def matches(p: Phone, text: str) -> bool:
        key = normalise(text, region).match_key
        return p.raw == text.strip() or (key is not None and p.match_key == key)
    return matches


def _find(contact: Contact, rows: list, ref: RowRef, matches, what: str) -> int:
    if isinstance(ref, int):
        return _own(rows, ref, contact)
    found = [row for row in rows if matches(row, ref)]
    if not found:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{what}: '{text}' is not one of {name}'s (see rapport "
                                                         "show)"), what=Term(what), text=ref, name=contact.display_name)
    if len(found) > 1:  # two addresses in one city: removing either would be a guess
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{what}: '{text}' fits {count} of {name}'s; write it "
                                                         "whole, as rapport show prints it"),
                           what=Term(what), text=ref, count=len(found), name=contact.display_name)
    return found[0].id


def _own(rows: list[Phone | Email | Address | Website], row_id: int, contact: Contact) -> int:
    if not any(row.id == row_id for row in rows):
        raise NotFound(QT_TRANSLATE_NOOP("services", "{id}: not a row of {name}'s file"), id=row_id,
                       name=contact.display_name)
    return row_id
