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

import logging
import multiprocessing
import os
import re
import sys
import types
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
# Parts are read in this process unless the caller asks for workers: on the 2-core VM shared by
# other jobs (load 6-11) where this was measured, worker processes made a 10,000-card import
# slower (10.0 s against 4.6 s read here, bench/RESULTS.md): their start (interpreter, imports,
# the gazetteer) and sending the parts back cost more than the second core gave. `workers=None`
# asks for one per core.
DEFAULT_WORKERS = 0  # about 3,000 cards of an address book
AHEAD = 2  # parts queued per worker beyond the one it reads: enough to keep it busy, little memory
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
    """Worker processes that read parts of files; `read` yields each file's parts in order.
    `count` 0: the parts are read in this process (the default: see DEFAULT_WORKERS)."""

    def __init__(self, count: Optional[int] = None):
        self.count = _cores() if count is None else count
        self.pool: Optional[ProcessPoolExecutor] = None
        self.broken = False

    def read(self, path: Path, size: int, region: str, source: str) -> Iterator[Part]:
        """The parts of `path` in order; `Irregular` if the file must be read whole (or no worker would start)."""
        ranges = cut(path, size)
        if len(ranges) < 2 or self.broken:
            raise Irregular(path)
        jobs = iter([(os.fspath(path), start, end, region, source) for start, end in ranges])
        if self.count == 0:  # parts read here, one after the other: memory still holds one part at a time
            for job in jobs:
                yield read_part(job)
            return
        pending: list[Future] = []
        try:
            with _bare_main():  # the workers start here: they must not run the program's main module again
                if self.pool is None:
                    # "spawn", not fork: the window imports on a worker thread, and forking a threaded
                    # process is unsafe.
                    self.pool = ProcessPoolExecutor(max_workers=self.count, initializer=_exit_with_parent,
                                                    mp_context=multiprocessing.get_context("spawn"))
                for job in jobs:
                    pending.append(self.pool.submit(read_part, job))
                    if len(pending) >= self.count * (1 + AHEAD):
                        break
            while pending:
                part = pending.pop(0).result()
                for job in jobs:  # keep the workers busy: one more part for each one taken
                    pending.append(self.pool.submit(read_part, job))
                    break
                yield part
        except (BrokenProcessPool, OSError, RuntimeError):  # no processes here (a sandbox, a frozen app…)
            log.warning("import: worker processes failed, reading %s in this process", path, exc_info=True)
            self.broken = True
            raise Irregular(path) from None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)  # they exit on their own; nothing waits
            self.pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
