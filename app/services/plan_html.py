"""The weekly plan as a printable HTML page (rendered to A4 PDF by app/printing)."""
from __future__ import annotations

from datetime import date
from html import escape
from typing import Callable, Optional

from .plan import WeekPlan

REASON_LABELS = {
    "cadence": "Due by cadence", "birthday": "Birthday", "anniversary": "Anniversary",
    "follow_up": "Follow-up", "warranty": "Warranty ends", "thank_referrer": "Thank for a referral",
}

CSS = """
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; background: #e8eef6; padding: 3px; margin-top: 12px; }
table { border-collapse: collapse; width: 100%; }
td { padding: 3px 4px; vertical-align: top; border-bottom: 1px solid #999; }
.name { font-weight: bold; font-size: 11pt; }
.why { color: #333; }
.muted { color: #666; font-size: 9pt; }
.lines { color: #aaa; }
"""


def _day_heading(day: date) -> str:
    return day.strftime("%A %d %B %Y")


def _same(text: str) -> str:
    return text


def plan_html(plan: WeekPlan, *, title: Optional[str] = None, tr: Callable[[str], str] = _same,
              format_day: Callable[[date], str] = _day_heading,
              format_date: Callable[[date], str] = date.isoformat) -> str:
    """The page in English, or in the language `tr` translates every label into (app/printing/plan_strings.py
    lists them for Qt's translators); `format_day` writes a day's heading, `format_date` the last contact."""
    title = title if title is not None else tr("Visit plan")
    summary = (tr("{planned} visits and calls planned, up to {capacity} a day; {carried} more carried over.")
               if plan.unplanned else tr("{planned} visits and calls planned, up to {capacity} a day."))
    summary = summary.format(planned=plan.planned, capacity=plan.capacity, carried=len(plan.unplanned))
    if plan.past_days and plan.days:  # printed mid-week: say why Monday is missing
        summary += " " + tr("From {day}: the days before are over.").format(day=format_day(plan.days[0].day))
    parts = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)} — {plan.week}</h1>",
             "<p class='muted'>" + escape(summary) + "</p>"]
    for day in plan.days:
        parts.append(f"<h2>{escape(format_day(day.day))} ({len(day.entries)})</h2>")
        if not day.entries:
            parts.append(f"<p class='muted'>{escape(tr('Nothing planned.'))}</p>")
            continue
        parts.append("<table>")
        for n, e in enumerate(day.entries, 1):
            why = tr(REASON_LABELS[e.reason]) if e.reason in REASON_LABELS else e.reason
            if e.reason == "cadence" and e.days_overdue:
                overdue = tr("{reason}, 1 day overdue") if e.days_overdue == 1 else tr("{reason}, {n} days overdue")
                why = overdue.format(reason=why, n=e.days_overdue)
            if e.detail:
                why += f": {e.detail}"
            for reason, detail in e.extra.get("also", ()):
                why += "; " + (tr(REASON_LABELS[reason]) if reason in REASON_LABELS else reason)
                why += f": {detail}" if detail else ""
            tier = tr("Tier {tier}").format(tier=e.tier) if e.tier else None
            contact_line = " · ".join(escape(x) for x in (e.organization, tier) if x)
            phone = e.phone_display or e.phone
            if phone:
                contact_line += ("<br>" if contact_line else "") + f"☎ <nobr>{escape(phone)}</nobr>"
            last = format_date(e.last_contact) if e.last_contact else tr("never")
            parts.append(
                f"<tr><td width='6%' align='right'>{n}.</td><td width='44%'><span class='name'>{escape(e.display_name)}</span><br>"
                f"{contact_line}<br><span class='muted'>{escape(e.address or '')}</span></td>"
                f"<td width='50%'><span class='why'>{escape(why)}</span><br>"
                f"<span class='muted'>{escape(tr('Last contact: {date}').format(date=last))}</span><br>"
                f"<span class='lines'>{escape(tr('Notes:'))} ______________________________________</span></td></tr>")
        parts.append("</table>")
    if plan.unplanned:
        parts.append(f"<h2>{escape(tr('Carried over ({n})').format(n=len(plan.unplanned)))}</h2><p class='muted'>"
                     + ", ".join(escape(e.display_name) for e in plan.unplanned) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)
