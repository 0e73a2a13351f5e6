"""Read vCard 2.1/3.0/4.0 files into `ParsedContact` records.

`vcard_lines` turns bytes into cards and properties (encodings, folding,
quoted-printable); this module maps properties to contact fields. Nothing in a
card is dropped: whatever has no field of its own lands in `custom`. A card that
cannot be read is reported as a problem and the other cards carry on.

vobject is not used for whole cards: its parser cuts text values at the first
unescaped comma (`FN:Smith, John` -> `Smith`), splits ORG on commas and needs
help with 2.1 quoted-printable, and building its object graph for every card is
about ten times slower than this reader. `vcard_lines` uses vobject's line
grammar (`vobject.base.parseLine`) for lines with DQUOTE-quoted parameters.
`vcard_vobject` is the slow path that does read whole cards with vobject; it
feeds vobject's values to the same `CardMapper`, and a differential test holds
the two paths to the same contacts.
"""
from __future__ import annotations

import re
from dataclasses import fields
from typing import Callable, Optional, Protocol

from app.services.desk.lunar import from_apple
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.importing.gc_pause import collector_paused
from app.services.importing.record import (
    CancelCheck, ImportCancelled, ParsedAddress, ParsedContact, ParsedEmail, ParsedPhone,
    ParsedWebsite, ParseProblem, ParseResult, ProgressCallback, UnreadableFile,
)
from app.services.importing.detect import looks_like_vcard
from app.services.importing.vcard_decode import ValueDecoder
from app.services.importing.vcard_lines import (
    SKIPPED_NAMES, CardContent, CardReader, RawCard, VCardProperty, decode_file, split_cards,
)
from app.services.importing.vcard_values import (
    apple_label, decode_base64, decode_data_uri, describe_types, is_uri, mime_from_types,
    normalise_date, sniff_image, split_list, split_structured, split_types,
    unescape_v3, unescape_v21,
)

__all__ = ["parse_vcard", "looks_like_vcard", "read_cards", "CardMapper"]

PROGRESS_EVERY = 250  # cards between progress reports
CANCEL_CHECK_EVERY = 50  # cards between looks at the cancel button
_GENDERS = {"M": "male", "F": "female", "O": "other", "N": "none", "U": "unknown",
            "MALE": "male", "FEMALE": "female"}
_ANNIVERSARY_NAMES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY",
                      "X-KADDRESSBOOK-X-ANNIVERSARY")
_BOOKKEEPING = frozenset({"position", "line", "fingerprint"})
_NO_LABELS: dict[str, str] = {}  # shared by cards without groups; never written to


def parse_vcard(data: bytes, *, source: str, progress: Optional[ProgressCallback] = None,
                is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    """Parse every card in `data`; raise UnreadableFile only when no card at all can be found."""
    return read_cards(data, source, CardReader, CardMapper, progress, is_cancelled)


class _Reader(Protocol):
    def read(self, card: RawCard) -> CardContent: ...


def read_cards(data: bytes, source: str, make_reader: Callable[[ValueDecoder], _Reader], mapper: type["CardMapper"],
               progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    """The file-level loop both paths share: decode, split into cards, read and map each card."""
    if is_cancelled and is_cancelled():
        raise ImportCancelled()
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"), source=source)
    text, encoding, wide = decode_file(data)
    cards = split_cards(text)
    if not cards:
        if "\x00" in text or sum(1 for c in text[:2000] if "\udc80" <= c <= "\udcff") > 200:
            raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: this is a binary file, not a vCard "
                                                               "(.vcf) file"), source=source)
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: no contact card found (the file has no "
                                                           "BEGIN:VCARD line)"), source=source)
    return read_split_cards(text, encoding, wide, cards, source, make_reader, mapper, progress, is_cancelled)


