"""The week plan on paper, as texts: the title with the week's dates, each day's heading and its
rows (order, call or visit, name, organisation, phone, address, reason, last contact), and what is
carried over to next week's plan.

Qt-free: labels go through `tr` and dates through the `format_*` callables the printing layer
passes (app/printing/plan_strings.py, in the user's language); app/printing/plan_paper.py lays the
sheet out on A4 and paints it. The defaults write English, for tests and the services alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from .calllist import CallEntry
from .plan import WeekPlan
from .plan_kinds import KIND_VISIT, NEEDS_ADDRESS

REASON_LABELS = {
    "cadence": "Due by cadence", "birthday": "Birthday", "anniversary": "Anniversary",
    "follow_up": "Follow-up", "warranty": "Warranty ends", "thank_referrer": "Thank for a referral",
}
KIND_LABELS = {KIND_VISIT: "Visit", "call": "Call"}
COLUMNS = ("#", "Type", "Name", "Organisation", "Phone", "Address", "Why", "Last contact", "Notes")


@dataclass(frozen=True)
class SheetRow:
    order: str  # "1": the position in the day's list, which is the visiting order
    kind: str  # "Visit" or "Call"
    name: str
    organisation: str
    phone: str
    address: str
    reason: str
    last_contact: str
    flag: str = ""  # "visit due, no address"

    def cells(self) -> tuple[str, ...]:
        address = f"{self.address} ⚠ {self.flag}".strip() if self.flag else self.address
        return (self.order, self.kind, self.name, self.organisation, self.phone, address, self.reason,
                self.last_contact)


@dataclass
class SheetDay:
    heading: str  # "Monday, 7 December"
    counts: str  # "Visits: 2 · Calls: 5"
    continued: str  # the heading repeated on the next page: "Monday, 7 December (continued)"
    rows: list[SheetRow] = field(default_factory=list)


@dataclass
class PlanSheet:
    title: str  # "Week 50 · 7–13 December 2026"
    summary: str
    columns: tuple[str, ...]
    days: list[SheetDay]
    nothing: str  # what an empty day says
    carried_heading: str = ""
    carried_names: str = ""

    def text(self) -> str:
        """Everything the sheet says, for tests and searching."""
        parts = [self.title, self.summary, *self.columns, self.carried_heading, self.carried_names]
        for day in self.days:
            parts += [day.heading, day.counts] + [cell for row in day.rows for cell in (*row.cells(), row.flag)]
        return "\n".join(parts)


def _same(text: str) -> str:
    return text


def english_day(day: date) -> str:
    return f"{day:%A}, {day.day} {day:%B}"


def english_week(monday: date, sunday: date) -> str:
    """"7–13 December 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027"."""
    if monday.year != sunday.year:
        return f"{monday.day} {monday:%B %Y} – {sunday.day} {sunday:%B %Y}"
    if monday.month != sunday.month:
        return f"{monday.day} {monday:%B} – {sunday.day} {sunday:%B %Y}"
    return f"{monday.day}–{sunday.day} {sunday:%B %Y}"


def kind_label(entry: CallEntry, tr: Callable[[str], str] = _same) -> str:
    return tr(KIND_LABELS.get(entry.kind, "Call"))


def reason_text(entry: CallEntry, tr: Callable[[str], str] = _same) -> str:
    why = tr(REASON_LABELS[entry.reason]) if entry.reason in REASON_LABELS else entry.reason
    if entry.reason == "cadence" and entry.days_overdue:
        overdue = tr("{reason}, 1 day overdue") if entry.days_overdue == 1 else tr("{reason}, {n} days overdue")
        why = overdue.format(reason=why, n=entry.days_overdue)
    if entry.detail:
        why += f": {entry.detail}"
    for reason, detail in entry.extra.get("also", ()):
        why += "; " + (tr(REASON_LABELS[reason]) if reason in REASON_LABELS else reason)
        why += f": {detail}" if detail else ""
    return why


def plan_sheet(plan: WeekPlan, *, tr: Callable[[str], str] = _same,
               format_day: Callable[[date], str] = english_day,
               format_week: Callable[[date, date], str] = english_week,
               format_date: Callable[[date], str] = date.isoformat) -> PlanSheet:
    """The sheet of `plan`: labels through `tr`, day headings through `format_day`, the week's dates
    through `format_week` (Monday to Sunday), last contacts through `format_date`."""
    monday = plan.monday
    number = int(plan.week.split("W")[1])
    title = tr("Week {n} · {dates}").format(n=number, dates=format_week(monday, monday + timedelta(days=6)))
    visits = sum(len(day.visits) for day in plan.days)
    summary = tr("{planned} planned: {visits} visits and {calls} calls, up to {capacity} a day.").format(
        planned=plan.planned, visits=visits, calls=plan.planned - visits, capacity=plan.capacity)
    if plan.past_days and plan.days:  # printed mid-week: say why Monday is missing
        summary += " " + tr("From {day}: the days before are over.").format(day=format_day(plan.days[0].day))
    carried_week = int(plan.carried_to.split("W")[1]) if plan.carried_to else number + 1
    sheet = PlanSheet(title=title, summary=summary, columns=tuple(tr(c) for c in COLUMNS), days=[],
                      nothing=tr("Nothing planned."))
    if plan.unplanned:
        sheet.carried_heading = tr("Carried over to next week's plan (week {week}): {n}").format(
            week=carried_week, n=len(plan.unplanned))
        sheet.carried_names = ", ".join(e.display_name for e in plan.unplanned)
    for day in plan.days:
        heading = format_day(day.day)
        day_visits = len(day.visits)
        sheet.days.append(SheetDay(
            heading=heading,
            counts=tr("Visits: {visits} · Calls: {calls}").format(visits=day_visits,
                                                                   calls=len(day.entries) - day_visits),
            continued=tr("{day} (continued)").format(day=heading),
            rows=[_row(n, e, tr, format_date) for n, e in enumerate(day.entries, 1)]))
    return sheet


def _row(n: int, e: CallEntry, tr: Callable[[str], str], format_date: Callable[[date], str]) -> SheetRow:
    tier = f" ({e.tier})" if e.tier else ""
    return SheetRow(
        order=str(n), kind=kind_label(e, tr), name=e.display_name + tier,
        organisation=e.organization or "", phone=e.phone_display or e.phone or "", address=e.address or "",
        reason=reason_text(e, tr), last_contact=format_date(e.last_contact) if e.last_contact else tr("never"),
        flag=tr("visit due, no address") if e.extra.get(NEEDS_ADDRESS) else "")
