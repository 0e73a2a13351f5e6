"""What the window's first screen shows, read with the standard library's sqlite3 alone (issue 18).

The window opens on Today with the contact list filled behind it. Importing SQLAlchemy, the models
and the services that compute the lists is most of a start, so a store that is exactly as Rapport
left it is read here first, read-only, and opened the normal way (store.open_for_use: checks,
migrations, the ORM) right after, before anything can be written. `open_current` says whether the
store is such a store (app/services/reading decides); anything odd (no file, an unclean close, a
schema that is not the newest, derived columns of another version, a hard-linked file, a network
folder, an error) answers None, and the window takes the normal path. The queries are the ORM ones written out; tests/services/test_first_screen.py
checks they give what directory and calllist give.

Nothing here writes, and each read opens its own read-only connection: they run on the worker and,
for a screenful of rows, on the GUI thread, and a connection opens in well under a millisecond.
"""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional, Sequence
from urllib.parse import quote

from .call_entry import _JSON_EXTRA, CallEntry, ListHead
from .contact_rows import ContactRow, IdsHead
from .reading import open_file_for_reading

_IDS_BY_NAME = "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_name, id"  # directory.contact_ids
_ROWS = """
SELECT c.id, c.display_name, c.organization, t.code, t.colour, c.last_contact_at, c.next_due,
       (SELECT a.city FROM addresses a WHERE a.contact_id = c.id ORDER BY a.id LIMIT 1),
       (SELECT coalesce(p.e164, p.raw) FROM phones p WHERE p.contact_id = c.id ORDER BY p.id LIMIT 1),
       (SELECT e.address FROM emails e WHERE e.contact_id = c.id ORDER BY e.id LIMIT 1),
       c.status
FROM contacts c LEFT JOIN tiers t ON t.id = c.tier_id
WHERE c.id IN ({marks})
"""  # directory.rows
_CHUNK = 500  # bound parameters per statement


class FirstScreenStore:
    """A store known to be current, read without the ORM. Made by `open_current`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"file:{quote(path.as_posix())}?mode=ro"

    def connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._uri, uri=True, check_same_thread=False)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        connection = self.connect()
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def setting(self, key: str) -> Any:
        """A setting's stored value (JSON), None when unset."""
        found = self._all("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(found[0][0]) if found else None

    def contact_ids(self) -> list[int]:
        """The live contacts in name order: the list's "All customers" as directory.contact_ids reads it."""
        return [row[0] for row in self._all(_IDS_BY_NAME)]

    def contact_head(self, limit: int) -> IdsHead:
        """The first `limit` of `contact_ids` and how many there are (one snapshot): a screenful of 100,000."""
        connection = self.connect()
        try:
            connection.execute("BEGIN")
            ids = [row[0] for row in connection.execute(_IDS_BY_NAME + " LIMIT ?", (limit,))]
            total = connection.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            connection.close()
        return IdsHead(ids, total)

    def rows(self, ids: Sequence[int]) -> dict[int, ContactRow]:
        """The display rows of these contacts, as directory.rows gives them."""
        found: dict[int, ContactRow] = {}
        if not ids:
            return found
        region = self._region()
        for start in range(0, len(ids), _CHUNK):
            part = list(ids[start : start + _CHUNK])
            for row in self._all(_ROWS.format(marks=",".join("?" * len(part))), part):
                found[row[0]] = ContactRow(*row[:5], _moment(row[5]), _day(row[6]), *row[7:], region=region)
        return found

    def today_list(self, day: date) -> Optional[list[CallEntry]]:
        """Today's list as kept in the store (today_kept/stored.py), as calllist.today_list gives it with its
        details (number, note, address); None when the kept list is not current (then it is computed)."""
        from .today_kept import stored

        found = stored.columns(self.path, day, None, "data, phone_display, k_rank, k_follow, part")
        if found is None:
            return None
        colours = dict(self._all("SELECT code, colour FROM tiers"))
        return [_entry(json.loads(data), phone_display, rank, follow if part else None, colours)
                for data, phone_display, rank, follow, part in found]

    def today_head(self, day: date, sections: Sequence[Sequence[str]], limit: int) -> Optional[ListHead]:
        """The first `limit` entries of the kept list of `day` as the window shows them (grouped into
        `sections`, stored.head), with the list's counts; None as `today_list`. The rest is read next
        (`today_list`): the window is filled from a screenful, not from 18,000 entries."""
        from .today_kept import stored

        found = stored.head(self.path, day, None, "data, phone_display, k_rank, k_follow, part", sections, limit)
        if found is None:
            return None
        rows, reasons = found
        colours = dict(self._all("SELECT code, colour FROM tiers"))
        return ListHead([_entry(json.loads(data), phone_display, rank, follow if part else None, colours)
                         for data, phone_display, rank, follow, part in rows], sum(reasons.values()), reasons)

    def _region(self) -> str:
        from .phones import DEFAULT_REGION, region_from_locale  # only once the rows are shown: phonenumbers

        return self.setting("phone_region") or region_from_locale() or DEFAULT_REGION


def open_current(path: Path) -> Optional[FirstScreenStore]:
    """The store at `path` to read the first screen from, or None when it must be opened the normal way
    first (reading.open_file_for_reading says which: not a plain file on this computer's disk, to be
    checked, of another schema revision or derived version, unreadable)."""
    connection = open_file_for_reading(path)
    if connection is None:
        return None
    connection.close()
    return FirstScreenStore(Path(os.path.realpath(path)))


def _entry(data: dict, phone_display: Optional[str], rank: int, follow_up_id: Optional[int],
           colours: dict[str, str]) -> CallEntry:
    """A kept entry back as the CallEntry it was written from (CallEntry.as_json, the kept sort keys)."""
    extra = {key: data[key] for key in _JSON_EXTRA if key in data}
    if "expected_on" in extra:
        extra["expected_on"] = date.fromisoformat(extra["expected_on"])
    tier = data["tier"]
    return CallEntry(
        contact_id=data["contact_id"], display_name=data["display_name"], reason=data["reason"],
        due_date=date.fromisoformat(data["due_date"]), days_overdue=data["days_overdue"], tier=tier,
        tier_colour=colours.get(tier) if tier else None, tier_rank=rank, cadence_days=data["cadence_days"],
        detail=data["detail"], phone=data["phone"], phone_display=phone_display,
        last_contact=_day(data["last_contact"]), note=data["note"], organization=data["organization"],
        city=data["city"], address=data["address"], follow_up_id=follow_up_id or None, extra=extra,
        filled=True, kind=data["kind"])


def _moment(text: Optional[str]) -> Optional[datetime]:
    return datetime.fromisoformat(text) if text else None


def _day(text: Optional[str]) -> Optional[date]:
    return date.fromisoformat(text) if text else None
