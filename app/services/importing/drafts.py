"""From a parsed record to a draft contact: phones normalised, dates checked, keys for matching."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Optional

from ..dates import parse_partial_date
from ..images import clean_image
from ..errors import InvalidValue
from ..names import compose_display_name, name_tokens
from ..phones import NormalisedPhone, PhoneKey, normalise
from .record import ParsedAddress, ParsedContact, ParseProblem

SCALAR_FIELDS = (
    "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname", "phonetic_given_name",
    "phonetic_family_name", "organization", "department", "title", "gender", "birthday", "anniversary",
    "lunar_birthday",
)

NO_NAME = "(no name)"  # what a record without a name, phone or email is shown as


@dataclass
class Draft:
    record: ParsedContact
    display_name: str
    scalars: dict[str, str]
    phones: list[tuple[NormalisedPhone, Optional[str]]] = field(default_factory=list)
    emails: list[tuple[str, Optional[str]]] = field(default_factory=list)
    addresses: list[ParsedAddress] = field(default_factory=list)
    websites: list[tuple[str, Optional[str]]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    custom: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    photo: Optional[tuple[str, bytes]] = None
    merged_from: list["Draft"] = field(default_factory=list)  # later records of the same new contact

    @property
    def keys(self) -> list[str]:
        """Phone match keys, and emails as "mailto:…"."""
        keys = [p.match_key for p, _ in self.phones if p.match_key]
        keys += ["mailto:" + address.lower() for address, _ in self.emails]
        return keys

    @property
    def names(self) -> frozenset[str]:
        return name_tokens(self.display_name, self.scalars.get("given_name"), self.scalars.get("family_name"))


def _text(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = value.strip()
    return value or None


def phone_keys(records: Iterable[ParsedContact]) -> Iterator[PhoneKey]:
    """What `make_draft` will normalise, for `phones.normalise_many` to do in one go beforehand."""
    for record in records:
        for phone in record.phones:
            if _text(phone.raw):
                yield phone.raw, _text(phone.extension)


def make_draft(record: ParsedContact, region: str, source: str, problems: list[ParseProblem],
               known_phones: Optional[Mapping[PhoneKey, NormalisedPhone]] = None) -> Optional[Draft]:
    """None for a record with nothing in it at all. `known_phones`: numbers already normalised
    for `region` (see `phone_keys`); the others are normalised here."""
    scalars: dict[str, str] = {}
    custom = [(name, value) for name, value in record.custom if _text(value)]
    for key in SCALAR_FIELDS:
        value = _text(getattr(record, key))
        if value is None:
            continue
        if key in ("birthday", "anniversary"):
            try:
                value = parse_partial_date(value, field=key)
            except InvalidValue as exc:
                problems.append(ParseProblem(source, record.position, record.line, key, f"{exc}; kept as a custom field"))
                custom.append((key, value))
                continue
        scalars[key] = value
    if _text(record.sort_as):
        custom.append(("SORT-AS", record.sort_as.strip()))
    draft = Draft(record=record, display_name="", scalars=scalars, custom=custom)
    seen_phones: set[str] = set()
    for phone in record.phones:
        if not _text(phone.raw):
            continue
        extension = _text(phone.extension)
        normalised = known_phones.get((phone.raw, extension)) if known_phones else None
        if normalised is None:
            normalised = normalise(phone.raw, region, extension)
        key = normalised.match_key or normalised.raw
        if key in seen_phones:
            continue  # the same number written twice in one card is stored once
        seen_phones.add(key)
        if not normalised.valid:
            problems.append(ParseProblem(source, record.position, record.line, "phone",
                                         f"'{phone.raw}' is not a valid number for region {region}; kept as written"))
        draft.phones.append((normalised, _text(phone.label)))
    seen_emails: set[str] = set()
    for email in record.emails:
        address = _text(email.address)
        if address and address.lower() not in seen_emails:
            seen_emails.add(address.lower())
            draft.emails.append((address, _text(email.label)))
    draft.addresses = [a for a in record.addresses if not a.is_empty()]
    draft.websites = [(w.url.strip(), _text(w.label)) for w in record.websites if _text(w.url)]
    draft.groups = list(dict.fromkeys(g.strip() for g in record.groups if _text(g)))
    draft.notes = [n for n in record.notes if _text(n)]
    if record.photo:  # by its bytes, decoded and written anew: an "image/png" may be an SVG (see images.py)
        try:
            draft.photo = clean_image(record.photo)
        except InvalidValue as exc:
            problems.append(ParseProblem(source, record.position, record.line, "photo",
                                         f"{exc}; the photo was left out"))
    draft.display_name = _text(record.display_name) or compose_display_name(
        scalars.get("given_name"), scalars.get("family_name"), scalars.get("middle_name"),
        nickname=scalars.get("nickname"), organization=scalars.get("organization"),
        email=draft.emails[0][0] if draft.emails else None, phone=draft.phones[0][0].raw if draft.phones else None,
    )
    if not draft.display_name:
        if not (draft.addresses or draft.websites or draft.notes or draft.custom or draft.photo):
            return None
        draft.display_name = NO_NAME
        problems.append(ParseProblem(source, record.position, record.line, None,
                                     "no name, phone or email; imported as '(no name)'"))
    return draft
