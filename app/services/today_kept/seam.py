"""The one seam that sees every write: which contacts a committed transaction touched.

ORM flushes say exactly which rows changed: a contact, or a row that belongs to one (its
follow-ups, snoozes, purchases, interactions…). A write the seam cannot pin on contacts — a
tier's cadence, a product's cycle, a setting, a Core statement such as the import's bulk insert
or undo-import's delete, a migration — changes "everything", and the kept lists are computed
again. Writes to tables the list never reads (phones, notes, sync state…) change nothing.
What was touched is told after commit (`listen`), and forgotten on rollback.
"""
from __future__ import annotations

import re
import threading
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from .stored import file_stamp

# Read by the list only as details filled per call, or not at all: a write there keeps every list.
UNREAD_TABLES = frozenset({
    "phones", "emails", "addresses", "websites", "custom_fields", "photos", "notes", "groups", "contact_groups",
    "today_lists", "today_entries",
    "import_batches", "import_sources", "sync_books", "sync_items", "playbook_entries", "tier_changes",
    "tier_change_batches", "stage_changes", "losses", "plan_pins", "interaction_kinds", "interactions",
    "events", "event_guests", "store_revision",
})
# What the list shows of a contact beside its entries (best number, newest note and address): filled
# per read in a process, but kept with the entries in the store (stored.py), so their writes are told.
DETAIL_TABLES = frozenset({"phones", "notes", "addresses"})
# Rows of these belong to one contact (contact_id); a purchase also moves every reorder forecast.
_PURCHASES = "purchases"
_FORECAST_COLUMNS = ("display_name", "deleted_at", "status")  # who has a forecast, under which name
_WRITE = re.compile(r"\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)"
                    r"\s+[\"`\[]?(\w+)", re.IGNORECASE)
_READ = re.compile(r"\s*(?:SELECT|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|BEGIN|COMMIT|EXPLAIN)\b", re.IGNORECASE)
_CHANGES = re.compile(r"\b(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)  # in a WITH … statement
# Columns of contacts the list never reads: a Core UPDATE that sets only these keeps every list.
UNREAD_CONTACT_COLUMNS = frozenset({"search_text", "sort_name", "updated_at", "updated_by", "version_id"})
_SET = re.compile(r"\s*UPDATE\s+[\"`\[]?contacts[\"`\]]?\s+SET\s+(.*?)\s+WHERE\b", re.IGNORECASE | re.DOTALL)
_COLUMN = re.compile(r"(?:^|,)\s*[\"`\[]?(\w+)[\"`\]]?\s*=")
_KEY, _COMMITTED = "rapport.today_kept", "rapport.today_kept.committed"
_IN_FLUSH, _NAMED = "rapport.today_kept.flush", "rapport.today_kept.named"


@dataclass
class Touched:
    contacts: set[int] = field(default_factory=set)
    everything: bool = False
    # The reorder forecasts move: they learn from every purchase, and are kept for the live
    # customers under the names they had (app/services/reorder/book.py).
    reorder: bool = False
    details: set[int] = field(default_factory=set)  # contacts whose number, note or address changed
    details_everything: bool = False  # a Core write to those: which contacts is not known
    wrote: bool = False  # anything at all, even to a table the list never reads: the file changed
    kept_lists: bool = False  # the lists kept in the store (keeper.py), written after a commit
    # The store file's stamp (stored.file_stamp) before the first commit: were the lists kept in the
    # store current when this write began? (A SQLite file store only.)
    stamp_before: Optional[list] = None

    def add(self, other: "Touched") -> None:
        self.contacts |= other.contacts
        self.everything |= other.everything
        self.reorder |= other.reorder
        self.details |= other.details
        self.details_everything |= other.details_everything
        self.wrote |= other.wrote
        self.kept_lists |= other.kept_lists
        if self.stamp_before is None:
            self.stamp_before = other.stamp_before


_listeners: list[Callable[[str, Touched], None]] = []
_installed = threading.Lock()
_done = False


def listen(callback: Callable[[str, Touched], None]) -> None:
    """Call callback(store url, what was touched) after each commit that wrote anything."""
    install()
    _listeners.append(callback)


def install() -> None:
    global _done
    with _installed:
        if _done:
            return
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Engine, "after_cursor_execute", _after_execute)
        event.listen(Engine, "before_cursor_execute", _before_execute)
        event.listen(Engine, "commit", _commit)
        event.listen(Engine, "rollback", _rollback)
        event.listen(Engine, "checkin", _checkin)
        _done = True


@contextmanager
def touching(session: Session, contact_ids: Iterable[int], *, reorder: bool = False) -> Iterator[None]:
    """Core statements run inside change these contacts only (a bulk writer naming its batch);
    reorder=True when they change who is a live customer, or a name, or purchases."""
    connection = session.connection()
    pending = _pending(connection)
    pending.contacts.update(contact_ids)
    pending.reorder |= reorder
    depth = connection.info.get(_NAMED, 0)
    connection.info[_NAMED] = depth + 1
    try:
        yield
    finally:
        connection.info[_NAMED] = depth


