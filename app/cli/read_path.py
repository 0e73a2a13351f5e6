"""Commands that only read, answered without the ORM when the store allows (issue 18).

A command that registers `reader=` (besides its `handler=`) is first offered to it with a plain
read-only sqlite3 connection (app/services/reading). When the store cannot be read that way (a
server, the demo, a store to migrate, check or recompute) the answer is None and main() opens the
store as usual for the command's ORM handler, which then does what opening always did.
"""
from __future__ import annotations

from typing import Optional


def answer(args) -> Optional[int]:
    """The exit code of the command answered from the read-only path, or None: use the usual path."""
    reader = getattr(args, "reader", None)
    if reader is None or args.command is None:
        return None
    from app.services.reading import open_for_reading

    conn = open_for_reading(args.db, demo=args.demo)
    if conn is None:
        return None
    try:
        return reader(conn, args)
    finally:
        conn.close()
