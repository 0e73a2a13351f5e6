"""The weekly plan as a printable HTML page (rendered to A4 PDF by app/printing)."""
from __future__ import annotations

from datetime import date
from html import escape

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


def plan_html(plan: WeekPlan, *, title: str = "Visit plan") -> str:
    parts = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)} — {plan.week}</h1>",
             f"<p class='muted'>{plan.planned} visits and calls planned, up to {plan.capacity} a day"
             + (f"; {len(plan.unplanned)} more carried over" if plan.unplanned else "") + ".</p>"]
    for day in plan.days:
        parts.append(f"<h2>{escape(_day_heading(day.day))} ({len(day.entries)})</h2>")
        if not day.entries:
            parts.append("<p class='muted'>Nothing planned.</p>")
            continue
        parts.append("<table>")
        for n, e in enumerate(day.entries, 1):
            why = REASON_LABELS.get(e.reason, e.reason)
            if e.reason == "cadence" and e.days_overdue:
                why += f", {e.days_overdue} days overdue"
            if e.detail:
                why += f": {e.detail}"
            contact_line = " · ".join(escape(x) for x in (e.organization, f"Tier {e.tier}" if e.tier else None) if x)
            phone = e.phone_display or e.phone
            if phone:
                contact_line += ("<br>" if contact_line else "") + f"☎ <nobr>{escape(phone)}</nobr>"
            last = e.last_contact.isoformat() if e.last_contact else "never"
            parts.append(
                f"<tr><td width='6%' align='right'>{n}.</td><td width='44%'><span class='name'>{escape(e.display_name)}</span><br>"
                f"{contact_line}<br><span class='muted'>{escape(e.address or '')}</span></td>"
                f"<td width='50%'><span class='why'>{escape(why)}</span><br>"
                f"<span class='muted'>Last contact: {last}</span><br>"
                f"<span class='lines'>Notes: ______________________________________</span></td></tr>")
        parts.append("</table>")
    if plan.unplanned:
        parts.append(f"<h2>Carried over ({len(plan.unplanned)})</h2><p class='muted'>"
                     + ", ".join(escape(e.display_name) for e in plan.unplanned) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)
