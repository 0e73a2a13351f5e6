"""`rapport playbook add|list|show|search|import|export`: talk tracks, objections, cases, templates.
A thin shell over app.services.playbook."""
from __future__ import annotations

import sys
from pathlib import Path

from app.services import contacts
from app.services.derived import plain_text
from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue
from app.services.playbook import entries, fit, folder
from app.services.playbook.entries import EntryData

from .output import dump_json, table


def register(commands) -> None:
    playbook = commands.add_parser(
        "playbook", help="talk tracks, objection answers, case stories and message templates",
        description="The playbook: entries tagged by sales stage, product and tier. Templates may use "
                    "{name}, {given_name}, {family_name}, {organization}, {title}, {product}, {tier}, {stage}.")
    sub = playbook.add_subparsers(dest="playbook_command", metavar="WHAT", required=True, parser_class=type(playbook))

    p = sub.add_parser("add", help="add an entry", description="Add a playbook entry.")
    p.add_argument("title")
    p.add_argument("--kind", required=True, help="talk-track, objection, case or template")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="the entry's text")
    text.add_argument("--file", help="read the text from a file (- for standard input)")
    p.add_argument("--html", action="store_true", help="the text is HTML (cleaned as notes are)")
    p.add_argument("--stage", action="append", default=[], help="a sales stage it fits (repeat; none: any)")
    p.add_argument("--product", action="append", default=[], help="a product it is about (repeat; none: any)")
    p.add_argument("--tier", action="append", default=[], help="a tier it fits (repeat; none: any)")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("list", help="list entries, or those that fit a customer", description="List entries.")
    p.add_argument("--kind", help="only this kind")
    p.add_argument("--for", dest="contact", metavar="CONTACT", help="only those that fit this customer")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list, writes=False)

    p = sub.add_parser("search", help="find entries by words (pinyin finds Chinese)", description="Search entries.")
    p.add_argument("query", nargs="+")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_search, writes=False)

    p = sub.add_parser("show", help="print an entry, filled in for a customer", description="Print an entry.")
    p.add_argument("entry", help="id, file name or exact title")
    p.add_argument("--for", dest="contact", metavar="CONTACT", help="fill its fields with this customer's")
    p.add_argument("--note", action="store_true", help="also save it as a note on that customer")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("import", help="import a folder of Markdown files",
                       description="Import every .md file of a folder (front matter: title, kind, stages, products, "
                                   "tiers, format). All or nothing; a file with the name of a stored entry updates it.")
    p.add_argument("folder")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="write every entry to a folder as Markdown files",
                       description="Write each entry as <name>.md into a folder (made if needed).")
    p.add_argument("folder")
    p.set_defaults(handler=cmd_export, writes=False)


def cmd_add(db, args) -> int:
    body = _read(args.file) if args.file else args.text
    entry_id = entries.add_entry(db, EntryData(title=args.title, kind=args.kind, body=body, html=args.html,
                                               stages=args.stage, products=args.product, tiers=args.tier))
    print(f"added playbook entry {entry_id}: {entries.get_entry(db, entry_id).slug}")
    return 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    if name.endswith(".md"):  # a file of an exported folder: its text, without the front matter
        return folder.read_file(Path(name)).body
    try:
        return Path(name).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot read it ({reason})"), path=name,
                           reason=getattr(exc, "strerror", None) or exc.__class__.__name__) from None


def cmd_list(db, args) -> int:
    if args.contact:
        rows = fit.entries_for(db, contacts.resolve(db, args.contact))
        rows = [e for e in rows if not args.kind or e.kind == entries.parse_kind(args.kind)]
    else:
        rows = entries.list_entries(db, kind=args.kind)
    return _print(rows, args.json)


def cmd_search(db, args) -> int:
    return _print(entries.list_entries(db, query=" ".join(args.query)), args.json)


def _print(rows, as_json: bool) -> int:
    if as_json:
        dump_json([_json(e) for e in rows])
        return 0
    if not rows:
        print("no playbook entries")
        return 0
    table(("ID", "KIND", "TITLE", "STAGES", "PRODUCTS", "TIERS", "FILE"),
          ((e.id, e.kind.replace("_", " "), e.title, *(", ".join(t) for t in entries.tags(e)), e.slug) for e in rows))
    return 0


def _json(e) -> dict:
    stages, products, tiers = entries.tags(e)
    return {"id": e.id, "slug": e.slug, "title": e.title, "kind": e.kind, "format": e.format, "body": e.body,
            "stages": stages, "products": products, "tiers": tiers}


def cmd_show(db, args) -> int:
    entry_id = entries.resolve_entry(db, args.entry)
    contact_id = contacts.resolve(db, args.contact) if args.contact else None
    text, fmt = fit.filled(db, entry_id, contact_id)
    print(plain_text(text, fmt).strip())
    if args.note and contact_id is not None:
        note_id = fit.insert_into_note(db, entry_id, contact_id)
        print(f"saved as note {note_id}", file=sys.stderr)
    return 0


def cmd_import(db, args) -> int:
    report = folder.import_folder(db, Path(args.folder))
    print(f"{args.folder}: {len(report.added)} added, {len(report.updated)} updated")
    return 0


def cmd_export(db, args) -> int:
    written = folder.export_folder(db, Path(args.folder))
    print(f"{args.folder}: {len(written)} entries written")
    return 0
