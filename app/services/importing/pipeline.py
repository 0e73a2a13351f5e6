"""The import pipeline: read → detect → parse → normalise → match → merge → write.

One import is one transaction and one batch: it lands whole or not at all, and
"undo import" removes exactly what it added. Progress and cancel callbacks are
for the GUI's progress bar; the command line passes none.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Hashable, Iterable, Optional, Sequence, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact, CustomField, Email, Group, ImportBatch, Note, Phone, Photo, Website, contact_groups

from .. import derived
from ..errors import QT_TRANSLATE_NOOP, ServiceError
from ..geo.stored import place_address_rows
from ..phones import normalise_many
from .drafts import NO_NAME, SCALAR_FIELDS, Draft, make_draft, phone_keys
from .matching import Matcher, StoreIndex, Suggestion
from .region_hint import RegionHint, region_hint
from .gc_pause import collector_paused
from .record import CancelCheck, ImportCancelled, ParseProblem, ParseResult, ProgressCallback, UnreadableFile
from .writer import Rows, add_children, filled_json, new_contact_row, next_contact_id, register_source, write

MAX_FILE_BYTES = 512 * 1024 * 1024
# No contact file has a line this long (a photo folded onto one line is a few hundred KB);
# such a file is refused before a parser spends minutes on it.
MAX_LINE_BYTES = 16 * 1024 * 1024


class ImportFailed(ServiceError):
    """Nothing was imported; the message names the file and why."""


@dataclass
class ImportReport:
    sources: list[str]
    formats: dict[str, str] = field(default_factory=dict)  # file -> "vcard 3.0"/"csv", with encoding
    batch_id: Optional[int] = None
    records: int = 0
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    problems: list[ParseProblem] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    dry_run: bool = False
    region: str = "US"  # what numbers without a country code were read as
    region_hint: Optional[RegionHint] = None  # most numbers failed: where they would be valid
    renumbered: int = 0  # numbers of contacts this file brought before, read again under this region


NOT_A_CONTACT_LIST = "no row has a name, phone, email or organisation: not a contact list; nothing taken from it"
FOLDER_SUFFIXES = (".vcf", ".vcard", ".csv")  # what is taken from a folder (a file given by name may be anything)


def contact_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: a file as given; for a folder, the vCard and CSV files in it and in its
    subfolders, by name. A phone's export often arrives as a folder (or an unzipped archive) of
    one card per contact. Hidden files and macOS's __MACOSX copies (resource forks, not cards) are
    skipped; a folder with nothing to import stays in the list, and read_file says so."""
    files: list[Path] = []
    for path in map(Path, paths):
        found = []
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.suffix.lower() in FOLDER_SUFFIXES and f.is_file()
                           and not any(part.startswith((".", "__MACOSX")) for part in f.relative_to(path).parts))
        files.extend(found or [path])
    return list(dict.fromkeys(files))  # a file named twice, or also inside a folder named, is read once


def read_file(path: Path) -> bytes:
    """The file's bytes. Only a regular file is read (a device such as /dev/zero never ends, a FIFO
    waits for a writer), and the size limit holds while reading, not only by what stat said."""
    try:
        if path.is_dir():
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: the folder holds no .vcf or .csv file"),
                               path=path)
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: not a regular file (a device, pipe or "
                                                                 "socket); give a .vcf or .csv file"), path=path)
            size = info.st_size
            if size <= MAX_FILE_BYTES:
                data = file.read(MAX_FILE_BYTES + 1)  # a file still growing stops at the limit too
                size = len(data)
        if size > MAX_FILE_BYTES:
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: {megabytes} MB is too large for a contacts "
                                                             "file"),
                               path=path, megabytes=size // (1024 * 1024))
        return data
    except FileNotFoundError:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: no such file"), path=path) from None
    except PermissionError:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: not allowed to read it"), path=path) from None
    except OSError as exc:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: cannot read it ({reason})"),
                           path=path, reason=exc.strerror) from None


def parse_bytes(data: bytes, source: str, *, mapping: Optional[dict[str, str]] = None,
                progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    from .csv_reader import parse_csv
    from .vcard import looks_like_vcard, parse_vcard

    if not data.strip():
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"), source=source)
    _refuse_enormous_lines(data, source)
    try:
        if looks_like_vcard(data, source):
            return parse_vcard(data, source=source, progress=progress, is_cancelled=is_cancelled)
        if b"\x00" in data[:4096] and not _utf16(data):
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: this is not a contacts file (it looks binary); "
                                                             "use a .vcf or .csv file"), source=source)
        return parse_csv(data, source=source, mapping=mapping, progress=progress, is_cancelled=is_cancelled)
    except UnreadableFile as exc:
        raise ImportFailed.like(exc) from None


