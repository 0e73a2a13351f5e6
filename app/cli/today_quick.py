"""`rapport today` from the list kept in the store: read with sqlite3 before anything else is loaded.

When the store keeps a current list of the day (app/services/today_kept/stored.py), it is printed
without SQLAlchemy, the models, Qt or phonenumbers: a new process answers in a few tens of
milliseconds instead of seconds. Otherwise (no kept list, a change behind Rapport's back, a migration
due, a server store, --demo) the command runs the full way, which keeps the list for the next time.
Both ways print through `print_table` and the same JSON, so the text and the JSON are the same.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Optional

from .output import dump_json, table


def quick_today(args) -> Optional[int]:
    """The exit code once printed from the kept list, or None: run the command the full way."""
    if args.demo:
        return None
    path = store_file(args.db)
    if path is None:
        return None
    try:
        day = date.fromisoformat(args.date.strip()) if args.date else date.today()
    except ValueError:
        return None  # the full way names the mistake
    from app.services.today_kept import stored

    if args.json:
        items = stored.json_items(path, day)
        if items is None:
            return None
        if len(items) > 100:  # as dump_json writes a long list: one item a line, each as stored
            sys.stdout.write("[\n" + ",\n".join("  " + item for item in items) + "\n]\n")
        else:
            dump_json([json.loads(item) for item in items])
        return 0
    rows = stored.table_rows(path, day)
    if rows is None:
        return None
    print_table(day, rows)
    return 0


def store_file(explicit: Optional[str]) -> Optional[Path]:
    """The SQLite file `rapport` would open (store_paths, as store.resolve_db_path); None for a server."""
    from app.services.store_paths import chosen_store

    chosen = chosen_store(explicit)
    if isinstance(chosen, str):
        if "://" in chosen:
            return None
        chosen = Path(chosen).expanduser()
    return chosen


def print_table(today: date, rows: list[tuple]) -> None:
    """The list as a table; each row as stored.TABLE_COLUMNS."""
    if not rows:
        print(f"nobody to call on {today.isoformat()}")
        return
    table(("ID", "NAME", "TIER", "WHY", "DUE", "OVERDUE", "PHONE", "LAST CONTACT"),
          ((cid, name, tier, _why(reason, detail), due, f"{overdue} d" if overdue else "", phone, last)
           for cid, name, tier, reason, detail, due, overdue, phone, last in rows))


def _why(reason: str, detail: str) -> str:
    why = reason.replace("_", " ")
    if detail:
        why += f": {detail if len(detail) <= 48 else detail[:47] + '…'}"
    return why
