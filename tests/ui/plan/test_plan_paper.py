"""The plan on paper: 60 entries on at most two A4 pages, never an entry split across pages, the
week's dates in the title, day headings in each language's own form, and a page a day when asked."""
from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from app.printing.plan_strings import save_plan_pdf
from app.services import reach, settings
from app.services.plan import build_plan
from app.services.reach import AddressData
from app.ui.i18n import install_translator
from tests.services.test_calllist import person

W50 = "2026-W50"  # Monday 7 .. Sunday 13 December 2026
MONDAY = date(2026, 12, 7)


def _squeezed(text: str) -> str:
    """Without spaces (pypdf spaces Chinese freely), CJK radicals (⽉) read as characters (月)."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _pages(path) -> list[str]:
    return [_squeezed(page.extract_text()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def sixty(db):
    """64 customers of every tier, more than the week's 5 × 12: 60 planned, the rest carried over."""
    settings.put(db, "calls_per_day", 12)
    settings.put(db, "phone_region", "CN")
    for n in range(64):
        cid = person(db, f"C{n:02d} Ana", tier="ABCD"[n % 4], organization="华通贸易有限公司" if n % 3 else None,
                     last_call=MONDAY - timedelta(days=(8, 15, 31, 91)[n % 4] + n % 5),
                     phones=[(f"138 1234 {5600 + n}", "Mobile")])
        if n % 5:
            reach.add_address(db, cid, AddressData(street="Calle Mayor 5", city=("Madrid", "Getafe", "Toledo")[n % 3]))
    plan = build_plan(db, W50, today=MONDAY - timedelta(days=3))
    assert plan.planned == 60
    return plan


@pytest.fixture
def language(qapp, tmp_path):
    before = QLocale()

    def switch(code: str) -> None:
        install_translator(qapp, code, cache=tmp_path / "qm")

    yield switch
    install_translator(qapp, "en")
    QLocale.setDefault(before)


def test_sixty_entries_fit_two_pages_and_no_entry_is_split(sixty, qapp, tmp_path):
    path = tmp_path / "plan.pdf"
    assert save_plan_pdf(sixty, path, "compact") <= 2
    pages = _pages(path)
    assert len(pages) <= 2
    for day in sixty.days:
        for e in day.entries:
            name, phone = _squeezed(e.display_name), _squeezed(e.phone_display)
            [page] = [n for n, text in enumerate(pages) if name in text]  # on one page only
            assert phone in pages[page], f"{e.display_name}: the phone is not on the name's page"
    assert "Week50·7–13December2026" in pages[0]  # the title carries the dates
    assert "Carriedovertonextweek'splan(week51):4" in pages[-1]


def test_a_day_that_runs_over_continues_under_its_heading(db, qapp, tmp_path):
    settings.put(db, "calls_per_day", 80)
    settings.put(db, "working_days", [1])
    for n in range(45):  # one long Monday: more rows than a page holds
        person(db, f"M{n:02d} Li", tier="C", last_call=MONDAY - timedelta(days=40), phones=[(f"139 0000 {1000 + n}", "")])
    plan = build_plan(db, W50)
    path = tmp_path / "long.pdf"
    assert save_plan_pdf(plan, path) == 2
    first, second = _pages(path)
    assert "Monday7December" in first and "Monday7December(continued)" in second
    assert "M00Li" in first and "M44Li" in second


def test_the_daily_layout_gives_each_day_its_own_page(sixty, qapp, tmp_path):
    path = tmp_path / "daily.pdf"
    pages = save_plan_pdf(sixty, path, "daily")
    texts = _pages(path)
    assert pages == len(texts) >= 5
    for day_name in ("Monday7December", "Tuesday8December", "Wednesday9December", "Thursday10December",
                     "Friday11December"):
        starts = [t for t in texts if t.startswith(day_name) or t.split("aday.", 1)[-1].startswith(day_name)]
        assert starts, f"no page starts with {day_name}"


@pytest.mark.parametrize("code, title, heading", [
    ("zh_CN", "第50周·2026年12月7–13日", "12月7日星期一"),
    ("es", "Semana50·7–13dediciembrede2026", "lunes,7dediciembre"),
])
def test_titles_and_headings_in_the_languages_own_form(sixty, language, tmp_path, code, title, heading):
    language(code)
    path = tmp_path / "plan.pdf"
    save_plan_pdf(sixty, path)
    first = _pages(path)[0]
    assert title in first and heading in first
    assert "Monday" not in first and "Notes" not in first
