"""One CSV row to one `ParsedContact`: cleaning cells, splitting multi-value cells (" ::: ", ";", "、"),
reading dates as people write them, and planning which column fills which field.

csv_reader finds the file's encoding, delimiter and header and hands each row here.
"""
from __future__ import annotations

import calendar
import functools
import hashlib
import re
import unicodedata
from datetime import date
from typing import Callable, Optional

from .csv_columns import (
    SYSTEM_GROUPS,
    FieldSpec,
    canonical_label,
    norm_header,
    parse_field,
)
from .csv_encoding import _CJK_RE
from .csv_formula import unguard
from .record import (
    ParsedAddress,
    ParsedContact,
    ParsedEmail,
    ParsedPhone,
    ParsedWebsite,
    ParseProblem,
)


def _clean(v: str) -> str:
    if "'" in v:
        v = unguard(v)
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
        # A label column whose value column is missing ("Phone 1 - Type" alone) is kept as a custom field.
        valued = {(s.base.split(".")[0], s.gid) for s in self.specs if s.gid and not s.base.endswith(".label")}
        self.orphan_labels = {i for i, s in enumerate(self.specs)
                              if s.base.endswith(".label") and (s.base[: -len(".label")], s.gid) not in valued}
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
        if base == "ignore" or (base.endswith(".label") and i not in self.orphan_labels):
            return None
        if base.endswith(".label"):
            base, spec = "custom", FieldSpec("custom")
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
                have = r.c.groups
                seen = set(have)  # a cell may hold thousands of groups: no membership test on the list
                for g in _split_groups(v):
                    if g not in seen:
                        seen.add(g)
                        have.append(g)
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
        cells = [(_clean(v) if "'" in v else v.strip()) if v else v for v in cells]
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
