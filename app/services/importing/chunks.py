"""Reading a file as parts: a large vCard file is cut between cards and each part is read (parsed,
drafted, numbers normalised, derived columns and places made: `prepared.prepare`) in a worker
process, while this process matches and writes the parts before it.

Why processes: the reading is pure Python, so threads would share one core; a worker per core
reads while the writer's process spends its time in SQLite. Parts go to the workers a few at a
time and come back in file order, so memory holds a few parts, never the whole file.

Where a file is cut: only after an `END:VCARD` line that a `BEGIN:VCARD` line follows. A part is
then read exactly as the whole file would be, if the file is regular: every card begun and ended,
none nested, UTF-8 that decodes, no line over the size limit. A worker says whether its part was;
if one was not, the caller reads the whole file again in one piece (`Irregular`), the way the
reference path reads it, so a broken file's cards, lines and messages are the same either way.
Card numbers and line numbers come back counted from the part's start; `shift` makes them the
file's.
"""
from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import re
import sys
import threading
import types
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, NamedTuple, Optional

from ..phones import _cores, _exit_with_parent, normalise_many
from .drafts import phone_keys
from .gc_pause import collector_paused
from .prepared import Prepared, prepare
from .record import ParseProblem, ParseResult

log = logging.getLogger(__name__)
PARALLEL_FROM_BYTES = 2 * 1024 * 1024  # below this, starting workers costs more than they save
PART_BYTES = 1024 * 1024
# A worker per core reads parts while this process matches and writes: the three share the cores as
# the system schedules them (this process waits for parts part of the time). Measured against one
# worker with this process reading when it is behind: about the same time, and this process then
# held the pinyin and place tables and more parts (bench/RESULTS.md). One core: parts read here.
DEFAULT_WORKERS = _cores() if _cores() > 1 else 0
AHEAD = 1  # parts queued per worker beyond the one it reads: enough to keep it busy, little memory
LOCAL_AHEAD = 1  # parts this process reads ahead of the workers while it waits for one of theirs
_BOUNDARY = re.compile(rb"\n(?:[A-Za-z0-9_-]+\.)?END[ \t]*:[ \t]*VCARD[ \t]*\r?\n(?=(?:[A-Za-z0-9_-]+\.)?BEGIN[ \t]*:"
                       rb"[ \t]*VCARD[ \t]*\r?\n)", re.IGNORECASE)
_SEARCH_WINDOW = 256 * 1024


@contextmanager
def _bare_main():
    """A spawned process imports the parent's main module again (multiprocessing's rule for
    scripts): `rapport`'s whole command line, or a caller's script without a __main__ guard. The
    workers need only this module, so while they start, the main module is an empty one."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


class Part(NamedTuple):
    """What reading one part (or a whole file) gave, numbered from the part's start."""

    records: list[Prepared]
    parse_problems: list[ParseProblem]
    draft_problems: list[ParseProblem]
    phones: list[tuple[tuple[str, Optional[str]], bool]]  # distinct (number, extension) keys read, and valid
    cards: int  # cards in the part: the next part's numbers start after them
    lines: int  # line breaks in the part
    regular: bool
    format: str
    encoding: Optional[str]
    delimiter: Optional[str] = None  # CSV, for the report


class Irregular(Exception):
    """A part of a cut file was not read as the whole file would be: read the file in one piece."""


def read_result(result: ParseResult, region: str, lines: int = 0, regular: bool = True) -> Part:
    """Draft, normalise and prepare what a parser read."""
    known = normalise_many(phone_keys(result.contacts), region, workers=1)
    problems: list[ParseProblem] = []
    records = []
    for record in result.contacts:
        prepared = prepare(record, region, result.source, problems, known)
        if prepared is not None:
            records.append(prepared)
    phones = [(key, phone.valid) for key, phone in known.items()]
    cards = max((c.position for c in result.contacts), default=0)
    return Part(records, result.problems, problems, phones, cards, lines, regular, result.format, result.encoding,
                result.delimiter)


def read_part(job: tuple[str, int, int, str, str]) -> Part:
    """In a worker: read bytes `start`-`end` of a vCard file."""
    from .pipeline import MAX_LINE_BYTES
    from .vcard import read_split_cards
    from .vcard_lines import decode_file, split_cards

    path, start, end, region, source = job
    with open(path, "rb") as file:
        file.seek(start)
        data = file.read(end - start)
    lines = data.count(b"\n")
    irregular = Part([], [], [], [], 0, lines, False, "vcard", None)
    if len(data) > MAX_LINE_BYTES:
        return irregular  # the whole-file reading names the line that is too long, if one is
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return irregular
    with collector_paused():
        text, encoding, wide = decode_file(data)
        cards = split_cards(text)
        if not cards or wide or not all(card.begun and card.closed and not card.nested for card in cards):
            return irregular
        result = read_split_cards(text, encoding, wide, cards, source)
        if result.encoding != encoding:  # a guess about undeclared 8-bit text is made per file, not per part
            return irregular
        return read_result(result, region, lines)


def read_packed(job: tuple[str, int, int, str, str]) -> bytes:
    """`read_part` in a worker, pickled here with its records as plain tuples: they load in half the time
    of named tuples, and a part waiting its turn in the importing process is its pickle (a fifth of its
    objects' memory), made objects only when it is matched and written (`unpacked`)."""
    part = read_part(job)
    return pickle.dumps(part._replace(records=[tuple(record) for record in part.records]),
                        protocol=pickle.HIGHEST_PROTOCOL)