def _refuse_enormous_lines(data: bytes, source: str) -> None:
    if len(data) <= MAX_LINE_BYTES:
        return
    # One regular expression in C, tried only where a line starts: a Python loop over every line
    # break took seconds for a file of millions of short lines.
    match = _ENORMOUS_LINE_RE.search(data)
    if match is None:
        return
    before = match.start()
    number = data.count(b"\n", 0, before) + data.count(b"\r", 0, before) - data.count(b"\r\n", 0, before) + 1
    raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: line {line} is over {megabytes} MB long; "
                                                     "this is not a contacts file"),
                       source=source, line=number, megabytes=MAX_LINE_BYTES // (1024 * 1024))


_ENORMOUS_LINE_RE = re.compile(rb"(?:\A|(?<=[\r\n]))[^\r\n]{%d}" % (MAX_LINE_BYTES + 1))


def _utf16(data: bytes) -> bool:
    head = data[:4096]
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[1::2].count(0) > len(head) // 4 or head[::2].count(0) > len(head) // 4


def import_files(
    db: sessionmaker[Session], paths: Sequence[Path | str], *, region: str = "US", group: Optional[str] = None,
    dry_run: bool = False, mapping: Optional[dict[str, str]] = None,
    progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
) -> ImportReport:
    """Import files as one batch. Raises ImportFailed (nothing written) when a file cannot be read at all,
    ImportCancelled (nothing written) when `is_cancelled()` turns true."""
    paths = contact_files(paths)
    report = ImportReport(sources=[str(p) for p in paths], dry_run=dry_run, region=region)
    total_steps = 1000 * len(paths) + 1000

    def step(base: int, span: int) -> ProgressCallback:
        def report_progress(done: int, total: int) -> None:
            if progress:
                progress(base + (span * done // total if total else span), total_steps)
        return report_progress

    def check_cancel() -> None:
        if is_cancelled and is_cancelled():
            raise ImportCancelled()

    results: list[ParseResult] = []
    with collector_paused():
        for n, path in enumerate(paths):
            data = read_file(path)
            result = parse_bytes(data, path.name, mapping=mapping, progress=step(1000 * n, 1000),
                                 is_cancelled=is_cancelled)
            report.formats[str(path)] = result.format + (f", {result.encoding}" if result.encoding else "")
            results.append(result)
            report.problems.extend(result.problems)
        check_cancel()
        # Every number at once: a large import spreads them over the cores.
        known_phones = normalise_many(phone_keys(r for result in results for r in result.contacts), region)
        report.region_hint = region_hint((key for key, phone in known_phones.items() if not phone.valid),
                                         len(known_phones), region)
        drafts: list[Draft] = []
        for result in results:
            found: list[Draft] = []
            problems: list[ParseProblem] = []
            for record in result.contacts:
                draft = make_draft(record, region, result.source, problems, known_phones)
                if draft is not None:
                    found.append(draft)
            if result.format == "csv" and found and all(d.display_name == NO_NAME for d in found):
                # A spreadsheet of something else (stock, prices) found in a folder, say: every row
                # would become a "(no name)" contact. One line says so instead of a line per row.
                if len(results) == 1:
                    raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: no row has a name, phone, email or "
                                                                     "organisation, so this is not a contact list; "
                                                                     "map its columns in the import wizard"),
                                       source=result.source)
                report.problems.append(ParseProblem(result.source, None, None, None, NOT_A_CONTACT_LIST))
                continue
            report.problems.extend(problems)
            drafts.extend(found)
        report.records = len(drafts)
        _store(db, drafts, report, group, dry_run, step(1000 * len(paths), 1000), check_cancel, region)
    if progress:
        progress(total_steps, total_steps)
    return report


def _store(db, drafts: list[Draft], report: ImportReport, group: Optional[str], dry_run: bool,
           progress: ProgressCallback, check_cancel, region: str) -> None:
    session = db()
    try:
        _write_batch(session, drafts, report, group, dry_run, progress, check_cancel, region)
    except (SQLAlchemyError, OSError) as exc:  # disk full, I/O error, locked: the transaction rolled back
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{files}: the import could not be written ({reason}); "
                                                         "nothing was changed"),
                           files=", ".join(Path(s).name for s in report.sources), reason=reason) from None
    finally:
        session.close()


def _write_batch(session: Session, drafts: list[Draft], report: ImportReport, group: Optional[str], dry_run: bool,
             progress: ProgressCallback, check_cancel, region: str) -> None:
    with session.begin():
        batch = ImportBatch(sources="\n".join(report.sources))
        session.add(batch)
        session.flush()
        rows = _plan(session, drafts, report, batch.id, group, progress, check_cancel)
        place_address_rows(rows.addresses, region)  # where each new address is, for the day's route
        write(session, rows, batch.id, check_cancel)
        if rows.touched:
            derived.refresh_search_text(session, rows.touched)
        batch.added, batch.merged, batch.unchanged = report.added, report.merged, report.unchanged
        batch.problems = len(report.problems)
        batch.filled_fields = filled_json(rows)
        check_cancel()
        if dry_run or not (report.added or report.merged or rows.sources or rows.renumbered):
            session.rollback()  # a dry run, or nothing new: leave no trace, not even an empty batch
        else:
            report.batch_id = batch.id


