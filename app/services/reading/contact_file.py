"""One customer file as `rapport show` prints it: the export's shape (export_json.contact_to_dict),
read with plain SQL. Values are converted as SQLAlchemy converts them on SQLite (dates and times
through fromisoformat, money through "%.2f", flags to bool), so the JSON is the same to the byte
(tests/services/reading/test_same_output.py)."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any, Optional

from ..contact_refs import resolve_ref

_CONTACT_COLUMNS = (
    "id", "display_name", "given_name", "family_name", "middle_name", "prefix", "suffix", "nickname",
    "phonetic_given_name", "phonetic_family_name", "organization", "department", "title", "gender", "birthday",
    "anniversary", "lunar_birthday", "lunar_leap", "language", "cadence_days", "last_contact_at", "next_due",
    "source_channel", "referred_by_id", "sales_stage", "needs", "pain_points", "family", "hobbies", "personality",
    "preferences", "status", "lost_on", "lost_reason", "uid", "deleted_at", "created_at", "updated_at",
    "updated_by", "version_id", "owner",
)
NOTE_HTML = "html"  # app.models.NOTE_HTML


class _Lookup:
    """contact_refs.ContactLookup in plain SQL (the same conditions as contacts._Lookup's)."""

    def __init__(self, conn: sqlite3.Connection, include_trash: bool) -> None:
        self.conn, self.include_trash = conn, include_trash

    def in_trash(self, contact_id: int) -> Optional[bool]:
        row = self.conn.execute("SELECT deleted_at FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        return None if row is None else row[0] is not None

    def named(self, name: str, *, any_case: bool) -> list[tuple[int, str, Optional[str]]]:
        live = "" if self.include_trash else "deleted_at IS NULL AND "
        same = "lower(display_name) = ?" if any_case else "display_name = ?"
        return self.conn.execute(f"SELECT id, display_name, organization FROM contacts WHERE {live}{same}",
                                 (name.lower() if any_case else name,)).fetchall()

    def trashed(self, contact_id: Optional[int], name: str) -> Optional[int]:
        which, value = ("id = ?", contact_id) if contact_id is not None else ("lower(display_name) = ?", name.lower())
        row = self.conn.execute(f"SELECT id FROM contacts WHERE deleted_at IS NOT NULL AND {which} LIMIT 1",
                                (value,)).fetchone()
        return row[0] if row else None


def resolve(conn: sqlite3.Connection, ref: str, *, include_trash: bool = False) -> int:
    """As contacts.resolve."""
    return resolve_ref(ref, _Lookup(conn, include_trash))


def display_name(conn: sqlite3.Connection, contact_id: int) -> Optional[str]:
    row = conn.execute("SELECT display_name FROM contacts WHERE id = ?", (contact_id,)).fetchone()
    return row[0] if row else None


def contact_file(conn: sqlite3.Connection, contact_id: int) -> tuple[dict[str, Any], list[tuple]]:
    """The contact as export_json.contact_to_dict gives it, and its phones' display forms in the
    order of its "phones" (region, national, international: app/phone_display.py)."""
    c = dict(zip(_CONTACT_COLUMNS, conn.execute(
        f"SELECT {', '.join(_CONTACT_COLUMNS)} FROM contacts WHERE id = ?", (contact_id,)).fetchone()))
    rows = _Children(conn, contact_id)
    tier = conn.execute("SELECT t.code FROM contacts c JOIN tiers t ON t.id = c.tier_id WHERE c.id = ?",
                        (contact_id,)).fetchone()
    phones = rows("SELECT e164, raw, label, extension, display_region, display_national, display_international "
                  "FROM phones WHERE contact_id = ? ORDER BY id")
    notes = sorted(rows("SELECT created_at, id, format, body, pinned, created_by FROM notes WHERE contact_id = ?"),
                   key=lambda n: (_moment(n[0]), n[1]))
    interactions = sorted(rows("SELECT occurred_at, id, kind, summary, outcome, created_by FROM interactions "
                               "WHERE contact_id = ?"), key=lambda i: (_moment(i[0]), i[1]))
    purchases = sorted(rows("SELECT purchased_on, id, product, model, quantity, unit_price, currency, warranty_until, "
                            "usage_notes, created_by FROM purchases WHERE contact_id = ?"),
                       key=lambda p: (_day(p[0]), p[1]))
    data = {
        **{key: c[key] for key in _CONTACT_COLUMNS[:17]},  # id … lunar_birthday
        "lunar_leap": _flag(c["lunar_leap"]),
        "language": c["language"],
        "tier": tier[0] if tier else None,
        "cadence_days": c["cadence_days"],
        "groups": [name for (name,) in rows("SELECT g.name FROM contact_groups cg JOIN groups g ON g.id = cg.group_id "
                                            "WHERE cg.contact_id = ? ORDER BY g.name")],
        "phones": [{"number": e164 or raw, "raw": raw, "label": label, "extension": extension}
                   for e164, raw, label, extension, *_forms in phones],
        "emails": [{"address": a, "label": label}
                   for a, label in rows("SELECT address, label FROM emails WHERE contact_id = ? ORDER BY id")],
        "addresses": [{"label": label, "street": street, "city": city, "region": region, "postal_code": postal_code,
                       "country": country}
                      for label, street, city, region, postal_code, country in rows(
                          "SELECT label, street, city, region, postal_code, country FROM addresses "
                          "WHERE contact_id = ? ORDER BY id")],
        "websites": [{"url": url, "label": label}
                     for url, label in rows("SELECT url, label FROM websites WHERE contact_id = ? ORDER BY id")],
        "custom": [{"name": name, "value": value}
                   for name, value in rows("SELECT name, value FROM custom_fields WHERE contact_id = ? ORDER BY id")],
        "notes": [{"format": "html" if fmt == NOTE_HTML else "plain", "text": body, "pinned": _flag(pinned),
                   "created_at": _moment(at).isoformat(timespec="seconds"), "by": by}
                  for at, _id, fmt, body, pinned, by in notes],
        "last_contact": _moment(c["last_contact_at"]).date().isoformat() if c["last_contact_at"] else None,
        "next_due": _day(c["next_due"]).isoformat() if c["next_due"] else None,
        "has_photo": rows("SELECT 1 FROM photos WHERE contact_id = ?") != [],
        "source_channel": c["source_channel"],
        "referred_by": c["referred_by_id"],
        **{key: c[key] for key in ("sales_stage", "needs", "pain_points", "family", "hobbies", "personality",
                                   "preferences", "status")},
        "lost_on": _day(c["lost_on"]).isoformat() if c["lost_on"] else None,
        "lost_reason": c["lost_reason"],
        "uid": c["uid"],
        "in_trash": c["deleted_at"] is not None,
        "created_at": _moment(c["created_at"]).isoformat(timespec="seconds"),
        "updated_at": _moment(c["updated_at"]).isoformat(timespec="seconds"),
        "updated_by": c["updated_by"],
        "version": c["version_id"],
        "owner": c["owner"],
        "interactions": [{"kind": kind, "at": _moment(at).isoformat(timespec="minutes"), "summary": summary,
                          "outcome": outcome, "by": by}
                         for at, _id, kind, summary, outcome, by in interactions],
        "purchases": [{"product": product, "model": model, "quantity": quantity,
                       "unit_price": _money(price), "currency": currency, "date": _day(on).isoformat(),
                       "warranty_until": _day(until).isoformat() if until else None, "usage_notes": usage, "by": by}
                      for on, _id, product, model, quantity, price, currency, until, usage, by in purchases],
    }
    return data, [tuple(p[4:]) for p in phones]


class _Children:
    def __init__(self, conn: sqlite3.Connection, contact_id: int) -> None:
        self.conn, self.contact_id = conn, contact_id

    def __call__(self, sql: str) -> list[tuple]:
        return self.conn.execute(sql, (self.contact_id,)).fetchall()


def _moment(value) -> datetime:
    return datetime.fromisoformat(value)  # what SQLAlchemy's SQLite DateTime does with the stored text


def _day(value) -> date:
    return date.fromisoformat(value)


def _flag(value) -> Optional[bool]:
    return None if value is None else bool(value)


def _money(value) -> Optional[str]:
    """str() of the Decimal SQLAlchemy makes of a Numeric(14, 2) read from SQLite ("%.2f" of the float)."""
    return None if value is None else "%.2f" % value
