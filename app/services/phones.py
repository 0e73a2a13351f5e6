"""Phone numbers through phonenumbers: E.164 when valid, the text as written always.

Parsing is the slowest step of an import after vCard parsing, and address books
repeat numbers (switchboards, family lines), so results are cached. A large
import normalises its numbers in worker processes, one per core
(`normalise_many`); phonenumbers is pure Python, so threads would not help.
"""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

import phonenumbers

from app.phone_display import use_display_forms

from .locale_region import DEFAULT_REGION, region_from_locale  # noqa: F401 - asked of phones
from .phone_format import national_and_international
from .phone_valid import is_valid, is_valid_number, region_if_valid

# Below this many distinct numbers, starting worker processes costs about what they save:
# a spawned worker imports the app's entry module again (about 1 s from `rapport`), while
# phonenumbers does ~30,000 numbers a second per core (bench/RESULTS.md).
PARALLEL_FROM = 50_000
_CHUNKS_PER_WORKER = 4  # a slow chunk on a busy core does not hold the others up
log = logging.getLogger(__name__)
_EXT_IN_TEXT = re.compile(r"(?:;ext=|\s*(?:ext\.?|x|#|转|分机)\s*)(\d{1,7})\s*$", re.IGNORECASE)
# Every way _EXT_IN_TEXT marks an extension has one of these: most numbers are let through by one scan of
# a character class instead of the extension pattern tried at each position.
_MAY_HAVE_EXTENSION = re.compile(r"[xX#转]|分机")


@dataclass(frozen=True)
class NormalisedPhone:
    raw: str
    e164: Optional[str]  # None: could not be normalised, kept as written and flagged
    extension: Optional[str]

    @property
    def valid(self) -> bool:
        return self.e164 is not None

    @property
    def match_key(self) -> Optional[str]:
        """What two records must share to be the same line: E.164 plus extension."""
        if self.e164 is None:
            return None
        return self.e164 + (f";ext={self.extension}" if self.extension else "")


def valid_region(code: str) -> bool:
    return code.upper() in phonenumbers.SUPPORTED_REGIONS


@lru_cache(maxsize=200_000)
def normalise(raw: str, region: str = DEFAULT_REGION, extension: Optional[str] = None) -> NormalisedPhone:
    return _normalise(raw, region, extension)


def _normalise(raw: str, region: str, extension: Optional[str]) -> NormalisedPhone:
    """`normalise` without its cache: an import's batches (`normalise_many`) hold their own numbers, and a
    process-wide cache of 200,000 numbers was memory that grew with the file."""
    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    written = text
    ext = extension
    if ext is None and _MAY_HAVE_EXTENSION.search(text):
        m = _EXT_IN_TEXT.search(text)
        if m and len(re.sub(r"\D", "", text[: m.start()])) >= 3:
            # "555 0100 ext. 12": the extension is kept apart, the number as written without it
            ext, text = m.group(1), text[: m.start()]
            written = text.strip()
    e164 = _international(text) if text[:1] == "+" else _national(text, region)
    if e164 is _UNSURE:
        e164 = None
        try:
            parsed = phonenumbers.parse(text, region)
            if is_valid_number(parsed):
                e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
                ext = ext or parsed.extension or None
        except phonenumbers.NumberParseException:
            pass
    return NormalisedPhone(raw=written, e164=e164, extension=ext or None)


_UNSURE = object()
# "+86 138 1234 5678", "+34-91-123-45-67", "+1.415.555.0100": a plus, digits, single spaces, dashes or dots.
_PLAIN_INTERNATIONAL = re.compile(r"\+[1-9][0-9]*(?:[ .-][0-9]+)*")
_SEPARATORS = str.maketrans("", "", " .-")


