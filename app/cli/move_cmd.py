"""`rapport move-store --to URL|PATH`: copy the store into a new database and show the check."""
from __future__ import annotations

import sys

from .output import table


def register(commands) -> None:
    p = commands.add_parser(
        "move-store", help="copy the store into a new SQLite file or PostgreSQL database, checked",
        description="Copy every table of the store (the one --db names) into a new, empty database: a SQLite file "
                    "or postgresql+psycopg://user@host/db. The target is brought to this version's schema first; "
                    "afterwards every table's rows are counted and checksummed on both sides. Nothing is deleted "
                    "from the store.")
    p.add_argument("--to", required=True, metavar="URL|PATH", help="the new database (must be empty)")
    p.set_defaults(handler=cmd_move_store, auto_backup=False)


def cmd_move_store(db, args) -> int:
    from app.services.moving import move_store  # the services only when the command runs, not for --help

    report = move_store(db, args.to, progress=_Progress())
    table(("TABLE", "ROWS", "COPIED", "CHECKSUM", "COPY'S CHECKSUM", ""),
          ((c.source.table, c.source.rows, c.target.rows, c.source.digest, c.target.digest,
            "ok" if c.ok else "DIFFERS") for c in report.tables))
    if not report.ok:
        bad = ", ".join(c.source.table for c in report.tables if not c.ok)
        print(f"rapport: the copy in {report.target} differs from the store in: {bad}; the store is unchanged",
              file=sys.stderr)
        return 1
    print(f"copied {report.rows} rows of {len(report.tables)} tables to {report.target}; every count and checksum "
          f"agrees. The store in {report.source} is unchanged.")
    return 0


class _Progress:
    """One line per table on stderr; at a terminal the line counts up as the batches go."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def __call__(self, name: str, done: int, total: int) -> None:
        if self.tty:
            end = "\n" if done == total else ""
            print(f"\rcopying {name}: {done:,}/{total:,}", end=end, file=sys.stderr, flush=True)
        elif done == total:
            print(f"copied {name}: {total:,} rows", file=sys.stderr)
