"""The slow path: whole cards read by vobject, held to the same contacts as the fast path.

`vcard.parse_vcard` is the fast path (our own tokenizer); this module is the
reference it is compared with in tests/services/importing/test_differential.py.
What vobject cannot do is done before it, with the fast path's own steps:

* decode the file (BOM, UTF-16, undeclared 8-bit text) and split it into cards,
  nested 2.1 AGENT cards kept apart (`vcard_lines.split_cards`, `logical_lines`);
* unfold lines, join quoted-printable soft breaks, skip comments, and decode
  quoted-printable and CHARSET values (`vcard_decode.ValueDecoder`);
* write each value the way vobject's 3.0 grammar reads it: unescaped commas in
  text values escaped (vobject keeps only the text before the first), 2.1's
  backslashes that escape nothing and decoded line breaks escaped, a trailing lone backslash
  doubled, and `\\:` read as ':' as the fast path leniently does.

Then `vobject.readOne(card, allowQP=True)` reads the card: names, groups,
parameters, unescaping, structured N/ADR/ORG, CATEGORIES lists and base64. Its
lines go, in file order, to the fast path's `CardMapper` as (group, name, params,
value) tuples; `VobjectMapper` only reads vobject's values (a `Name`, an
`Address`, a list) where the fast path splits escaped text itself.

Known differences, kept on purpose (the differential test lists the cards):
* N beyond five and ADR beyond seven components: vobject drops the extra ones,
  the fast path keeps them as custom fields;
* base64: vobject skips characters outside the alphabet, the fast path refuses
  such a photo (and reports it);
* vobject turns `_` into `-` in property names (for Lotus Notes): `X-A_B` is `X-A-B`;
* vobject refuses a whole card for one line its grammar does not allow (a '/'
  in a property name, a PROFILE line, base64 of impossible length); the fast
  path reads the rest of such a card.
"""
from __future__ import annotations

import base64
import re
from typing import Optional

import vobject
import vobject.icalendar
import vobject.vcard
from vobject.base import Component, ContentLine

from app.services.importing.record import CancelCheck, ParseResult, ProgressCallback
from app.services.importing.vcard import CardMapper, read_cards
from app.services.importing.vcard_decode import ValueDecoder
from app.services.importing.vcard_lines import (
    NOT_IN_FINGERPRINT, CardContent, RawCard, VCardProperty, card_fingerprint, card_version, is_bare_name,
    logical_lines,
)
from app.services.importing.vcard_params import BARE_ENCODINGS, caret_decode, parse_params, split_line
from app.services.importing.vcard_values import normalise_breaks, unescape_v3

__all__ = ["parse_vcard_vobject", "VobjectRefused"]

_BINARY = frozenset({"B", "BASE64"})
_QP_OR_NOOP_ENCODING = re.compile(r";(?:ENCODING=(?:QUOTED-PRINTABLE|QP|8BIT|7BIT)|QUOTED-PRINTABLE|8BIT|7BIT)(?=;|$)",
                                  re.I)
_V3_ESCAPES = re.compile(r"\\(.)|\\$|(,)|(\n)", re.S)
_V21_ESCAPES = re.compile(r"\\([\\;:,nN])|(\\)|(,)|(\n)")


class VobjectRefused(Exception):
    """vobject's parser refused the card; the message says what it said."""


def parse_vcard_vobject(data: bytes, *, source: str, progress: Optional[ProgressCallback] = None,
                        is_cancelled: Optional[CancelCheck] = None) -> ParseResult:
    """Same contract as `vcard.parse_vcard`; a card vobject refuses is a problem naming `VobjectRefused`."""
    return read_cards(data, source, VobjectCardReader, VobjectMapper, progress, is_cancelled)


class VobjectCardReader:
    """Prepares each card for vobject (see the module docstring), reads it with vobject and
    returns its lines as `VCardProperty` tuples whose values are vobject's."""

    def __init__(self, decoder: ValueDecoder):
        self.decoder = decoder

    def read(self, card: RawCard) -> CardContent:
        version = card_version(card.body)
        v21 = version.startswith("2")
        content = CardContent(version, [], "")
        lines, hashed = self._prepare(card.body, v21, content)
        content.fingerprint = card_fingerprint(hashed)
        if content.nested_cards:
            content.nested_cards = [self.decoder.plain_text(text) for text in content.nested_cards]
        try:
            component = vobject.readOne("\n".join(["BEGIN:VCARD", *lines, "END:VCARD", ""]), allowQP=True)
        except Exception as exc:  # noqa: BLE001 — ParseError, and binascii.Error from its base64 decoding
            raise VobjectRefused(f"vobject cannot read this card: {exc}") from None
        content.properties = [_property(line) for line in _lines_in_order(component)]
        content.has_groups = any(prop.group for prop in content.properties)
        return content

    def _prepare(self, body: str, v21: bool, content: CardContent) -> tuple[list[str], list[str]]:
        """The card's lines as vobject should see them, and the lines the fingerprint hashes."""
        out: list[str] = []
        hashed: list[str] = []
        for line in logical_lines(body, v21, content.nested_cards):
            if ":" not in line:  # the fast path's rules and messages for lines that are not properties
                if not is_bare_name(line):
                    content.problems.append((None, f"ignored a line that is not a property: {line[:60]!r}"))
                continue
            head, params, value = split_line(line)
            if not head.isascii():
                head = self.decoder.plain_text(head)
                params = parse_params(head)
            name = head.split(";", 1)[0].rpartition(".")[2].strip().upper()
            if not name:
                content.problems.append((None, f"ignored a line with no property name: {line[:60]!r}"))
                continue
            if name not in NOT_IN_FINGERPRINT:
                hashed.append(line)
            value = self.decoder.decode(value, params)
            head = _QP_OR_NOOP_ENCODING.sub("", head)  # decoded above; vobject must not decode again
            out.append(f"{head}:{_for_vobject(name, params, value, v21)}")
        return out, hashed


