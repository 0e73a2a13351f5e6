"""Commands that keep the data safe: backup, backups, restore, empty-trash."""
from __future__ import annotations

import sys
from pathlib import Path

from app.services import backup, lifecycle
from app.services.store_backups import backups_for

from .output import table


def register(commands) -> None:
    p = commands.add_parser("backup", help="back up the store now",
                            description="Back up the store and verify the copy: a SQLite store through SQLite's backup API, "
                                        "one on a PostgreSQL server with pg_dump (custom format).")
    p.add_argument("file", nargs="?", help="where to write it (default: the backups folder beside the store)")
    p.set_defaults(handler=cmd_backup, writes=False, auto_backup=False)

    p = commands.add_parser("backups", help="list the store's backups", description="List backups, newest first.")
    p.set_defaults(handler=cmd_backups, writes=False)

    p = commands.add_parser("restore", help="restore the store from a backup",
                            description="Replace the store with a backup. The current store is backed up first. "
                                        "On a PostgreSQL server, a pg_dump backup is restored with pg_restore into "
                                        "a new, empty database only, after asking.")
    p.add_argument("file", help="the backup file")
    p.add_argument("--yes", action="store_true", help="do not ask before restoring into a server database")
    p.set_defaults(handler=cmd_restore, auto_backup=False)

    p = commands.add_parser("empty-trash", help="delete the contacts in the trash for good",
                            description="Delete the contacts in the trash for good (a backup is made first).")
    p.set_defaults(handler=cmd_empty_trash)


def cmd_backup(db, args) -> int:
    made = backups_for(db).make(Path(args.file) if args.file else None)
    print(f"backed up to {made}")
    return 0


def cmd_backups(db, args) -> int:
    found = backups_for(db).list()
    if not found:
        print("no backups yet")
        return 0
    table(("WHEN", "WHY", "SIZE", "FILE"),
          ((b.made_at.strftime("%Y-%m-%d %H:%M") + (" (!)" if b.in_future() else ""), b.reason,
            f"{b.size // 1024} KB", b.path) for b in found))
    for b in found:
        if b.in_future():
            print(f"rapport: warning: {backup.future_backup_warning(b)}", file=sys.stderr)
    return 0


def cmd_restore(db, args) -> int:
    backups = backups_for(db)
    question = backups.question(Path(args.file))
    if question and not args.yes:
        if not sys.stdin.isatty():
            print(f"rapport: {question} Add --yes to restore without asking", file=sys.stderr)
            return 1
        if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
            print("nothing was restored")
            return 1
    safety = backups.restore(Path(args.file))
    if safety is None:
        print(f"restored {args.file}")
    else:
        print(f"restored {args.file}; the store as it was is saved in {safety}")
    return 0


def cmd_empty_trash(db, args) -> int:
    n = lifecycle.empty_trash(db)
    if n == 0:
        print("the trash is empty: nothing deleted")
    else:
        print(f"deleted {n} {'contact' if n == 1 else 'contacts'} for good. {lifecycle.ERASURE_NOTICE}")
    return 0
