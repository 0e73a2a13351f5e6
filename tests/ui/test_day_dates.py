"""Days and weeks as each language writes them, through QLocale's own patterns (never a fixed one):
the plan's columns and week, the today list and the snooze menu ("星期五 4 12月" was the bug)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from app.ui.formatting import day_heading, short_day, week_dates
from app.ui.today.entry_text import short_date

FRIDAY = date(2026, 12, 4)


@pytest.fixture
def locale(qapp):
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize("name, heading, column, short, week, across", [
    ("zh_CN", "12月4日 星期五", "12月4日 星期五", "12月4日 周五", "2026年12月7–13日", "2026年11月30–12月6日"),
    ("es_ES", "viernes, 4 de diciembre", "viernes, 4 de dic", "vie, 4 de dic", "7–13 de diciembre de 2026",
     "30 de noviembre – 6 de diciembre de 2026"),
    ("en_GB", "Friday, 4 December", "Friday, 4 Dec", "Fri, 4 Dec", "7–13 December 2026",
     "30 November – 6 December 2026"),
    ("en_US", "Friday, December 4", "Friday, Dec 4", "Fri, Dec 4", "December 7–13, 2026",
     "November 30 – December 6, 2026"),
])
def test_each_language_writes_days_its_own_way(locale, name, heading, column, short, week, across):
    locale(name)
    assert day_heading(FRIDAY) == heading and day_heading(FRIDAY, short_month=True) == column
    assert short_day(FRIDAY) == short == short_date(FRIDAY)  # the today list, quadrants and snooze menu
    assert week_dates(date(2026, 12, 7), date(2026, 12, 13)) == week
    assert week_dates(date(2026, 11, 30), date(2026, 12, 6)) == across


def test_the_plan_columns_and_week_in_chinese(qtbot, db, locale):
    from app.ui.plan import PlanView

    from .conftest import wait_idle

    locale("zh_CN")
    view = PlanView(db, today=FRIDAY)
    qtbot.addWidget(view)
    view.set_week("2026-W50")
    wait_idle(qtbot, view)
    assert [c.title.text() for c in view.days][:2] == ["<b>12月7日 星期一</b>", "<b>12月8日 星期二</b>"]
    assert "2026年12月7–13日" in view.week_label.text()
