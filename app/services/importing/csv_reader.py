"""CSV contacts: bytes in, `ParsedContact`s out (csv_writer writes them; csv_encoding guesses encodings).

What it copes with: UTF-8 with or without BOM, UTF-16 (BOM or not), GB18030/GBK
from Chinese Excel, Shift_JIS from Japanese Excel, Big5, Windows-1252; `,` `;` or
TAB separators (and a file whose rows disagree); multi-line quoted fields; files
with or without a header row; Google (old and current), Outlook and Thunderbird
headers plus common English, Chinese and Spanish spreadsheet headers. The column
vocabulary is documented in `csv_columns`.

Line numbers in problems are real file lines (CR, LF and CRLF each end a line); a
multi-line record is reported at its first line. `position` counts non-empty
records after the header, from 1.
"""
from __future__ import annotations

import calendar
import csv
import functools
import hashlib
import io
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Optional

from .csv_columns import (
    SYSTEM_GROUPS,
    FieldSpec,
    auto_mapping,
    canonical_label,
    is_known_header,
    norm_header,
    parse_field,
)
from .csv_encoding import _CJK_RE, _decode
from .gc_pause import collector_paused
from .record import (
    CancelCheck,
    ImportCancelled,
    ParsedAddress,
    ParsedContact,
    ParsedEmail,
    ParsedPhone,
    ParsedWebsite,
    ParseProblem,
    ParseResult,
    ProgressCallback,
    UnreadableFile,
)

__all__ = ["CsvPreview", "parse_csv", "sniff_csv", "parse_date"]

PROGRESS_EVERY = 250
_DELIMITERS = (",", ";", "\t")
_SNIFF_LINES = 60


@dataclass
class CsvPreview:
    """What the import wizard shows before importing."""
    source: str
    encoding: str
    delimiter: str
    has_header: bool
    headers: list[str]  # the header row, or "Column 1", "Column 2"… when there is none
    rows: list[list[str]]  # the first data rows, cell text as it will be read
    mapping: dict[str, str]  # header -> proposed field name (see csv_columns)
    problems: list[ParseProblem] = field(default_factory=list)


# =============================================================================== decoding

_SEP_LINE_RE = re.compile(r'^"?sep=(.)"?\s*$', re.I)


def _row_counts(sample: str, delimiter: str) -> list[int]:
    try:
        rows = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
        return [len(r) for r in rows if any(c.strip() for c in r)]
    except csv.Error:
        return []


def _sniff_delimiter(lines: list[str]) -> tuple[str, int]:
    """(delimiter, typical number of columns) from the first lines."""
    sample_lines = lines[:_SNIFF_LINES]
    sample = "".join(sample_lines)
    best, best_score, best_width = ",", (0, 0, 0), 1
    for rank, d in enumerate(reversed(_DELIMITERS)):  # ties go to "," then ";" then TAB
        counts = _row_counts(sample, d)
        if len(lines) > _SNIFF_LINES and len(counts) > 1:
            counts = counts[:-1]  # the last sampled record may be cut short
        multi = Counter(c for c in counts if c > 1)
        if not multi:
            continue
        width, freq = max(multi.items(), key=lambda kv: (kv[1], kv[0]))
        score = (freq + (1 if counts and counts[0] == width else 0), width, rank)
        if score > best_score:
            best, best_score, best_width = d, score, width
    return best, best_width


def _literal_row(line: str, delimiter: str) -> list[str]:
    """A line split without quote handling: the fallback for a quote that never closes."""
    row = line.rstrip("\r\n").split(delimiter)  # not csv.reader: it refuses a cell over 128 KB
    return [c[1:-1].replace('""', '"') if len(c) >= 2 and c[0] == c[-1] == '"' else c for c in row]


def _resplit(raw: str, delimiters: Iterable[str]) -> Optional[list[str]]:
    best = None
    for d in delimiters:
        if d not in raw:
            continue
        try:
            rows = [r for r in csv.reader(io.StringIO(raw, newline=""), delimiter=d, strict=False) if r]
        except csv.Error:
            continue
        if len(rows) == 1 and len(rows[0]) > 1 and (best is None or len(rows[0]) > len(best)):
            best = rows[0]
    return best