def _international(text: str):
    """E.164 (or None when not a valid number) for a number written "+CC …" in digits with plain
    separators, without phonenumbers.parse, which was half of an import's phone time; _UNSURE
    for anything else (letters, parentheses, an extension, a national prefix after the country
    code, a leading zero), which goes through parse. What parse would do with such a text, step by
    step: the country code is the first 1-3 digits that are one (codes are prefix-free); the rest
    is the national number, unless the country's national prefix for parsing matches at its start
    (then parse may strip it: left to parse); validity is phonenumbers' is_valid_number's answer
    (phone_valid.py: one regex call instead of its walk through the metadata).
    tests/services/test_phones.py holds this to parse's answer on numbers of every country code."""
    if not _PLAIN_INTERNATIONAL.fullmatch(text):
        return _UNSURE
    number = text[1:].translate(_SEPARATORS)
    for length in (1, 2, 3):
        code = int(number[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = number[length:]
            break
    else:
        return _UNSURE
    if not 2 <= len(national) <= 17 or national[0] == "0" or _national_prefix(code).match(national):
        return _UNSURE
    return f"+{code}{national}" if is_valid(code, national) else None


# "13770329669", "0300-9377905" is not one (a national prefix): digits with plain separators, no leading zero.
_PLAIN_NATIONAL = re.compile(r"[1-9][0-9]*(?:[ .-][0-9]+)*")


def _national(text: str, region: str):
    """E.164 (or None when not a valid number) for a number written in `region`'s national form,
    digits and plain separators, without phonenumbers.parse: a phone's export is mostly these
    ("13770329669"). _UNSURE for anything parse might read differently: a text that starts with
    the region's international call prefix (00, 011…), its country code, or a national prefix or
    carrier code parse would strip (CN's 0 and 17951…), or a length parse refuses. What is left is
    what parse does with such a text: the region's country code and the digits as the national
    number; validity is phonenumbers' is_valid_number's answer (phone_valid.py, one regex call).
    tests/services/test_phones.py holds this to parse's answer on numbers of every region."""
    if not _PLAIN_NATIONAL.fullmatch(text):
        return _UNSURE
    rules = _national_rules(region)
    if rules is None:
        return _UNSURE
    code, code_text, international_prefix, national_prefix = rules
    national = text.translate(_SEPARATORS)
    if (not 2 <= len(national) <= 17 or national.startswith(code_text) or international_prefix.match(national)
            or national_prefix.match(national)):
        return _UNSURE
    return f"+{code}{national}" if is_valid(code, national) else None  # no leading zero: all significant


@lru_cache(maxsize=None)
def _national_rules(region: str) -> Optional[tuple[int, str, re.Pattern, re.Pattern]]:
    """(country code, as text, international call prefix, national prefix for parsing) of a region
    parse knows, else None."""
    if region not in phonenumbers.SUPPORTED_REGIONS:  # as parse checks it: "cn" is not "CN"
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or not metadata.country_code:
        return None
    international = metadata.international_prefix
    national = metadata.national_prefix_for_parsing
    return (metadata.country_code, str(metadata.country_code), re.compile(international) if international else _NEVER,
            re.compile(national) if national else _NEVER)


_NEVER = re.compile(r"(?!)")


@lru_cache(maxsize=None)
def _national_prefix(code: int) -> re.Pattern:
    """The national prefix parse would try to strip from a number of this country code."""
    region = phonenumbers.region_code_for_country_code(code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
    pattern = metadata.national_prefix_for_parsing if metadata is not None else None
    return re.compile(pattern) if pattern else _NEVER


@lru_cache(maxsize=50_000)
def display(number: Optional[str], region: str, extension: Optional[str] = None, *, valid: bool = False) -> str:
    """How a number is shown, everywhere (table, customer file, today's list, plan, PDF, command line):
    the national form for the user's region ("186 7330 2610" in China), the international form for
    another ("+34 612 34 56 78"), and a number that is not valid as written. `number`: E.164 when
    valid, else the text as written; `valid`: it is known to be (the E.164 column), not checked again.
    Exports keep E.164 and the text as written, not this."""
    if not number:
        return ""
    text = number
    if number.startswith("+"):
        parsed = _from_e164(number)
        if parsed is not None and (valid or phonenumbers.is_valid_number(parsed)):  # "+8612" typed: as typed
            home = phonenumbers.region_code_for_number(parsed) == region
            text = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL if home
                                              else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return text + (f" ext. {extension}" if extension else "")


# A few thousand: a number shown or saved again soon is answered at once. Not every number of an
# import: the bulk writer asks for each phone row's forms, nearly all different, and 200,000 of them
# held were a sixth of a 100k import's memory, kept after it ended.
@lru_cache(maxsize=4096)
def display_forms(number: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """What `display` chooses between, for every region at once: (the number's own region, its national
    form, its international form) for a valid "+…" number, else (None, None, the text as written).
    display(number, region, ext) is the national form when region is the number's own, else the
    international one, plus " ext. …" (app/phone_display.py `shown`); phone rows keep these three
    so that reading them needs no phonenumbers (tests/services/test_phone_forms.py holds them equal)."""
    split = _e164_digits(number)
    if split is not None:  # every import's numbers: validity and formats without phonenumbers' walks
        code, national = split
        own = region_if_valid(code, national)
        if own is None:
            return None, None, number
        return (own, *national_and_international(code, national))
    if number.startswith("+"):
        parsed = _from_e164(number)
        if parsed is not None:
            own = phonenumbers.region_code_for_number(parsed)
            if phonenumbers.is_valid_number_for_region(parsed, own):  # is_valid_number, its region asked once
                return (own, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
                        phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    return None, None, number


use_display_forms(display_forms)  # the models keep them on every phone row written through the ORM


@lru_cache(maxsize=1024)
def region_name(region: str, language: str = "en") -> str:
    """The country's name in `language` ("zh", "es", "en"), from phonenumbers' own data through a number
    of that country (its example number); "" when it has none (a few territories)."""
    from phonenumbers import geocoder

    example = phonenumbers.example_number(region)
    return geocoder.country_name_for_number(example, language) if example is not None else ""


_E164 = re.compile(r"\+[1-9]\d{3,14}")


def _e164_digits(number: str) -> Optional[tuple[int, str]]:
    """(country code, national significant number) of an E.164 text whose number `_from_e164` makes from
    its digits (no leading zero after the code), else None."""
    if _E164.fullmatch(number):
        digits = number[1:]
        for length in (1, 2, 3):
            code = int(digits[:length])
            if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                return (code, digits[length:]) if digits[length] != "0" else None
    return None


def _from_e164(number: str) -> Optional[phonenumbers.PhoneNumber]:
    """The number of an E.164 text, made from its digits (country codes are prefix-free): a tenth of
    phonenumbers.parse's time, which was the larger half of showing a number. Anything else (a national
    number with its leading zero kept, as Italy's, or text as written) goes through parse."""
    if _E164.fullmatch(number):
        digits = number[1:]
        for length in (1, 2, 3):
            code = int(digits[:length])
            if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                if digits[length] != "0":
                    return phonenumbers.PhoneNumber(country_code=code, national_number=int(digits[length:]))
                break
    try:
        return phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None


PhoneKey = tuple[str, Optional[str]]  # (number as written, extension): what `normalise` is called with


def normalise_many(numbers: Iterable[PhoneKey], region: str = DEFAULT_REGION, *,
                   workers: Optional[int] = None, parallel_from: Optional[int] = None
                   ) -> dict[PhoneKey, NormalisedPhone]:
    """`normalise(raw, region, extension)` for every distinct (raw, extension), keyed by it.

    From `parallel_from` (default PARALLEL_FROM) distinct numbers on, the work is spread
    over `workers` processes (default: one per core). The results are the same as serial ones;
    if the processes cannot be started or fail, the numbers are done here, serially.
    """
    unique = list(dict.fromkeys(numbers))
    workers = workers or _cores()
    if len(unique) >= (PARALLEL_FROM if parallel_from is None else parallel_from) and workers > 1:
        try:
            return _in_processes(unique, region, workers)
        except Exception:  # noqa: BLE001 — no pool (sandbox, frozen app), a crashed worker…: do it here
            log.warning("phone numbers: worker processes failed, normalising serially", exc_info=True)
    return {key: _normalise(key[0], region, key[1]) for key in unique}


def _cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _in_processes(unique: list[PhoneKey], region: str, workers: int) -> dict[PhoneKey, NormalisedPhone]:
    size = -(-len(unique) // (workers * _CHUNKS_PER_WORKER))
    chunks = [unique[start:start + size] for start in range(0, len(unique), size)]
    # "spawn", not fork: the GUI imports on a worker thread, and forking a threaded process is unsafe.
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=multiprocessing.get_context("spawn"),
                             initializer=_exit_with_parent) as pool:
        done: dict[PhoneKey, NormalisedPhone] = {}
        for chunk, results in zip(chunks, pool.map(_normalise_chunk, [(region, chunk) for chunk in chunks])):
            for key, (written, e164, extension) in zip(chunk, results):
                done[key] = NormalisedPhone(written, e164, extension)
    return done


def _exit_with_parent() -> None:
    """In a worker process: leave when the app dies (killed mid-import), instead of waiting for
    work forever; each worker holds its own end of the work queue, so it never sees it close."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _normalise_chunk(job: tuple[str, list[PhoneKey]]) -> list[tuple[str, Optional[str], Optional[str]]]:
    """In a worker process: plain tuples travel back faster than dataclasses."""
    region, keys = job
    return [(n.raw, n.e164, n.extension) for n in (normalise(raw, region, extension) for raw, extension in keys)]


def digits(text: str) -> str:
    return _NOT_DIGITS.sub("", text)


_NOT_DIGITS = re.compile(r"\D")
