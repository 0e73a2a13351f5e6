"""Cards ↔ FieldSets: a server's card read with the import's vCard reader, a contact written with
the vCard exporter, and the properties Rapport does not model carried over untouched.

Writing a card starts from the card last read from the server: every property Rapport models
(names, ORG, TITLE, TEL, EMAIL, ADR, BDAY, NOTE, CATEGORIES, PHOTO) is replaced by ours, and the
rest (X-…, IMPP, RELATED, URL, UID, another client's labels) goes back up as it came.
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from ..export_vcard import contact_to_vcard
from ..importing.drafts import make_draft
from ..importing.record import UnreadableFile
from ..importing.vcard import parse_vcard
from .fields import SCALARS, FieldSet, address_key, email_key, phone_key

MODELED = frozenset({"FN", "N", "NICKNAME", "ORG", "TITLE", "TEL", "EMAIL", "ADR", "BDAY", "NOTE", "CATEGORIES",
                     "PHOTO"})
PHOTO_MAX_PX = 512
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
_ITEM = re.compile(r"^item(\d+)\.", re.I)


class BadCard(ServiceError):
    """A card on the server that cannot be read as a vCard; the message names it."""


@dataclass
class RemoteCard:
    uid: Optional[str]
    fields: FieldSet
    text: str
    revised: Optional[datetime] = None  # REV, when the card says when it was changed
    group_name: Optional[str] = None  # Apple's group cards (KIND:group / X-ADDRESSBOOKSERVER-KIND)
    members: list[str] = field(default_factory=list)  # UIDs of a group card's members
    draft: Any = None  # the import's Draft, for creating a contact from the card


def lines_of(text: str) -> list[str]:
    """Unfolded content lines."""
    return [line for line in re.sub(r"\r?\n[ \t]", "", text).splitlines() if line.strip()]


def _name(line: str) -> tuple[str, str]:
    match = _NAME.match(line)
    return ((match.group(1) or "").upper(), match.group(2).upper()) if match else ("", "")


def _value(line: str) -> str:
    return line.split(":", 1)[1].strip() if ":" in line else ""


def read_card(text: str, href: str, region: str) -> RemoteCard:
    found = read_cards([(href, text)], region)[0]
    if isinstance(found, BadCard):
        raise found
    return found


_BEGIN = re.compile(r"^BEGIN[ \t]*:[ \t]*VCARD", re.I | re.M)


def read_cards(cards: list[tuple[str, str]], region: str) -> list[RemoteCard | BadCard]:
    """(href, text) → each card read, or the BadCard naming it. Cards of one BEGIN:VCARD each are read
    as one text by the import's reader (one call, not thousands); any other goes alone."""
    parsed: dict[int, object] = {}
    single = [i for i, (_, text) in enumerate(cards) if len(_BEGIN.findall(text)) == 1]
    if single:
        joined = "\r\n".join(cards[i][1].strip() for i in single)
        try:
            result = parse_vcard(joined.encode("utf-8"), source="CardDAV")
            for contact in result.contacts:
                parsed[single[contact.position - 1]] = contact
        except UnreadableFile:
            pass
    found: list[RemoteCard | BadCard] = []
    for i, (href, text) in enumerate(cards):
        record = parsed.get(i)
        try:
            found.append(_card(text, href, region, record))
        except BadCard as exc:
            found.append(exc)
    return found


def _card(text: str, href: str, region: str, record) -> RemoteCard:
    if record is None:
        raise BadCard(QT_TRANSLATE_NOOP("services", "card {href}: not a vCard; left as it is on the server"),
                      href=href)
    card = RemoteCard(uid=None, fields=FieldSet(), text=text)
    for line in lines_of(text):
        group, name = _name(line)
        value = _value(line)
        if name == "UID":
            card.uid = value or None
        elif name == "REV":
            card.revised = _revision(value)
        elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND") and value.lower() == "group":
            card.group_name = ""
        elif name in ("MEMBER", "X-ADDRESSBOOKSERVER-MEMBER"):
            card.members.append(value.removeprefix("urn:uuid:"))
    draft = make_draft(record, region, href, [], None)
    if card.group_name is not None:
        card.group_name = (draft.display_name if draft else "") or ""
        return card
    if draft is None:
        raise BadCard(QT_TRANSLATE_NOOP("services", "card {href}: not a vCard; left as it is on the server"),
                      href=href)
    card.draft = draft
    fields = card.fields
    fields.scalars = {k: v for k, v in draft.scalars.items() if k in SCALARS}
    fields.scalars["display_name"] = draft.display_name
    for phone, label in draft.phones:
        fields.items["phones"][phone_key(phone.e164 or phone.raw, phone.extension)] = {
            "raw": phone.raw, "e164": phone.e164, "extension": phone.extension, "label": label}
    for address, label in draft.emails:
        fields.items["emails"][email_key(address)] = {"address": address, "label": label}
    for a in draft.addresses:
        fields.items["addresses"][address_key(a.label, a.street, a.city, a.region, a.postal_code, a.country)] = {
            "label": a.label, "street": a.street, "city": a.city, "region": a.region,
            "postal_code": a.postal_code, "country": a.country}
    fields.items["groups"] = {(g,): {"name": g} for g in draft.groups}
    fields.items["notes"] = {(n.strip(),): {"text": n} for n in draft.notes}
    if draft.photo:
        fields.photo_data = draft.photo
        fields.photo = hashlib.sha1(draft.photo[1]).hexdigest()
    return card


