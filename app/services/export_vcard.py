"""vCard 3.0 and 4.0 export through vobject (escaping, folding), from the JSON export's dicts.

What re-imports must come back the same: labels (standard TYPEs, or Apple's
item grouping with X-ABLabel for any other label), groups as CATEGORIES,
photos, and birthdays without a year (4.0 `--MMDD`, 3.0 Apple's 1604 form).
"""
from __future__ import annotations

import base64
import re
from typing import IO, Any, Iterable

import vobject

from .desk.lunar import to_apple

# Our labels → vCard TYPE values; anything else is written as an Apple label.
_PHONE_TYPES = {
    "mobile": ["CELL"], "home": ["HOME"], "work": ["WORK"], "main": ["MAIN"], "pager": ["PAGER"],
    "home fax": ["HOME", "FAX"], "work fax": ["WORK", "FAX"], "fax": ["FAX"], "other": ["OTHER"],
}
_PLAIN_TYPES = {"home": ["HOME"], "work": ["WORK"], "other": ["OTHER"]}
_WEB_URI_RE = re.compile(r"[a-z][a-z0-9+.-]*://\S+\Z", re.I)  # a link kept from an imported PHOTO;VALUE=uri
_MIME_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}


class _Card:
    def __init__(self, version: str) -> None:
        self.card = vobject.vCard()
        self.version = version
        self.items = 0

    def add(self, name: str, value: Any, label: str | None = None, types: dict[str, list[str]] | None = None):
        if label and types is not None and label.lower() in types:
            prop = self.card.add(name)
            prop.type_param = types[label.lower()]
        elif label:
            self.items += 1
            prop = self.card.add(f"item{self.items}.{name}")
            self.card.add(f"item{self.items}.X-ABLabel").value = label
        else:
            prop = self.card.add(name)
        prop.value = value
        return prop


def contact_to_vcard(contact: dict[str, Any], version: str = "3.0") -> str:
    c = _Card(version)
    card = c.card
    card.add("fn").value = contact["display_name"]
    card.add("n").value = vobject.vcard.Name(
        family=contact.get("family_name") or "", given=contact.get("given_name") or "",
        additional=contact.get("middle_name") or "", prefix=contact.get("prefix") or "",
        suffix=contact.get("suffix") or "")
    for key, prop in (("nickname", "nickname"), ("title", "title"), ("gender", "x-gender"),
                      ("phonetic_given_name", "x-phonetic-first-name"),
                      ("phonetic_family_name", "x-phonetic-last-name"), ("uid", "uid")):
        if contact.get(key):
            card.add(prop).value = contact[key]
    if contact.get("organization") or contact.get("department"):
        card.add("org").value = [contact.get("organization") or ""] + (
            [contact["department"]] if contact.get("department") else [])
    for key, prop in (("birthday", "bday"), ("anniversary", "anniversary" if version == "4.0" else "x-anniversary")):
        if contact.get(key):
            _add_date(card, prop, contact[key], version)
    if contact.get("lunar_birthday"):  # as iOS Contacts writes a lunar birthday, without the year
        line = card.add("x-altbday")
        line.value = to_apple(contact["lunar_birthday"], bool(contact.get("lunar_leap")))
        line.params["CALSCALE"] = ["chinese"]
    for phone in contact.get("phones", []):
        # E.164 when valid: the card must mean the same number in any country it is opened in.
        value = phone["number"] + (f" ext. {phone['extension']}" if phone.get("extension") else "")
        c.add("tel", value, phone.get("label"), _PHONE_TYPES)
    for email in contact.get("emails", []):
        c.add("email", email["address"], email.get("label"), _PLAIN_TYPES)
    for a in contact.get("addresses", []):
        c.add("adr", vobject.vcard.Address(street=a.get("street") or "", city=a.get("city") or "",
                                           region=a.get("region") or "", code=a.get("postal_code") or "",
                                           country=a.get("country") or ""), a.get("label"), _PLAIN_TYPES)
    for site in contact.get("websites", []):
        c.add("url", site["url"], site.get("label"), _PLAIN_TYPES)
    if contact.get("groups"):
        card.add("categories").value = list(contact["groups"])
    for note in contact.get("notes", []):
        card.add("note").value = note["text"]
    for field in contact.get("custom", []):
        if field["name"].upper() == "PHOTO" and _WEB_URI_RE.match(field["value"]):
            # A photo the card linked to (never fetched): written back as the link it was.
            card.add("photo").value = field["value"]
            card.contents["photo"][-1].value_param = "uri"
        else:
            c.add("x-rapport-field", field["value"], field["name"])
    photo = contact.get("photo")
    if photo and version != "4.0":
        prop = card.add("photo")
        prop.value = photo[1]
        prop.encoding_param = "b"
        prop.type_param = _MIME_TYPES.get(photo[0], "JPEG")
    text = card.serialize()
    if version == "4.0":
        text = text.replace("VERSION:3.0", "VERSION:4.0", 1)
        if photo:  # a data: URI is a URI, not text: vobject would escape its ';' and ','
            line = f"PHOTO:data:{photo[0]};base64,{base64.b64encode(photo[1]).decode('ascii')}"
            folded = "\r\n ".join(line[i : i + 74] for i in range(0, len(line), 74))
            text = text.replace("END:VCARD", folded + "\r\nEND:VCARD")
    return text


def _add_date(card, prop: str, value: str, version: str) -> None:
    if value.startswith("--"):
        if version == "4.0":
            card.add(prop).value = "--" + value[2:].replace("-", "")
        else:  # Apple's spelling of "year unknown" in 3.0, which iOS, macOS and Rapport read
            line = card.add(prop)
            line.value = "1604" + value[1:]
            line.params["X-APPLE-OMIT-YEAR"] = ["1604"]
    else:
        card.add(prop).value = value


def write_vcards(contacts: Iterable[dict[str, Any]], out: IO[str], version: str = "3.0") -> int:
    n = 0
    for contact in contacts:
        out.write(contact_to_vcard(contact, version))
        n += 1
    return n
