"""Every table of a store as comparable rows: what the differential import tests compare.

Normalised so that two imports that made the same store compare equal: surrogate ids of child
rows are left out (rows are sorted instead), groups are named instead of numbered, timestamps of
the moment are dropped, the lines of a search text and the entries of a batch's undo record are
sorted (their order carries nothing a user sees: search is a substring match within a line).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

MOMENTS = {"created_at", "updated_at"}
KEEP_ID = {"contacts", "import_batches"}  # ids handed out in file order: the same in both paths


def store_rows(path: Path) -> dict[str, list]:
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        groups = dict(connection.execute("SELECT id, name FROM groups"))
        out: dict[str, list] = {}
        for table in tables:
            cursor = connection.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            rows = []
            for values in cursor:
                row = dict(zip(columns, values))
                for key in MOMENTS:
                    row.pop(key, None)
                if table not in KEEP_ID:
                    row.pop("id", None)
                if table == "groups":
                    row.pop("id", None)
                if "group_id" in row:
                    row["group_id"] = groups.get(row["group_id"])
                if table == "contacts" and row.get("search_text"):
                    row["search_text"] = sorted(row["search_text"].split("\n"))
                if table == "import_batches" and row.get("filled_fields"):
                    row["filled_fields"] = sorted(json.loads(row["filled_fields"]), key=repr)
                rows.append(tuple(sorted((k, repr(v)) for k, v in row.items())))
            out[table] = sorted(rows)
        return out
    finally:
        connection.close()
