"""The line half of the vCard reader: file bytes -> cards -> properties.

`vcard.py` maps properties to `ParsedContact`s; this module knows nothing about
contacts. It decodes the file, splits it into cards (one broken card must never
take the others down), unfolds lines, joins quoted-printable soft line breaks and
turns each content line into a `VCardProperty` (the head through `vcard_params`) whose value is decoded text that
is still vCard-escaped (unescaping depends on the property and the version);
`vcard_decode.ValueDecoder` does the value decoding.

Why the whole file is decoded up front with `surrogateescape`: it keeps the
common case (UTF-8) at C speed while every original byte stays recoverable.
A value that is not valid UTF-8 (a `CHARSET=SHIFT_JIS` name, a fold that split a
multibyte character, a stray cp1252 byte) is turned back into its exact bytes
with `.encode("utf-8", "surrogateescape")` and decoded properly, *before* any
unescaping, so a Shift_JIS trail byte 0x5C is never mistaken for a backslash.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple, Optional

from .vcard_params import parse_head, tokenize_quoted

if TYPE_CHECKING:
    from app.services.importing.vcard_decode import ValueDecoder

# Property names the reader never maps or keeps (the spec's own bookkeeping).
SKIPPED_NAMES = frozenset({"VERSION", "BEGIN", "END", "PRODID", "REV"})
NOT_IN_FINGERPRINT = frozenset({"PRODID", "REV"})

# A card of more logical lines than this is skipped with a message (a real card has a few hundred at
# most: a photo, a 12 MB quoted-printable note or 100,000 categories are one line each); a card of
# millions of junk lines must not become millions of properties and problems.
MAX_CARD_LINES = 100_000
_IGNORED_LINES_REPORTED = 10  # then one line says how many more were ignored
_LAZY_SPLIT_CHARS = 1_000_000  # a bigger card is split into lines as it is read, not into a list

# Bare 2.1 parameters that are encodings, not types (`NOTE;QUOTED-PRINTABLE:`).

# A group prefix is allowed even here: a card whose every line has one (`TEST.BEGIN:VCARD`) is
# read as vobject reads it.
_MARKER_RE = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*$", re.I | re.M)
_VERSION_RE = re.compile(r"^(?:[A-Za-z0-9_-]+\.)?VERSION[ \t]*:[ \t]*([0-9.]+)", re.I | re.M)
_QP_RE = re.compile(r"QUOTED-PRINTABLE", re.I)
_BASE64_LINE_RE = re.compile(r"[A-Za-z0-9+/=]+")
_NAME_ONLY_RE = re.compile(r"(?:[\w-]+\.)?[\w/-]+(?:;[^:]*)?")
# A line that starts a new property even though the previous QP value ended in
# a soft break (kcontacts/vcard7.vcf: `...=0A=` followed by `UID:...`).
_PROPERTY_START_RE = re.compile(r"(?:[A-Za-z0-9-]+\.)?([A-Za-z][A-Za-z0-9-]*)(?:;[^:]*)?:")
_PROPERTY_LINE_RE = re.compile(r"^[ \t]*(?:[A-Za-z0-9_-]+\.)?([A-Za-z][A-Za-z0-9-]*)(?:;[^:\n]*)?:", re.M)
_KNOWN_NAMES = frozenset(
    "ADR AGENT ANNIVERSARY BDAY CALADRURI CALURI CATEGORIES CLASS CLIENTPIDMAP EMAIL FBURL "
    "FN GENDER GEO IMPP KEY KIND LABEL LANG LOGO MAILER MEMBER N NAME NICKNAME NOTE ORG "
    "PHOTO PRODID PROFILE RELATED REV ROLE SORT-STRING SOUND SOURCE TEL TITLE TZ UID URL "
    "VERSION XML".split()
)


class VCardProperty(NamedTuple):
    group: Optional[str]  # Apple-style `item1.` prefix, lower-cased
    name: str  # upper-cased property name
    params: dict[str, list[str]]  # upper-cased parameter name -> values (bare 2.1 types under TYPE)
    value: str  # charset/QP-decoded text, still vCard-escaped


class RawCard(NamedTuple):  # a tuple of plain values: the garbage collector soon stops tracking it
    position: int  # 1-based card number
    line: int  # 1-based line of BEGIN:VCARD
    body: str  # text between BEGIN and END, "\n" line endings
    closed: bool  # False when END:VCARD never came (truncated file)
    nested: bool  # contains a nested BEGIN:VCARD (2.1 AGENT)
    begun: bool = True  # False: BEGIN:VCARD was missing and the card starts at its first property


@dataclass
class CardContent:
    version: str  # "2.1", "3.0" or "4.0"
    properties: list[VCardProperty]
    fingerprint: str
    nested_cards: list[str] = field(default_factory=list)  # raw text of AGENT cards
    has_groups: bool = False  # some property has an Apple-style `itemN.` group
    problems: list[tuple[Optional[str], str]] = field(default_factory=list)  # (field, message)


# ---------------------------------------------------------------- the file


def decode_file(data: bytes) -> tuple[str, str, bool]:
    """Return (text with "\\n" line endings, encoding name, text came from UTF-16)."""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding, wide = data[3:].decode("utf-8", "surrogateescape"), "utf-8-sig", False
    else:
        wide_encoding = _sniff_utf16(data)
        if wide_encoding:
            text = data.decode(wide_encoding, "replace").lstrip("\ufeff")
            encoding, wide = wide_encoding, True
        else:
            text, encoding, wide = data.decode("utf-8", "surrogateescape"), "utf-8", False
    if "\r" in text:
        if "\n" in text:  # CRLF or CR-CR-LF; a lone CR inside a line stays in the value
            text = text.replace("\r\r\n", "\n").replace("\r\n", "\n")
        else:  # old Mac: CR only
            text = text.replace("\r", "\n")
    return text, encoding, wide


def _sniff_utf16(data: bytes) -> Optional[str]:
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16"  # the codec reads the BOM
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = data[:400]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even_zeros, odd_zeros = sample[0::2].count(0), sample[1::2].count(0)
    if even_zeros > 2 * odd_zeros:
        return "utf-16-be"  # "\0B\0E..." : high byte first
    if odd_zeros > 2 * even_zeros:
        return "utf-16-le"
    return None


def split_cards(text: str) -> list[RawCard]:
    """Find top-level cards by their BEGIN/END lines, keeping nested (AGENT) cards inside.

    A card whose END never comes swallows nothing: if it contained what looked like
    nested cards, it is cut at the first of them and those are read as cards of their own.
    A card whose BEGIN is missing (an END with property lines before it, or a file of
    property lines only) starts at its first property, so its lines are never lost.
    """
    markers = [(m.start(), m.end(), m.group(1).upper() == "BEGIN") for m in _MARKER_RE.finditer(text)]
    cards: list[RawCard] = []
    line_at = _LineCounter(text)
    index = 0
    after = 0  # where the text not yet part of any card starts
    while index < len(markers):
        start, start_end, is_begin = markers[index]
        index += 1
        if not is_begin:  # an END outside any card: the card before it lost its BEGIN
            first = _first_property(text, after, start, known_only=False)
            if first is not None:
                cards.append(RawCard(len(cards) + 1, line_at(first), text[first:start], True, False, False))
            after = start_end
            continue
        depth, first_nested = 1, None
        while index < len(markers) and depth:
            pos, _, nested_begin = markers[index]
            if nested_begin:
                if first_nested is None:
                    first_nested = index
                depth += 1
            else:
                depth -= 1
            index += 1
        if depth == 0:
            end = markers[index - 1][0]
            cards.append(_raw_card(text, cards, line_at(start), start_end, end, True, first_nested is not None))
            after = markers[index - 1][1]
        elif first_nested is not None:  # truncated card followed by more cards
            end = markers[first_nested][0]
            cards.append(_raw_card(text, cards, line_at(start), start_end, end, False, False))
            index = first_nested
            after = end
        else:
            cards.append(_raw_card(text, cards, line_at(start), start_end, len(text), False, False))
            after = len(text)
    first = _first_property(text, after, len(text), known_only=True)
    if first is not None:  # property lines after the last card, or a file of them: neither BEGIN nor END
        cards.append(RawCard(len(cards) + 1, line_at(first), text[first:], False, False, False))
    return cards


def _first_property(text: str, start: int, end: int, known_only: bool) -> Optional[int]:
    """Where the first vCard property line between `start` and `end` begins, if any. Text after the
    last card needs a property of the standard's own (`FN:`), not just anything shaped `X:`."""
    for match in _PROPERTY_LINE_RE.finditer(text, start, end):
        name = match.group(1).upper()
        if name in _KNOWN_NAMES or (not known_only and name.startswith("X-")):
            return match.start()
    return None


