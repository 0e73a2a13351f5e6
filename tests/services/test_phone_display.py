"""One way to show a number: national form for the user's region, international for another, in the
table, the customer file, today's list, the plan and its PDF, and the command line; exports keep
what was written and E.164 (issue 16, item 2)."""
from __future__ import annotations

import json
from datetime import date

from app.services import calllist, directory, settings, tiers
from app.services.contacts import NewContact, create_contact
from app.services.phones import display
from app.services.plan import build_plan
from app.services.plan_sheet import plan_sheet

TODAY = date(2026, 3, 10)  # a Tuesday


def test_national_at_home_international_abroad_as_written_when_not_valid():
    assert display("+8618673302610", "CN") == "186 7330 2610"
    assert display("+8618673302610", "ES") == "+86 186 7330 2610"
    assert display("+34612345678", "ES", "12") == "612 34 56 78 ext. 12"
    assert display("139 9603", "CN") == "139 9603"  # not a valid number: as written
    assert display(None, "CN") == "" and display("+1 not a number", "US") == "+1 not a number"


def _customer(db) -> int:
    settings.put(db, "phone_region", "CN")
    cid = create_contact(db, NewContact(display_name="王芳", phones=[("+86 18673302610", "Mobile")]), region="CN")
    other = create_contact(db, NewContact(display_name="Ana Díaz", phones=[("612345678", None)]), region="ES")
    tiers.set_tier(db, [cid, other], "A")
    return cid


def test_the_same_number_reads_the_same_in_every_view(db, run, tmp_path):
    cid = _customer(db)
    rows = {r.display_name: r for r in directory.list_contacts(db)}
    assert rows["王芳"].phone_display == "186 7330 2610" and rows["王芳"].phone == "+8618673302610"
    assert rows["Ana Díaz"].phone_display == "+34 612 34 56 78"
    entries = {e.display_name: e for e in calllist.today_list(db, date(2027, 1, 4))}
    assert entries["王芳"].phone_display == "186 7330 2610" and entries["王芳"].phone == "+8618673302610"
    plan = build_plan(db, None, today=date(2027, 1, 4))
    html = plan_sheet(plan).text()
    assert "186 7330 2610" in html and "+86 186" not in html and "+8618673302610" not in html
    assert cid


def test_the_command_line_shows_it_so_and_the_export_keeps_e164_and_as_written(run):
    assert run("add", "王芳", "--phone", "+86 186-7330-2610", "--tier", "A")[0] == 0
    code, out, _ = run("list")
    assert code == 0 and "+86 186 7330 2610" in out  # the test store's region is the US: abroad
    code, out, _ = run("show", "王芳")
    assert "phone:" in out and "+86 186 7330 2610" in out and "+8618673302610" not in out
    code, out, _ = run("today", "--date", "2027-01-04")
    assert "+86 186 7330 2610" in out and "+8618673302610" not in out
    code, out, _ = run("export", "--format", "json")
    [phone] = json.loads(out)["contacts"][0]["phones"]
    assert (phone["number"], phone["raw"]) == ("+8618673302610", "+86 186-7330-2610")


def test_a_country_is_named_in_the_users_language():
    from app.services.phones import region_name

    assert (region_name("US", "zh"), region_name("ES", "es"), region_name("CN", "en")) == ("美国", "España", "China")


def test_a_number_is_shown_as_phonenumbers_parse_would_show_it_in_every_region():
    """display() makes the number from its E.164 digits instead of parsing it: the same result for
    an example number of every region, Italy's leading zero and all."""
    import phonenumbers

    from app.services.phones import _from_e164

    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            assert _from_e164(e164) == phonenumbers.parse(e164, None), e164
    assert display("+390612345678", "IT") == "06 1234 5678"
