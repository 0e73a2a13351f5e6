"""A small vCard import into a SQLite store on plain sqlite3: a phone's export imported without
SQLAlchemy or the models, which took longer to load than the whole file takes to read (issue 18).

It reads, prepares and matches records as the streaming import does (stream.py: the same parser,
`chunks.read_result`, `Matcher`), and writes the same rows through the sqlite writer's own SQL
(bulk_plain.py), in one transaction on a store opened by plain_store.py: the same batch for undo,
the same derived columns (prepared with each record), the same kept-list, revision, clean-close and
backup handling. tests/services/importing/test_quick_import.py checks that both paths leave the
same store.

It takes only what needs nothing but new contacts. `quick_import` returns None, having changed
nothing, when the full path must import the files instead: a CSV file, a file large enough for
worker processes, one it cannot read (the full path names the problem), and any record that
merges (into a stored contact, into one new in this import, or seen before), whose rules
(merging.py, stream.py) need the ORM.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Iterable, Optional, Sequence

from app.authorship import current_author

from ..bulk_plain import run, statement, with_kept
from ..dates import local_now
from ..plain_store import PlainStore
from .chunks import PARALLEL_FROM_BYTES, read_result
from .drafts import SCALAR_FIELDS
from .matching import SOURCE_FINGERPRINT, SOURCE_UID, Matcher, StoreIndex
from .pipeline import ImportFailed, ImportReport, contact_files, parse_bytes, read_file
from .prepared import Prepared, contact_row
from .region_hint import region_hint
from .vcard import looks_like_vcard

FLUSH_ROWS = 20_000  # stream.FLUSH_ROWS: groups get their ids per flush, so flushes fall where the stream's do
# stream.CONTACT_COLUMNS and CHILD_COLUMNS, by table name (the test checks they are the same).
CONTACT_COLUMNS = ("id", "display_name", "uid", *SCALAR_FIELDS, "lunar_leap", "language", "sort_name", "search_text")
CHILD_COLUMNS = {
    "phones": ("contact_id", "raw", "e164", "extension", "label"),
    "emails": ("contact_id", "address", "address_key", "label"),
    "addresses": ("contact_id", "label", "street", "city", "region", "postal_code", "country", "geo_level",
                  "geo_lat", "geo_lon", "geo_place"),
    "websites": ("contact_id", "url", "label"),
    "custom_fields": ("contact_id", "name", "value"),
    "notes": ("contact_id", "body"),
    "photos": ("contact_id", "mime", "data"),
}


class Declined(Exception):
    """Something here is for the full path: nothing is written (the transaction rolls back)."""


def quick_import(store: PlainStore, paths: Sequence[Path | str], *, region: str,
                 group: Optional[str]) -> Optional[ImportReport]:
    """Import the files as one batch, or None (nothing changed): import them the full way."""
    try:
        return _import(store, contact_files(paths), region, group)
    except (Declined, ImportFailed, sqlite3.Error):  # the full path does it, or names what is wrong
        if store.conn.in_transaction:
            store.conn.execute("ROLLBACK")
        return None


def _import(store: PlainStore, paths: list[Path], region: str, group: Optional[str]) -> ImportReport:
    report = ImportReport(sources=[str(p) for p in paths], region=region)
    parts = []
    for path in paths:  # every file read first: a file for the full path is known before anything is written
        if not path.is_file() or path.stat().st_size >= PARALLEL_FROM_BYTES:
            raise Declined(path)
        data = read_file(path)
        if not data.strip() or not looks_like_vcard(data, path.name):
            raise Declined(path)  # a CSV file, or one the full path refuses with its own words
        result = parse_bytes(data, path.name)
        report.formats[str(path)] = result.format + (f", {result.encoding}" if result.encoding else "")
        parts.append(read_result(result, region))
    store.begin()
    write = Writer(store.conn, report, group)
    matcher = Matcher(load_index(store.conn))
    failed, seen, problems, draft_problems = {}, set(), [], []
    for part in parts:
        problems.extend(part.parse_problems)
        draft_problems.extend(part.draft_problems)
        for key, valid in part.phones:
            if not valid:
                failed[key] = None
            seen.add(hash(key))
        report.records += len(part.records)
        for record in part.records:
            stored, _ = matcher.seen_before(record.uid, record.fingerprint)
            keys = list(record.keys)
            if stored is not None or matcher.match(keys, record.names, record.position, record.line,
                                                   record.display_name) is not None:
                raise Declined(record.position)  # a merge: the full path's rules
            matcher.add_new(keys, record.names, record.display_name)
            write.add_new(record)
        if write.pending_rows() >= FLUSH_ROWS:
            write.flush()
    write.flush()
    if not report.added:
        raise Declined("nothing to add")  # the full path reports it and leaves no batch
    report.suggestions = matcher.suggestions
    report.problems = problems + draft_problems
    report.region_hint = region_hint(failed, len(seen), region)
    write.batch_counts()
    store.commit()
    return report


def load_index(conn: sqlite3.Connection) -> StoreIndex:
    """matching.StoreIndex.load, on sqlite3."""
    from ..names import name_tokens

    index = StoreIndex()
    for kind, key, contact_id in conn.execute("SELECT kind, key, contact_id FROM import_sources"):
        index.by_source[(kind, key)] = contact_id
    for e164, ext, contact_id in conn.execute("SELECT e164, extension, contact_id FROM phones "
                                              "WHERE e164 IS NOT NULL"):
        index.by_phone.setdefault(e164 + (f";ext={ext}" if ext else ""), []).append(contact_id)
    for key, contact_id in conn.execute("SELECT address_key, contact_id FROM emails"):
        index.by_email.setdefault(key, []).append(contact_id)
    for cid, display, given, family, deleted in conn.execute(
            "SELECT id, display_name, given_name, family_name, deleted_at FROM contacts"):
        index.names[cid] = name_tokens(display, given, family)
        index.display[cid] = display
        if deleted is not None:
            index.trashed.add(cid)
    return index


def stored_time(moment: datetime) -> str:
    """A DateTime as SQLAlchemy stores it in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def utc_now() -> datetime:
    """app.models.base.utcnow: the Python default of the columns that take it."""
    from datetime import timezone

    return datetime.now(timezone.utc).replace(tzinfo=None)