def read_split_cards(text: str, encoding: str, wide: bool, cards: list[RawCard], source: str,
                     make_reader: Callable[[ValueDecoder], _Reader] = CardReader,
                     mapper: Optional[type["CardMapper"]] = None, progress: Optional[ProgressCallback] = None,
                     is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    """Read and map cards already found in `text` (a part of a large file read in a worker, see chunks.py)."""
    mapper = mapper or CardMapper
    decoder = ValueDecoder(text, wide)
    reader = make_reader(decoder)
    result = ParseResult(source=source, format="vcard", encoding=encoding)
    total = len(cards)
    with collector_paused():
        for card in cards:
            done = card.position - 1
            if done % CANCEL_CHECK_EVERY == 0:
                if is_cancelled and is_cancelled():
                    raise ImportCancelled()
                if progress and done % PROGRESS_EVERY == 0:
                    progress(done, total)
            _read_card_into(card, reader, mapper, result)
    if progress:
        progress(total, total)
    if decoder.fallback_used:
        result.encoding = f"{encoding} (undeclared 8-bit text read as {decoder.fallback_used})"
    return result


def _read_card_into(card: RawCard, reader: _Reader, mapper: type["CardMapper"], result: ParseResult) -> None:
    def report(field_name: Optional[str], message: str) -> None:
        result.problems.append(ParseProblem(result.source, card.position, card.line, field_name, message))

    try:
        content = reader.read(card)
        contact = mapper(card, content, report).build()
    except Exception as exc:  # noqa: BLE001 — one broken card must never take the others down
        report(None, f"this card could not be read and was skipped ({type(exc).__name__}: {exc})")
        return
    if not card.begun:
        report(None, "the card has no BEGIN:VCARD line; it was read from its first property")
    if not card.closed:
        report(None, "the card has no END:VCARD line (is the file cut short?); what was there was imported")
    for field_name, message in content.problems:
        report(field_name, message)
    if contact is None:
        report(None, "the card is empty and was skipped")
    else:
        result.contacts.append(contact)


class CardMapper:
    """Maps one card's properties onto a ParsedContact.

    Values arrive as the fast path's tokenizer leaves them: decoded text that is
    still vCard-escaped. The vobject path (`vcard_vobject.VobjectMapper`) hands
    over vobject's decoded values instead and overrides the three ways a value
    is read: `unescape` (text), `parts` (N, ADR, ORG) and `items` (CATEGORIES).
    """

    def __init__(self, card: RawCard, content: CardContent, report: Callable[[Optional[str], str], None]):
        self.content = content
        self.v21 = content.version.startswith("2")
        self.unescape = unescape_v21 if self.v21 else unescape_v3
        self.report = report
        self.contact = ParsedContact(position=card.position, line=card.line, fingerprint=content.fingerprint)
        self.labels: dict[str, str] = _NO_LABELS  # Apple `itemN.X-ABLabel` by group
        self.grouped: set[str] = set()  # groups holding something besides their label
        self.names_seen = False

    def build(self) -> Optional[ParsedContact]:
        properties = self.content.properties
        if self.content.has_groups:
            self.labels = {}
            for prop in properties:
                if prop.group and prop.name == "X-ABLABEL":
                    self.labels[prop.group] = apple_label(self.unescape(prop.value))
                elif prop.group:
                    self.grouped.add(prop.group)
        for prop in properties:
            if prop.name in SKIPPED_NAMES:
                continue
            try:
                _HANDLERS.get(prop.name, CardMapper.custom)(self, prop)
            except ValueError as exc:
                self.report(prop.name, str(exc))
        for nested in self.content.nested_cards:
            self.contact.custom.append(("AGENT", nested))
        return self.contact if _has_content(self.contact) else None

    # -- helpers

    def text(self, prop: VCardProperty) -> str:
        return self.unescape(prop.value).strip()

    def parts(self, prop: VCardProperty) -> list[str]:
        """The components of a structured value (N, ADR, ORG), unescaped and stripped."""
        return split_structured(prop.value, self.v21)

    def items(self, prop: VCardProperty) -> list[str]:
        """The items of a list value (CATEGORIES), unescaped; empty ones left out."""
        return split_list(prop.value, self.v21)

    def describe(self, prop: VCardProperty) -> tuple[Optional[str], bool]:
        """(label, preferred): an Apple X-ABLabel wins over TYPE."""
        label, preferred = describe_types(prop.params) if prop.params else (None, False)
        if prop.group:
            label = self.labels.get(prop.group) or label
        return label, preferred

    def keep(self, name: str, value: str) -> None:
        if value:
            self.contact.custom.append((name, value))

    def first(self, attribute: str, prop: VCardProperty, value: Optional[str] = None) -> None:
        """Fill a single-valued field; a second, different value goes to custom."""
        value = self.text(prop) if value is None else value
        current = getattr(self.contact, attribute)
        if current is None:
            if value:
                setattr(self.contact, attribute, value)
        elif value and value != current:
            self.keep(prop.name, value)

    # -- properties

    def custom(self, prop: VCardProperty) -> None:
        encoding = prop.params.get("ENCODING")
        if encoding and encoding[0].upper() in ("B", "BASE64"):
            value = "".join(prop.value.split())
        else:
            value = self.text(prop)
        name = self.labels.get(prop.group) if prop.group else None
        self.keep(name or prop.name, value)

    def x_ablabel(self, prop: VCardProperty) -> None:
        if prop.group not in self.grouped:  # a label with nothing to label
            self.keep(prop.name, self.text(prop))

    def fn(self, prop: VCardProperty) -> None:
        if self.contact.display_name is None:  # the common case, without getattr/setattr
            self.contact.display_name = self.unescape(prop.value).strip() or None
        else:
            self.first("display_name", prop)

    def n(self, prop: VCardProperty) -> None:
        parts = self.parts(prop)
        if not any(parts):
            return
        if self.names_seen:  # an ALTID alternative or a duplicate: keep it readable
            self.keep("N", " ".join(p for p in (parts[3:4] + parts[1:3] + parts[:1] + parts[4:5]) if p))
            return
        self.names_seen = True
        if len(parts) != 5:
            if any(parts[5:]):  # more than five components: keep what is beyond
                self.keep("N", "; ".join(p for p in parts[5:] if p))
            parts = (parts + [""] * 5)[:5]
        family, given, middle, prefix, suffix = parts
        c = self.contact
        c.family_name, c.given_name, c.middle_name = family or None, given or None, middle or None
        c.prefix, c.suffix = prefix or None, suffix or None
        sort_as = prop.params.get("SORT-AS") if prop.params else None
        if sort_as and not c.sort_as:
            c.sort_as = " ".join(s.strip() for v in sort_as for s in re.split("[;,]", v) if s.strip()) or None

    def nickname(self, prop: VCardProperty) -> None:
        self.first("nickname", prop)

    def org(self, prop: VCardProperty) -> None:
        parts = self.parts(prop)
        if not any(parts):
            return
        c = self.contact
        if c.organization is None and c.department is None:
            c.organization = parts[0] or None
            c.department = ", ".join(p for p in parts[1:] if p) or None
        else:
            self.keep("ORG", ", ".join(p for p in parts if p))

    def title(self, prop: VCardProperty) -> None:
        self.first("title", prop)

    def uid(self, prop: VCardProperty) -> None:
        self.first("uid", prop)

    def sort_string(self, prop: VCardProperty) -> None:
        self.first("sort_as", prop)

    def phonetic_given(self, prop: VCardProperty) -> None:
        self.first("phonetic_given_name", prop)

    def phonetic_family(self, prop: VCardProperty) -> None:
        self.first("phonetic_family_name", prop)

    def sound(self, prop: VCardProperty) -> None:
        types = [t.upper() for t in prop.params.get("TYPE", ())]
        if "X-IRMC-N" not in types and "X-IRMC-N" not in prop.params:
            self.custom(prop)
            return
        parts = self.parts(prop) + ["", ""]
        c = self.contact
        if c.phonetic_family_name is None and c.phonetic_given_name is None:
            c.phonetic_family_name, c.phonetic_given_name = parts[0] or None, parts[1] or None
        elif any(parts):
            self.keep("SOUND", " ".join(p for p in parts if p))

    def date(self, prop: VCardProperty, attribute: str) -> None:
        value = self.text(prop)
        if not value:
            return
        omit_year = prop.params.get("X-APPLE-OMIT-YEAR")
        normalised = normalise_date(value, omit_year[0] if omit_year else None)
        if normalised is None:
            self.keep(prop.name, value)
            value_type = prop.params.get("VALUE")
            if not (value_type and value_type[0].upper() == "TEXT"):
                self.report(prop.name, f"{value!r} is not a date; it was kept as a custom field")
            return
        current = getattr(self.contact, attribute)
        if current is None:
            setattr(self.contact, attribute, normalised)
        elif current != normalised:  # an ALTID twin with the same date says nothing new
            self.keep(prop.name, value)

    def bday(self, prop: VCardProperty) -> None:
        self.date(prop, "birthday")

    def anniversary(self, prop: VCardProperty) -> None:
        self.date(prop, "anniversary")

    def x_abdate(self, prop: VCardProperty) -> None:
        label = self.labels.get(prop.group) if prop.group else None
        if label and label.lower() == "anniversary":
            self.date(prop, "anniversary")
        else:
            self.keep(label or prop.name, self.text(prop))

    def x_altbday(self, prop: VCardProperty) -> None:
        """iOS Contacts' other birthday: X-ALTBDAY;CALSCALE=chinese:007800310318 (era, year, month, L, day)."""
        value = self.text(prop)
        calendar = (prop.params or {}).get("CALSCALE") or [""]
        lunar = from_apple(value) if calendar[0].lower() == "chinese" else None
        if lunar is None or self.contact.lunar_birthday is not None:
            self.keep(prop.name, value)  # another calendar (hebrew, islamic…) is kept as it came
            return
        self.contact.lunar_birthday = lunar[0] + ("L" if lunar[1] else "")

    def gender(self, prop: VCardProperty) -> None:
        value = self.text(prop)
        sex, _, identity = value.partition(";") if prop.name == "GENDER" else (value, "", "")
        self.first("gender", prop, _GENDERS.get(sex.strip().upper()) or identity.strip() or sex.strip())

    def tel(self, prop: VCardProperty) -> None:
        raw = self.unescape(prop.value).strip()
        if not raw:
            return
        label, preferred = self.describe(prop)
        extension = None
        if ":" not in raw and ";" not in raw:
            pass  # a plain number: the common case
        elif raw[:4].lower() == "tel:":
            raw, *uri_params = raw[4:].split(";")
            for uri_param in uri_params:
                key, _, value = uri_param.partition("=")
                if key.strip().lower() == "ext" and value.strip():
                    extension = value.strip()
            raw = raw.strip()
        elif is_uri(raw):  # sip:, mailto: ... is not a phone number
            scheme = raw.split(":", 1)[0].upper()
            self.keep(f"{scheme} ({label})" if label else scheme, raw)
            return
        elif ";ext=" in raw.lower():
            at = raw.lower().index(";ext=")
            raw, extension = raw[:at].strip(), raw[at + 5:].strip() or None
        if not raw:
            return
        if not any(c.isdigit() for c in raw):  # "十城目管理大型知座", "ask reception": words, not a number
            self.keep(f"TEL ({label})" if label else "TEL", raw)
            self.report(prop.name, f"{raw!r} has no digits, so it is not a phone number; it was kept as a custom field")
            return
        self.contact.phones.append(ParsedPhone(raw, label, extension, preferred))

    def email(self, prop: VCardProperty) -> None:
        address = self.unescape(prop.value).strip()
        if ":" in address and address[:7].lower() == "mailto:":
            address = address[7:].strip()
        if "<" in address and address.endswith(">"):  # `"Omega" <omega@example.com>`
            address = address[address.rindex("<") + 1:-1].strip()
        if address:
            self.contact.emails.append(ParsedEmail(address, *self.describe(prop)))

    def adr(self, prop: VCardProperty) -> None:
        parts = self.parts(prop)
        if len(parts) != 7:
            if any(parts[7:]):  # more than 7 components: keep what is beyond
                self.keep("ADR", "; ".join(p for p in parts[7:] if p))
            parts = (parts + [""] * 7)[:7]
        po_box, extended, street, city, region, postal_code, country = parts
        if po_box or extended:
            street = "\n".join(p for p in (po_box, extended, street) if p)
        if street or city or region or postal_code or country:
            self.contact.addresses.append(ParsedAddress(
                self.describe(prop)[0], street or None, city or None, region or None, postal_code or None,
                country or None,
            ))

    def url(self, prop: VCardProperty) -> None:
        url = self.text(prop)
        if url:
            self.contact.websites.append(ParsedWebsite(url, self.describe(prop)[0]))

    def note(self, prop: VCardProperty) -> None:
        note = self.text(prop)
        if note:
            self.contact.notes.append(note)

    def categories(self, prop: VCardProperty) -> None:
        groups = self.contact.groups
        seen = set(groups)  # a card may list 100,000 categories: no membership test on the list
        for name in self.items(prop):
            if name not in seen:
                seen.add(name)
                groups.append(name)

    def related(self, prop: VCardProperty) -> None:
        types = split_types(prop.params.get("TYPE", ()))
        name = self.labels.get(prop.group) if prop.group else None
        self.keep(name or (types[0].capitalize() if types else prop.name), self.text(prop))

    def photo(self, prop: VCardProperty) -> None:
        value = prop.value.strip()
        if not value:
            return
        encoding = prop.params.get("ENCODING")
        types = split_types(prop.params.get("TYPE", ()))
        mime = None
        try:
            if encoding and encoding[0].upper() in ("B", "BASE64"):
                data = decode_base64(value)
            elif value[:5].lower() == "data:":
                data, mime = decode_data_uri(value)
            elif is_uri(value):  # a link to a picture on the web
                self.keep("PHOTO", self.unescape(value))
                return
            else:  # binary data with no ENCODING parameter, or VALUE=URI holding base64
                data = decode_base64(value)
        except ValueError as exc:
            raise ValueError(f"the photo was skipped: {exc}; the rest of the card was imported") from None
        if self.contact.photo is not None:
            self.report(prop.name, "the card has more than one photo; the first one was kept")
            return
        self.contact.photo = data
        self.contact.photo_mime = sniff_image(data) or mime or mime_from_types(types)


def _has_content(contact: ParsedContact) -> bool:
    if contact.has_identity():
        return True
    return any(getattr(contact, f.name) for f in fields(contact) if f.name not in _BOOKKEEPING)


_HANDLERS: dict[str, Callable[[CardMapper, VCardProperty], None]] = {
    "FN": CardMapper.fn, "N": CardMapper.n, "NICKNAME": CardMapper.nickname, "ORG": CardMapper.org,
    "TITLE": CardMapper.title, "UID": CardMapper.uid, "SORT-STRING": CardMapper.sort_string,
    "X-PHONETIC-FIRST-NAME": CardMapper.phonetic_given, "X-PHONETIC-LAST-NAME": CardMapper.phonetic_family,
    "SOUND": CardMapper.sound, "BDAY": CardMapper.bday, "X-ABDATE": CardMapper.x_abdate,
    "X-ALTBDAY": CardMapper.x_altbday,
    "GENDER": CardMapper.gender, "X-GENDER": CardMapper.gender, "TEL": CardMapper.tel,
    "EMAIL": CardMapper.email, "ADR": CardMapper.adr, "URL": CardMapper.url, "NOTE": CardMapper.note,
    "CATEGORIES": CardMapper.categories, "PHOTO": CardMapper.photo, "X-ABLABEL": CardMapper.x_ablabel,
    "RELATED": CardMapper.related, "X-ABRELATEDNAMES": CardMapper.related,
    **{name: CardMapper.anniversary for name in _ANNIVERSARY_NAMES},
}