def _pending(connection: Connection) -> Touched:
    return connection.info.setdefault(_KEY, Touched())


def _before_flush(session: Session, _context, _instances) -> None:
    session.connection().info[_IN_FLUSH] = True


def _after_flush(session: Session, _context) -> None:
    connection = session.connection()
    connection.info[_IN_FLUSH] = False
    touched = _pending(connection)
    touched.wrote = True
    for obj in (*session.new, *session.dirty, *session.deleted):
        _touch(touched, obj, obj in session.dirty)


def _touch(touched: Touched, obj, dirty: bool) -> None:
    table = getattr(obj, "__tablename__", None)
    if table in DETAIL_TABLES:
        state = inspect(obj)
        if not dirty or state.session.is_modified(obj, include_collections=False):
            details = Touched()
            _add(details, state, "contact_id")
            touched.details |= details.contacts
            touched.details_everything |= details.everything
        return
    if table in UNREAD_TABLES:
        return
    state = inspect(obj)
    if dirty and not state.session.is_modified(obj, include_collections=False):
        return  # loaded and looked at, not changed
    if table == "contacts":
        touched.contacts.add(obj.id)
        if not dirty or any(state.attrs[key].history.has_changes() for key in _FORECAST_COLUMNS):
            touched.reorder = True
        # A referrer's "thank" entry names the referred customer and follows their first purchase.
        _add(touched, state, "referred_by_id")
    elif "contact_id" in state.attrs:
        _add(touched, state, "contact_id")
        if table == _PURCHASES:
            touched.reorder = True
    else:
        touched.everything = True  # a tier, a product, a setting, a greeting…


def _add(touched: Touched, state, key: str) -> None:
    """The attribute's contact ids now and, when the flush changed it, before; all when it was not loaded."""
    history = state.attrs[key].history
    values = {*history.added, *history.unchanged, *history.deleted}
    if not values and key not in state.dict:
        touched.everything = True  # an expired row: which contact it was is not known here
    touched.contacts.update(v for v in values if v is not None)


def told(connection: Connection, statement: str) -> None:
    """A statement run on the driver's own cursor (bulk.py's executemany), which SQLAlchemy never sees."""
    _after_execute(connection, None, statement, None, None, True)


def _before_execute(connection: Connection, _cursor, statement: str, _parameters, _context, _many) -> None:
    """A transaction ended by its own statement (atomic.py's BEGIN IMMEDIATE … COMMIT), not by SQLAlchemy."""
    word = statement[:8].strip().upper()
    if word == "COMMIT":
        _commit(connection)
    elif word == "ROLLBACK":
        _rollback(connection)


def _after_execute(connection: Connection, _cursor, statement: str, _parameters, _context, _many) -> None:
    if _READ.match(statement):
        return
    if statement.lstrip()[:4].upper() == "WITH" and not _CHANGES.search(statement):
        return
    write = _WRITE.match(statement)
    table = write.group(1).lower() if write else None
    if table in ("today_lists", "today_entries"):
        _pending(connection).kept_lists = True  # the kept lists themselves (keeper.py)
        return
    _pending(connection).wrote = True
    if connection.info.get(_IN_FLUSH) or connection.info.get(_NAMED):
        return  # the flush tells its rows; a named batch its contacts, whose details are read anew with them
    if table in DETAIL_TABLES:
        _pending(connection).details_everything = True
    if table in UNREAD_TABLES:
        return
    columns = _SET.match(statement)
    if columns and {c.lower() for c in _COLUMN.findall(columns.group(1))} <= UNREAD_CONTACT_COLUMNS:
        return
    _pending(connection).everything = True  # a Core write, DDL, anything the seam cannot pin on contacts


def _commit(connection: Connection) -> None:
    """Keep what the transaction touched until the connection goes back to the pool: this event comes
    before the database's own commit, and a list read in between would read the rows as they were."""
    touched = connection.info.pop(_KEY, None)
    connection.info[_IN_FLUSH] = False
    if touched is None or not (touched.wrote or touched.kept_lists):
        return
    _engines[str(connection.engine.url)] = connection.engine
    if connection.dialect.name == "sqlite" and connection.engine.url.database not in (None, "", ":memory:"):
        touched.stamp_before = file_stamp(connection.engine.url.database)  # still holding the write lock
    committed = connection.info.setdefault(_COMMITTED, {})
    committed.setdefault(str(connection.engine.url), Touched()).add(touched)


_engines: "weakref.WeakValueDictionary[str, Engine]" = weakref.WeakValueDictionary()


def engine_of(url: str) -> Optional[Engine]:
    """The engine a told commit was made on, while it is open."""
    return _engines.get(url)


def _checkin(_dbapi_connection, record) -> None:
    for url, touched in record.info.pop(_COMMITTED, {}).items():
        for callback in list(_listeners):
            callback(url, touched)


def _rollback(connection: Connection) -> None:
    connection.info.pop(_KEY, None)
    connection.info[_IN_FLUSH] = False
