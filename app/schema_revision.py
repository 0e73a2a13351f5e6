"""The newest schema revision, read from the migration files without Alembic or SQLAlchemy.

Opening a store that is already up to date is the common case: knowing the head this way costs
a directory listing, where Alembic's script directory costs its whole import (a fifth of the
window's start-up). It sits below both layers (like app/messages.py) so that app.models (which
migrates) and app.services.reading (which only reads, with plain sqlite3) ask the same question
without the ORM. tests/models/test_migrations.py checks this reading agrees with Alembic's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("models") / "migrations"

# `revision = '0008'`, `down_revision = '0007'` (or None) at the start of a line, as Alembic writes them.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)(?:\s*:\s*[^=]+)?\s*=\s*'?([^'\s]+)'?", re.MULTILINE)


def revision_graph() -> dict[str, str | None]:
    """{revision: down_revision} read from the migration files' own assignments."""
    graph: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(file.read_text(encoding="utf-8").replace('"', "'")))
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return heads.pop()


@lru_cache(maxsize=1)
def head_revision_once() -> str:
    """The head, read once a process (a reader asks at every open; the files do not change under it)."""
    return head_revision()


def known_revisions() -> set[str]:
    return set(revision_graph())
