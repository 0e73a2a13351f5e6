"""Whether a phone number is valid, as `phonenumbers.is_valid_number` decides it, in one regex call.

phonenumbers answers by walking a country's metadata: the region of the country code, then the
general pattern, then up to ten number types (premium, toll free, …, fixed line, mobile), each a
length check and a regex of its own, with Python calls between them. For an import's 200,000
numbers that walk was most of the phone time. The answer depends only on the country code and
the national significant number, so here each (region, length) gets one compiled pattern that
asks the same question at once: the general pattern (a lookahead) and any type whose lengths
admit the number (an alternation). Country codes several regions share (+1, +7, +44…) choose
the region as phonenumbers does (leading digits, else the first region the number is valid in).

tests/services/test_phone_valid.py holds `is_valid` to `phonenumbers.is_valid_number` on numbers
of every country code, valid, one digit off, too long and too short.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumber, national_significant_number
from phonenumbers.phonenumberutil import REGION_CODE_FOR_NON_GEO_ENTITY, country_code_for_valid_region

# The order of phonenumbers' _number_type_helper; mobile only where its pattern differs from fixed line's.
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
          "fixed_line")


def is_valid(country_code: int, national: str) -> bool:
    """`phonenumbers.is_valid_number` of the number +`country_code` `national` (its national significant
    number: digits, leading zeros only where the country keeps them, as Italy does)."""
    return _checker(country_code)(national) is not None


def is_valid_number(number: PhoneNumber) -> bool:
    return _checker(number.country_code)(national_significant_number(number)) is not None


def region_if_valid(country_code: int, national: str) -> Optional[str]:
    """The region `phonenumbers.region_code_for_number` gives a number that `is_valid_number` holds valid,
    else None: both answers of one walk."""
    return _checker(country_code)(national)


def _admits(desc, length: int) -> bool:
    return (desc is not None and bool(desc.national_number_pattern)
            and (not desc.possible_length or length in desc.possible_length))


class _Region:
    """One region's validity: a pattern per length of national number, made when first asked for."""

    def __init__(self, metadata, region: str) -> None:
        self.metadata, self.region = metadata, region
        self.types = [getattr(metadata, name) for name in _TYPES]
        if not metadata.same_mobile_and_fixed_line_pattern:
            self.types.append(metadata.mobile)
        self.by_length: dict[int, Optional[re.Pattern]] = {}

    def __call__(self, national: str) -> Optional[str]:
        """The region if the number is valid in it, else None."""
        length = len(national)
        try:
            pattern = self.by_length[length]
        except KeyError:
            pattern = self.by_length[length] = self._pattern(length)
        return self.region if pattern is not None and pattern.fullmatch(national) is not None else None

    def _pattern(self, length: int) -> Optional[re.Pattern]:
        general = self.metadata.general_desc
        if not _admits(general, length):
            return None
        kinds = [f"(?:{desc.national_number_pattern})" for desc in self.types if _admits(desc, length)]
        if not kinds:
            return None
        return re.compile(rf"(?=(?:{general.national_number_pattern})\Z)(?:{'|'.join(kinds)})")


def _never(national: str) -> Optional[str]:
    return None


@lru_cache(maxsize=None)
def _checker(country_code: int) -> Callable[[str], Optional[str]]:
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return _never
    if len(regions) == 1:  # phonenumbers' region_code_for_number: the only region, then is_valid_number_for_region
        region = regions[0]
        metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
        if metadata is None or (region != REGION_CODE_FOR_NON_GEO_ENTITY
                                and country_code != country_code_for_valid_region(region)):
            return _never
        return _Region(metadata, region)
    shared = []  # _region_code_for_number_from_list: leading digits decide, else the first valid region
    for region in regions:
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is not None:
            leading = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
            shared.append((leading, _Region(metadata, region)))

    def check(national: str) -> Optional[str]:
        for leading, valid in shared:
            if leading is not None:
                if leading.match(national):
                    return valid(national)
            else:
                region = valid(national)
                if region is not None:
                    return region
        return None

    return check
