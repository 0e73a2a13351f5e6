"""When most numbers of an import are not valid for its region, which region they would be valid for.

A phone export is written in the national form of the phone's country ("139 9603 0824"); read
under the wrong region, nearly every number fails. Rather than leave the user with a list of
problems, the import names the region that fits: "180 of 210 are valid for CN".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

import phonenumbers

from ..phones import PhoneKey, digits, normalise

SAMPLE = 40  # failed numbers tried under every region (245 regions: about 0.3 s)
MIN_FAILED = 3  # two odd numbers in a small file are typos, not a wrong region
# phonenumbers' types for a number a phone's address book mostly holds: a mobile
_MOBILE = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


@dataclass(frozen=True)
class RegionHint:
    region: str  # where they would be valid, e.g. "CN"
    valid: int  # how many of the failed numbers are valid there
    failed: int  # numbers not valid for the import's region

    def __str__(self) -> str:
        return f"{self.valid} of {self.failed} are valid for {self.region}: import with --region {self.region}"


def region_hint(failed: Iterable[PhoneKey], total: int, region: str) -> Optional[RegionHint]:
    """A hint when most of `total` numbers failed under `region` and another region fits at least
    half of the failed ones; None otherwise (a few typos, or numbers that fit nowhere)."""
    failed = list(dict.fromkeys(failed))
    if len(failed) < MIN_FAILED or len(failed) * 2 <= total:
        return None
    national = [key for key in failed if not key[0].lstrip().startswith("+")]  # "+…" fails under every region
    sample = national[:: max(1, len(national) // SAMPLE)][:SAMPLE]
    if not sample:
        return None
    best = max((r for r in phonenumbers.SUPPORTED_REGIONS if r != region), key=lambda r: _fit(sample, r))
    if _fit(sample, best)[2] == 0:
        return None
    valid = sum(normalise(raw, best, extension).valid for raw, extension in national)
    if valid * 2 < len(failed):
        return None
    return RegionHint(best, valid, len(failed))


def _fit(sample: list[PhoneKey], region: str) -> tuple[int, int, int, bool]:
    """How well `region` reads the sample, best first compared:
    - numbers valid there *and written as that country writes them* (its national form has the same
      digits): "202 555 0100" is a valid New Zealand mobile too, but New Zealand writes it "020…";
    - valid numbers with mobiles counted twice: a phone's book is mostly mobiles, the surest sign of a
      country (CN before Austria for "139 9603 0824", valid in both, a mobile only in China);
    - valid numbers; then whether it is the main region of its calling code (the US before Canada)."""
    valid = mobiles = as_written = 0
    for raw, _extension in sample:
        try:
            parsed = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            valid += 1
            mobiles += phonenumbers.number_type(parsed) in _MOBILE
            national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
            as_written += digits(national) == digits(raw)
    main = phonenumbers.region_code_for_country_code(phonenumbers.country_code_for_region(region)) == region
    return as_written, valid + mobiles, valid, main