def _plan(session: Session, drafts: list[Draft], report: ImportReport, batch_id: int, group: Optional[str],
          progress: ProgressCallback, check_cancel) -> Rows:
    index = StoreIndex.load(session)
    matcher = Matcher(index)
    rows = Rows()
    new_drafts: list[Draft] = []  # index = matcher's "new" id
    merged_into_stored: dict[int, list[Draft]] = {}
    seen_again: dict[int, list[Draft]] = {}  # cards imported before: their numbers are read again
    outcome_unchanged = 0
    for n, draft in enumerate(drafts):
        if n % 2000 == 0:
            check_cancel()
            progress(n, len(drafts) * 2)
        if group:
            draft.groups.append(group)
        stored, same_card = matcher.seen_before(draft.record.uid, draft.record.fingerprint)
        if stored is not None and same_card:
            outcome_unchanged += 1  # this very card/row was imported before: adds nothing
            seen_again.setdefault(stored, []).append(draft)
            if group:
                merged_into_stored.setdefault(stored, []).append(Draft(draft.record, draft.display_name, {}, groups=[group]))
            continue
        keys, names = draft.keys, draft.names  # both are computed on each access
        target = ("stored", stored) if stored is not None else matcher.match(
            keys, names, draft.record.position, draft.record.line, draft.display_name)
        if target is None:
            matcher.add_new(keys, names, draft.display_name)
            new_drafts.append(draft)
            continue
        matcher.remember(target, keys)
        if target[0] == "new":
            _merge_draft(new_drafts[target[1]], draft)
        else:
            merged_into_stored.setdefault(target[1], []).append(draft)
    report.suggestions = matcher.suggestions

    first_id = next_contact_id(session)
    for offset, draft in enumerate(new_drafts):
        cid = first_id + offset
        rows.contacts.append(new_contact_row(cid, draft, batch_id))
        add_children(rows, cid, draft, batch_id)
        for d in [draft, *draft.merged_from]:
            register_source(rows, d, cid)
        report.added_ids.append(cid)
    report.added = len(new_drafts)
    progress(len(drafts) * 3 // 2, len(drafts) * 2)

    merged, unchanged = _merge_into_stored(session, merged_into_stored, rows, batch_id)
    renumbered = _read_numbers_again(session, seen_again, rows)
    report.renumbered = len(rows.renumbered)
    report.merged = merged + len(renumbered - set(merged_into_stored))
    report.unchanged = unchanged + outcome_unchanged - len(renumbered - set(merged_into_stored))
    return rows


def _read_numbers_again(session: Session, seen_again: dict[int, list[Draft]], rows: Rows) -> set[int]:
    """The same cards imported again, perhaps under another region (the first import read a Chinese
    phone's numbers as American): a number that import stored reads now as a valid number it did
    not before, so it is updated in place (no second contact, no stale invalid number). Numbers the
    user typed are left alone. Returns the contacts whose numbers changed."""
    ids = list(seen_again)
    changed: set[int] = set()
    done: set[int] = set()  # phone ids
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stored: dict[tuple[int, str], list[tuple[int, Optional[str]]]] = {}
        for phone_id, cid, raw, e164 in session.execute(
                select(Phone.id, Phone.contact_id, Phone.raw, Phone.e164)
                .where(Phone.contact_id.in_(chunk), Phone.import_batch_id.is_not(None))):
            stored.setdefault((cid, raw), []).append((phone_id, e164))
        for cid in chunk:
            for draft in seen_again[cid]:
                for phone, _label in draft.phones:
                    for phone_id, e164 in stored.get((cid, phone.raw), []):
                        if phone.e164 and phone.e164 != e164 and phone_id not in done:
                            done.add(phone_id)
                            rows.renumbered.append((cid, phone_id, e164, phone.e164))
                            changed.add(cid)
    rows.touched |= changed
    return changed


def _merge_draft(into: Draft, other: Draft) -> None:
    """Two records of one new contact in the same import: keep everything, once."""
    for key, value in other.scalars.items():
        into.scalars.setdefault(key, value)
    # Sets, not membership tests on lists: two cards of 100,000 categories each must not take minutes.
    def phone_key(p):
        return p[0].match_key or p[0].raw

    into.phones += _unseen(other.phones, set(map(phone_key, into.phones)), phone_key)
    into.emails += _unseen(other.emails, {e.lower() for e, _ in into.emails}, lambda e: e[0].lower())
    into.addresses += _unseen(other.addresses, set(map(_address_key, into.addresses)), _address_key)
    into.websites += _unseen(other.websites, set(into.websites))
    into.groups += _unseen(other.groups, set(into.groups))
    into.custom += _unseen(other.custom, set(into.custom))
    into.notes += _unseen(other.notes, set(into.notes))
    into.photo = into.photo or other.photo
    into.merged_from.append(other)


T = TypeVar("T")


def _address_key(a) -> tuple:
    return a.street, a.city, a.region, a.postal_code, a.country


def _unseen(items: Iterable[T], seen: set, key: Callable[[T], Hashable] = lambda item: item) -> list[T]:
    """The items whose key is not in `seen` yet, adding their keys to it."""
    fresh = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            fresh.append(item)
    return fresh


def _merge_into_stored(session: Session, targets: dict[int, list[Draft]], rows: Rows, batch_id: int) -> tuple[int, int]:
    """Add what is new to stored contacts, never overwriting what the user typed. Returns (merged, unchanged)."""
    if not targets:
        return 0, 0
    ids = list(targets)
    existing = _existing(session, ids)
    merged = unchanged = 0
    for cid, drafts in targets.items():
        have = existing[cid]
        gained = False
        filled: dict = {}
        for draft in drafts:
            register_source(rows, draft, cid)
            extra = Draft(draft.record, draft.display_name, {})
            for key, value in draft.scalars.items():
                if not have["scalars"].get(key) and key not in filled:
                    filled[key] = value
            extra.phones = _unseen(draft.phones, have["phones"], lambda p: p[0].match_key or p[0].raw)
            extra.emails = _unseen(draft.emails, have["emails"], lambda e: e[0].lower())
            extra.addresses = _unseen(draft.addresses, have["addresses"], _address_key)
            extra.websites = _unseen(draft.websites, have["websites"], lambda w: w[0])
            extra.custom = _unseen(draft.custom, have["custom"])
            extra.notes = _unseen(draft.notes, have["notes"])
            extra.groups = _unseen(draft.groups, have["groups"])
            if draft.photo and not have["photo"]:
                have["photo"] = True
                extra.photo = draft.photo
            if extra.phones or extra.emails or extra.addresses or extra.websites or extra.custom or extra.notes \
                    or extra.groups or extra.photo:
                gained = True
                add_children(rows, cid, extra, batch_id)
        if filled:
            rows.filled.append({"id": cid, **filled})
            gained = True
        if gained:
            rows.touched.add(cid)
            merged += 1
        else:
            unchanged += 1
    return merged, unchanged


def _existing(session: Session, ids: list[int]) -> dict[int, dict]:
    have: dict[int, dict] = {
        cid: {"scalars": {}, "phones": set(), "emails": set(), "addresses": set(), "websites": set(),
              "custom": set(), "notes": set(), "groups": set(), "photo": False}
        for cid in ids
    }
    columns = [getattr(Contact, key) for key in SCALAR_FIELDS]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(Contact.id, *columns).where(Contact.id.in_(chunk))):
            have[row[0]]["scalars"] = dict(zip(SCALAR_FIELDS, row[1:]))
        for cid, raw, e164, ext in session.execute(
                select(Phone.contact_id, Phone.raw, Phone.e164, Phone.extension).where(Phone.contact_id.in_(chunk))):
            have[cid]["phones"].update({raw, e164 + (f";ext={ext}" if ext else "")} if e164 else {raw})
        for cid, key in session.execute(select(Email.contact_id, Email.address_key).where(Email.contact_id.in_(chunk))):
            have[cid]["emails"].add(key)
        for cid, *key in session.execute(select(Address.contact_id, Address.street, Address.city, Address.region,
                                                Address.postal_code, Address.country).where(Address.contact_id.in_(chunk))):
            have[cid]["addresses"].add(tuple(key))
        for cid, url in session.execute(select(Website.contact_id, Website.url).where(Website.contact_id.in_(chunk))):
            have[cid]["websites"].add(url)
        for cid, name, value in session.execute(
                select(CustomField.contact_id, CustomField.name, CustomField.value).where(CustomField.contact_id.in_(chunk))):
            have[cid]["custom"].add((name, value))
        for cid, body in session.execute(select(Note.contact_id, Note.body).where(Note.contact_id.in_(chunk))):
            have[cid]["notes"].add(body)
        for cid, name in session.execute(
                select(contact_groups.c.contact_id, Group.name).join(Group, Group.id == contact_groups.c.group_id)
                .where(contact_groups.c.contact_id.in_(chunk))):
            have[cid]["groups"].add(name)
        for (cid,) in session.execute(select(Photo.contact_id).where(Photo.contact_id.in_(chunk))):
            have[cid]["photo"] = True
    return have
