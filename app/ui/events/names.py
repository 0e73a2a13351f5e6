"""An event's kind and a guest's status as the window says them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    translate = QCoreApplication.translate
    return {"lecture": translate("Events", "Lecture"), "member_day": translate("Events", "Member day"),
            "launch": translate("Events", "Product launch"), "dinner": translate("Events", "Dinner"),
            "other": translate("Events", "Other")}.get(kind, kind)


def status_name(status: str) -> str:
    translate = QCoreApplication.translate
    return {"invited": translate("Events", "Invited"), "accepted": translate("Events", "Accepted"),
            "declined": translate("Events", "Declined"), "attended": translate("Events", "Attended"),
            "no_show": translate("Events", "No-show")}.get(status, status)
