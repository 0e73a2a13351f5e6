"""A valid number's national and international forms, as `phonenumbers.format_number` writes them, without
its walk: a fifth of its time.

Every phone row keeps its display forms (app/phone_display.py), so an import formats each of its numbers
twice. `format_number` compiles (or looks up) each candidate format's two patterns for every number and
calls through several layers per format; that was the largest single cost of a 100k import's writing
process (about 50 µs a number, 11 s of 21). Here each country code's formats are compiled once, with the
national prefix rule already put into the national template, and a number walks them in phonenumbers'
order: the first whose leading digits (its last, most detailed pattern) match the start of the number and
whose pattern matches the whole of it (one regex call: `_Formats`); the template is then filled with the
pattern's groups, which is what phonenumbers' `pattern.sub` writes when the pattern's first match is the
whole number (else `sub` itself). A number no format fits is its national significant number, unformatted.

Only for what `display_forms` asks: a number without an extension, its country code valid and its
national significant number known (the digits after the code). tests/services/test_phone_format.py
holds both forms to `phonenumbers.format_number` on numbers of every country code.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from phonenumbers import PhoneMetadata, region_code_for_country_code

_FIRST_GROUP = re.compile(r"(\\\d)")  # phonenumbers' _FIRST_GROUP_PATTERN: where the national prefix goes
_GROUP_REF = re.compile(r"\\([1-9])(?!\d)")  # \1 … \9 in a sub template


class _Formats:
    """One country code's formats for one form, in phonenumbers' order, as one pattern: a branch per
    format, `(?=leading digits)(?P<f3>pattern)`. Matched against the whole number, the first branch
    that fits is the format `format_number` chooses (its first format whose leading digits match the
    start and whose pattern matches all of it), in one regex call instead of a loop of two."""

    def __init__(self, formats: list[tuple[Optional[str], str, str]]) -> None:
        self.chosen = re.compile("|".join(
            (f"(?={leading})" if leading is not None else "") + f"(?P<f{n}>{pattern})"
            for n, (leading, pattern, _template) in enumerate(formats)))
        self.by_name = {f"f{n}": (re.compile(pattern), template, _as_format(pattern, template))
                        for n, (_l, pattern, template) in enumerate(formats)}

    def __call__(self, national: str) -> str:
        match = self.chosen.fullmatch(national)
        if match is None:
            return national
        pattern, template, fast = self.by_name[match.lastgroup]
        if fast is not None:
            # pattern.sub replaces its first match and then the rest of the text: when that first match
            # is the whole number (always, in the metadata), it is the template filled with its groups.
            found = pattern.match(national)
            if found is not None and found.end() == len(national):
                return fast.format(*found.groups(""))
        return pattern.sub(template, national)


def _as_format(pattern: str, template: str) -> Optional[str]:
    """A template of group references (\\1) and plain text as a str.format text, or None if it has other
    escapes, or its pattern could match nothing (sub would then also fill it in at the end)."""
    compiled = re.compile(pattern)
    if (compiled.match("") is not None or "\\" in _GROUP_REF.sub("", template)
            or any(int(n) > compiled.groups for n in _GROUP_REF.findall(template))):
        return None
    pieces = _GROUP_REF.split(template)  # text, group number, text, …
    return "".join(piece.replace("{", "{{").replace("}", "}}") if n % 2 == 0 else "{" + str(int(piece) - 1) + "}"
                   for n, piece in enumerate(pieces))


def national_and_international(country_code: int, national: str) -> tuple[str, str]:
    """format_number(NATIONAL) and format_number(INTERNATIONAL) of +`country_code` `national`."""
    national_form, international_form = _formats(country_code)
    return national_form(national), f"+{country_code} {international_form(national)}"


@lru_cache(maxsize=None)
def _formats(country_code: int) -> tuple[_Formats, _Formats]:
    """The country code's formats for the national form (the national prefix rule in the template) and
    for the international one (its own list where the metadata has one), from the metadata that
    `format_number` reads: the main region's, or the non-geographic entity's."""
    region = region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    national = []
    for number_format in metadata.number_format:
        template = number_format.format
        if number_format.national_prefix_formatting_rule:
            template = _FIRST_GROUP.sub(number_format.national_prefix_formatting_rule, template, count=1)
        national.append((_leading(number_format), number_format.pattern, template))
    international = [(_leading(f), f.pattern, f.format) for f in (metadata.intl_number_format or metadata.number_format)]
    return _Formats(national), _Formats(international)


def _leading(number_format) -> Optional[str]:
    """The last of a format's leading digits patterns, the most detailed, as phonenumbers uses it."""
    leading = number_format.leading_digits_pattern
    return leading[-1] if leading else None
