"""A fast start: the window shown and filled before the store is opened the normal way (issue 18).

Importing SQLAlchemy, the models and the services is most of what a start used to wait for. When
the store is exactly as Rapport left it (app/services/first_screen.py says so, with sqlite3 alone),
the window is built around a PendingStore, Today and the contact list are read with sqlite3, and
only then is the store opened through store.open_for_use (checks, migrations, the ORM, the kept
today's list's seam) on a worker thread of its own. Every service call made meanwhile, a write
above all, waits for it (pending_store.py), so nothing touches the store before it is opened the
normal way. Any other store (new, unclean, old schema, PostgreSQL, the demo, a lock
held by another Rapport) takes the normal path: app.py opens it before building the window.

Nothing here imports SQLAlchemy: tests/ui/test_fast_start.py checks sys.modules at the moment the
window reports it is ready.
"""
from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from app.services.call_entry import ListHead
from app.services.contact_rows import ContactFilter, ContactRow, IdsHead
from app.services.first_screen import FirstScreenStore, open_current

from .pending_store import PendingStore


def begin(location: Any) -> Optional["FastStart"]:
    """A fast start for the store at `location`, its one-writer lock taken; None: take the normal path."""
    if not isinstance(location, Path):
        return None  # a team's server
    store = open_current(location)
    if store is None:
        return None
    from app.services import quick_lock
    from app.services.store_paths import lock_file

    lock = quick_lock.take(lock_file(store.path))
    if lock is None:  # another Rapport: the normal path says so in its own words
        return None
    return FastStart(location, store, lock)


class FastStart:
    """The first screen's reads, once each, then the store's opening; what waits for it is told."""

    def __init__(self, path: Path, store: FirstScreenStore, lock) -> None:
        self.path = path
        self.store = store
        self.lock = lock
        self.db = PendingStore(partial(_open, path))
        self._worker = None
        self._taken: set[str] = set()  # the reads the first screen got from here
        self._waiting: set[str] = set()  # of them, those not shown yet
        self._built = False
        self._when_open: list[Callable[[Optional[BaseException]], None]] = []
        self._after_fill: list[tuple[Callable, Callable]] = []  # reads queued once the first screen is filled

    def language(self) -> Optional[str]:
        return self.store.setting("language")

    def attach(self, worker) -> None:
        """The window's worker: the first reads, then the opening, run on its `first` thread in that order."""
        self._worker = worker

    def when_open(self, call: Callable[[Optional[BaseException]], None]) -> None:
        """`call(error)` once the store is open (error None) or failed to open, on the GUI thread."""
        self._when_open.append(call)

    # ------------------------------------------------------------------ the first screen

    def today_list(self, day: date, done: Callable[[Any, Optional[BaseException]], None],
                   otherwise: Callable[[Callable], None], *, sections: Sequence[Sequence[str]], limit: int,
                   rest: Callable[[Any, Optional[BaseException]], None]) -> bool:
        """Read today's list for the first screen as the store keeps it; False: ask the services.
        `done(ListHead)` gets its first `limit` entries as shown in `sections` (or `done(list)` the whole
        list, when that is all of it), then `rest(list)` the whole list, read once the first screen is
        filled (not to compete with it) and before the store is opened (so it precedes every answer that
        waits for the store). When the kept list is not current,
        `otherwise(done)` asks the services (once the store is open)."""
        if not self._first("today"):
            return False
        self._worker.first(partial(self.store.today_head, day, sections, limit),
                           partial(self._today_read, day, done, otherwise, rest))
        return True

    def _today_read(self, day, done, otherwise, rest, head: Optional[ListHead], error: Optional[BaseException]) -> None:
        if head is None and error is None:  # not kept, or not current: computed the normal way
            self._waiting.discard("today")
            otherwise(done)
            self._open_when_filled()
        elif error is None and len(head.entries) == head.total:  # the whole list: in the list's order
            self._delivered("today", done, head.entries, None)
        else:
            if error is None:
                self._after_fill.append((partial(self.store.today_list, day), partial(self._rest_read, rest, otherwise)))
            self._delivered("today", done, head, error)

    def _rest_read(self, rest, otherwise, entries, error: Optional[BaseException]) -> None:
        if entries is None and error is None:  # cannot be, the store being untouched since: computed anyway
            otherwise(rest)
        else:
            rest(entries, error)

    def contact_ids(self, filt: ContactFilter, sort: tuple[str, bool],
                    done: Callable[[Any, Optional[BaseException]], None], *, limit: int) -> bool:
        """The contact list's ids (all customers by name); False: ask the services. `done(IdsHead)` gets the
        first `limit` and the count (or `done(list)` all of them, when that is all), then `done(list)` all,
        read once the first screen is filled and before the store is opened (as today's list's rest)."""
        if filt != ContactFilter() or sort != ("name", False) or not self._first("contacts"):
            return False
        # Beside today's list, not after it: the reads do not wait for each other (the read pool is idle
        # at a fast start: what would wait for the store there is asked for once it is open).
        self._worker.read(partial(self.store.contact_head, limit), partial(self._ids_read, done))
        return True

    def _ids_read(self, done, head: Optional[IdsHead], error: Optional[BaseException]) -> None:
        if error is None and len(head.ids) == head.total:
            self._delivered("contacts", done, head.ids, None)  # the whole list
            return
        if error is None:
            self._after_fill.append((self.store.contact_ids, done))
        self._delivered("contacts", done, head, error)

    def rows(self, ids: list[int]) -> Optional[dict[int, ContactRow]]:
        """A screenful of the contact list before the store is open (sqlite3); None once it is."""
        return None if self.db.is_open() else self.store.rows(ids)

    def _first(self, what: str) -> bool:
        if what in self._taken or self._built:
            return False  # once each, and only while the window is being built
        self._taken.add(what)
        self._waiting.add(what)
        return True

    def _delivered(self, what: str, done, result, error: Optional[BaseException]) -> None:
        self._waiting.discard(what)
        done(result, error)
        self._open_when_filled()

    # ------------------------------------------------------------------ the store opened the normal way

    def built(self) -> None:
        """The window is built: once what it read from here has been shown, the store is opened."""
        self._built = True
        self._open_when_filled()

    def _open_when_filled(self) -> None:
        """Not before: its imports would compete with the first screen. The reads that waited for the
        first screen go first."""
        if self._built and not self._waiting:
            after_fill, self._after_fill = self._after_fill, []
            for read, done in after_fill:
                self._worker.first(read, done)
            self.open_soon()

    def open_soon(self) -> None:
        """Queue the opening now (once): the window is closing, and calls may be waiting for the store."""
        if "open" not in self._taken:
            self._taken.add("open")
            self._worker.first(self.db.open_now, self._opened)

    def _opened(self, _db, error: Optional[BaseException]) -> None:
        for call in self._when_open:
            call(error)


def _open(path: Path):
    """SQLAlchemy, the models and the services are imported here, on a worker thread (PendingStore)."""
    from app.services.store import open_for_use

    return open_for_use(path)
