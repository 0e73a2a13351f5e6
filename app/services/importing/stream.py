"""The streaming import: files read in parts, each part matched and written while the next is read.

One import is still one transaction and one batch (undo removes exactly what it added; a killed
import leaves the store as it was), but nothing waits for the whole file any more: the parts of
a large vCard file are read by worker processes (chunks.py: parse, drafts, phone numbers, derived
columns, places), and this process only matches each record and writes its rows as tuples through
the bulk writer (app/services/bulk.py). Memory holds a few parts and the matcher's keys, not the file.

The result is the reference path's (reference.py), store and report, which the differential tests
check: records are matched in file order by the same Matcher, new contacts get ids in that order,
and the rare records that merge are handled by the same rules:

- into a stored contact: kept until the end and merged by `merging.merge_into_stored`, as before;
- into a contact new in this import, already written: what the reference path's `merge_draft`
  would add is read against that contact's rows, added, and its derived columns made again at the
  end with the same formula (`prepared.contact_derived`);
- a card's UID or fingerprint goes to the first contact that registered it in the reference
  path's order (each new contact's own card, then the cards merged into it, in id order; stored
  contacts last), even when a later card merges into an earlier contact.
"""
from __future__ import annotations

import itertools
from contextlib import ExitStack
from pathlib import Path
from typing import Optional

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.models import (
    SOURCE_FINGERPRINT, SOURCE_UID, Address, Contact, CustomField, Email, Group, ImportBatch, ImportSource, Note,
    Phone, Photo, Website, contact_groups,
)

from .. import derived
from ..bulk import bulk_writer
from ..dates import local_now
from ..errors import QT_TRANSLATE_NOOP
from ..geo.stored import place_address_rows
from .chunks import DEFAULT_WORKERS, PARALLEL_FROM_BYTES, PART_BYTES, Irregular, Part, Workers, read_result, shift
from .drafts import NO_NAME, SCALAR_FIELDS, Draft
from .gc_pause import collector_paused
from .matching import Matcher, StoreIndex
from .merging import merge_into_stored, read_numbers_again, unseen
from . import pipeline
from .pipeline import NOT_A_CONTACT_LIST, ImportFailed, ImportReport, contact_files, parse_bytes, read_file
from .prepared import AddressRow, Prepared, contact_derived, contact_row, draft_of
from .record import ParseProblem, cancel_raiser, file_steps
from .region_hint import region_hint
from app.models.portable import ids_written

from .writer import SOURCE_COLUMNS, Rows, filled_json, lunar_columns, next_contact_id

FLUSH_ROWS = 20_000
PLAN_FROM_ROWS = 1_000  # rows gathered before the import's size is projected (not a merge's early flush)
# Rows hold what differs from row to row; the batch, the time and the like go once per statement (`same`).
CONTACT_COLUMNS = ("id", "display_name", "uid", *SCALAR_FIELDS, "lunar_leap", "language", "sort_name", "search_text")
CHILD_COLUMNS = {
    Phone: ("contact_id", "raw", "e164", "extension", "label"),
    Email: ("contact_id", "address", "address_key", "label"),
    Address: ("contact_id", "label", "street", "city", "region", "postal_code", "country", "geo_level", "geo_lat",
              "geo_lon", "geo_place"),
    Website: ("contact_id", "url", "label"),
    CustomField: ("contact_id", "name", "value"),
    Note: ("contact_id", "body"),
    Photo: ("contact_id", "mime", "data"),
}
LOADED = (Contact, *CHILD_COLUMNS, ImportSource)  # tables a large import may load with their indexes set aside


