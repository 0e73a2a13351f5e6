"""The value reports on paper in the user's language: Qt translates the labels
app/services/value/report_html.py uses (context "ValuePdf"), as plan_strings.py does for the plan."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.value import report_html
from app.ui.builtin_names import lost_reason_name
from app.ui.formatting import format_date, format_money

CONTEXT = "ValuePdf"

VALUE_STRINGS = [
    QT_TRANSLATE_NOOP("ValuePdf", "Customers: {customers}; purchases from {start} to {today}: {total}."),
    QT_TRANSLATE_NOOP("ValuePdf", "A: the first {a}% of revenue, B: the next {b}%, C: the rest who "
                                  "bought, D: never bought."),
    QT_TRANSLATE_NOOP("ValuePdf", "Not ranked (other currencies are not converted): {amounts}."),
    QT_TRANSLATE_NOOP("ValuePdf", "Suggested tiers"),
    QT_TRANSLATE_NOOP("ValuePdf", "Tier"),
    QT_TRANSLATE_NOOP("ValuePdf", "Customers"),
    QT_TRANSLATE_NOOP("ValuePdf", "Revenue"),
    QT_TRANSLATE_NOOP("ValuePdf", "Customers by revenue"),
    QT_TRANSLATE_NOOP("ValuePdf", "Name"),
    QT_TRANSLATE_NOOP("ValuePdf", "Share"),
    QT_TRANSLATE_NOOP("ValuePdf", "Cumulative"),
    QT_TRANSLATE_NOOP("ValuePdf", "Suggested"),
    QT_TRANSLATE_NOOP("ValuePdf", "Current"),
    QT_TRANSLATE_NOOP("ValuePdf", "80/20 view"),
    QT_TRANSLATE_NOOP("ValuePdf", "Nobody bought anything in this period."),
    QT_TRANSLATE_NOOP("ValuePdf", "Customers: {customers}; purchases from {start} to {today}; dormant: {dormant}; "
                                  "never bought: {never}."),
    QT_TRANSLATE_NOOP("ValuePdf", "RFM"),
    QT_TRANSLATE_NOOP("ValuePdf", "Last purchase"),
    QT_TRANSLATE_NOOP("ValuePdf", "Days"),
    QT_TRANSLATE_NOOP("ValuePdf", "Purchases"),
    QT_TRANSLATE_NOOP("ValuePdf", "Amount"),
    QT_TRANSLATE_NOOP("ValuePdf", "Status"),
    QT_TRANSLATE_NOOP("ValuePdf", "Other currencies"),
    QT_TRANSLATE_NOOP("ValuePdf", "dormant"),
    QT_TRANSLATE_NOOP("ValuePdf", "active"),
    QT_TRANSLATE_NOOP("ValuePdf", "RFM scores"),
    QT_TRANSLATE_NOOP("ValuePdf", "Who referred whom"),
    QT_TRANSLATE_NOOP("ValuePdf", "Bought"),
    QT_TRANSLATE_NOOP("ValuePdf", "By referrer"),
    QT_TRANSLATE_NOOP("ValuePdf", "Referrer"),
    QT_TRANSLATE_NOOP("ValuePdf", "Referred"),
    QT_TRANSLATE_NOOP("ValuePdf", "Purchases up to {today}."),
    QT_TRANSLATE_NOOP("ValuePdf", "Referrals"),
    QT_TRANSLATE_NOOP("ValuePdf", "Nobody has referred anyone yet."),
    QT_TRANSLATE_NOOP("ValuePdf", "Lost customers: {customers}; revenue in the 12 months before "
                                  "each was lost: {revenue}."),
    QT_TRANSLATE_NOOP("ValuePdf", "Lost from {since} to {until}."),
    QT_TRANSLATE_NOOP("ValuePdf", "Group"),
    QT_TRANSLATE_NOOP("ValuePdf", "Revenue lost"),
    QT_TRANSLATE_NOOP("ValuePdf", "Won back"),
    QT_TRANSLATE_NOOP("ValuePdf", "Reason"),
    QT_TRANSLATE_NOOP("ValuePdf", "Lost"),
    QT_TRANSLATE_NOOP("ValuePdf", "Rate"),
    QT_TRANSLATE_NOOP("ValuePdf", "All"),
    QT_TRANSLATE_NOOP("ValuePdf", "Lost customers"),
    QT_TRANSLATE_NOOP("ValuePdf", "No customer was lost in this period."),
    QT_TRANSLATE_NOOP("ValuePdf", "By reason"),
    QT_TRANSLATE_NOOP("ValuePdf", "By tier"),
    QT_TRANSLATE_NOOP("ValuePdf", "By month"),
    QT_TRANSLATE_NOOP("ValuePdf", "unknown"),
    QT_TRANSLATE_NOOP("ValuePdf", "no tier"),
]


def value_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translated(render: Callable[..., str], *args, **kwargs) -> str:
    """`render` (a report_html function) with the installed translator and the locale's money and dates."""
    if render is report_html.lost_html:
        kwargs.setdefault("reason", lost_reason_name)  # "price" as the window writes it: 价格, precio
    return render(*args, tr=value_tr, money=format_money, day=format_date, **kwargs)
