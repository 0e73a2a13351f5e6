"""The phone country: from the locale, named when an import's numbers fit another, and re-read
when the same file is imported again under another region (issue 16, item 1)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models import Contact, Phone
from app.services import settings
from app.services.importing.pipeline import import_files
from app.services.importing.region_hint import region_hint
from app.services.importing.undo import undo_import
from app.services.phones import normalise, region_from_locale
from bench.generate import phone_export_v21

LOCALE_VARIABLES = ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LC_MESSAGES", "LANG")


def set_locale(monkeypatch, lang: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setenv("LC_CTYPE", "C.UTF-8")  # as Python itself sets it under LANG=C (PEP 538)


@pytest.mark.parametrize("lang, region", [
    ("zh_CN.UTF-8", "CN"), ("es_ES@euro", "ES"), ("en_GB.UTF-8", "GB"), ("zh-Hans-CN", "CN"),
    ("C", None), ("C.UTF-8", None), ("POSIX", None), ("en", None), ("", None)])
def test_the_region_comes_from_the_locale_or_from_nowhere(lang, region):
    assert region_from_locale({"LANG": lang, "LC_CTYPE": "C.UTF-8"}) == region


def test_lc_all_wins_over_lang():
    assert region_from_locale({"LC_ALL": "es_MX.UTF-8", "LANG": "zh_CN.UTF-8"}) == "MX"


def test_a_locale_without_a_country_leaves_the_region_to_ask(monkeypatch, db):
    set_locale(monkeypatch, "C.UTF-8")
    assert settings.phone_region_unknown(db)
    settings.put(db, "phone_region", "CN")
    assert not settings.phone_region_unknown(db)
    assert settings.phone_region(db) == "CN"
    set_locale(monkeypatch, "zh_CN.UTF-8")
    settings.put(db, "phone_region", None)
    assert not settings.phone_region_unknown(db) and settings.phone_region(db) == "CN"


@pytest.fixture
def chinese_export(tmp_path):
    path = tmp_path / "android.vcf"
    path.write_bytes(phone_export_v21(120))
    return path


def test_an_import_whose_numbers_fail_names_the_region_that_fits(db, chinese_export):
    report = import_files(db, [chinese_export], region="US")
    hint = report.region_hint
    assert hint is not None and hint.region == "CN"
    assert hint.valid * 2 > hint.failed and str(hint) == (
        f"{hint.valid} of {hint.failed} are valid for CN: import with --region CN")
    assert import_files(db, [chinese_export], region="CN").region_hint is None


def test_a_few_odd_numbers_get_no_hint():
    assert region_hint([("12", None), ("abc", None)], total=100, region="US") is None
    american = [(f"(202) 555-01{n:02d}", None) for n in range(30)]
    assert region_hint(american, total=30, region="CN").region == "US"  # not Canada: both fit, the US is +1's main


def phones(db) -> list[tuple[str, str | None]]:
    with db() as session:
        return list(session.execute(select(Phone.raw, Phone.e164).order_by(Phone.id)))


def test_importing_again_under_another_region_reads_the_numbers_again(db, chinese_export):
    first = import_files(db, [chinese_export], region="US")
    as_us = phones(db)
    again = import_files(db, [chinese_export], region="CN")
    with db() as session:
        assert session.scalar(select(func.count(Contact.id))) == first.added  # no duplicate contact
    as_cn = phones(db)
    assert len(as_cn) == len(as_us)  # no second copy of a number
    mobiles = [(raw, e164) for raw, e164 in as_cn if raw.startswith("1") and normalise(raw, "CN").valid]
    assert len(mobiles) > 100 and all(e164 == "+86" + raw for raw, e164 in mobiles)
    assert again.renumbered == sum(1 for (_, before), (_, now) in zip(as_us, as_cn) if before != now) > 0
    assert again.added == 0 and again.merged > 0
    undo_import(db, again.batch_id)  # undone: the numbers read as they were
    assert phones(db) == as_us


def test_a_number_the_user_typed_is_not_read_again(db, chinese_export):
    from app.services import reach

    import_files(db, [chinese_export], region="US")
    with db() as session:
        phone = session.scalars(select(Phone).where(Phone.e164.is_(None))).first()
        phone_id, raw = phone.id, phone.raw
    reach.update_phone(db, phone_id, raw, region="US")  # the user saved it as it is
    import_files(db, [chinese_export], region="CN")
    with db() as session:
        assert session.get(Phone, phone_id).e164 is None


def test_the_command_line_reads_the_locale_and_names_the_region(run, monkeypatch, chinese_export):
    set_locale(monkeypatch, "zh_CN.UTF-8")
    code, out, _ = run("import", str(chinese_export))
    assert code == 0 and "not valid for region CN" not in out.split("problems")[0]
    assert_read_as_chinese(run)


def test_under_lang_c_the_import_names_the_region_and_a_second_import_fixes_it(run, monkeypatch, chinese_export):
    set_locale(monkeypatch, "C")
    code, out, _ = run("import", str(chinese_export))
    assert code == 0
    assert "most numbers are not valid for region US: " in out and "are valid for CN: import with --region CN" in out
    code, out, _ = run("import", str(chinese_export), "--region", "CN")
    assert code == 0 and "added 0" in out and "numbers again for region CN" in out
    assert_read_as_chinese(run)


def assert_read_as_chinese(run) -> None:
    """Every number of the export that China's plan knows is stored as a Chinese E.164 number."""
    code, out, _ = run("export", "--format", "json")
    phones = [p for c in json.loads(out)["contacts"] for p in c["phones"]]
    chinese = [p for p in phones if normalise(p["raw"], "CN").valid]
    assert code == 0 and len(chinese) > 100
    assert all(p["number"] == normalise(p["raw"], "CN").e164 and p["number"].startswith("+86") for p in chinese)
