"""Lunar birthdays (农历生日): this year's Gregorian day, on today's list on the right day."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.services import calllist, contacts
from app.services.contacts import NewContact
from app.services.desk.lunar import from_apple, in_lunar_year, lunar_label, occurrences, to_apple
from app.services.errors import InvalidValue

# Mid-Autumn (八月十五) by year, from the published calendar; lunar years 2024-2030.
MID_AUTUMN = {2024: date(2024, 9, 17), 2025: date(2025, 10, 6), 2026: date(2026, 9, 25), 2027: date(2027, 9, 15),
              2028: date(2028, 10, 3), 2029: date(2029, 9, 22), 2030: date(2030, 9, 12)}
# 除夕, the last day of the 12th month: the 29th in the years whose 腊月 is short (CNY minus one day).
NEW_YEARS_EVE = {2024: date(2025, 1, 28), 2025: date(2026, 2, 16), 2026: date(2027, 2, 5), 2027: date(2028, 1, 25),
                 2028: date(2029, 2, 12), 2029: date(2030, 2, 2), 2030: date(2031, 1, 22)}


# 重阳 (九月初九) by year, from the published calendar: 九月初一 is 8 days before it, so the 8th month's
# last day, where a 八月三十 birthday falls (the 29th in a short month), is 9 days before.
DOUBLE_NINTH = {2024: date(2024, 10, 11), 2025: date(2025, 10, 29), 2026: date(2026, 10, 18),
                2027: date(2027, 10, 8), 2028: date(2028, 10, 26), 2029: date(2029, 10, 16), 2030: date(2030, 10, 5)}


@pytest.mark.parametrize("year", range(2024, 2031))
def test_a_30th_falls_on_the_months_last_day_2024_to_2030(year):
    last = DOUBLE_NINTH[year] - timedelta(days=9)
    assert in_lunar_year(year, 8, 30, False) == last
    assert occurrences("08-30", False, date(year, 1, 1), date(year, 12, 31)) == [last]
    short = (last - MID_AUTUMN[year]).days == 14  # 八月 has 29 days this year
    assert short == (year in (2025, 2026, 2027, 2028, 2030))


def test_a_leap_month_30th_and_the_leap_months_of_2024_to_2030():
    # 闰六月 2025 has 29 days (七夕 is 29 August, so 七月初一 the 23rd): its 30th is the 22nd.
    assert in_lunar_year(2025, 6, 30, True) == date(2025, 8, 22)
    # 闰五月 2028 starts on 23 June; the ordinary 五月 on 24 May (端午 28 May).
    assert in_lunar_year(2028, 5, 10, True) == date(2028, 7, 2)
    assert in_lunar_year(2028, 5, 5, False) == date(2028, 5, 28)
    # A leap-month birthday in the years without that leap month: the ordinary month.
    for year in (2024, 2026, 2027, 2029, 2030):
        assert in_lunar_year(year, 5, 10, True) == in_lunar_year(year, 5, 10, False)
    assert occurrences("05-10", True, date(2028, 1, 1), date(2028, 12, 31)) == [date(2028, 7, 2)]


@pytest.mark.parametrize("year", range(2024, 2031))
def test_lunar_to_gregorian_2024_to_2030(year):
    assert in_lunar_year(year, 8, 15, False) == MID_AUTUMN[year]
    assert occurrences("08-15", False, date(year, 1, 1), date(year, 12, 31)) == [MID_AUTUMN[year]]
    # A 30th of the 12th month: the day before the new year, the 29th when the month has 29 days.
    assert in_lunar_year(year, 12, 30, False) == NEW_YEARS_EVE[year]


def test_a_leap_month_birthday_in_its_leap_year_and_in_the_ordinary_month_otherwise():
    # 2025 has a leap 6th month (闰六月, from 25 July); 2028 a leap 5th month.
    assert in_lunar_year(2025, 6, 1, True) == date(2025, 7, 25)
    assert in_lunar_year(2025, 6, 1, False) == date(2025, 6, 25)
    assert in_lunar_year(2026, 6, 1, True) == in_lunar_year(2026, 6, 1, False) == date(2026, 7, 14)
    assert in_lunar_year(2028, 5, 10, True) > in_lunar_year(2028, 5, 10, False)


def test_a_12th_month_birthday_falls_in_the_next_january():
    assert occurrences("12-08", False, date(2026, 1, 1), date(2026, 1, 31)) == [date(2026, 1, 26)]  # 腊八


def test_labels_and_apples_form():
    assert lunar_label("08-15", False) == "农历八月十五"
    assert lunar_label("04-08", True) == "农历闰四月初八"
    assert lunar_label("12-30", False) == "农历腊月三十"
    assert from_apple("007800310318") == ("03-18", False)
    assert from_apple("0078003104L18") == ("04-18", True)
    assert from_apple("--08L15") == ("08-15", True) and to_apple("08-15", True) == "--08L15"
    assert from_apple("19800815") is None or from_apple("19800815") == ("08-15", False)


def test_the_today_entry_is_on_the_gregorian_day_in_the_customers_language(db):
    cid = contacts.create_contact(db, NewContact(display_name="王芳", fields={
        "lunar_birthday": "08-15", "title": "销售经理"}), region="CN")
    before = calllist.today_list(db, date(2026, 9, 20), days_ahead=3)
    assert not [e for e in before if e.reason == "birthday"]  # 25 Sep is 5 days away
    entries = [e for e in calllist.today_list(db, date(2026, 9, 23), days_ahead=3) if e.reason == "birthday"]
    assert [(e.contact_id, e.due_date) for e in entries] == [(cid, date(2026, 9, 25))]
    entry = entries[0].as_json()
    assert entry["lunar"] is True and entry["due_date"] == "2026-09-25"
    assert entry["lunar_birthday"] == "农历八月十五" and entry["detail"].startswith("王经理，生日快乐")


def test_a_lunar_birthday_is_checked(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"), region="ES")
    for bad in ("13-01", "02-31", "0815", "x"):
        with pytest.raises(InvalidValue):
            contacts.update_contact(db, cid, {"lunar_birthday": bad})


def test_rapport_set_lunar_birthday_and_today_json(run):
    run("add", "陈静", "--phone", "138 1234 5678", "--region", "CN")
    assert run("set", "陈静", "--lunar-birthday", "06-01", "--leap")[0] == 0
    code, out, _ = run("today", "--date", "2025-07-24", "--json")
    entry = next(e for e in json.loads(out) if e["reason"] == "birthday")
    assert (entry["lunar"], entry["due_date"], entry["lunar_birthday"]) == (True, "2025-07-25", "农历闰六月初一")
    code, _, err = run("set", "陈静", "--leap")
    assert code != 0 and "--lunar-birthday" in err
    code, _, err = run("set", "陈静", "--lunar-birthday", "14-01")
    assert code != 0 and "14-01" in err
    assert run("set", "陈静", "--lunar-birthday", "none")[0] == 0
    code, out, _ = run("today", "--date", "2025-07-24", "--json")
    assert not [e for e in json.loads(out) if e["reason"] == "birthday"]


def test_the_ios_lunar_birthday_survives_import_and_export(run, tmp_path):
    card = tmp_path / "ios.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:陈;静;;;\r\nFN:陈静\r\nX-ALTBDAY;CALSCALE=chinese:0078003104L18\r\n"
                    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dov\r\nX-ALTBDAY;CALSCALE=hebrew:-57840315\r\n"
                    "END:VCARD\r\n", "utf-8")
    assert run("import", str(card))[0] == 0
    people = {c["display_name"]: c for c in json.loads(run("export", "--format", "json")[1])["contacts"]}
    assert (people["陈静"]["lunar_birthday"], people["陈静"]["lunar_leap"]) == ("04-18", True)
    assert people["Dov"]["lunar_birthday"] is None  # another calendar is kept, not taken for a lunar one
    out = tmp_path / "out.vcf"
    assert run("export", "--format", "vcf", "-o", str(out))[0] == 0
    assert "X-ALTBDAY;CALSCALE=chinese:--04L18" in out.read_text("utf-8")
    code, _, _ = run("trash", "陈静")
    run("empty-trash")
    assert run("import", str(out))[0] == 0
    people = {c["display_name"]: c for c in json.loads(run("export", "--format", "json")[1])["contacts"]}
    assert (people["陈静"]["lunar_birthday"], people["陈静"]["lunar_leap"]) == ("04-18", True)
