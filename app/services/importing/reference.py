"""The reference import: every file read, every record drafted, matched and written in one go.

This is the import as it was before the streaming one (stream.py): all in memory, one process.
It stays callable as the slow path the differential tests hold the streaming import to
(tests/services/importing/test_stream_differential.py): both must leave the same store and report.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.models import ImportBatch

from .. import derived
from ..errors import QT_TRANSLATE_NOOP
from ..geo.stored import place_address_rows
from ..phones import normalise_many
from .drafts import NO_NAME, Draft, make_draft, phone_keys
from .gc_pause import collector_paused
from .matching import Matcher, StoreIndex
from .merging import merge_draft, merge_into_stored, read_numbers_again
from .pipeline import NOT_A_CONTACT_LIST, ImportFailed, ImportReport, contact_files, parse_bytes, read_file
from .record import CancelCheck, ParseProblem, ParseResult, ProgressCallback, cancel_raiser, file_steps
from .region_hint import region_hint
from .writer import Rows, add_children, filled_json, new_contact_row, next_contact_id, register_source, write


def import_files_reference(
    db: sessionmaker[Session], paths: Sequence[Path | str], *, region: str = "US", group: Optional[str] = None,
    dry_run: bool = False, mapping: Optional[dict[str, str]] = None,
    progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
) -> ImportReport:
    """Import files as one batch. Raises ImportFailed (nothing written) when a file cannot be read at all,
    ImportCancelled (nothing written) when `is_cancelled()` turns true."""
    paths = contact_files(paths)
    report = ImportReport(sources=[str(p) for p in paths], dry_run=dry_run, region=region)
    step, check_cancel = file_steps(progress, len(paths)), cancel_raiser(is_cancelled)

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
    step(1000 * len(paths), 1000)(1, 1)  # the last step: done
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
            merge_draft(new_drafts[target[1]], draft)
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

    merged, unchanged = merge_into_stored(session, merged_into_stored, rows, batch_id)
    renumbered = read_numbers_again(session, seen_again, rows)
    report.renumbered = len(rows.renumbered)
    report.merged = merged + len(renumbered - set(merged_into_stored))
    report.unchanged = unchanged + outcome_unchanged - len(renumbered - set(merged_into_stored))
    return rows


