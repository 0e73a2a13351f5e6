"""Contacts out as CSV in Google Contacts' current layout, safe against spreadsheet formulas."""
from __future__ import annotations

import csv
import html
import re
from typing import Iterable, TextIO

from .csv_formula import guard
from .csv_records import _GROUP_SPLIT_RE


def _safe(value) -> str:
    """Guard a cell against spreadsheet formula injection (OWASP): see csv_formula."""
    return guard("" if value is None else str(value))


_BREAK_RE = re.compile(r"<\s*(?:br\s*/?|/p|/div|/li)\s*>", re.I)
_TAG_RE = re.compile(r"<[^>]*>")


def _note_text(note) -> str:
    if not isinstance(note, dict):
        return str(note or "")
    text = note.get("text") or ""
    if note.get("format") == "html":  # a CSV cell is plain text
        text = html.unescape(_TAG_RE.sub("", _BREAK_RE.sub("\n", text))).strip()
    return text


def _items(contact: dict, key: str) -> list[dict]:
    return [x for x in (contact.get(key) or []) if isinstance(x, dict)]


def write_csv(contacts: Iterable[dict], stream: TextIO) -> None:
    """Write contacts (JSON-export dicts) in Google Contacts' CSV layout.

    Open the file with ``open(path, "w", encoding="utf-8", newline="")``: a BOM is
    written first (so Excel reads Chinese correctly) unless the stream's encoding
    already adds one (utf-8-sig) or cannot hold one. Google's current layout has no
    full-name column, so a leading "Name" column (from Google's older layout) keeps
    display names that are not just given + family name. Cells that a spreadsheet
    would run as a formula get a leading "'"; `parse_csv` removes it again.
    """
    rows = []
    for c in contacts:
        phones = []
        for p in _items(c, "phones"):
            number = p.get("number") or p.get("raw") or ""
            if number and p.get("extension"):
                number = f"{number} ext. {p['extension']}"
            if number:
                phones.append((p.get("label"), number))
        emails = [(e.get("label"), e.get("address")) for e in _items(c, "emails") if e.get("address")]
        websites = [(w.get("label"), w.get("url")) for w in _items(c, "websites") if w.get("url")]
        addresses = [a for a in _items(c, "addresses")
                     if any(a.get(k) for k in ("street", "city", "region", "postal_code", "country"))]
        events = [("Anniversary", c["anniversary"])] if c.get("anniversary") else []
        custom = [(x.get("name"), x.get("value")) for x in _items(c, "custom") if x.get("value")]
        if c.get("gender"):
            custom.insert(0, ("Gender", c["gender"]))
        notes = c.get("notes") or []
        note_text = "\n\n".join(t for t in map(_note_text, notes) if t)
        groups = [str(g) for g in (c.get("groups") or []) if g]
        labels = " ::: ".join(groups)
        if len(groups) == 1 and _GROUP_SPLIT_RE.search(groups[0]):
            labels += " ::: "  # keeps "A, B" one group when read back
        rows.append((c, phones, emails, addresses, websites, events, custom, note_text, labels))

    def width(k: int) -> int:
        return max((len(r[k]) for r in rows), default=0)
    n_phone, n_email, n_addr, n_web, n_event, n_custom = (width(k) for k in (1, 2, 3, 4, 5, 6))
    header = ["Name", "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Last Name",
              "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
              "Organization Department", "Birthday", "Notes", "Labels"]
    for i in range(1, n_email + 1):
        header += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    for i in range(1, n_phone + 1):
        header += [f"Phone {i} - Label", f"Phone {i} - Value"]
    for i in range(1, n_addr + 1):
        header += [f"Address {i} - {part}" for part in
                   ("Label", "Street", "City", "Region", "Postal Code", "Country")]
    for i in range(1, n_web + 1):
        header += [f"Website {i} - Label", f"Website {i} - Value"]
    for i in range(1, n_event + 1):
        header += [f"Event {i} - Label", f"Event {i} - Value"]
    for i in range(1, n_custom + 1):
        header += [f"Custom Field {i} - Label", f"Custom Field {i} - Value"]

    enc = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if enc in ("utf-8", "utf8"):
        stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)

    def pairs(items: list, n: int) -> list:
        out = []
        for i in range(n):
            out += list(items[i]) if i < len(items) else ["", ""]
        return out

    for c, phones, emails, addresses, websites, events, custom, note_text, labels in rows:
        row = [c.get(k) for k in ("display_name", "given_name", "middle_name", "family_name",
                                  "phonetic_given_name", "phonetic_family_name", "prefix", "suffix",
                                  "nickname", "sort_as", "organization", "title", "department", "birthday")]
        row += [note_text, labels]
        row += pairs(emails, n_email) + pairs(phones, n_phone)
        for i in range(n_addr):
            a = addresses[i] if i < len(addresses) else {}
            row += [a.get(k) for k in ("label", "street", "city", "region", "postal_code", "country")]
        row += pairs(websites, n_web) + pairs(events, n_event) + pairs(custom, n_custom)
        writer.writerow([_safe(v) for v in row])
