"""The import pipeline: read → detect → parse → normalise → match → merge → write.

One import is one transaction and one batch: it lands whole or not at all, and
"undo import" removes exactly what it added. Progress and cancel callbacks are
for the GUI's progress bar; the command line passes none.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from .matching import Suggestion
from .record import CancelCheck, ParseProblem, ParseResult, ProgressCallback, UnreadableFile
from .region_hint import RegionHint

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker



def __getattr__(name: str):
    """`write` (stream.finish writes through pipeline.write: tests wrap it) and `_merge_draft` (the merge
    rule tests time), imported when first asked for: the sqlite3 import path (quick.py) reads files
    through this module without loading SQLAlchemy, which they need."""
    if name == "write":
        from .writer import write as found
    elif name == "_merge_draft":
        from .merging import merge_draft as found
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = found
    return found


MAX_FILE_BYTES = 512 * 1024 * 1024
# No contact file has a line this long (a photo folded onto one line is a few hundred KB);
# such a file is refused before a parser spends minutes on it.
MAX_LINE_BYTES = 16 * 1024 * 1024


class ImportFailed(ServiceError):
    """Nothing was imported; the message names the file and why."""


@dataclass
class ImportReport:
    sources: list[str]
    formats: dict[str, str] = field(default_factory=dict)  # file -> "vcard 3.0"/"csv", with encoding
    batch_id: Optional[int] = None
    records: int = 0
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    problems: list[ParseProblem] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    dry_run: bool = False
    region: str = "US"  # what numbers without a country code were read as
    region_hint: Optional[RegionHint] = None  # most numbers failed: where they would be valid
    renumbered: int = 0  # numbers of contacts this file brought before, read again under this region


NOT_A_CONTACT_LIST = "no row has a name, phone, email or organisation: not a contact list; nothing taken from it"
FOLDER_SUFFIXES = (".vcf", ".vcard", ".csv")  # what is taken from a folder (a file given by name may be anything)


def contact_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: a file as given; for a folder, the vCard and CSV files in it and in its
    subfolders, by name. A phone's export often arrives as a folder (or an unzipped archive) of
    one card per contact. Hidden files and macOS's __MACOSX copies (resource forks, not cards) are
    skipped; a folder with nothing to import stays in the list, and read_file says so."""
    files: list[Path] = []
    for path in map(Path, paths):
        found = []
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.suffix.lower() in FOLDER_SUFFIXES and f.is_file()
                           and not any(part.startswith((".", "__MACOSX")) for part in f.relative_to(path).parts))
        files.extend(found or [path])
    return list(dict.fromkeys(files))  # a file named twice, or also inside a folder named, is read once


def read_file(path: Path) -> bytes:
    """The file's bytes. Only a regular file is read (a device such as /dev/zero never ends, a FIFO
    waits for a writer), and the size limit holds while reading, not only by what stat said."""
    try:
        if path.is_dir():
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: the folder holds no .vcf or .csv file"),
                               path=path)
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then tells what was opened.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: not a regular file (a device, pipe or "
                                                                 "socket); give a .vcf or .csv file"), path=path)
            size = info.st_size
            if size <= MAX_FILE_BYTES:
                data = file.read(MAX_FILE_BYTES + 1)  # a file still growing stops at the limit too
                size = len(data)
        if size > MAX_FILE_BYTES:
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: {megabytes} MB is too large for a contacts "
                                                             "file"),
                               path=path, megabytes=size // (1024 * 1024))
        return data
    except FileNotFoundError:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: no such file"), path=path) from None
    except PermissionError:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: not allowed to read it"), path=path) from None
    except OSError as exc:
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{path}: cannot read it ({reason})"),
                           path=path, reason=exc.strerror) from None


def parse_bytes(data: bytes, source: str, *, mapping: Optional[dict[str, str]] = None,
                progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    from .vcard import looks_like_vcard, parse_vcard

    if not data.strip():
        raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: the file is empty"), source=source)
    _refuse_enormous_lines(data, source)
    try:
        if looks_like_vcard(data, source):
            return parse_vcard(data, source=source, progress=progress, is_cancelled=is_cancelled)
        if b"\x00" in data[:4096] and not _utf16(data):
            raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: this is not a contacts file (it looks binary); "
                                                             "use a .vcf or .csv file"), source=source)
        from .csv_reader import parse_csv  # a vCard file needs none of the CSV reader

        return parse_csv(data, source=source, mapping=mapping, progress=progress, is_cancelled=is_cancelled)
    except UnreadableFile as exc:
        raise ImportFailed.like(exc) from None


def _refuse_enormous_lines(data: bytes, source: str) -> None:
    if len(data) <= MAX_LINE_BYTES:
        return
    # One regular expression in C, tried only where a line starts: a Python loop over every line
    # break took seconds for a file of millions of short lines.
    match = _ENORMOUS_LINE_RE.search(data)
    if match is None:
        return
    before = match.start()
    number = data.count(b"\n", 0, before) + data.count(b"\r", 0, before) - data.count(b"\r\n", 0, before) + 1
    raise ImportFailed(QT_TRANSLATE_NOOP("services", "{source}: line {line} is over {megabytes} MB long; "
                                                     "this is not a contacts file"),
                       source=source, line=number, megabytes=MAX_LINE_BYTES // (1024 * 1024))


_ENORMOUS_LINE_RE = re.compile(rb"(?:\A|(?<=[\r\n]))[^\r\n]{%d}" % (MAX_LINE_BYTES + 1))


def _utf16(data: bytes) -> bool:
    head = data[:4096]
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[1::2].count(0) > len(head) // 4 or head[::2].count(0) > len(head) // 4




def import_files(
    db: sessionmaker[Session], paths: Sequence[Path | str], *, region: str = "US", group: Optional[str] = None,
    dry_run: bool = False, mapping: Optional[dict[str, str]] = None,
    progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
    workers: Optional[int] = -1,
) -> ImportReport:
    """Import files as one batch. Raises ImportFailed (nothing written) when a file cannot be read at all,
    ImportCancelled (nothing written) when `is_cancelled()` turns true. A large vCard file is read in parts
    (stream.py), by `workers` processes while this one matches and writes (None: one per core), or here
    (0; the default, -1, is chunks.DEFAULT_WORKERS)."""
    from .chunks import Irregular
    from .stream import import_stream

    whole: set[Path] = set()
    while True:
        try:
            return import_stream(db, paths, region=region, group=group, dry_run=dry_run, mapping=mapping,
                                 progress=progress, is_cancelled=is_cancelled, workers=workers, whole=whole)
        except Irregular as irregular:  # a part was not read as the whole file would be: nothing was kept
            whole.add(irregular.args[0])