def is_property_line(line: str) -> bool:
    """`FN:Ann`, `item1.TEL;TYPE=CELL:…`, `X-FOO:…`: a line a vCard is made of."""
    match = _PROPERTY_LINE_RE.match(line)
    return bool(match) and (match.group(1).upper() in _KNOWN_NAMES or match.group(1).upper().startswith("X-"))


def _raw_card(text, cards, line, body_start, body_end, closed, nested) -> RawCard:
    return RawCard(len(cards) + 1, line, text[body_start + 1:body_end], closed, nested)


class _LineCounter:
    """1-based line number of a position; positions must come in increasing order."""

    def __init__(self, text: str):
        self.text, self.pos, self.line = text, 0, 1

    def __call__(self, pos: int) -> int:
        if pos < self.pos:
            self.pos, self.line = 0, 1
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


# ---------------------------------------------------------------- one card


class CardReader:
    """Reads cards of one file. Remembers parsed property heads (`TEL;TYPE=CELL`): a file
    repeats a handful of them thousands of times, and the parsed parameters are never changed."""

    _CACHE_LIMIT = 20_000

    def __init__(self, decoder: "ValueDecoder"):
        self.decoder = decoder
        self._heads: dict[str, tuple[Optional[str], str, dict[str, list[str]], bool]] = {}

    def read(self, card: RawCard) -> CardContent:
        body = card.body
        version = card_version(body)
        v21 = version.startswith("2")
        content = CardContent(version, [], "")
        if not (card.nested or "\n#" in body or body.startswith("#") or "\\\n" in body
                or ("=\n" in body and _QP_RE.search(body))):
            unfolded = body
            if "\n " in body or "\n\t" in body:
                # 2.1 keeps the white space of a fold, 3.0/4.0 drop one character of it
                unfolded = body.replace("\n ", " ").replace("\n\t", "\t") if v21 else \
                    body.replace("\n ", "").replace("\n\t", "")
            if self._tokenize(_lines_of(unfolded), content, strict=True):
                return content
            content.properties.clear()  # a line without ':' — take the careful road
            content.problems.clear()
        self._tokenize(logical_lines(body, v21, content.nested_cards), content, strict=False)
        if content.nested_cards:
            content.nested_cards = [self.decoder.plain_text(text) for text in content.nested_cards]
        return content

    def _tokenize(self, lines: Iterable[str], content: CardContent, strict: bool) -> bool:
        """Split logical lines into properties; False (strict mode) at the first line without ':'."""
        append = content.properties.append
        hashed: list[str] = []
        decode = self.decoder.decode
        heads = self._heads
        count = ignored = 0
        for line in lines:
            if not line:
                continue
            count += 1
            if count > MAX_CARD_LINES:
                raise ValueError(f"the card has more than {MAX_CARD_LINES:,} lines")
            colon = line.find(":")
            if colon < 0:
                if strict:
                    return False
                if not is_bare_name(line):  # a bare `FN` is just an empty value
                    ignored += 1
                    if ignored <= _IGNORED_LINES_REPORTED:
                        content.problems.append((None, f"ignored a line that is not a property: {line[:60]!r}"))
                continue
            head = line[:colon]
            parsed = heads.get(head)
            if parsed is not None:
                group, name, params, special = parsed
                value = line[colon + 1:]
            elif '"' in head:  # a quoted parameter value may hold ':' — the head is not known yet
                group, name, params, value = tokenize_quoted(line)
                if not line.isascii():
                    group, name, params = self._clean_head(group, name, params)
                special = "ENCODING" in params or "CHARSET" in params
            else:
                group, name, params, special = parsed = parse_head(head)
                if not head.isascii():
                    group, name, params = self._clean_head(group, name, params)
                    parsed = group, name, params, special
                if len(heads) < self._CACHE_LIMIT:
                    heads[head] = parsed
                value = line[colon + 1:]
            if not name:  # `:value` — nothing says what the value is
                if strict:
                    return False
                content.problems.append((None, f"ignored a line with no property name: {line[:60]!r}"))
                continue
            if group is not None:
                content.has_groups = True
            if name not in NOT_IN_FINGERPRINT:
                hashed.append(line)
            if special:
                value = decode(value, params)
            elif not value.isascii():
                try:
                    value.encode("utf-8")  # no lone surrogates: it was valid UTF-8, nothing to do
                except UnicodeEncodeError:
                    value = decode(value, params)
            append(_new_tuple(VCardProperty, (group, name, params, value)))
        if ignored > _IGNORED_LINES_REPORTED:
            content.problems.append((None, f"and {ignored - _IGNORED_LINES_REPORTED:,} more lines that are not "
                                           "properties were ignored"))
        content.fingerprint = card_fingerprint(hashed)
        return True

    def _clean_head(self, group: Optional[str], name: str, params: dict[str, list[str]]
                    ) -> tuple[Optional[str], str, dict[str, list[str]]]:
        """Names and parameters are ASCII by the spec; 8-bit bytes in them still become readable text."""
        text = self.decoder.plain_text
        return ((text(group) if group else group), text(name),
                {text(key): [text(value) for value in values] for key, values in params.items()})


