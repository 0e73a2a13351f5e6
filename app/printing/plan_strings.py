"""The printed plan in the user's language: Qt translates the labels app/services/plan_html.py uses.

The services are Qt-free, so lupdate cannot find their labels there: PLAN_STRINGS lists
each one with QT_TRANSLATE_NOOP (context "PlanPdf") so they land in the .ts files;
tests/ui/test_i18n.py checks that the list holds every label the page asks for.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.plan import WeekPlan
from app.services.plan_html import plan_html
from app.ui.formatting import format_date, format_long_date

CONTEXT = "PlanPdf"

PLAN_STRINGS = [
    QT_TRANSLATE_NOOP("PlanPdf", "Visit plan"),
    QT_TRANSLATE_NOOP("PlanPdf", "{planned} visits and calls planned, up to {capacity} a day."),
    QT_TRANSLATE_NOOP("PlanPdf", "{planned} visits and calls planned, up to {capacity} a day; "
                                 "{carried} more carried over."),
    QT_TRANSLATE_NOOP("PlanPdf", "Nothing planned."),
    QT_TRANSLATE_NOOP("PlanPdf", "From {day}: the days before are over."),
    QT_TRANSLATE_NOOP("PlanPdf", "{reason}, 1 day overdue"),
    QT_TRANSLATE_NOOP("PlanPdf", "{reason}, {n} days overdue"),
    QT_TRANSLATE_NOOP("PlanPdf", "Tier {tier}"),
    QT_TRANSLATE_NOOP("PlanPdf", "never"),
    QT_TRANSLATE_NOOP("PlanPdf", "Last contact: {date}"),
    QT_TRANSLATE_NOOP("PlanPdf", "Notes:"),
    QT_TRANSLATE_NOOP("PlanPdf", "Carried over ({n})"),
    # REASON_LABELS
    QT_TRANSLATE_NOOP("PlanPdf", "Due by cadence"),
    QT_TRANSLATE_NOOP("PlanPdf", "Birthday"),
    QT_TRANSLATE_NOOP("PlanPdf", "Anniversary"),
    QT_TRANSLATE_NOOP("PlanPdf", "Follow-up"),
    QT_TRANSLATE_NOOP("PlanPdf", "Warranty ends"),
    QT_TRANSLATE_NOOP("PlanPdf", "Thank for a referral"),
]


def plan_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translated_plan_html(plan: WeekPlan, *, title: Optional[str] = None) -> str:
    """plan_html in the language of the installed translator, days and dates as the default QLocale
    writes them ("lunes, 23 de noviembre de 2026", "2026年11月23日星期一")."""
    return plan_html(plan, title=title, tr=plan_tr, format_day=format_long_date, format_date=format_date)


def use_language(setting: Optional[str]) -> str:
    """For the command line: install the translator for RAPPORT_LANGUAGE / the setting / the system."""
    from app.ui.i18n import choose_language, install_translator

    from .pdf import _application

    language = choose_language(setting)
    install_translator(_application(), language)
    return language

