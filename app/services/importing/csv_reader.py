"""CSV contacts: bytes in, `ParsedContact`s out (csv_encoding guesses the encoding, csv_records turns
each row into a contact, csv_writer writes CSV).

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

import csv
import io
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..errors import QT_TRANSLATE_NOOP
from .csv_columns import (
    auto_mapping,
    is_known_header,
    parse_field,
)
from .csv_encoding import _decode
from .csv_lines import Lines
from .csv_records import _EMAIL_RE, _URL_RE, _Plan, _clean, _looks_datalike, _looks_phone, parse_date
from .gc_pause import collector_paused
from .record import (
    CancelCheck,
    ImportCancelled,
    ParseProblem,
    ParseResult,
    ProgressCallback,
    UnreadableFile,
)

__all__ = ["CsvPreview", "parse_csv", "sniff_csv", "parse_date"]

PROGRESS_EVERY = 250
# Outlook writes 92 columns, Google about 90: a row of 10,000 is not a contact list (its header
# row was once imported as a contact named "Name"). Past this the file is refused, naming the line.
MAX_COLUMNS = 1_000
# The csv module's own limit on one cell (128 KB): a bigger one is refused with a message, unless
# it is a quote that never closes (then the lines are read without quote handling, as before).
MAX_CELL_CHARS = csv.field_size_limit()
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


def _sniff_delimiter(lines: Lines) -> tuple[str, int]:
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


def _tokenize(lines: Lines, first: int, delimiter: str, width: int, limit: Optional[int],
              is_cancelled: Optional[CancelCheck], source: str
              ) -> tuple[list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """Records as (1-based start line, cells), skipping blank ones, plus (line, message) problems.
    Raises UnreadableFile for a row of more than MAX_COLUMNS cells or a cell over MAX_CELL_CHARS."""
    records: list[tuple[int, list[str]]] = []
    problems: list[tuple[int, str]] = []
    others = [d for d in _DELIMITERS if d != delimiter]
    n = len(lines)
    pos = first
    while pos < n:
        base = pos
        reader = csv.reader(lines.iter_from(pos), delimiter=delimiter, strict=False)
        restart = False
        try:
            for row in reader:
                start, pos = pos, base + reader.line_num
                if not row or not (row[0].strip() or "".join(row).strip()):
                    continue
                if width > 1 and len(row) == 1:
                    # A row that does not use the file's separator (tab_comma_mixed.csv).
                    row = _resplit(lines.joined(start, pos), others) or row
                elif width > 1 and pos - start > 1 and len(row) != width:
                    literal = _literal_row(lines[start], delimiter)
                    if len(literal) == width:
                        problems.append((start + 1, "a quote on this line is never closed; "
                                                    "the line was read without quote handling"))
                        row, pos, restart = literal, start + 1, True
                if len(row) > MAX_COLUMNS:
                    raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}, line {line}: {columns} columns; a "
                                                                       "contacts file has at most {limit}"),
                                         source=source, line=start + 1, columns=len(row), limit=MAX_COLUMNS)
                records.append((start + 1, row))
                if len(records) % 2000 == 0 and is_cancelled is not None and is_cancelled():
                    raise ImportCancelled()
                if restart or (limit is not None and len(records) >= limit):
                    break
        except csv.Error as exc:
            if "field limit" in str(exc) and not _unclosed_quote(lines, pos, delimiter, width):
                raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}, line {line}: a quoted cell is over "
                                                                   "{kilobytes} KB long; this is not a contacts file"),
                                     source=source, line=pos + 1, kilobytes=MAX_CELL_CHARS // 1024) from None
            problems.append((pos + 1, f"this record could not be read as CSV ({exc}); "
                                      "the line was read without quote handling"))
            records.append((pos + 1, _literal_row(lines[pos], delimiter)))
            pos += 1
            restart = True
        if not restart or (limit is not None and len(records) >= limit):
            break
    return records, problems


def _unclosed_quote(lines: Lines, pos: int, delimiter: str, width: int) -> bool:
    """A cell ran past the size limit from line `pos`: is it a quote that never closes (the lines
    after it are rows of the file's width) rather than one giant cell (of lines that are not)?"""
    if width < 2:
        return False
    following = [line for line in itertools.islice(lines.iter_from(pos), 200) if line.strip()][:6]
    return len(following) > 1 and all(len(_literal_row(line, delimiter)) == width for line in following)


# =============================================================================== cell values


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
    lines = Lines(text)
    first = 0
    m = _SEP_LINE_RE.match(lines[0]) if lines else None
    if m:  # Excel's "sep=;" hint line
        delimiter, first = m.group(1), 1
        counts = [c for c in _row_counts(lines.joined(1, _SNIFF_LINES), delimiter) if c > 1]
        width = Counter(counts).most_common(1)[0][0] if counts else 1
    else:
        delimiter, width = _sniff_delimiter(lines)
    records, tok_problems = _tokenize(lines, first, delimiter, width, limit, is_cancelled, source)
    problems += [ParseProblem(source, None, line, None, msg) for line, msg in tok_problems]
    if not records:
        raise UnreadableFile(QT_TRANSLATE_NOOP("services", "{source}: the file has no rows or columns"),
                             source=source)
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