_new_tuple = tuple.__new__  # builds a VCardProperty without the Python-level __new__


def card_version(body: str) -> str:
    """"2.1", "3.0" or "4.0" from the VERSION line; without one, quoted-printable says 2.1."""
    match = _VERSION_RE.search(body)
    if match:
        return match.group(1)
    return "2.1" if _QP_RE.search(body) else "3.0"


def card_fingerprint(lines: list[str]) -> str:
    """"Seen this card before": a hash of its logical lines as written (PRODID and REV left out)."""
    return hashlib.sha1("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


def is_bare_name(line: str) -> bool:
    """`FN` alone on a line: an empty value, not a broken line."""
    return bool(_NAME_ONLY_RE.fullmatch(line.strip()))


def logical_lines(body: str, v21: bool, nested_cards: list[str]) -> Iterator[str]:
    """The careful unfolder: comments, QP soft breaks, bare base64 blocks, nested cards.

    The line being built is kept as a list of pieces and joined once: a value of 400,000
    soft-broken lines must take linear time, not a copy of everything so far per line.
    Lines are yielded one at a time (a card of millions of junk lines is never a list of them);
    nested cards are in `nested_cards` once the lines are all read.
    """
    parts: list[str] = []  # pieces of the logical line being built; never an empty string
    building = False
    kind = ""  # "qp", "b64" or "" for the line being built
    nested: list[str] = []
    depth = 0
    for raw in _lines_of(body):
        if depth:
            marker = _MARKER_RE.match(raw)
            if marker:
                depth += 1 if marker.group(1).upper() == "BEGIN" else -1
            if depth:
                nested.append(raw)
            else:
                nested_cards.append("\n".join(nested))
            continue
        if building and kind == "qp" and parts and parts[-1][-1] == "=":
            _drop_last_char(parts)
            if raw.strip() and not _starts_property(raw):
                parts.append(raw)  # soft line break (may even follow a `#`)
                continue
        if not raw.strip():
            if raw[:1] in (" ", "\t") and building and not kind:
                _append(parts, raw if v21 else raw[1:])  # a fold of white space, as the quick unfolder reads it
                continue
            if building:
                yield "".join(parts)
                parts, building = [], False  # a blank line ends a 2.1 base64 block
            continue
        first = raw[0]
        if first in " \t":
            if building:
                _append(parts, raw if v21 else raw[1:])
                continue
            raw = raw.lstrip()
        elif first == "#":
            continue
        elif _MARKER_RE.match(raw):  # nested BEGIN:VCARD (an END here was matched away)
            if building:
                yield "".join(parts)
                parts, building = [], False
            depth, nested = 1, []
            continue
        if building:
            if kind == "b64" and _BASE64_LINE_RE.fullmatch(raw):
                parts.append(raw)  # 2.1 base64 continued without indentation
                continue
            if ":" not in raw and _odd_trailing_backslashes(parts):
                _drop_last_char(parts)  # non-standard backslash continuation (not an escaped `\\`)
                parts += ("\n", raw)
                continue
            yield "".join(parts)
        parts, building = [raw], True
        head = raw[:raw.find(":")].upper() if ":" in raw else ""
        kind = "qp" if "QUOTED-PRINTABLE" in head else "b64" if ("BASE64" in head or "ENCODING=B" in head) else ""
    if building:
        if kind == "qp" and parts and parts[-1][-1] == "=":
            _drop_last_char(parts)
        yield "".join(parts)
    if depth:
        nested_cards.append("\n".join(nested))


def _lines_of(text: str) -> Iterable[str]:
    """`text.split("\n")`; lazily for a big card, whose list of lines would cost ~55 bytes a line."""
    if len(text) < _LAZY_SPLIT_CHARS:
        return text.split("\n")
    return _split_lazily(text)


def _split_lazily(text: str) -> Iterator[str]:
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def _append(parts: list[str], piece: str) -> None:
    if piece:
        parts.append(piece)


def _drop_last_char(parts: list[str]) -> None:
    rest = parts[-1][:-1]
    if rest:
        parts[-1] = rest
    else:
        parts.pop()


def _odd_trailing_backslashes(parts: list[str]) -> bool:
    """Does the line end in an odd number of backslashes? Walks back only over pieces made of
    nothing but backslashes, each of which is walked once (the line then grows or ends)."""
    count = 0
    for part in reversed(parts):
        kept = part.rstrip("\\")
        count += len(part) - len(kept)
        if kept:
            break
    return count % 2 == 1


def _starts_property(line: str) -> bool:
    match = _PROPERTY_START_RE.match(line)
    if not match:
        return False
    name = match.group(1).upper()
    return name in _KNOWN_NAMES or name.startswith("X-")
