"""The store the window was built with before it was opened the normal way.

A fast start (see __init__.py) builds the window around this stand-in and opens the store right
after the first screen is filled. Every view keeps it as its `db`, and every service call made
with it waits (on the thread that makes it) until the store is open, then goes to the real session
factory: so nothing reaches the store, least of all a write, before the checks and the migrations
of store.open_for_use have run. A failed open is raised to every call.
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Optional


class PendingStore:
    def __init__(self, opener: Callable[[], Any]) -> None:
        self._opener: Optional[Callable[[], Any]] = opener  # store.open_for_use of the store
        self._opening = threading.Lock()
        self._opened = threading.Event()
        self._db: Any = None
        self._error: Optional[BaseException] = None

    def open_now(self) -> Any:
        """Open the store (once; on the fast start's own thread): every call waiting for it goes on."""
        with self._opening:
            opener, self._opener = self._opener, None
            if opener is not None:
                try:
                    self.open(opener())
                except BaseException as error:
                    self.failed(error)
        return self.real()

    def open(self, db: Any) -> None:
        """The store is open: `db` is its session factory (store.open_for_use)."""
        self._db = db
        self._opened.set()

    def failed(self, error: BaseException) -> None:
        self._error = error
        self._opened.set()

    def is_open(self) -> bool:
        return self._opened.is_set() and self._error is None

    def real(self) -> Any:
        """The session factory, once opened (waits until then)."""
        self._opened.wait()
        if self._error is not None:
            raise self._error
        return self._db

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.real()(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # begin(), kw, …: the session factory's
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.real(), name)