def import_stream(db, paths, *, region: str, group: Optional[str], dry_run: bool, mapping, progress, is_cancelled,
                  workers: Optional[int], whole: set[Path]) -> ImportReport:
    paths = contact_files(paths)
    report = ImportReport(sources=[str(p) for p in paths], dry_run=dry_run, region=region)
    step, check_cancel = file_steps(progress, len(paths)), cancel_raiser(is_cancelled)

    pool = Workers(DEFAULT_WORKERS if workers == -1 else workers)
    pool.warm([p for p in paths if p not in whole], region)
    session = db()
    try:
        with collector_paused(), session.begin():
            batch = ImportBatch(sources="\n".join(report.sources))
            session.add(batch)
            session.flush()
            stream = StreamImport(session, report, batch.id, group, region, check_cancel)
            stream.bytes_total = sum(_size(path) for path in paths)
            for n, path in enumerate(paths):
                stream.add_file(path, len(paths) == 1, mapping, step(1000 * n, 1000), is_cancelled, pool,
                                path in whole)
            check_cancel()
            stream.finish(step(1000 * len(paths), 1000))
            batch.added, batch.merged, batch.unchanged = report.added, report.merged, report.unchanged
            batch.problems = len(report.problems)
            batch.filled_fields = stream.filled_fields()
            check_cancel()
            if dry_run or not (report.added or report.merged or stream.sources_registered or stream.rows.renumbered):
                session.rollback()  # a dry run, or nothing new: leave no trace, not even an empty batch
            else:
                report.batch_id = batch.id
    except (SQLAlchemyError, OSError) as exc:  # disk full, I/O error, locked: the transaction rolled back
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{files}: the import could not be written ({reason}); "
                                                         "nothing was changed"),
                           files=", ".join(Path(s).name for s in report.sources), reason=reason) from None
    finally:
        session.close()
        pool.close()
    step(1000 * len(paths), 1000)(1, 1)  # the last step: done
    return report


