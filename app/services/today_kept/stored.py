"""Today's list as kept in the store, read by a new process with plain sqlite3 (no SQLAlchemy, no Qt,
no phonenumbers): what makes `rapport today` answer at once, and the window's Today pane fill on start.

`read(path, day)` gives the entries (each the dict `CallEntry.as_json()` gives, plus "phone_display"),
in the list's order, or None when the kept list cannot be trusted; the caller then computes the list
(calllist.today_list), which keeps it again for the next reader (keeper.py).

Current means: the store file is exactly as the Rapport that kept the list left it. Every commit
Rapport makes updates the kept lists and then records the file's stamp beside the store
(`rapport.db.today`: the store's and its write-ahead log's size, time and headers); a write behind
Rapport's back (sqlite3, a restored copy, another program) changes the file and not the stamp, and
moves no counter inside the file that could be checked instead — so the stamp lives outside it. The
lists also carry the store's revision (store_revision, bumped by every commit through Rapport's
sessions), recorded in the stamp and checked too. A list computed with the system's language or phone region is for that
locale only. A PostgreSQL store has no kept list: a team writes it, so it is computed per read.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator, Optional, Sequence

_LOCALE_VARIABLES = ("RAPPORT_LANGUAGE", "LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LC_MESSAGES", "LANG")


def stamp_path(path: os.PathLike | str) -> Path:
    return Path(str(path) + ".today")


def file_stamp(path: os.PathLike | str) -> list:
    """The store's file and write-ahead log as they are now: inode, size and time of each, and the log's
    header (its salts, new at each restart, change with a write that keeps its size and time).

    The store file itself is only stat()ed, never opened: closing any descriptor of a file drops every
    POSIX lock this process holds on it, the shared locks of the SQLite connections open on the store
    included. Another process then believes it is the store's last user: on closing it folds the log into
    the file and deletes the log and its shared index from under this process's connections, which go on
    reading a deleted index (another process's later writes are never seen) and writing a deleted log. The
    log is opened: SQLite locks the shared index (-shm), never the log."""
    out = []
    try:
        st = os.stat(path)
        out.append([st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns] if st.st_size else None)
    except OSError:
        out.append(None)
    try:
        with open(str(path) + "-wal", "rb") as f:
            st = os.fstat(f.fileno())
            # An empty log holds nothing: opening the store creates one, closing removes it.
            out.append([st.st_ino, st.st_size, st.st_mtime_ns, f.read(32).hex()] if st.st_size else None)
    except OSError:
        out.append(None)
    return out


def locale_key() -> str:
    """The environment that decides the language and region when the settings leave them to the system."""
    return "|".join(os.environ.get(name, "") for name in _LOCALE_VARIABLES)


def read_stamp(path: os.PathLike | str) -> Optional[dict]:
    try:
        stamp = json.loads(stamp_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def is_current(path: os.PathLike | str) -> bool:
    """The store file is as Rapport left it when it last kept its lists."""
    stamp = read_stamp(path)
    return stamp is not None and stamp.get("files") == file_stamp(path)


def read(path: os.PathLike | str, day: date, language: Optional[str] = None) -> Optional[list[dict]]:
    """The kept list of `day` in the store at `path` (a SQLite file): each entry as `CallEntry.as_json()`
    gives it, plus "phone_display" (the best number as shown), in the list's order; None when there is
    none that is current (then compute it: calllist.today_list keeps it for the next reader).
    `language`: only a list in this language (the window's own); None: the list the settings ask for,
    as `rapport today` prints it.

    Cheap enough to call before opening the store: a stat, two small reads and one SELECT (json.loads
    of each entry is most of it: `table_rows` and `json_items` skip that for the command line).
    """
    found = _select(path, day, language, "data, phone_display")
    return None if found is None else [json.loads(data) | {"phone_display": phone} for data, phone in found]


# The list's order (calllist's sort keys, as keeper.py writes them).
_ORDER = "part, k_order, k_rank, k_name, k_group, k_contact, k_follow, k_detail, id"

# What the command line's table shows, in its order.
TABLE_COLUMNS = ("contact_id", "display_name", "tier", "reason", "detail", "due_date", "days_overdue",
                 "phone_display", "last_contact")


def columns(path: os.PathLike | str, day: date, language: Optional[str], names: str) -> Optional[list[tuple]]:
    """These columns of the kept list's entries, in the list's order, or None as `read` (the window's first
    screen: app/services/first_screen.py)."""
    return _select(path, day, language, names)


def table_rows(path: os.PathLike | str, day: date) -> Optional[list[tuple]]:
    """The settings' list of `day` as TABLE_COLUMNS tuples (dates as YYYY-MM-DD), or None as `read`."""
    return _select(path, day, None, ", ".join(TABLE_COLUMNS))


def json_items(path: os.PathLike | str, day: date) -> Optional[list[str]]:
    """The settings' list of `day`, each entry's as_json() as the JSON text `rapport today --json` writes
    (json.dumps, ensure_ascii=False), or None as `read`."""
    found = _select(path, day, None, "data")
    return None if found is None else [data for data, in found]


def _select(path: os.PathLike | str, day: date, language: Optional[str], columns: str) -> Optional[list[tuple]]:
    with _opened(path) as connection:
        list_id = _list_of(connection, day, language) if connection is not None else None
        if list_id is None:
            return None
        try:
            return connection.execute(  # in the order of the index ix_today_entries_in_order: no sort
                f"SELECT {columns} FROM today_entries WHERE list_id = ? ORDER BY {_ORDER}", (list_id,)).fetchall()
        except sqlite3.Error:
            return None


def head(path: os.PathLike | str, day: date, language: Optional[str], names: str,
         sections: Sequence[Sequence[str]], limit: int) -> Optional[tuple[list[tuple], dict[str, int]]]:
    """The kept list's first `limit` entries as a window shows them (given in the list's order), and how many
    entries of each reason it holds (in one snapshot), or None as `read`. The window groups the list by
    `sections` (each a tuple of reasons; a reason in none of them goes in the first), each section in the
    list's order. Read from ix_today_entries_by_reason: a screenful and the counts, not a busy day's
    18,000 rows."""
    with _opened(path) as connection:
        list_id = _list_of(connection, day, language) if connection is not None else None
        if list_id is None:
            return None
        try:
            counts = dict(connection.execute(
                "SELECT reason, count(*) FROM today_entries WHERE list_id = ? GROUP BY reason", (list_id,)))
            listed = {reason for reasons in sections for reason in reasons}
            sections = [[*sections[0], *(r for r in counts if r not in listed)], *sections[1:]] if sections else [[*counts]]
            first: list[tuple] = []
            for reasons in sections:
                wanted = limit - len(first)
                if wanted <= 0:
                    break
                found = []  # the section's first entries: each reason's first ones, merged in the list's order
                for reason in reasons:
                    if counts.get(reason):
                        found += connection.execute(
                            f"SELECT {_ORDER}, {names} FROM today_entries WHERE list_id = ? AND reason = ? "
                            f"ORDER BY {_ORDER} LIMIT ?", (list_id, reason, wanted)).fetchall()
                first += sorted(found)[:wanted]
        except sqlite3.Error:
            return None
    width = _ORDER.count(",") + 1  # the sort keys, then the columns asked for
    return [row[width:] for row in sorted(first)], counts


def has(path: os.PathLike | str, day: date) -> bool:
    """Whether the store keeps a current list of `day` for this locale."""
    with _opened(path) as connection:
        return connection is not None and _list_of(connection, day, None) is not None


@contextmanager
def _opened(path: os.PathLike | str) -> Iterator[Optional[sqlite3.Connection]]:
    """The store read-only, in one read transaction, when it is as Rapport left it at its last kept
    list (else None). Opened as app.services.reading opens it (the same file checks, the newest
    schema and derived columns), but while another Rapport has it open too: the stamp, not a clean
    close, says nothing else wrote."""
    from ..reading import file_to_read, schema_is_current

    stamp = read_stamp(path)
    real = file_to_read(path) if stamp is not None else None
    try:
        connection = sqlite3.connect(f"{real.as_uri()}?mode=ro", uri=True, isolation_level=None) if real else None
    except sqlite3.Error:
        connection = None
    if connection is None:
        yield None
        return
    try:
        try:
            connection.execute("BEGIN")  # one snapshot; the stamp is compared once it is taken
            current = (schema_is_current(connection)
                       and connection.execute("SELECT revision FROM store_revision WHERE id = 1").fetchone()
                       == (stamp.get("revision"),)
                       and stamp.get("files") == file_stamp(path))  # nothing committed before or since
        except sqlite3.Error:
            current = False  # not our schema, locked, damaged: the full path says what is wrong
        yield connection if current else None
    finally:
        connection.close()


def _list_of(connection: sqlite3.Connection, day: date, language: Optional[str]) -> Optional[int]:
    here = locale_key()
    lists = [lid for lid, lang, key in connection.execute(
        "SELECT id, language, locale_key FROM today_lists WHERE day = ?", (day.isoformat(),))
        if (key is None or key == here) and (language is None or lang == language)]
    return lists[0] if len(lists) == 1 else None