def _revision(value: str) -> Optional[datetime]:
    digits = re.sub(r"[^0-9T]", "", value)
    for form in ("%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            moment = datetime.strptime(digits[: 15 if "T" in form else 8], form)
            return moment.replace(tzinfo=timezone.utc).replace(tzinfo=None)
        except ValueError:
            continue
    return None


def write_card(fields: FieldSet, uid: str, base: Optional[str], photo: Optional[tuple[str, bytes]]) -> str:
    """The card for `fields` (payloads hold the values), over the last card read from the server."""
    version = "4.0" if base and any(_name(l)[1] == "VERSION" and _value(l) == "4.0" for l in lines_of(base)) else "3.0"
    s = fields.scalars
    contact = {key: s.get(key) for key in SCALARS}
    contact["display_name"] = s.get("display_name") or ""
    contact["uid"] = None if base else uid
    contact["phones"] = [{"number": p.get("e164") or p["raw"], "extension": p.get("extension"), "label": p.get("label")}
                         for p in fields.items["phones"].values()]
    contact["emails"] = [{"address": e["address"], "label": e.get("label")} for e in fields.items["emails"].values()]
    contact["addresses"] = list(fields.items["addresses"].values())
    contact["groups"] = [g["name"] for g in fields.items["groups"].values()]
    contact["notes"] = [{"text": n["text"]} for n in fields.items["notes"].values()]
    contact["photo"] = _phone_photo(photo) if photo else None
    ours = lines_of(contact_to_vcard(contact, version))
    if not base:
        return "\r\n".join(_fold(line) for line in ours) + "\r\n"
    kept = _unmodeled(lines_of(base))
    if not any(_name(line)[1] == "UID" for line in kept):
        kept.insert(0, f"UID:{uid}")
    offset = max((int(m.group(1)) for line in kept if (m := _ITEM.match(line))), default=0)
    body = [_ITEM.sub(lambda m: f"item{int(m.group(1)) + offset}.", line) if offset else line
            for line in ours if _name(line)[1] not in ("BEGIN", "END", "VERSION")]
    return "\r\n".join(_fold(line) for line in
                       ["BEGIN:VCARD", f"VERSION:{version}", *kept, *body, "END:VCARD"]) + "\r\n"


def _unmodeled(base_lines: list[str]) -> list[str]:
    """The base card's lines that Rapport does not model, with the labels of removed items dropped too."""
    removed_groups = {_name(line)[0] for line in base_lines if _name(line)[1] in MODELED and _name(line)[0]}
    kept = []
    for line in base_lines:
        group, name = _name(line)
        if name in MODELED or name in ("BEGIN", "END", "VERSION", "PRODID", "REV"):
            continue
        if group and group in removed_groups and name in ("X-ABLABEL", "X-ABADR"):
            continue
        kept.append(line)
    return kept


def _fold(line: str) -> str:
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            parts.append(current)
            current = ""
        current += ch
    parts.append(current)
    return "\r\n ".join(parts)


def _phone_photo(photo: tuple[str, bytes]) -> Optional[tuple[str, bytes]]:
    """At most 512 px on its longer side, as JPEG: what phones show, in a card of tens of KB, not MB."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(photo[1])) as image:
            if image.format == "JPEG" and max(image.size) <= PHOTO_MAX_PX:
                return photo
            image.thumbnail((PHOTO_MAX_PX, PHOTO_MAX_PX))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=85)
            return "image/jpeg", out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        return None  # not a picture Pillow can read: the card goes without one
