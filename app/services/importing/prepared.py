"""A record made ready to write, before anyone knows whether it is a new contact: the work that
needs no store, done where the record was parsed (a worker process for a large file).

`prepare` turns a parsed record into a `Prepared`: its draft (phones normalised, dates checked),
its match keys and name tokens, the derived columns it gets if it becomes a new contact (sort
name, search text, greeting language) and the place of each address. It is plain tuples, cheap
to send between processes. The process that matches and writes then does only what needs the
store: match, hand out ids, write.

`contact_derived` is the one formula for those columns, used here and when a new contact takes
in a later record of the same person (stream.py), so both give what the reference path gives
(`writer.new_contact_row`).
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Optional

from ..search_text import build_search_text, contact_sort_name
from ..desk.language import guess_language
from ..geo.columns import columns_for
from ..phones import NormalisedPhone
from .drafts import SCALAR_FIELDS, Draft, make_draft
from .record import ParsedAddress, ParsedContact, ParseProblem

PhoneRow = tuple[str, Optional[str], Optional[str], Optional[str]]  # raw, e164, extension, label
# label, street, city, region, postal code, country, then geo_level, geo_lat, geo_lon, geo_place
AddressRow = tuple


class Prepared(NamedTuple):
    position: int
    line: Optional[int]
    uid: Optional[str]
    fingerprint: Optional[str]
    display_name: str
    scalars: dict[str, str]
    names: frozenset[str]
    keys: tuple[str, ...]
    phones: tuple[PhoneRow, ...]
    emails: tuple[tuple[str, Optional[str]], ...]
    addresses: tuple[AddressRow, ...]
    websites: tuple[tuple[str, Optional[str]], ...]
    groups: tuple[str, ...]
    custom: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    photo: Optional[tuple[str, bytes]]
    derived: tuple[str, str, str]  # sort_name, search_text, language: as a new contact


def prepare(record: ParsedContact, region: str, source: str, problems: list[ParseProblem],
            known_phones=None) -> Optional[Prepared]:
    draft = make_draft(record, region, source, problems, known_phones)
    return None if draft is None else prepared_of(draft, region)


def prepared_of(draft: Draft, region: str) -> Prepared:
    record = draft.record
    phones = tuple((p.raw, p.e164, p.extension, label) for p, label in draft.phones)
    addresses = tuple(_placed(a, region) for a in draft.addresses)
    return Prepared(
        record.position, record.line, record.uid, record.fingerprint, draft.display_name, draft.scalars,
        draft.names, tuple(draft.keys), phones, tuple(draft.emails), addresses, tuple(draft.websites),
        tuple(draft.groups), tuple(draft.custom), tuple(draft.notes), draft.photo,
        contact_derived(draft.display_name, draft.scalars, [(p[0], p[1]) for p in phones],
                        [e for e, _ in draft.emails], draft.notes, [a[5] for a in addresses]))


def _placed(a: ParsedAddress, region: str) -> AddressRow:
    geo = columns_for(a.street, a.city, a.region, a.postal_code, a.country, region)
    return (a.label, a.street, a.city, a.region, a.postal_code, a.country,
            geo["geo_level"], geo["geo_lat"], geo["geo_lon"], geo["geo_place"])


def contact_derived(display_name: str, scalars: dict, phones: Iterable[tuple[str, Optional[str]]],
                    emails: Iterable[str], notes: Iterable[str], countries: Iterable[Optional[str]]
                    ) -> tuple[str, str, str]:
    """(sort_name, search_text, language) of a new contact, as `writer.new_contact_row` makes them."""
    phones = list(phones)
    row = {"display_name": display_name, **scalars}
    language = guess_language([display_name, scalars.get("given_name"), scalars.get("family_name")],
                              [e164 for _, e164 in phones], list(countries))
    search_text = build_search_text(row, [raw for raw, _ in phones] + [e164 for _, e164 in phones if e164],
                                    list(emails), list(notes))
    return contact_sort_name(row), search_text, language


def draft_of(p: Prepared) -> Draft:
    """The draft back, for the rare paths that merge (into a stored contact, or one new in this import)."""
    record = ParsedContact(position=p.position, line=p.line, uid=p.uid, fingerprint=p.fingerprint)
    return Draft(record, p.display_name, dict(p.scalars),
                 phones=[(NormalisedPhone(raw, e164, ext), label) for raw, e164, ext, label in p.phones],
                 emails=list(p.emails), addresses=[ParsedAddress(*a[:6]) for a in p.addresses],
                 websites=list(p.websites), groups=list(p.groups), custom=list(p.custom), notes=list(p.notes),
                 photo=p.photo)


def contact_row(cid: int, p: Prepared) -> tuple:
    """A new contact's row of `p`, in the columns stream.CONTACT_COLUMNS names (both import paths write it)."""
    scalars = p.scalars
    lunar = scalars.get("lunar_birthday")
    values = [scalars.get(key) for key in SCALAR_FIELDS]
    if lunar:
        values[-1] = lunar[:5]
    sort_name, search_text, language = p.derived
    return (cid, p.display_name, p.uid, *values, bool(lunar and lunar.endswith("L")), language, sort_name,
            search_text)