class StreamImport:
    """One import's state between parts: the matcher, rows not written yet, what is kept for the end."""

    def __init__(self, session: Session, report: ImportReport, batch_id: int, group: Optional[str], region: str,
                 check_cancel):
        self.session, self.report, self.batch_id = session, report, batch_id
        self.group, self.region, self.check_cancel = group, region, check_cancel
        self.writer = bulk_writer(session.connection())
        self.matcher = Matcher(StoreIndex.load(session))
        self.first_id = next_contact_id(session)
        self.pending: dict[type, list[tuple]] = {Contact: [], **{model: [] for model in CHILD_COLUMNS}}
        self.pending_sources: list[tuple] = []
        self.pending_groups: set[tuple[int, str]] = set()
        self.group_ids: dict[str, int] = {}
        self.rows = Rows()  # merges into stored contacts, numbers read again: written at the end
        self.merged_into_stored: dict[int, list[Draft]] = {}
        self.renumbered_contacts: set[int] = set()
        self.renumbered_phones: set[int] = set()
        self.rederive: set[int] = set()  # new contacts that took in a later record
        self.outcome_unchanged = 0
        self.sources_registered = False
        # For the region hint: the numbers not valid for the region, and how many distinct numbers were read,
        # counted by their hashes (a set of ints; the numbers themselves were a sixth of the import's memory).
        self.failed_phones: dict[tuple, None] = {}
        self.phones_seen: set[int] = set()
        self.parse_problems: list[ParseProblem] = []
        self.draft_problems: list[ParseProblem] = []
        self.now = local_now()
        self.written = 0  # rows written so far
        self.bytes_total = self.bytes_read = 0  # of the files, and of what was read so far
        self.load_planned = False
        self.load = ExitStack()  # closed (indexes built again) at the end of `finish`; a failure rolls back

    # -- reading

    def add_file(self, path: Path, only_file: bool, mapping, progress, is_cancelled, workers: Optional[Workers],
                 whole: bool) -> None:
        size = path.stat().st_size if path.is_file() else 0
        if workers is not None and not whole and size >= PARALLEL_FROM_BYTES and _vcard_head(path):
            parts = workers.read(path, size, self.region, path.name)
            try:
                first = next(parts)
            except Irregular:  # one part only, or no workers: read it whole, below
                first = None
            if first is not None and first.regular:
                cards = lines = done = 0
                read_before = self.bytes_read
                for part in itertools.chain([first], parts):
                    if not part.regular:  # parts before it are written: the import starts again
                        raise Irregular(path)
                    if done == 0:  # the first part says what the file is
                        self.report.formats[str(path)] = part.format + (f", {part.encoding}" if part.encoding else "")
                    self.bytes_read = read_before + min((done + 1) * PART_BYTES, size)
                    self.add_part(shift(part, cards, lines), only_file, path.name)
                    cards, lines, done = cards + part.cards, lines + part.lines, done + 1
                    progress(min(done * PART_BYTES, size), size)
                    self.check_cancel()
                return
            parts.close()
        data = read_file(path)
        result = parse_bytes(data, path.name, mapping=mapping, progress=progress, is_cancelled=is_cancelled)
        del data
        self.report.formats[str(path)] = result.format + (f", {result.encoding}" if result.encoding else "")
        self.check_cancel()
        self.bytes_read += size
        self.add_part(read_result(result, self.region), only_file, path.name)

    def add_part(self, part: Part, only_file: bool, source: str) -> None:
        self.parse_problems.extend(part.parse_problems)
        failed, seen = self.failed_phones, self.phones_seen
        for key, valid in part.phones:
            if not valid:
                failed[key] = None
            seen.add(hash(key))
        records = part.records
        if part.format == "csv" and records and all(r.display_name == NO_NAME for r in records):
            # A spreadsheet of something else (stock, prices) found in a folder, say: every row
            # would become a "(no name)" contact. One line says so instead of a line per row.
            if only_file:
                raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: no row has a name, phone, email or "
                                                                 "organisation, so this is not a contact list; "
                                                                 "map its columns in the import wizard"),
                                   source=source)
            self.draft_problems.append(ParseProblem(source, None, None, None, NOT_A_CONTACT_LIST))
            return
        self.draft_problems.extend(part.draft_problems)
        self.report.records += len(records)
        seen_again: dict[int, list[Draft]] = {}
        for n, record in enumerate(records):
            if n % 2000 == 0:
                self.check_cancel()
            self._take(record, seen_again)
        if seen_again:
            self.renumbered_contacts |= read_numbers_again(self.session, seen_again, self.rows, self.renumbered_phones)
        if sum(map(len, self.pending.values())) >= FLUSH_ROWS:
            self.flush()

    # -- matching

    def _take(self, record: Prepared, seen_again: dict[int, list[Draft]]) -> None:
        group, matcher = self.group, self.matcher
        stored, same_card = matcher.seen_before(record.uid, record.fingerprint)
        if stored is not None and same_card:
            self.outcome_unchanged += 1  # this very card/row was imported before: adds nothing
            draft = self._draft(record)
            seen_again.setdefault(stored, []).append(draft)
            if group:
                self.merged_into_stored.setdefault(stored, []).append(
                    Draft(draft.record, draft.display_name, {}, groups=[group]))
            return
        keys = list(record.keys)
        target = ("stored", stored) if stored is not None else matcher.match(
            keys, record.names, record.position, record.line, record.display_name)
        if target is None:
            matcher.add_new(keys, record.names, record.display_name)
            self._add_new(record)
            return
        matcher.remember(target, keys)
        if target[0] == "new":
            self._merge_into_new(self.first_id + target[1], self._draft(record), record.addresses)
        else:
            self.merged_into_stored.setdefault(target[1], []).append(self._draft(record))

    def _draft(self, record: Prepared) -> Draft:
        draft = draft_of(record)
        if self.group:
            draft.groups.append(self.group)
        return draft

    # -- new contacts

    def _add_new(self, record: Prepared) -> None:
        cid = self.first_id + self.report.added
        self.report.added += 1
        self.report.added_ids.append(cid)
        self.pending[Contact].append(contact_row(cid, record))
        self._children(cid, record.phones, record.emails, record.addresses, record.websites, record.custom,
                       record.notes, record.photo)
        groups = record.groups + (self.group,) if self.group else record.groups
        self.pending_groups.update((cid, name) for name in groups)
        if record.fingerprint:
            self.pending_sources.append((SOURCE_FINGERPRINT, record.fingerprint, cid))
        if record.uid:
            self.pending_sources.append((SOURCE_UID, record.uid, cid))
        self.sources_registered = self.sources_registered or bool(record.fingerprint or record.uid)

    def _children(self, cid, phones, emails, addresses, websites, custom, notes, photo) -> None:
        pending = self.pending
        pending[Phone].extend((cid, raw, e164, ext, label) for raw, e164, ext, label in phones)
        pending[Email].extend((cid, address, address.lower(), label) for address, label in emails)
        pending[Address].extend((cid, *a) for a in addresses)
        pending[Website].extend((cid, url, label) for url, label in websites)
        pending[CustomField].extend((cid, name, value) for name, value in custom)
        pending[Note].extend((cid, body) for body in notes)
        if photo:
            pending[Photo].append((cid, photo[0], photo[1]))

    def flush(self) -> None:
        """Write the rows gathered so far (new contacts first: their children point at them)."""
        pending, batch = self.pending, {"import_batch_id": self.batch_id}
        self._plan_load()
        if pending[Contact]:
            self.writer.expect(len(pending[Contact]) * 8)
            self.writer.insert(Contact.__table__, CONTACT_COLUMNS, pending[Contact],
                               same={**batch, "created_at": self.now, "updated_at": self.now, "status": "active"})
            ids_written(self.session.connection(), Contact.__tablename__)  # PostgreSQL's id sequence past them
        for model, columns in CHILD_COLUMNS.items():
            if pending[model]:
                self.writer.insert(model.__table__, columns, pending[model],
                                   same={**batch, "format": "plain"} if model is Note else batch)
        for rows in pending.values():
            self.written += len(rows)
            rows.clear()
        if self.pending_groups:
            ids = self._group_ids({name for _, name in self.pending_groups})
            self.writer.insert(contact_groups, ("contact_id", "group_id"),
                               sorted((cid, ids[name]) for cid, name in self.pending_groups), same=batch)
            self.pending_groups.clear()
        if self.pending_sources:
            self.writer.insert_missing(ImportSource.__table__, ("kind", "key", "contact_id"), self.pending_sources,
                                       key=("kind", "key"), same={"batch_id": self.batch_id})
            self.pending_sources.clear()

    def _plan_load(self) -> None:
        """Once a part is read, the rows of the whole import are projected from its bytes; a load at
        least as large as the store is written with its indexes set aside (bulk.py's `loading`) until
        `finish`. The import looks rows up by contact (and links by group) meanwhile: those stay."""
        rows = self.written + sum(map(len, self.pending.values()))
        if self.load_planned or not self.bytes_read or rows < PLAN_FROM_ROWS:
            return
        self.load_planned = True
        self.load.enter_context(self.writer.loading(
            [*(model.__table__ for model in LOADED), contact_groups], rows * self.bytes_total // self.bytes_read,
            lookups=("contact_id", "group_id")))
    def _group_ids(self, names: set[str]) -> dict[str, int]:
        missing = sorted(names - set(self.group_ids))
        if missing:
            for chunk in (missing[i:i + 500] for i in range(0, len(missing), 500)):
                self.group_ids.update((name, gid) for name, gid in self.session.execute(
                    select(Group.name, Group.id).where(Group.name.in_(chunk))))
            new = [(name,) for name in missing if name not in self.group_ids]
            if new:
                self.writer.insert(Group.__table__, ("name",), new)
                for chunk in (new[i:i + 500] for i in range(0, len(new), 500)):
                    self.group_ids.update((name, gid) for name, gid in self.session.execute(
                        select(Group.name, Group.id).where(Group.name.in_([n for n, in chunk]))))
        return self.group_ids

    # -- a later record of a contact new in this import

    def _merge_into_new(self, cid: int, other: Draft, placed: tuple[AddressRow, ...]) -> None:
        """What `merging.merge_draft` adds to the earlier record's draft, added to its written rows.
        `placed`: the draft's addresses as the worker placed them (a place table loaded here for a
        few merged addresses was half a second of this process)."""
        self.flush()
        into = _written(self.session, cid)
        filled = {key: value for key, value in other.scalars.items() if key not in into["scalars"]}
        if filled:
            # A contact new in this very import: its version stays the first one, as if written merged.
            self.session.execute(update(Contact).where(Contact.id == cid).values(
                {**lunar_columns(dict(filled)), "version_id": Contact.version_id}))
        phones = unseen(other.phones, into["phones"], lambda p: p[0].match_key or p[0].raw)
        emails = unseen(other.emails, into["emails"], lambda e: e[0].lower())
        addresses = unseen(placed, into["addresses"], lambda a: a[1:6])  # address_key of the row's fields
        websites = unseen(other.websites, into["websites"])
        groups = unseen(other.groups, into["groups"])
        custom = unseen(other.custom, into["custom"])
        notes = unseen(other.notes, into["notes"])
        self._children(cid, [(p.raw, p.e164, p.extension, label) for p, label in phones], emails, addresses,
                       websites, custom, notes, None if into["photo"] else other.photo)
        self.pending_groups.update((cid, name) for name in groups)
        self.rederive.add(cid)
        self.flush()
        for kind, key in ((SOURCE_FINGERPRINT, other.record.fingerprint), (SOURCE_UID, other.record.uid)):
            if key:
                self.sources_registered = True
                self._register_merged(kind, key, cid)

    def _register_merged(self, kind: str, key: str, cid: int) -> None:
        """The reference path registers a contact's merged cards right after its own card, contacts in id
        order: this card's key goes to `cid` unless a contact before it (or the store) has it already."""
        owner = self.session.execute(select(ImportSource.id, ImportSource.contact_id, ImportSource.batch_id)
                                     .where(ImportSource.kind == kind, ImportSource.key == key)).first()
        if owner is None:
            self.writer.insert(ImportSource.__table__, SOURCE_COLUMNS, [(kind, key, cid, self.batch_id)])
        elif owner.batch_id == self.batch_id and owner.contact_id > cid:
            self.session.execute(update(ImportSource).where(ImportSource.id == owner.id).values(contact_id=cid))

    def _derive_again(self) -> None:
        for cid in sorted(self.rederive):
            session = self.session
            row = session.execute(select(Contact.display_name, *(getattr(Contact, k) for k in SCALAR_FIELDS))
                                  .where(Contact.id == cid)).one()
            scalars = {k: v for k, v in zip(SCALAR_FIELDS, row[1:]) if v is not None}
            phones = session.execute(select(Phone.raw, Phone.e164).where(Phone.contact_id == cid).order_by(Phone.id)).all()
            emails = session.scalars(select(Email.address).where(Email.contact_id == cid).order_by(Email.id)).all()
            notes = session.scalars(select(Note.body).where(Note.contact_id == cid).order_by(Note.id)).all()
            countries = session.scalars(select(Address.country).where(Address.contact_id == cid)
                                        .order_by(Address.id)).all()
            sort_name, search_text, language = contact_derived(row[0], scalars, phones, emails, notes, countries)
            session.execute(update(Contact).where(Contact.id == cid).values(
                sort_name=sort_name, search_text=search_text, language=language, version_id=Contact.version_id))

    # -- the end

    def finish(self, progress) -> None:
        self.flush()
        self._derive_again()
        report, rows = self.report, self.rows
        report.suggestions = self.matcher.suggestions
        progress(1, 2)
        merged, unchanged = merge_into_stored(self.session, self.merged_into_stored, rows, self.batch_id)
        renumbered = self.renumbered_contacts
        report.renumbered = len(rows.renumbered)
        report.merged = merged + len(renumbered - set(self.merged_into_stored))
        report.unchanged = unchanged + self.outcome_unchanged - len(renumbered - set(self.merged_into_stored))
        place_address_rows(rows.addresses, self.region)
        pipeline.write(self.session, rows, self.batch_id, self.check_cancel)
        if rows.touched:
            derived.refresh_search_text(self.session, rows.touched)
        self.load.close()  # the indexes set aside are built again, still in the import's transaction
        report.problems = self.parse_problems + self.draft_problems
        report.region_hint = region_hint(self.failed_phones, len(self.phones_seen),
                                         self.region)
        self.sources_registered = self.sources_registered or bool(rows.sources)

    def filled_fields(self) -> Optional[str]:
        return filled_json(self.rows)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _vcard_head(path: Path) -> bool:
    from .vcard import looks_like_vcard

    with open(path, "rb") as file:
        head = file.read(65_536)
    return bool(head.strip()) and looks_like_vcard(head, path.name)


