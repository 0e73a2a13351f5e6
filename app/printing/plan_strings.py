"""The printed plan in the user's language: Qt translates the labels app/services/plan_sheet.py uses.

The services are Qt-free, so lupdate cannot find their labels there: PLAN_STRINGS lists
each one with QT_TRANSLATE_NOOP (context "PlanPdf") so they land in the .ts files;
tests/ui/test_i18n.py checks that the list holds every label the sheet asks for.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.plan import WeekPlan
from app.services.plan_sheet import PlanSheet, plan_sheet
from app.ui.formatting import day_heading, format_date, week_dates

from .plan_paper import COMPACT, LAYOUTS, plan_pdf

CONTEXT = "PlanPdf"

PLAN_STRINGS = [
    QT_TRANSLATE_NOOP("PlanPdf", "Week {n} · {dates}"),
    QT_TRANSLATE_NOOP("PlanPdf", "{planned} planned: {visits} visits and {calls} calls, up to {capacity} a day."),
    QT_TRANSLATE_NOOP("PlanPdf", "Carried over to next week's plan (week {week}): {n}"),
    QT_TRANSLATE_NOOP("PlanPdf", "Visits: {visits} · Calls: {calls}"),
    QT_TRANSLATE_NOOP("PlanPdf", "{day} (continued)"),
    QT_TRANSLATE_NOOP("PlanPdf", "Nothing planned."),
    QT_TRANSLATE_NOOP("PlanPdf", "From {day}: the days before are over."),
    QT_TRANSLATE_NOOP("PlanPdf", "{reason}, 1 day overdue"),
    QT_TRANSLATE_NOOP("PlanPdf", "{reason}, {n} days overdue"),
    QT_TRANSLATE_NOOP("PlanPdf", "never"),
    QT_TRANSLATE_NOOP("PlanPdf", "Visit"),
    QT_TRANSLATE_NOOP("PlanPdf", "Call"),
    QT_TRANSLATE_NOOP("PlanPdf", "visit due, no address"),
    # COLUMNS
    QT_TRANSLATE_NOOP("PlanPdf", "#"),
    QT_TRANSLATE_NOOP("PlanPdf", "Type"),
    QT_TRANSLATE_NOOP("PlanPdf", "Name"),
    QT_TRANSLATE_NOOP("PlanPdf", "Organisation"),
    QT_TRANSLATE_NOOP("PlanPdf", "Phone"),
    QT_TRANSLATE_NOOP("PlanPdf", "Address"),
    QT_TRANSLATE_NOOP("PlanPdf", "Why"),
    QT_TRANSLATE_NOOP("PlanPdf", "Last contact"),
    QT_TRANSLATE_NOOP("PlanPdf", "Notes"),
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


def translated_sheet(plan: WeekPlan) -> PlanSheet:
    """plan_sheet in the language of the installed translator, days and dates as the default QLocale
    writes them ("Week 50 · 7–13 December 2026", "lunes, 7 de diciembre", "12月7日 星期一")."""
    return plan_sheet(plan, tr=plan_tr, format_day=day_heading, format_week=week_dates, format_date=format_date)


def save_plan_pdf(plan: WeekPlan, path: Path, layout: str = COMPACT.name) -> int:
    """The plan as an A4 PDF in the user's language; returns the number of pages."""
    sheet = translated_sheet(plan)
    return plan_pdf(sheet, Path(path), LAYOUTS[layout], title=sheet.title)


def use_language(setting: Optional[str]) -> str:
    """For the command line: install the translator for RAPPORT_LANGUAGE / the setting / the system."""
    from app.ui.i18n import choose_language, install_translator

    from .pdf import _application

    language = choose_language(setting)
    install_translator(_application(), language)
    return language
