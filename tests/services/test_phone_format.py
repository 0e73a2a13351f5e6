"""A number's stored display forms are phonenumbers' own, for every country code: its region
(region_code_for_number), its national and international forms (format_number), and "not valid"
exactly where is_valid_number says so."""
from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberFormat

from app.services.phone_format import national_and_international
from app.services.phone_valid import region_if_valid
from app.services.phones import display_forms
from tests.services.test_phone_valid import numbers_of_every_country_code


def _phonenumbers_forms(code: int, national: str) -> tuple:
    """The forms by phonenumbers, of the number an E.164 text stands for (not parse's reading of it, which
    may add a national prefix to a short one)."""
    number = f"+{code}{national}"
    parsed = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if not phonenumbers.is_valid_number(parsed):
        return None, None, number
    return (phonenumbers.region_code_for_number(parsed), phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL),
            phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL))


def test_display_forms_are_phonenumbers_forms_on_every_country_code():
    checked = valid = 0
    for code, variant in numbers_of_every_country_code(random.Random(6)):
        want = _phonenumbers_forms(code, str(int(variant)))
        assert display_forms.__wrapped__(f"+{code}{int(variant)}") == want, (code, variant)
        checked, valid = checked + 1, valid + (want[0] is not None)
    assert checked > 3000 and valid > 1000  # valid and invalid numbers, many times each


def test_a_valid_number_in_its_countrys_forms():
    assert region_if_valid(86, "13812345678") == "CN"
    assert national_and_international(86, "13812345678") == ("138 1234 5678", "+86 138 1234 5678")
    assert national_and_international(34, "612345678") == ("612 34 56 78", "+34 612 34 56 78")
    assert region_if_valid(1, "4165550100") == "CA"  # +1 shared: Toronto's area code is Canada's
    assert national_and_international(44, "2079460958") == ("020 7946 0958", "+44 20 7946 0958")
    assert region_if_valid(86, "1381234567") is None
