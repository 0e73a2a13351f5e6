"""The one way the GUI runs service calls off its thread (after Picard's `run_task`
and Anki's single collection worker).

    worker.read(partial(directory.contact_ids, db, filt), self._show_ids)
    task = worker.write(partial(import_files, db, paths), self._imported, progress=self._step)
    task.cancel()

`done(result, error)` is always called on the GUI thread, exactly one of the two
being None. Writes go through a pool of one thread, so they run one after another
and never wait on each other's SQLite lock; reads run beside them (WAL mode).
A call that asks for `progress` also gets `is_cancelled`, the keywords the import
pipeline takes.

What crosses to a worker thread is only the function and plain values: callbacks
stay in a table on the GUI thread, and answers come back through one long-lived
relay object. (A widget whose last Python reference is dropped on another thread
is destroyed behind Qt's back; PySide crashes later, in the main thread.) So the
functions given here must not capture widgets either: pass values, not `self`.
"""
from __future__ import annotations

import gc
import itertools
import threading
from dataclasses import dataclass
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

Done = Callable[[Any, Optional[BaseException]], None]
Progress = Callable[[int, int], None]


class Task:
    """A call in flight, as the caller sees it: it can be cancelled."""

    def __init__(self, task_id: int) -> None:
        self.id = task_id
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:  # called from the worker thread
        return self._cancelled.is_set()


@dataclass
class _Pending:
    task: Task
    done: Optional[Done]
    progress: Optional[Progress]


class _Relay(QObject):
    """Lives on the GUI thread as long as the worker; emitted from pool threads, so queued."""

    finished = Signal(int, object, object)  # task id, result, error
    progressed = Signal(int, int, int)  # task id, done, total


def _job(relay: _Relay, task: Task, fn: Callable[..., Any], with_progress: bool) -> Callable[[], None]:
    """The function the pool runs. It holds nothing but the call, the relay and a Task (no Qt wrapper)."""

    def run() -> None:
        try:
            if with_progress:
                result = fn(progress=lambda done, total: relay.progressed.emit(task.id, done, total),
                            is_cancelled=task.is_cancelled)
            else:
                result = fn()
        except BaseException as exc:  # delivered to the GUI thread, which decides what the user reads
            relay.finished.emit(task.id, None, exc)
        else:
            relay.finished.emit(task.id, result, None)

    return run


class Worker(QObject):
    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # database writes one after another
        self._first: Optional[QThreadPool] = None  # made by a fast start only
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.progressed.connect(self._step)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        # Destroyed with its window (the pools wait for their threads first): nothing in flight
        # will be heard of, so nothing is pending any more.
        self.destroyed.connect(self._pending.clear)

    def read(self, fn: Callable[..., Any], done: Optional[Done] = None, *, progress: Optional[Progress] = None) -> Task:
        return self._start(self._reads, fn, done, progress)

    def write(self, fn: Callable[..., Any], done: Optional[Done] = None, *, progress: Optional[Progress] = None) -> Task:
        return self._start(self._writes, fn, done, progress)

    def first(self, fn: Callable[..., Any], done: Optional[Done] = None) -> Task:
        """A fast start's first reads and the store's opening (ui/fast_start), one after another on a thread
        of their own: reads and writes asked for meanwhile wait for the store on the other threads."""
        if self._first is None:
            self._first = QThreadPool(self)
            self._first.setMaxThreadCount(1)
        return self._start(self._first, fn, done, None)

    def busy(self) -> bool:
        """True while a call runs or its answer has not been delivered yet."""
        return bool(self._pending)

    def wait_for_done(self, msecs: int = -1) -> None:
        """Block until the threads are idle (closing the window); running imports are cancelled."""
        for pending in self._pending.values():
            pending.task.cancel()
        for pool in (self._first, self._reads, self._writes):
            if pool is not None:
                pool.waitForDone(msecs)

    def _start(self, pool: QThreadPool, fn, done, progress) -> Task:
        task = Task(next(self._ids))
        self._pending[task.id] = _Pending(task, done, progress)
        pool.start(_job(self._relay, task, fn, progress is not None))
        return task

    @Slot(int, int, int)
    def _step(self, task_id: int, done: int, total: int) -> None:
        pending = self._pending.get(task_id)
        if pending is not None and pending.progress is not None:
            pending.progress(done, total)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: Optional[BaseException]) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is not None and pending.done is not None:
            pending.done(result, error)


class GuiThreadGarbageCollector(QObject):
    """Python's cycle collector runs in whichever thread happens to allocate; on a worker
    thread it may free widgets of a closed window there, which PySide cannot survive.
    So automatic collection is switched off and this collects on the GUI thread instead,
    as often as the interpreter would have (Anki does the same)."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    @Slot()
    def check(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                break

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        gc.enable()