def _for_vobject(name: str, params: dict[str, list[str]], value: str, v21: bool) -> str:
    """A decoded value rewritten in the 3.0 escaping vobject reads, meaning what the fast path reads."""
    encoding = params.get("ENCODING")
    if encoding and encoding[0].upper() in _BINARY:
        return value  # base64: vobject decodes it
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    is_list = name == "CATEGORIES"
    if not v21:
        return _V3_ESCAPES.sub(_v3_escape if not is_list else _v3_escape_list, value)
    # 2.1 text, structured values and lists know `\\ \; \: \, \n`; any other backslash is literal
    return _V21_ESCAPES.sub(_v21_escape if not is_list else _v21_escape_list, value)


def _v3_escape(match: re.Match) -> str:
    escaped, comma, newline = match.groups()
    if escaped is not None:
        if escaped == ":":
            return ":"
        return "\\\\\\n" if escaped == "\n" else match.group(0)
    if comma:
        return "\\,"
    return "\\n" if newline else "\\\\"  # the last: a lone backslash at the end


def _v3_escape_list(match: re.Match) -> str:
    return "," if match.group(2) else _v3_escape(match)


def _v21_escape(match: re.Match) -> str:
    escaped, lone_backslash, comma, newline = match.groups()
    if escaped is not None:
        return ":" if escaped == ":" else match.group(0)
    if lone_backslash:
        return "\\\\"
    return "\\," if comma else "\\n"


def _v21_escape_list(match: re.Match) -> str:
    return "," if match.group(3) else _v21_escape(match)


def _lines_in_order(component: Component) -> list[ContentLine]:
    """vobject files lines by name; the mapper needs them in file order (the first FN wins)."""
    lines = [child for children in component.contents.values() for child in children
             if isinstance(child, ContentLine)]
    lines.sort(key=lambda line: line.lineNumber or 0)
    return lines


def _property(line: ContentLine) -> VCardProperty:
    params = {key: [caret_decode(v).strip() if "^" in v else v.strip() for v in values]
              for key, values in line.params.items()}
    for single in line.singletonparams:  # 2.1's bare `TEL;CELL;VOICE:` and `;BASE64`
        key = single.strip().upper()
        if key in BARE_ENCODINGS:
            params.setdefault("ENCODING", []).append(key)
        else:
            params.setdefault("TYPE", []).append(single.strip())
    value = line.value
    if isinstance(value, bytes):  # base64 that vobject decoded: the mapper reads base64 text
        value = base64.b64encode(value).decode("ascii")
    elif isinstance(value, str) and not _unescaped_by_vobject(line):
        value = unescape_v3(value)  # GEO: vobject leaves it escaped
    return VCardProperty(line.group.lower() if line.group else None, line.name.upper(), params, value)


_UNESCAPING_BEHAVIORS = (vobject.vcard.VCardTextBehavior, vobject.icalendar.TextBehavior,
                         vobject.icalendar.MultiTextBehavior)  # UID and CATEGORIES get iCalendar's


def _unescaped_by_vobject(line: ContentLine) -> bool:
    return line.behavior is not None and issubclass(line.behavior, _UNESCAPING_BEHAVIORS)


class VobjectMapper(CardMapper):
    """The fast path's mapper, reading vobject's values: text is already unescaped, N is a
    `Name`, ADR an `Address`, ORG and CATEGORIES lists."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.unescape = normalise_breaks  # nothing left to unescape

    def parts(self, prop: VCardProperty) -> list[str]:
        value = prop.value
        if isinstance(value, vobject.vcard.Name):
            components = [value.family, value.given, value.additional, value.prefix, value.suffix]
        elif isinstance(value, vobject.vcard.Address):
            components = [value.box, value.extended, value.street, value.city, value.region, value.code,
                          value.country]
        elif isinstance(value, list):
            components = value
        else:  # SOUND;X-IRMC-N is text to vobject: its ';' still separate
            components = value.split(";")
        return [_joined(component).strip() for component in components]

    def items(self, prop: VCardProperty) -> list[str]:
        values = prop.value if isinstance(prop.value, list) else [prop.value]
        return [item for item in (normalise_breaks(v).strip() for v in values) if item]


def _joined(component) -> str:
    """A component vobject split on unescaped commas (none are left after the pre-steps)."""
    text = ",".join(component) if isinstance(component, (list, tuple)) else component
    return normalise_breaks(text)