def _written(session: Session, cid: int) -> dict:
    """A new contact's rows as written, keyed as `merging.merge_draft` keys its draft's."""
    scalars = session.execute(select(*(getattr(Contact, k) for k in SCALAR_FIELDS)).where(Contact.id == cid)).one()
    return {
        "scalars": {k for k, v in zip(SCALAR_FIELDS, scalars) if v is not None},
        "phones": {e164 + (f";ext={ext}" if ext else "") if e164 else raw for raw, e164, ext in session.execute(
            select(Phone.raw, Phone.e164, Phone.extension).where(Phone.contact_id == cid))},
        "emails": {a.lower() for a in session.scalars(select(Email.address).where(Email.contact_id == cid))},
        "addresses": {tuple(a) for a in session.execute(select(
            Address.street, Address.city, Address.region, Address.postal_code, Address.country)
            .where(Address.contact_id == cid))},
        "websites": {tuple(w) for w in session.execute(select(Website.url, Website.label)
                                                       .where(Website.contact_id == cid))},
        "groups": set(session.scalars(select(Group.name).join(contact_groups, contact_groups.c.group_id == Group.id)
                                      .where(contact_groups.c.contact_id == cid))),
        "custom": {tuple(c) for c in session.execute(select(CustomField.name, CustomField.value)
                                                     .where(CustomField.contact_id == cid))},
        "notes": set(session.scalars(select(Note.body).where(Note.contact_id == cid))),
        "photo": session.scalar(select(Photo.contact_id).where(Photo.contact_id == cid)) is not None,
    }