class Writer:
    """stream.StreamImport's new contacts and their rows, written as its `flush` writes them."""

    def __init__(self, conn: sqlite3.Connection, report: ImportReport, group: Optional[str]) -> None:
        self.conn, self.report, self.group = conn, report, group
        self.now = stored_time(local_now())
        self.batch_id = conn.execute("INSERT INTO import_batches (created_at, sources, added, merged, unchanged, "
                                     "problems) VALUES (?, ?, 0, 0, 0, 0)",
                                     (stored_time(utc_now()), "\n".join(report.sources))).lastrowid
        self.first_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contacts").fetchone()[0]
        self.contacts: list[tuple] = []
        self.children: dict[str, list[tuple]] = {table: [] for table in CHILD_COLUMNS}
        self.groups: set[tuple[int, str]] = set()
        self.sources: list[tuple] = []
        self.group_ids: dict[str, int] = {}

    def pending_rows(self) -> int:
        return len(self.contacts) + sum(map(len, self.children.values()))

    def add_new(self, record: Prepared) -> None:
        report = self.report
        cid = self.first_id + report.added
        report.added += 1
        report.added_ids.append(cid)
        self.contacts.append(contact_row(cid, record))
        children = self.children
        children["phones"].extend((cid, *phone) for phone in record.phones)
        children["emails"].extend((cid, address, address.lower(), label) for address, label in record.emails)
        children["addresses"].extend((cid, *a) for a in record.addresses)
        children["websites"].extend((cid, url, label) for url, label in record.websites)
        children["custom_fields"].extend((cid, name, value) for name, value in record.custom)
        children["notes"].extend((cid, body) for body in record.notes)
        if record.photo:
            children["photos"].append((cid, *record.photo))
        groups = record.groups + (self.group,) if self.group else record.groups
        self.groups.update((cid, name) for name in groups)
        if record.fingerprint:
            self.sources.append((SOURCE_FINGERPRINT, record.fingerprint, cid))
        if record.uid:
            self.sources.append((SOURCE_UID, record.uid, cid))

    def flush(self) -> None:
        batch = {"import_batch_id": self.batch_id}
        author = current_author()
        if self.contacts:  # the Python defaults of the columns left out: version_id, updated_by
            self._insert("contacts", CONTACT_COLUMNS, self.contacts, {
                **batch, "created_at": self.now, "updated_at": self.now, "status": "active", "version_id": 1,
                "updated_by": author})
        for table, columns in CHILD_COLUMNS.items():
            if self.children[table]:
                now = stored_time(utc_now())
                self._insert(table, columns, self.children[table], {
                    **batch, "format": "plain", "pinned": False, "created_at": now, "updated_at": now,
                    "created_by": author} if table == "notes" else batch)
        self.contacts.clear()
        for rows in self.children.values():
            rows.clear()
        if self.groups:
            ids = self._group_ids({name for _, name in self.groups})
            self._insert("contact_groups", ("contact_id", "group_id"),
                         sorted((cid, ids[name]) for cid, name in self.groups), batch)
            self.groups.clear()
        if self.sources:  # a key already stored, or twice in the file: the first keeps it
            self._insert("import_sources", ("kind", "key", "contact_id"), self.sources,
                         {"batch_id": self.batch_id}, ' ON CONFLICT ("kind", "key") DO NOTHING')
            self.sources.clear()

    def batch_counts(self) -> None:
        report = self.report
        self.conn.execute("UPDATE import_batches SET added = ?, problems = ? WHERE id = ?",
                          (report.added, len(report.problems), self.batch_id))
        report.batch_id = self.batch_id

    def _insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence], fixed: dict,
                tail: str = "") -> None:
        columns, rows = with_kept(table, columns, rows)
        sql, bound = statement(table, columns, fixed, tail)
        run(self.conn, sql, rows, bound)

    def _group_ids(self, names: set[str]) -> dict[str, int]:
        missing = sorted(names - set(self.group_ids))
        for chunk in (missing[i:i + 500] for i in range(0, len(missing), 500)):
            self.group_ids.update(self._stored_groups(chunk))
        new = [(name,) for name in missing if name not in self.group_ids]
        if new:
            self._insert("groups", ("name",), new, {})
            for chunk in (new[i:i + 500] for i in range(0, len(new), 500)):
                self.group_ids.update(self._stored_groups([name for name, in chunk]))
        return self.group_ids

    def _stored_groups(self, names: list[str]) -> list[tuple[str, int]]:
        return self.conn.execute(f"SELECT name, id FROM groups WHERE name IN ({', '.join('?' * len(names))})",
                                 names).fetchall()
