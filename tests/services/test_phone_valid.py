"""phone_valid.is_valid answers as phonenumbers.is_valid_number does, for every country code."""
from __future__ import annotations

import random
from typing import Iterator

import phonenumbers

from app.services.phone_valid import is_valid, is_valid_number

KINDS = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
         phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
         phonenumbers.PhoneNumberType.VOIP, phonenumbers.PhoneNumberType.PAGER)


def _variants(national: str, rng: random.Random) -> list[str]:
    """The number, one digit changed, shorter, longer, another first digit, random digits of its length."""
    changed = national[:-1] + str((int(national[-1]) + rng.randint(1, 9)) % 10)
    return [national, changed, national[:-1], national + str(rng.randint(0, 9)), national[:-2],
            str(rng.randint(1, 9)) + national[1:], "".join(str(rng.randint(0, 9)) for _ in national),
            national + "00"]


def numbers_of_every_country_code(rng: random.Random) -> Iterator[tuple[int, str]]:
    """(country code, national number as digits) of each region's example numbers and their variants."""
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]:
            examples = [phonenumbers.example_number_for_type(region, kind) for kind in KINDS]
            if region == "001":
                examples.append(phonenumbers.example_number_for_non_geo_entity(code))
            for example in [e for e in examples if e is not None] or [None]:
                national = str(example.national_number) if example else str(rng.randint(10 ** 6, 10 ** 9))
                for variant in _variants(national, rng):
                    yield code, variant


def test_valid_as_phonenumbers_says_on_every_country_code():
    checked = valid = 0
    for code, variant in numbers_of_every_country_code(random.Random(18)):
        for zero in (False, True):
            number = phonenumbers.PhoneNumber(country_code=code, national_number=int(variant),
                                              italian_leading_zero=zero or None)
            want = phonenumbers.is_valid_number(number)
            assert is_valid_number(number) == want, (code, variant, zero)
            if not zero:
                assert is_valid(code, str(int(variant))) == want, (code, variant)
            checked, valid = checked + 1, valid + want
    assert checked > 5000 and valid > 1000  # both answers were given many times


def test_an_unknown_country_code_is_never_valid():
    assert not is_valid(999, "12345678")
    assert is_valid(86, "13812345678") and not is_valid(86, "1381234567")
