"""What a parser hands to the import pipeline: plain records, no database, no Qt.

Parsers (vCard, CSV) turn bytes into `ParsedContact`s and `ParseProblem`s. The
pipeline then normalises phones, matches against the store and writes. Keeping
this boundary plain data lets each parser be tested on its own and lets the
fast path and the vobject path be compared record for record.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from ..errors import TranslatableError

ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]


class ImportCancelled(Exception):
    """Raised by a parser or the pipeline when the user pressed cancel."""


def file_steps(progress: Optional[ProgressCallback], files: int) -> Callable[[int, int], ProgressCallback]:
    """Progress over a batch of files: each file 1000 steps, the write 1000 more. `step(base, span)`
    gives the callback for one stage, mapping its (done, total) onto [base, base + span)."""
    total_steps = 1000 * files + 1000

    def step(base: int, span: int) -> ProgressCallback:
        def report_progress(done: int, total: int) -> None:
            if progress:
                progress(base + (span * done // total if total else span), total_steps)
        return report_progress

    return step


def cancel_raiser(is_cancelled: Optional[CancelCheck]) -> Callable[[], None]:
    """A check that raises ImportCancelled once `is_cancelled()` turns true."""
    def check_cancel() -> None:
        if is_cancelled and is_cancelled():
            raise ImportCancelled()
    return check_cancel


@dataclass
class ParsedPhone:
    raw: str  # the number as written in the file (tel: prefix removed)
    label: Optional[str] = None  # "Mobile", "Work", "Home fax", a custom label…
    extension: Optional[str] = None
    preferred: bool = False


@dataclass
class ParsedEmail:
    address: str
    label: Optional[str] = None
    preferred: bool = False


@dataclass
class ParsedAddress:
    label: Optional[str] = None
    street: Optional[str] = None  # PO box and extended address are folded in here
    city: Optional[str] = None
    region: Optional[str] = None
    postal_code: Optional[str] = None
    country: Optional[str] = None

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))


@dataclass
class ParsedWebsite:
    url: str
    label: Optional[str] = None


@dataclass
class ParsedContact:
    position: int  # 1-based card number (vCard) or record number (CSV)
    line: Optional[int] = None  # 1-based line in the file where the record starts
    uid: Optional[str] = None
    fingerprint: Optional[str] = None  # stable hash of the record's content: "seen this card before"
    display_name: Optional[str] = None
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    middle_name: Optional[str] = None
    prefix: Optional[str] = None
    suffix: Optional[str] = None
    nickname: Optional[str] = None
    phonetic_given_name: Optional[str] = None
    phonetic_family_name: Optional[str] = None
    sort_as: Optional[str] = None
    organization: Optional[str] = None
    department: Optional[str] = None
    title: Optional[str] = None
    gender: Optional[str] = None
    birthday: Optional[str] = None  # "YYYY-MM-DD" or "--MM-DD" (year unknown)
    anniversary: Optional[str] = None  # same forms as birthday
    lunar_birthday: Optional[str] = None  # "MM-DD" of the lunar calendar, "MM-DDL" in a leap month (Apple's X-ALTBDAY)
    phones: list[ParsedPhone] = field(default_factory=list)
    emails: list[ParsedEmail] = field(default_factory=list)
    addresses: list[ParsedAddress] = field(default_factory=list)
    websites: list[ParsedWebsite] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    photo: Optional[bytes] = None
    photo_mime: Optional[str] = None
    # Everything the parser could not map to a field above, as (name, value).
    # Nothing from a file is ever dropped: unknown properties and columns land here.
    custom: list[tuple[str, str]] = field(default_factory=list)

    def has_identity(self) -> bool:
        """True when the record carries anything a person could recognise it by."""
        return bool(
            self.display_name or self.given_name or self.family_name or self.organization
            or self.nickname or self.phones or self.emails
        )


@dataclass
class ParseProblem:
    source: str  # file name as the user gave it
    position: Optional[int]  # card number / record number, None for whole-file problems
    line: Optional[int]
    field: Optional[str]  # property or column name
    message: str

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f", line {self.line}"
        if self.position is not None:
            where += f", record {self.position}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


@dataclass
class ParseResult:
    source: str
    format: str  # "vcard" or "csv"
    encoding: Optional[str] = None
    contacts: list[ParsedContact] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    # CSV only: the detected delimiter and header-to-field mapping (for the wizard's preview)
    delimiter: Optional[str] = None
    column_mapping: dict[str, str] = field(default_factory=dict)


class UnreadableFile(TranslatableError):
    """The file could not be read at all (not a contact file, empty, binary). Message names the file."""
