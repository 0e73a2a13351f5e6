"""What a call-list entry says on screen: its section, why it is there, and how due it is.

Plain functions over a `CallEntry` so the model, the delegate, the quadrant view and
the weekly plan say the same thing in the same words (and tests can read them).
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QCoreApplication

from app.services.call_entry import CallEntry

from ..formatting import short_day

# Sections of the today pane, in the order shown, and the reasons each one holds.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cadence", ("cadence",)),
    ("dates", ("birthday", "anniversary")),
    ("holiday", ("holiday",)),
    ("follow_up", ("follow_up",)),
    ("warranty", ("warranty",)),
    ("reorder", ("reorder",)),
    ("thank_referrer", ("thank_referrer",)),
)
SECTION_OF = {reason: key for key, reasons in SECTIONS for reason in reasons}
DATED_REASONS = frozenset({"birthday", "anniversary", "holiday"})  # on a day: never "overdue"
GREETING_REASONS = frozenset({"birthday", "anniversary", "warranty", "thank_referrer", "reorder"})
IMPORTANT_TIERS = frozenset({"A", "B"})


# translate("today", "…") with both texts literal: the form lupdate finds for the .ts files.
translate = QCoreApplication.translate


def section_title(key: str) -> str:
    return {
        "cadence": translate("today", "Due by cadence"),
        "dates": translate("today", "Birthdays & anniversaries"),
        "holiday": translate("today", "Holiday greetings"),
        "follow_up": translate("today", "Follow-ups"),
        "warranty": translate("today", "After-sale (warranty)"),
        "reorder": translate("today", "Due to reorder"),
        "thank_referrer": translate("today", "Thank a referrer"),
    }.get(key, key)


def reason_label(reason: str) -> str:
    return {
        "cadence": translate("today", "Due by cadence"),
        "birthday": translate("today", "Birthday"),
        "anniversary": translate("today", "Anniversary"),
        "follow_up": translate("today", "Follow-up"),
        "warranty": translate("today", "Warranty ends"),
        "thank_referrer": translate("today", "Thank for a referral"),
        "holiday": translate("today", "Holiday"),
        "reorder": translate("today", "Due to reorder"),
    }.get(reason, reason)


def short_date(day: date) -> str:
    """"Mon, 23 Nov", "11月23日 周一", "lun, 23 de nov": the language's own order (formatting.short_day)."""
    return short_day(day)


def when_text(entry: CallEntry, today: date) -> str:
    """How due the entry is: "3 days overdue", "due today", "birthday on Mon 23 Nov"."""
    if entry.reason in ("birthday", "anniversary"):
        birthday = entry.reason == "birthday"
        if entry.due_date <= today:
            said = translate("today", "birthday today") if birthday else translate("today", "anniversary today")
        else:
            template = translate("today", "birthday on {day}") if birthday else translate("today", "anniversary on {day}")
            said = template.format(day=short_date(entry.due_date))
        lunar = entry.extra.get("lunar_birthday")
        return f"{lunar} · {said}" if lunar else said  # 农历八月十五 · birthday on Fri 25 Sep
    if entry.reason == "holiday":
        if entry.due_date <= today:
            return translate("today", "today")
        return translate("today", "on {day}").format(day=short_date(entry.due_date))
    if entry.days_overdue == 1:
        return translate("today", "1 day overdue")
    if entry.days_overdue > 1:
        return translate("today", "{n} days overdue").format(n=entry.days_overdue)
    if entry.due_date <= today:
        return translate("today", "due today")
    return translate("today", "due on {day}").format(day=short_date(entry.due_date))


def urgency(entry: CallEntry, today: date) -> str:
    """"overdue", "today" or "ahead": how loudly the when-text is painted."""
    if entry.days_overdue > 0 and entry.reason not in DATED_REASONS:
        return "overdue"
    return "today" if entry.due_date <= today else "ahead"


def why_text(entry: CallEntry, today: date) -> str:
    """One line on why to call, with what to talk about."""
    if entry.reason == "cadence":
        every = (translate("today", "Tier {tier}, every {n} days") if entry.tier
                 else translate("today", "Every {n} days")).format(tier=entry.tier, n=entry.cadence_days or "?")
        return f"{every} · {last_contact_text(entry, today)}"
    if entry.reason == "holiday":
        return entry.detail or reason_label(entry.reason)  # "Christmas is on …: send your A and B customers a greeting"
    if entry.reason == "reorder" and "product" in entry.extra:
        return translate("today", "Due to reorder: {product}, usually every {n} days, expected {day}").format(
            product=entry.extra["product"], n=entry.extra["usual_days"], day=short_date(entry.extra["expected_on"]))
    label = reason_label(entry.reason)
    if entry.reason == "birthday" and "age" in entry.extra:
        label = translate("today", "Birthday, turns {age}").format(age=entry.extra["age"])
    return f"{label}: {entry.detail}" if entry.detail else label


def last_contact_text(entry: CallEntry, today: date) -> str:
    if entry.last_contact is None:
        return translate("today", "never contacted")
    days = (today - entry.last_contact).days
    if days <= 0:
        return translate("today", "last contact today")
    if days == 1:
        return translate("today", "last contact yesterday")
    return translate("today", "last contact {n} days ago").format(n=days)


def best_number(entry: CallEntry) -> Optional[str]:
    """The number as shown everywhere (phones.display), for reading; `entry.phone` (E.164) is what is dialled
    and copied."""
    return entry.phone_display or entry.phone


def is_important(entry: CallEntry) -> bool:
    return entry.tier in IMPORTANT_TIERS or entry.reason == "holiday"  # a holiday is about the A and B customers


def is_about_one_contact(entry: CallEntry) -> bool:
    """False for a holiday: nobody to log a call with or snooze, only a reminder."""
    return entry.contact_id is not None


def is_urgent(entry: CallEntry, today: date) -> bool:
    return entry.days_overdue > 0 or entry.due_date <= today


def quadrant(entry: CallEntry, today: date) -> int:
    """0 do now (important, urgent), 1 plan (important), 2 quick touch (urgent), 3 later."""
    return (0 if is_important(entry) else 2) + (0 if is_urgent(entry, today) else 1)


def quadrant_title(number: int) -> str:
    return (translate("today", "Do now"), translate("today", "Plan"), translate("today", "Quick touch"),
            translate("today", "Later"))[number]


def quadrant_hint(number: int) -> str:
    return (translate("today", "Tier A/B, due today or overdue"), translate("today", "Tier A/B, coming up"),
            translate("today", "Other tiers, due today or overdue"),
            translate("today", "Other tiers, coming up"))[number]
