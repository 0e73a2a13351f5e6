"""`rapport sync`: keep the store and a phone's address book (CardDAV) in step, both ways."""
from __future__ import annotations

import getpass
import os
import sys

from app.services import sync
from app.services.sync.credentials import ENV

from .output import dump_json, table


def register(commands) -> None:
    p = commands.add_parser("sync", help="sync with a phone's address book (CardDAV), both ways",
                            description="Sync every linked CardDAV address book both ways, one line per book. "
                                        "Link one first with 'rapport sync add URL'.")
    p.add_argument("--delete-trashed", action="store_true",
                   help="also delete on the server the cards of contacts you put in the trash here "
                        "(when the setting is 'ask', the default)")
    p.set_defaults(handler=cmd_sync)
    actions = p.add_subparsers(dest="sync_action", metavar="ACTION")
    a = actions.add_parser("add", help="link an address book",
                           description="Link an address book: the URL of a CardDAV server (Nextcloud, Radicale, "
                                       "iCloud, Fastmail…) or of one address book. The connection is checked. "
                                       f"The password is asked (or read from ${ENV}) and kept in the system "
                                       "keyring, never in the store.")
    a.add_argument("url", metavar="URL")
    a.add_argument("--username", default="", help="the user name on the server")
    a.add_argument("--name", dest="label", help="what to call it here (default: the address book's name)")
    a.set_defaults(handler=cmd_add)
    s = actions.add_parser("status", help="list linked address books")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_status, writes=False)
    r = actions.add_parser("remove", help="unlink an address book (deletes nothing)")
    r.add_argument("label", metavar="LABEL")
    r.set_defaults(handler=cmd_remove)


def _password(prompt: str) -> str:
    if os.environ.get(ENV):
        return os.environ[ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return ""


def cmd_add(db, args) -> int:
    password = _password(f"password for {args.username} at {args.url}: ") if args.username else ""
    label, book, kept = sync.add_book(db, args.url, args.username, password, args.label)
    print(f"linked '{label}': {book.url}")
    if args.username and not kept:
        print(f"no system keyring here: the password is asked at each sync (or set ${ENV})")
    print("sync with: rapport sync")
    return 0


def cmd_sync(db, args) -> int:
    labels = sync.labels(db)
    if not labels:
        print("no address book linked; link one with: rapport sync add URL [--username NAME]")
        return 0
    failed = 0
    for label in labels:
        password = None
        if sync.password_needed(db, label) and sys.stdin.isatty():
            password = getpass.getpass(f"password for '{label}': ")
        try:
            report = sync.sync_book(db, label, password=password, delete_on_server=args.delete_trashed or None)
        except sync.SyncFailed as exc:
            print(f"rapport: {label}: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(report.line())
        for line in report.conflict_lines:
            print(f"  merged: {line}")
        for problem in report.problems:
            print(f"  skipped: {problem}")
        if report.waiting_deletions:
            print(f"  {len(report.waiting_deletions)} contact(s) in the trash here are still on the server; "
                  f"delete them there with: rapport sync --delete-trashed")
    return 1 if failed else 0


def cmd_status(db, args) -> int:
    found = sync.book_status(db)
    if args.json:
        dump_json({"books": [{"label": b.label, "url": b.url, "username": b.username, "cards": b.cards,
                              "last_synced_at": b.last_synced_at.isoformat(timespec="seconds") + "Z"
                              if b.last_synced_at else None,
                              "waiting_deletions": b.waiting_deletions, "last_report": b.last_report}
                             for b in found]})
        return 0
    if not found:
        print("no address book linked; link one with: rapport sync add URL [--username NAME]")
        return 0
    table(("LABEL", "URL", "USER", "CARDS", "LAST SYNC (UTC)", "LAST RESULT"),
          ((b.label, b.url, b.username, b.cards,
            b.last_synced_at.isoformat(sep=" ", timespec="minutes") if b.last_synced_at else "never",
            _summary(b.last_report)) for b in found))
    return 0


def _summary(report) -> str:
    if not report:
        return ""
    return (f"{report['down']} down, {report['up']} up, {report['deleted_here']} deleted here, "
            f"{report['deleted_there']} deleted there, {report['conflicts']} conflicts merged")


def cmd_remove(db, args) -> int:
    cards = sync.remove_book(db, args.label)
    print(f"unlinked '{args.label}' ({cards} cards); no contact and no card was deleted")
    return 0