def unpacked(packed: bytes) -> Part:
    part = pickle.loads(packed)
    return part._replace(records=[Prepared._make(record) for record in part.records])


def _warm(region: str) -> None:
    """In a worker, before its first part: the tables every part needs, loaded once."""
    from ..geo import warm_up
    from ..names import sort_key
    from ..phones import normalise

    warm_up()
    sort_key("张伟")
    normalise("+86 138 1234 5678", region)
    # The tables are kept for the worker's life: the collector need not look through them again at
    # each of its full collections while parts are read and pickled.
    gc.freeze()


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, one thread: the command line): a worker starts in milliseconds with
    the modules already imported. Spawn otherwise: the window imports on a worker thread, and forking a
    threaded process is unsafe."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def cut(path: Path, size: int, part_bytes: Optional[int] = None) -> list[tuple[int, int]]:
    """Byte ranges of about `part_bytes`, each starting at a BEGIN:VCARD line right after an END:VCARD line."""
    part_bytes = part_bytes or PART_BYTES
    starts = [0]
    with open(path, "rb") as file:
        target = part_bytes
        while target < size:
            file.seek(target - 1)
            window = file.read(_SEARCH_WINDOW)
            match = _BOUNDARY.search(window)
            if match is None:
                if len(window) < _SEARCH_WINDOW:
                    break
                target += _SEARCH_WINDOW - 64  # a long card (a photo): look further on
                continue
            boundary = target - 1 + match.end()
            starts.append(boundary)
            target = boundary + part_bytes
    return [(start, end) for start, end in zip(starts, starts[1:] + [size])]


def shift(part: Part, cards_before: int, lines_before: int) -> Part:
    """Card and line numbers of a part counted from the file's start."""
    if not cards_before and not lines_before:
        return part
    records = [r._replace(position=r.position + cards_before, line=None if r.line is None else r.line + lines_before)
               for r in part.records]
    problems = [[ParseProblem(p.source, None if p.position is None else p.position + cards_before,
                              None if p.line is None else p.line + lines_before, p.field, p.message) for p in found]
                for found in (part.parse_problems, part.draft_problems)]
    return part._replace(records=records, parse_problems=problems[0], draft_problems=problems[1])


class Workers:
    """Parts of files read on the machine's other core while this process matches and writes.

    `count` worker processes (0: every part is read here) are started once, when a large file is
    seen (`warm`), and kept for the import's files. Parts go to them a few at a time and come back
    in file order, pickled as plain tuples (`read_packed`). With fewer workers than cores this
    process does not wait idle for them: when the next part is not back yet, it reads the part
    after the ones handed out itself (at most LOCAL_AHEAD of them ahead), so the work splits itself
    between the cores by how fast each turns out to be on a machine others share."""

    def __init__(self, count: Optional[int] = None):
        self.count = _cores() if count is None else count
        # With a worker per core, the cores are busy without this process reading (which would load
        # the pinyin and place tables here too); with fewer, a core would wait.
        self.steal = self.count < _cores()
        self.pool: Optional[ProcessPoolExecutor] = None
        self.broken = False

    def warm(self, paths: list[Path], region: str) -> None:
        """Start the workers now if a file is large enough to be read in parts: their start (and their
        tables: pinyin, places, the region's numbers) then overlaps opening the store and the first part."""
        if self.count == 0 or self.broken or self.pool is not None:
            return
        if not any(path.is_file() and path.stat().st_size >= PARALLEL_FROM_BYTES for path in paths):
            return
        try:
            for _ in range(self.count):
                self._pool().submit(_warm, region)
        except (BrokenProcessPool, OSError, RuntimeError):
            log.warning("import: worker processes could not start; parts are read here", exc_info=True)
            self.broken = True

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            with _bare_main():  # a spawned worker must not run the program's main module again
                self.pool = ProcessPoolExecutor(max_workers=self.count, initializer=_exit_with_parent,
                                                mp_context=_context())
        return self.pool

    def read(self, path: Path, size: int, region: str, source: str) -> Iterator[Part]:
        """The parts of `path` in order; `Irregular` if the file must be read whole (or no worker would start)."""
        ranges = cut(path, size)
        if len(ranges) < 2:
            raise Irregular(path)
        jobs = [(os.fspath(path), start, end, region, source) for start, end in ranges]
        if self.count == 0 or self.broken:  # parts read here, one after the other: one part in memory at a time
            for job in jobs:
                yield read_part(job)
            return
        slots: deque = deque()  # file order: a worker's Future, or a Part read here
        given = 0  # jobs handed out so far (to a worker or read here)
        try:
            while slots or given < len(jobs):
                with _bare_main():
                    while given < len(jobs) and sum(isinstance(s, Future) for s in slots) < self.count * (1 + AHEAD):
                        slots.append(self._pool().submit(read_packed, jobs[given]))
                        given += 1
                head = slots[0]
                if (self.steal and isinstance(head, Future) and not head.done() and given < len(jobs)
                        and sum(not isinstance(s, Future) for s in slots) < LOCAL_AHEAD):
                    slots.append(read_part(jobs[given]))  # the workers are behind: read the next part here
                    given += 1
                    continue
                slots.popleft()
                yield unpacked(head.result()) if isinstance(head, Future) else head
        except (BrokenProcessPool, OSError, RuntimeError):  # no processes here (a sandbox, a frozen app…)
            log.warning("import: worker processes failed, reading %s in this process", path, exc_info=True)
            self.broken = True
            raise Irregular(path) from None
        finally:
            for slot in slots:
                if isinstance(slot, Future):
                    slot.cancel()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)  # they exit on their own; nothing waits
            self.pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