def _tokenize(lines: list[str], first: int, delimiter: str, width: int, limit: Optional[int],
              is_cancelled: Optional[CancelCheck]) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """Records as (1-based start line, cells), skipping blank ones, plus (line, message) problems."""
    records: list[tuple[int, list[str]]] = []
    problems: list[tuple[int, str]] = []
    others = [d for d in _DELIMITERS if d != delimiter]
    n = len(lines)
    pos = first
    while pos < n:
        base = pos
        reader = csv.reader(itertools.islice(lines, pos, None), delimiter=delimiter, strict=False)
        restart = False
        try:
            for row in reader:
                start, pos = pos, base + reader.line_num
                if not row or not (row[0].strip() or "".join(row).strip()):
                    continue
                if width > 1 and len(row) == 1:
                    # A row that does not use the file's separator (tab_comma_mixed.csv).
                    row = _resplit("".join(lines[start:pos]), others) or row
                elif width > 1 and pos - start > 1 and len(row) != width:
                    literal = _literal_row(lines[start], delimiter)
                    if len(literal) == width:
                        problems.append((start + 1, "a quote on this line is never closed; "
                                                    "the line was read without quote handling"))
                        row, pos, restart = literal, start + 1, True
                records.append((start + 1, row))
                if len(records) % 2000 == 0 and is_cancelled is not None and is_cancelled():
                    raise ImportCancelled()
                if restart or (limit is not None and len(records) >= limit):
                    break
        except csv.Error as exc:
            problems.append((pos + 1, f"this record could not be read as CSV ({exc}); "
                                      "the line was read without quote handling"))
            records.append((pos + 1, _literal_row(lines[pos], delimiter)))
            pos += 1
            restart = True
        if not restart or (limit is not None and len(records) >= limit):
            break
    return records, problems


# =============================================================================== cell values

_DANGEROUS = "=+-@\t\r"
_QUOTED_FORMULA_RE = re.compile(r"'+[=+\-@\t\r]")


def _unquote_formula(v: str) -> str:
    """Undo the spreadsheet-injection guard: "'=SUM(A1)" -> "=SUM(A1)" (one quote only)."""
    if v[:1] == "'" and _QUOTED_FORMULA_RE.match(v):
        return v[1:]
    return v


def _clean(v: str) -> str:
    if v[:1] == "'":
        v = _unquote_formula(v)
    return v.strip()


_EMAIL_RE = re.compile(r"^[^@\s<>(),;:]+@[^@\s<>(),;:]+$")
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_PHONE_RE = re.compile(r"^(?:tel:)?[+(（]?[\d\s().\-/（）]{4,}(?:\s*(?:ext\.?|x|#|分机|转)\s*\d{1,7})?$", re.I)
_DATEISH_RE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_EXT_RE = re.compile(r"^(.*?\d[\d\s()\-./]*?)\s*[,;]?\s*(?:ext\.?|extension|x|#|分机|分機|转|轉)\s*[:.]?\s*(\d{1,7})$", re.I)


def _digits(v: str) -> int:
    return sum(ch.isdigit() for ch in v)


def _looks_phone(v: str) -> bool:
    return bool(_PHONE_RE.match(v)) and 5 <= _digits(v) <= 20 and not _DATEISH_RE.match(v)


def _looks_datalike(v: str) -> bool:
    return "@" in v or _digits(v) >= 3 or bool(_URL_RE.match(v))


_PHONE_SPLIT_RE = re.compile(r"\s*(?:;|；|/|、|，|\n)\s*")
_EMAIL_SPLIT_RE = re.compile(r"\s*(?:;|；|,|，|、|\n)\s*")
_GROUP_SPLIT_RE = re.compile(r"\s*(?:;|；|,|，|、|\n)\s*")


def _split_google(v: str) -> list[str]:
    return [p.strip() for p in v.split(":::")] if ":::" in v else [v]


_PHONE_SEP_HINT = re.compile(r"[;；/、，\n:]")
_EXT_HINT = re.compile(r"[^\d\s()+\-.]")


def _split_phones(v: str) -> list[str]:
    if not _PHONE_SEP_HINT.search(v):
        return [v]
    out = []
    for piece in _split_google(v):
        parts = [p for p in _PHONE_SPLIT_RE.split(piece) if p.strip()]
        if len(parts) > 1 and all(_digits(p) >= 5 for p in parts):
            out.extend(parts)
        elif piece:
            out.append(piece)
    return out


