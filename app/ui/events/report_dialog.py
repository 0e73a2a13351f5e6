"""The event report in the window: guests by tier and status, and what the attendees bought in the 30
days from the event beside what the invited who did not come bought (did the event pay?)."""
from __future__ import annotations

import html
from functools import partial
from typing import Optional

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import GUEST_STATUSES
from app.services.events import report

from ..errors import error_text
from ..formatting import format_date, format_datetime, format_money
from ..worker import Worker
from .names import status_name


class ReportDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, event_id: int, event_name: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report: {event}").format(event=event_name))
        self.view = QTextBrowser()
        QVBoxLayout(self).addWidget(self.view)
        self.resize(760, 420)
        worker.read(partial(report.event_report, db, event_id), self._loaded)

    def _loaded(self, found, error: Optional[BaseException]) -> None:
        self.view.setHtml(html.escape(error_text(error)) if error is not None else self.report_html(found))

    def report_html(self, found: report.EventReport) -> str:
        """The report as a table (a fixed-width text cannot line up Chinese and Latin columns)."""
        cell = "<td align='right' style='padding: 2px 10px'>{}</td>".format
        head = "".join(f"<th style='padding: 2px 10px'>{html.escape(status_name(s))}</th>" for s in GUEST_STATUSES)
        tier_word, all_word, none_word = self.tr("Tier"), self.tr("all"), self.tr("none")  # lupdate misses f-strings
        rows = []
        for tier in sorted(found.by_tier, key=lambda t: (t == report.NO_TIER, t)):
            counts = found.by_tier[tier]
            rows.append(f"<tr><td>{html.escape(tier or none_word)}</td>"
                        + "".join(cell(counts.get(s, 0)) for s in GUEST_STATUSES) + cell(sum(counts.values())) + "</tr>")
        totals = found.totals
        rows.append(f"<tr><td><b>{all_word}</b></td>" + "".join(cell(totals[s]) for s in GUEST_STATUSES)
                    + cell(sum(totals.values())) + "</tr>")
        bought = []
        for label, group in ((self.tr("Attendees"), found.attendees), (self.tr("Did not attend"), found.others)):
            revenue = ", ".join(format_money(a, c or None) for c, a in sorted(group.revenue.items())) or "0"
            per = ", ".join(format_money(group.per_guest(c), c or None) for c in sorted(group.revenue)) or "0"
            bought.append("<tr><td>{}</td>{}{}{}{}{}</tr>".format(html.escape(label), cell(group.guests),
                                                                 cell(group.buyers), cell(group.purchases),
                                                                 cell(html.escape(revenue)), cell(html.escape(per))))
        title = html.escape(f"{found.name} — {format_datetime(found.starts_at)}"
                            + (f", {found.place}" if found.place else ""))
        places = self.tr("Capacity: {capacity}").format(capacity=found.capacity or self.tr("no limit"))
        window = self.tr("Bought from {first} to {last} ({days} days):").format(
            first=format_date(found.window_from.date()), last=format_date(found.window_to.date()),
            days=report.WINDOW_DAYS)
        columns = "".join(f"<th style='padding: 2px 10px'>{t}</th>" for t in (
            self.tr("Guests"), self.tr("Bought"), self.tr("Purchases"), self.tr("Revenue"), self.tr("A guest")))
        return (f"<h3>{title}</h3><p>{html.escape(places)}</p>"
                f"<table cellspacing='0' border='1'><tr><th>{tier_word}</th>{head}"
                f"<th>{all_word}</th></tr>{''.join(rows)}</table>"
                f"<p><b>{html.escape(window)}</b></p><table cellspacing='0' border='1'><tr><th></th>{columns}</tr>"
                f"{''.join(bought)}</table>")
