"""A greeting template's text: its fields checked, and filled so an empty value leaves no trace.

Fields are written {given_name}; nothing else of Python's format language is taken (no
{name.attr}, no {x:>10}): a template is text the user typed. A field with no value for this
customer is dropped with the punctuation that only served it: "Happy birthday, {given_name}!"
becomes "Happy birthday!", "{honorific}，生日快乐！" becomes "生日快乐！", and "— {sender}" goes
whole. A part in square brackets goes when a field in it is empty:
"Thank you for choosing us[ for your {last_product}]." — for what no rule can guess.
"""
from __future__ import annotations

import re
from string import Formatter
from typing import Iterable, Mapping

from ..errors import QT_TRANSLATE_NOOP, InvalidValue

# Every template may use these; an occasion may add its own (an invitation's {event}).
FIELDS = ("given_name", "honorific", "family_name", "company", "last_product", "occasion", "sender")

_GONE = "\x00"  # where an empty field was, while the punctuation around it is tidied
_SEPARATOR = ",，:：;；、"
_END = "!！?？.。"
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_RULES = (
    # At the start: "{honorific}，生日快乐" → "生日快乐".
    (re.compile(rf"^\s*{_GONE}\s*[{_SEPARATOR}]?\s*"), ""),
    # A signature with nobody to sign: "… —— {sender}" → "…".
    (re.compile(rf"\s*(?:——|—|–|-{{1,2}})\s*{_GONE}\s*$"), ""),
    # Before the end of a sentence or the text: "birthday, {given_name}!" → "birthday!".
    (re.compile(rf"\s*[{_SEPARATOR}]?\s*{_GONE}\s*(?=[{_END}]|$)"), ""),
    # Between two separators: "Hi {given_name}, …" keeps one.
    (re.compile(rf"\s*{_GONE}\s*(?=[{_SEPARATOR}])"), ""),
    # Between words: one space stays.
    (re.compile(rf"(?<=\S) +{_GONE} +(?=\S)"), " "),
    (re.compile(_GONE), ""),
)


def fields_of(template: str) -> list[str]:
    """The fields a template uses, in order; InvalidValue for a broken brace or a field with a format."""
    try:
        parts = list(Formatter().parse(template))
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "template: a '{open}' or '{close}' is not closed (write a "
                                                         "field as {example})"),
                           open="{", close="}", example="{given_name}") from None
    found = []
    for _text, name, spec, conversion in parts:
        if name is None:
            continue
        if spec or conversion or not re.fullmatch(r"[a-z_]+", name):
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "template: '{field}' is not a field (write a field "
                                                             "as {example})"), example="{given_name}",
                               field=name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""))
        found.append(name)
    return found


def check(template: str, allowed: Iterable[str] = FIELDS) -> None:
    """Refuse a template with a field nobody fills, naming it (a typo shows before fifty messages go)."""
    allowed = tuple(allowed)
    for name in fields_of(template):
        if name not in allowed:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "template: unknown field {field} (fields: {fields})"),
                               field="{" + name + "}", fields=", ".join("{" + f + "}" for f in allowed))


def fill(template: str, values: Mapping[str, object], allowed: Iterable[str] = FIELDS) -> str:
    """The template with each field's value; an empty one (None, "") leaves no trace."""
    check(template, allowed)
    text = _OPTIONAL.sub(lambda m: m[1] if _all_filled(m[1], values) else "", template)
    starts_empty = False
    pieces = []
    for n, (literal, name, _spec, _conv) in enumerate(Formatter().parse(text)):
        pieces.append(literal.replace(_GONE, ""))
        if name is None:
            continue
        value = values.get(name)
        value = "" if value is None else str(value).strip()
        if not value:
            starts_empty = starts_empty or (n == 0 and not literal.strip())
            value = _GONE
        pieces.append(value)
    out = "".join(pieces)
    for pattern, replacement in _RULES:
        out = pattern.sub(replacement, out)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    if starts_empty:
        out = _capitalise(out)
    return out


def _all_filled(part: str, values: Mapping[str, object]) -> bool:
    return all(str(values.get(name) or "").strip() for name in fields_of(part))


def _capitalise(text: str) -> str:
    # "¡feliz cumpleaños!" left at the start by "{honorific}: ¡feliz…" → "¡Feliz cumpleaños!".
    for n, ch in enumerate(text):
        if ch.isalpha():
            return text[:n] + ch.upper() + text[n + 1:]
        if ch not in "¡¿\"'“‘«(":
            return text
    return text