def _split_emails(v: str) -> list[str]:
    out = []
    for piece in _split_google(v):
        out.extend(p for p in _EMAIL_SPLIT_RE.split(piece) if p)
    return out


@functools.lru_cache(maxsize=4096)
def _split_groups(v: str) -> tuple[str, ...]:
    pieces = _split_google(v) if ":::" in v else _GROUP_SPLIT_RE.split(v)
    out = []
    for g in pieces:
        g = g.strip()
        system = g.startswith("*")
        if system:
            g = g.lstrip("*").strip()
        if g.lower().startswith("system group:"):
            system, g = True, g[len("system group:"):].strip()
        if not g or (system and g.casefold() in SYSTEM_GROUPS):
            continue
        out.append(g)
    return tuple(out)


# =============================================================================== dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    "ene": 1, "enero": 1, "febrero": 2, "marzo": 3, "abr": 4, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "ago": 8, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "dic": 12, "diciembre": 12,
}
_TIME = r"(?:[T ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)?"
_DATE_PATTERNS: list[tuple[re.Pattern, str]] = [(re.compile(p, re.I), kind) for p, kind in (
    (r"^--(\d{1,2})-?(\d{1,2})$", "md"),
    (r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$", "ymd"),
    (r"^(\d{4})(\d{2})(\d{2})$", "ymd"),
    (r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME + "$", "ymd"),
    (r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})" + _TIME + "$", "us"),
    (r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})" + _TIME + "$", "dmy"),
    (r"^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$", "cjk"),
    (r"^(\d{1,2})/(\d{1,2})$", "us_md"),
    (r"^(\d{1,2})\.(\d{1,2})\.?$", "dm"),
    (r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?([a-z]+)\.?,?(?:\s+(?:de\s+)?(\d{4}))?$", "d_mon_y"),
    (r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$", "mon_d_y"),
)]


def _year(y: Optional[str]) -> Optional[int]:
    if y is None:
        return None
    n = int(y)
    if len(y) == 2:
        pivot = date.today().year % 100
        n += 2000 if n <= pivot else 1900
    return n


@functools.lru_cache(maxsize=4096)
def parse_date(text: str) -> Optional[str]:
    """A written date as "YYYY-MM-DD" or "--MM-DD"; "" for an empty marker ("0/0/00"); None if not a date."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    for pattern, kind in _DATE_PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        g = m.groups()
        if kind == "md":
            y, mo, d = None, int(g[0]), int(g[1])
        elif kind == "ymd":
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif kind in ("us", "us_md"):
            a, b = int(g[0]), int(g[1])
            mo, d = (b, a) if a > 12 >= b else (a, b)
            y = _year(g[2]) if kind == "us" else None
            if kind == "us" and a == b == 0:
                return ""
        elif kind == "dmy":
            d, mo, y = int(g[0]), int(g[1]), _year(g[2])
        elif kind == "dm":
            d, mo, y = int(g[0]), int(g[1]), None
        elif kind == "cjk":
            y, mo, d = (int(g[0]) if g[0] else None), int(g[1]), int(g[2])
        else:
            day, mon, yr = (g[0], g[1], g[2]) if kind == "d_mon_y" else (g[1], g[0], g[2])
            if mon not in _MONTHS:
                return None
            d, mo, y = int(day), _MONTHS[mon], (int(yr) if yr else None)
        if mo == 0 and d == 0:
            return ""  # Outlook's "0/0/00", "0000-00-00"
        if y in (0, 1604):  # no year (Apple writes 1604)
            y = None
        if not 1 <= mo <= 12:
            return None
        if y is None:
            return f"--{mo:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(2000, mo)[1] else None
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return None
    return None


# =============================================================================== rows -> contacts

_JOIN_SINGLE = {"gender", "sort_as"}  # a second, different value goes to custom instead
_SKIP_DEFAULTS = {"priority": {"normal"}, "sensitivity": {"normal"}, "private": {"false"},
                  "gender": {"unspecified"}}


class _Row:
    """Per-record scratch space while the cells are handed out."""
    __slots__ = ("c", "cells", "addresses", "bday", "problems", "source")  # cells: cleaned

    def __init__(self, c: ParsedContact, cells: list[str], source: str):
        self.c = c
        self.cells = cells
        self.addresses: dict = {}
        self.bday: dict = {}
        self.problems: list[ParseProblem] = []
        self.source = source

    def cell(self, i: Optional[int]) -> str:
        return self.cells[i] if i is not None and i < len(self.cells) else ""

    def problem(self, header: str, message: str) -> None:
        self.problems.append(ParseProblem(self.source, self.c.position, self.c.line, header, message))


Handler = Callable[[_Row, str], None]


def _custom_name(header: str) -> str:
    # "Custom Field 1 - Value" without a label -> "Custom Field 1"
    return re.sub(r"\s*-\s*(value|valor)$", "", header, flags=re.I) or header


class _Plan:
    """Column index -> handler, built once from the header and the mapping."""

    def __init__(self, headers: list[str], fields: list[str]):
        self.headers = headers
        self.specs = [parse_field(f) for f in fields]
        label_cols: dict[tuple[str, str], int] = {}
        for i, s in enumerate(self.specs):
            if s.base.endswith(".label"):
                label_cols[(s.base[: -len(".label")], s.gid)] = i
        self.label_cols = label_cols
        self.address_order: list = []
        self.address_label_col: dict = {}
        # One entry per column (None: nothing to do), walked in step with the cells.
        self.handlers: list[Optional[Handler]] = [self._handler(i, h, s)
                                                  for i, (h, s) in enumerate(zip(headers, self.specs))]
        self.fp_prefixes = [f"{h}\x1e" for h in headers]

    def _label_col(self, kind: str, spec: FieldSpec) -> Optional[int]:
        return self.label_cols.get((kind, spec.gid)) if spec.gid else None

    def _handler(self, i: int, header: str, spec: FieldSpec) -> Optional[Handler]:
        base = spec.base
        if base == "ignore" or base.endswith(".label"):
            return None
        skip = _SKIP_DEFAULTS.get(norm_header(header), set())
        if base in ("phone", "email", "website"):
            return self._labelled(base, header, spec)
        if base == "address" or base.startswith("address."):
            return self._address(header, spec)
        if base == "custom":
            label_col = self._label_col("custom", spec)
            fixed = spec.label

            def custom(r: _Row, v: str) -> None:
                if v.casefold() in skip:
                    return
                name = fixed or r.cell(label_col) or _custom_name(header)
                r.c.custom.append((name, v))
            return custom
        if base == "notes":
            return lambda r, v: r.c.notes.append(v)
        if base == "groups":
            def groups(r: _Row, v: str) -> None:
                for g in _split_groups(v):
                    if g not in r.c.groups:
                        r.c.groups.append(g)
            return groups
        if base in ("birthday", "anniversary"):
            return lambda r, v: _set_date(r, base, header, v)
        if base.startswith("birthday."):
            part = base.split(".", 1)[1]

            def bday_part(r: _Row, v: str) -> None:
                r.bday[part] = (header, v)
            return bday_part
        if base == "event":
            label_col = self._label_col("event", spec)

            def event(r: _Row, v: str) -> None:
                label = spec.label or r.cell(label_col)
                kind = canonical_label(label)[0] if label else None
                if kind in ("Anniversary", "纪念日", "Aniversario"):
                    _set_date(r, "anniversary", header, v)
                elif kind in ("Birthday", "生日", "Cumpleaños"):
                    _set_date(r, "birthday", header, v)
                else:
                    r.c.custom.append((label or _custom_name(header), v))
            return event
        # single-valued text fields
        attr = base

        def scalar(r: _Row, v: str) -> None:
            if v.casefold() in skip:
                return
            old = getattr(r.c, attr)
            if not old:
                setattr(r.c, attr, v)
            elif v != old:
                if attr in _JOIN_SINGLE:
                    r.c.custom.append((header, v))
                elif v not in old.split(" "):
                    setattr(r.c, attr, f"{old} {v}")
        return scalar

    def _labelled(self, kind: str, header: str, spec: FieldSpec) -> Handler:
        label_col = self._label_col(kind, spec)
        fixed = canonical_label(spec.label)[0] if spec.label else None

        def labelled(r: _Row, v: str) -> None:
            if fixed is not None or label_col is None:
                label, pref = fixed, False
            else:
                label, pref = canonical_label(r.cell(label_col))
            c = r.c
            if kind == "phone":
                for raw in _split_phones(v):
                    if raw[:4].lower() == "tel:":
                        raw = raw[4:].strip()
                    ext = None
                    m = _EXT_RE.match(raw) if _EXT_HINT.search(raw) else None
                    if m and _digits(m.group(1)) >= 3:
                        raw, ext = m.group(1).strip(), m.group(2)
                    c.phones.append(ParsedPhone(raw=raw, label=label, extension=ext, preferred=pref))
            elif kind == "email":
                for addr in _split_emails(v):
                    if addr[:7].lower() == "mailto:":
                        addr = addr[7:]
                    c.emails.append(ParsedEmail(address=addr, label=label, preferred=pref))
            else:
                for url in _split_google(v):
                    for u in url.splitlines():
                        if u.strip():
                            c.websites.append(ParsedWebsite(url=u.strip(), label=label))
        return labelled

    def _address(self, header: str, spec: FieldSpec) -> Handler:
        part = spec.base.split(".", 1)[1] if "." in spec.base else "street"
        if spec.gid:
            key = ("#", spec.gid)
            self.address_label_col[key] = self._label_col("address", spec)
        else:
            key = ("L", canonical_label(spec.label)[0] if spec.label else None)
        if key not in self.address_order:
            self.address_order.append(key)

        def address(r: _Row, v: str) -> None:
            r.addresses.setdefault(key, {}).setdefault(part, []).append(v)
        return address

    # ------------------------------------------------------------------- per record
    def contact(self, cells: list[str], position: int, line: int,
                source: str) -> tuple[ParsedContact, list[ParseProblem]]:
        c = ParsedContact(position=position, line=line)
        cells = [(_clean(v) if v[0] == "'" else v.strip()) if v else v for v in cells]
        r = _Row(c, cells, source)
        ncells = len(cells)
        for v, handler in zip(cells, self.handlers):
            if v and handler is not None:
                handler(r, v)
        if ncells > len(self.headers):
            extra = [(i, cells[i]) for i in range(len(self.headers), ncells) if cells[i]]
            if extra:
                for i, v in extra:
                    c.custom.append((f"Column {i + 1}", v))
                r.problem(None, f"the record has {ncells} values, more than the file's {len(self.headers)} "
                                "columns; the extra values were kept as custom fields")
        if r.addresses:
            self._finish_addresses(r)
        if r.bday:
            _finish_birthday(r)
        if not c.display_name and c.given_name and c.family_name and _CJK_RE.match(c.family_name) \
                and _CJK_RE.match(c.given_name):
            c.display_name = c.family_name + c.given_name  # 姓 + 名, no space
        c.fingerprint = _fingerprint(self.fp_prefixes, cells)
        return c, r.problems

    def _finish_addresses(self, r: _Row) -> None:
        for key in self.address_order:
            parts = r.addresses.get(key)
            if not parts:
                continue
            if key[0] == "#":
                label = canonical_label(r.cell(self.address_label_col.get(key)))[0]
            else:
                label = key[1]
            street_lines = parts.get("street", []) + parts.get("extended", []) + parts.get("po_box", [])
            a = ParsedAddress(
                label=label,
                street="\n".join(street_lines) or None,
                city=" ".join(parts.get("city", [])) or None,
                region=" ".join(parts.get("region", [])) or None,
                postal_code=" ".join(parts.get("postal_code", [])) or None,
                country=" ".join(parts.get("country", [])) or None,
            )
            if a.is_empty() and parts.get("formatted"):
                a.street = "\n".join(parts["formatted"])  # only a formatted address: keep it whole
            if not a.is_empty():
                r.c.addresses.append(a)


def _set_date(r: _Row, attr: str, header: str, v: str) -> None:
    d = parse_date(v)
    if d == "":
        return
    if d is None:
        r.problem(header, f"{v!r} is not a date that can be read; it was kept as a custom field")
        r.c.custom.append((header, v))
    elif getattr(r.c, attr) and getattr(r.c, attr) != d:
        r.c.custom.append((header, v))
    else:
        setattr(r.c, attr, d)


def _finish_birthday(r: _Row) -> None:
    parts = r.bday
    y, m, d = (parts.get(k, (None, ""))[1] for k in ("year", "month", "day"))
    result = None
    if m and d and (not y or y.isdigit()) and m.isdigit() and d.isdigit():
        if not y or int(y) == 0:
            result = parse_date(f"--{int(m):02d}-{int(d):02d}")
        else:
            result = parse_date(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    if result and not r.c.birthday:
        r.c.birthday = result
        return
    if result == "":
        return
    if m or d:
        shown = "/".join(x or "?" for x in (y, m, d))
        r.problem(parts.get("month", parts.get("day", (None,)))[0],
                  f"birth year/month/day {shown!r} is not a date; the values were kept as custom fields")
    for header, value in parts.values():
        r.c.custom.append((header, value))


def _fingerprint(prefixes: list[str], cells: list[str]) -> str:
    """sha1 of "header<RS>value<US>…" over the non-empty cleaned cells, NFC-normalised."""
    text = "".join([p + v + "\x1f" for p, v in zip(prefixes, cells) if v])
    if len(cells) > len(prefixes):
        text += "".join(f"Column {i + 1}\x1e{cells[i]}\x1f" for i in range(len(prefixes), len(cells)) if cells[i])
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


# =============================================================================== header and columns

def _has_header(rows: list[list[str]]) -> bool:
    first = [c for c in (_clean(x) for x in rows[0]) if c]
    if not first or any(_looks_datalike(c) for c in first):
        return False
    known = sum(1 for c in first if is_known_header(c))
    if known * 2 >= len(first):
        return True
    if any(ch.isdigit() for c in first for ch in c):
        return False
    # No digits or @ in the first row while the rows below have them.
    return any("@" in c or any(ch.isdigit() for ch in c) for r in rows[1:50] for c in r)


def _guess_columns(rows: list[list[str]], width: int) -> list[str]:
    """Fields for a file without a header, from what the values look like."""
    fields = []
    have_name = False
    for i in range(width):
        vals = [v for v in (_clean(r[i]) for r in rows[:200] if i < len(r)) if v]
        if not vals:
            fields.append("custom")
            continue

        def share(pred: Callable[[str], bool]) -> float:
            return sum(1 for v in vals if pred(v)) / len(vals)
        if share(lambda v: bool(_EMAIL_RE.match(v))) >= 0.6:
            fields.append("email")
        elif share(lambda v: bool(_URL_RE.match(v))) >= 0.6:
            fields.append("website")
        elif share(_looks_phone) >= 0.6:
            fields.append("phone")
        elif not have_name and share(lambda v: any(ch.isalpha() for ch in v) and "@" not in v) >= 0.6:
            fields.append("display_name")
            have_name = True
        else:
            fields.append("custom")
    return fields


def _apply_user_mapping(headers: list[str], fields: list[str], mapping: Optional[dict[str, str]]) -> list[str]:
    if not mapping:
        return fields
    wanted = {}
    for k, v in mapping.items():
        parse_field(v)  # ValueError for a field outside the vocabulary
        wanted[" ".join(str(k).split()).casefold()] = v.strip()
    return [wanted.get(" ".join(h.split()).casefold(), f) for h, f in zip(headers, fields)]


@dataclass
class _Layout:
    text_encoding: str
    delimiter: str
    has_header: bool
    headers: list[str]
    fields: list[str]
    records: list[tuple[int, list[str]]]  # data records only
    problems: list[ParseProblem]


def _layout(data: bytes, source: str, *, encoding: Optional[str], has_header: Optional[bool],
            mapping: Optional[dict[str, str]], limit: Optional[int],
            is_cancelled: Optional[CancelCheck]) -> _Layout:
    text, enc, warnings = _decode(data, source, encoding)
    problems = [ParseProblem(source, None, None, None, w) for w in warnings]
    lines = io.StringIO(text, newline="").readlines()
    first = 0
    m = _SEP_LINE_RE.match(lines[0]) if lines else None
    if m:  # Excel's "sep=;" hint line
        delimiter, first = m.group(1), 1
        counts = [c for c in _row_counts("".join(lines[1:_SNIFF_LINES]), delimiter) if c > 1]
        width = Counter(counts).most_common(1)[0][0] if counts else 1
    else:
        delimiter, width = _sniff_delimiter(lines)
    records, tok_problems = _tokenize(lines, first, delimiter, width, limit, is_cancelled)
    problems += [ParseProblem(source, None, line, None, msg) for line, msg in tok_problems]
    if not records:
        raise UnreadableFile(f"{source}: the file has no rows or columns")
    rows = [r for _, r in records[:60]]
    header = _has_header(rows) if has_header is None else has_header
    if header:
        headers = [_clean(h).replace("\ufeff", "") or f"Column {i + 1}" for i, h in enumerate(records[0][1])]
        fields = auto_mapping(headers)
        records = records[1:]
    else:
        ncols = max(len(r) for r in rows)
        headers = [f"Column {i + 1}" for i in range(ncols)]
        fields = _guess_columns(rows, ncols)
    fields = _apply_user_mapping(headers, fields, mapping)
    return _Layout(enc, delimiter, header, headers, fields, records, problems)


# =============================================================================== public API

def sniff_csv(data: bytes, *, source: str, sample_rows: int = 5, encoding: Optional[str] = None,
              has_header: Optional[bool] = None) -> CsvPreview:
    """Encoding, separator, header and proposed mapping, for the import wizard's preview.

    `encoding` and `has_header` override detection (when the user corrects the wizard).
    """
    lay = _layout(data, source, encoding=encoding, has_header=has_header, mapping=None,
                  limit=max(sample_rows, 60) + 1, is_cancelled=None)
    rows = [[_clean(c) for c in cells] for _, cells in lay.records[:sample_rows]]
    return CsvPreview(source=source, encoding=lay.text_encoding, delimiter=lay.delimiter,
                      has_header=lay.has_header, headers=lay.headers, rows=rows,
                      mapping=dict(zip(lay.headers, lay.fields)), problems=lay.problems)


def parse_csv(data: bytes, *, source: str, mapping: Optional[dict[str, str]] = None,
              progress: Optional[ProgressCallback] = None, is_cancelled: Optional[CancelCheck] = None,
              encoding: Optional[str] = None, has_header: Optional[bool] = None) -> ParseResult:
    """Read a CSV contacts file.

    `mapping` overrides the detected mapping for the headers it names (header text,
    compared case- and space-insensitively -> field name from `csv_columns`); raises
    ValueError for a field name outside that vocabulary. `encoding` and `has_header`
    override detection. Raises UnreadableFile when the file cannot be read at all and
    ImportCancelled when `is_cancelled()` turns true; everything else is reported in
    `ParseResult.problems`.
    """
    with collector_paused():
        return _parse(data, source, mapping, progress, is_cancelled, encoding, has_header)


def _parse(data: bytes, source: str, mapping: Optional[dict[str, str]], progress: Optional[ProgressCallback],
           is_cancelled: Optional[CancelCheck], encoding: Optional[str], has_header: Optional[bool]) -> ParseResult:
    lay = _layout(data, source, encoding=encoding, has_header=has_header, mapping=mapping,
                  limit=None, is_cancelled=is_cancelled)
    result = ParseResult(source=source, format="csv", encoding=lay.text_encoding, delimiter=lay.delimiter,
                         column_mapping=dict(zip(lay.headers, lay.fields)), problems=lay.problems)
    plan = _Plan(lay.headers, lay.fields)
    total = len(lay.records)
    header_cells = None
    position = 0
    for done, (line, cells) in enumerate(lay.records, 1):
        if done % PROGRESS_EVERY == 0:
            if is_cancelled is not None and is_cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total)
        if lay.has_header and len(cells) == len(lay.headers) and _clean(cells[0]) == lay.headers[0]:
            if header_cells is None:
                header_cells = [h.casefold() for h in lay.headers]
            if [_clean(c).casefold() for c in cells] == header_cells:
                continue  # the header repeated (files concatenated): not a contact
        position += 1
        contact, problems = plan.contact(cells, position, line, source)
        result.contacts.append(contact)
        if problems:
            result.problems.extend(problems)
    if progress is not None:
        progress(total, total)
    return result
