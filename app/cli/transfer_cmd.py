"""Commands that move contacts in and out: import, export, undo-import, imports."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from app.services.errors import InvalidValue
from app.services.export import FORMATS, export_contacts, export_to_file

from .import_quick import quick_import

MAX_LISTED = 50  # files, problems and suggestions printed; the rest are counted


def register(commands) -> None:
    p = commands.add_parser("import", help="import vCard or CSV files",
                            description="Import contacts from vCard (.vcf) or CSV files, as one undoable batch. "
                                        "Importing the same file again adds nothing.")
    p.add_argument("files", nargs="+", metavar="FILE", help="vCard or CSV files, or folders of them")
    p.add_argument("--group", help="put every imported contact in this group (made if new)")
    p.add_argument("--region", help="country for numbers written without one, e.g. CN, ES, US "
                                    "(default: your setting, else your locale)")
    p.add_argument("--dry-run", action="store_true", help="read and match, print the summary, change nothing")
    p.set_defaults(handler=cmd_import, quick=quick_import)  # a small vCard file: sqlite3 only (import_quick.py)

    p = commands.add_parser("export", help="export contacts", description="Export contacts to a file or stdout.")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--version", choices=("3.0", "4.0"), default="3.0", help="vCard version (with --format vcf)")
    p.add_argument("--group", help="only this group")
    p.add_argument("--include-trash", action="store_true", help="also contacts in the trash")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(handler=cmd_export, writes=False)

    p = commands.add_parser("undo-import", help="undo an import as a whole",
                            description="Undo an import: remove the contacts it added and what it added to others.")
    p.add_argument("batch", nargs="?", type=int, help="the import's number (default: the newest not undone)")
    p.set_defaults(handler=cmd_undo_import)

    p = commands.add_parser("imports", help="list past imports", description="List past imports, newest first.")
    p.set_defaults(handler=cmd_imports, writes=False)


def cmd_import(db, args) -> int:
    from app.services import settings
    from app.services.importing.pipeline import import_files

    region = settings.phone_region(db, args.region)
    print_report(import_files(db, args.files, region=region, group=args.group, dry_run=args.dry_run))
    return 0


def print_report(report) -> None:
    """What an import did (either path: cmd_import, import_quick.py)."""
    if len(report.formats) <= MAX_LISTED:
        for source, fmt in report.formats.items():
            print(f"read {source} ({fmt})")
    else:  # a folder of one card per contact: the kinds of file, not a line each
        kinds = Counter(report.formats.values())
        print(f"read {len(report.formats):,} files: " + ", ".join(f"{n:,} {fmt}" for fmt, n in kinds.most_common()))
    verb = "would import" if report.dry_run else "imported"
    print(f"{verb} {report.records} records: added {report.added}, merged {report.merged}, "
          f"unchanged {report.unchanged}")
    if report.renumbered:
        print(f"read {report.renumbered} numbers again for region {report.region} (contacts this file brought before)")
    if report.problems:
        print(f"problems ({len(report.problems)}):")
        for problem in report.problems[:MAX_LISTED]:
            print(f"  {problem}")
        if len(report.problems) > MAX_LISTED:
            print(f"  … and {len(report.problems) - MAX_LISTED} more")
    if report.region_hint:  # last of the problems, where the eye lands
        print(f"most numbers are not valid for region {report.region}: {report.region_hint}")
    if report.suggestions:
        print(f"possible duplicates to check ({len(report.suggestions)}): same number or email, different names")
        for s in report.suggestions[:MAX_LISTED]:
            other = f"contact {s.contact_id} {s.contact_name}" if s.contact_id else f"new contact {s.contact_name}"
            print(f"  record {s.position} {s.record_name} ~ {other} (share {s.shared})")
    if report.batch_id is not None:
        print(f"undo with: rapport undo-import {report.batch_id}")


def cmd_export(db, args) -> int:
    if not args.output:
        export_contacts(db, sys.stdout, args.format, version=args.version, group=args.group,
                        include_trash=args.include_trash)
        return 0
    path = Path(args.output)
    n = export_to_file(db, path, args.format, version=args.version, group=args.group,
                       include_trash=args.include_trash)
    print(f"exported {n} contacts to {path}", file=sys.stderr)
    return 0


def cmd_undo_import(db, args) -> int:
    from app.services.importing.undo import undo_import

    batch = undo_import(db, args.batch)
    print(f"undid import {batch.id} of {batch.created_at} ({batch.sources.replace(chr(10), ', ')}): "
          f"removed {batch.added} added contacts and what it merged into {batch.merged}")
    return 0


def cmd_imports(db, args) -> int:
    from app.services.importing.undo import list_batches

    from .output import table

    batches = list_batches(db)
    if not batches:
        print("no imports")
        return 0
    table(("#", "WHEN", "FILES", "ADDED", "MERGED", "UNCHANGED", "PROBLEMS", "UNDONE"),
          ((b.id, b.created_at, b.sources.replace("\n", ", "), b.added, b.merged, b.unchanged, b.problems,
            "yes" if b.undone else "") for b in batches))
    return 0
