"""The value reports (80/20, RFM scores, referrals, lost customers) as printable HTML pages,
laid out on A4 by app/printing as the week plan is.

Qt-free: every label goes through `tr` (app/printing/value_strings.py lists them for Qt's
translators), amounts through `money` and days through `day`, so the paper speaks the
user's language and writes numbers as the window does.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Callable, Optional, Sequence

Tr = Callable[[str], str]
Money = Callable[[Decimal, Optional[str]], str]
Day = Callable[[date], str]

CSS = """
body { font-size: 8pt; }
h1 { font-size: 15pt; margin: 0; }
h2 { font-size: 11pt; background: #e8eef6; padding: 3px; margin-top: 10px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; border-bottom: 1px solid #333; padding: 2px 4px; }
td { padding: 2px 4px; border-bottom: 1px solid #bbb; }
.num { text-align: right; }
.muted { color: #555; }
"""


@dataclass
class Section:
    heading: Optional[str]
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    numeric: Sequence[int] = ()  # columns set right-aligned


def page_html(title: str, lines: Sequence[str], sections: Sequence[Section], *, empty: str = "") -> str:
    parts = [f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>", f"<h1>{escape(title)}</h1>"]
    parts += [f"<p class='muted'>{escape(line)}</p>" for line in lines]
    for section in sections:
        if section.heading:
            parts.append(f"<h2>{escape(section.heading)}</h2>")
        if not section.rows:
            parts.append(f"<p class='muted'>{escape(empty)}</p>")
            continue
        section = _without_empty_columns(section)
        align = [" class='num' align='right'" if i in section.numeric else "" for i in range(len(section.headers))]
        parts.append("<table width='100%' cellspacing='0'><tr>" + "".join(
            f"<th{a}>{escape(h)}</th>" for h, a in zip(section.headers, align)) + "</tr>")
        for row in section.rows:
            parts.append("<tr>" + "".join(f"<td{a}>{_cell(v, first=i == 0)}</td>"
                                          for i, (v, a) in enumerate(zip(row, align))) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _without_empty_columns(section: Section) -> Section:
    """A column with nothing in any row (other currencies, mostly) is left off the paper."""
    keep = [i for i in range(len(section.headers)) if i == 0 or any(row[i] not in (None, "") for row in section.rows)]
    return Section(section.heading, [section.headers[i] for i in keep], [[row[i] for i in keep] for row in section.rows],
                   numeric=[n for n, i in enumerate(keep) if i in section.numeric])


def _cell(value: object, *, first: bool) -> str:
    text = escape("" if value is None else str(value))
    # An amount is never broken ("5,000.00 CNY" with a non-breaking space), so Qt sizes its column to fit
    # it; a name may wrap.
    return text if first else text.replace(" ", "\u00a0")


def _others(amounts: dict, money: Money) -> str:
    return ", ".join(money(v, k) for k, v in amounts.items())


def pareto_html(view, rows, *, tr: Tr, money: Money, day: Day) -> str:
    """`view` from pareto.pareto_view; `rows` the ones to print (all, or the changes)."""
    lines = [tr("Customers: {customers}; purchases from {start} to {today}: {total}.").format(
        customers=len(view.rows), start=day(view.window_start), today=day(view.today),
        total=money(view.total, view.main_currency)),
        tr("A: the first {a}% of revenue, B: the next {b}%, C: the rest who bought, D: never bought.").format(
            a=view.a_share, b=view.b_share)]
    if view.other_currencies:
        lines.append(tr("Not ranked (other currencies are not converted): {amounts}.").format(
            amounts=_others(view.other_currencies, money)))
    summary = Section(tr("Suggested tiers"), (tr("Tier"), tr("Customers"), tr("Revenue")),
                      [(tier, n, money(revenue, view.main_currency)) for tier, (n, revenue) in view.summary().items()],
                      numeric=(1, 2))
    table = Section(tr("Customers by revenue"), (tr("Name"), tr("Revenue"), tr("Share"), tr("Cumulative"),
                                                 tr("Suggested"), tr("Current")),
                    [(r.display_name, money(r.revenue, view.main_currency), f"{r.share:.1f}%",
                      f"{r.cumulative_share:.1f}%", r.suggested, r.current or "-") for r in rows],
                    numeric=(1, 2, 3))
    return page_html(tr("80/20 view"), lines, [summary, table], empty=tr("Nobody bought anything in this period."))


def scores_html(report, rows, *, tr: Tr, money: Money, day: Day) -> str:
    """`report` from rfm.compute_scores; `rows` the customers to print."""
    lines = [tr("Customers: {customers}; purchases from {start} to {today}; dormant: {dormant}; never "
                "bought: {never}.").format(customers=len(report.customers), start=day(report.window_start),
                                  today=day(report.today), dormant=report.dormant, never=report.without_purchases)]
    table = Section(None, (tr("Name"), tr("RFM"), tr("Last purchase"), tr("Days"), tr("Purchases"), tr("Amount"),
                           tr("Status"), tr("Other currencies")),
                    [(c.display_name, c.rfm, day(c.last_purchase), c.recency_days, c.frequency,
                      money(c.monetary, report.main_currency), tr("dormant") if c.dormant else tr("active"),
                      _others(c.other_currencies, money)) for c in rows], numeric=(3, 4, 5))
    return page_html(tr("RFM scores"), lines, [table], empty=tr("Nobody bought anything in this period."))


def referrals_html(trees, stats, *, tr: Tr, money: Money, day: Day, today: date) -> str:
    """`trees` from referrals.forest (or one tree), `stats` from referrals.referrer_stats."""
    rows: list[tuple[str, str]] = []

    def walk(node, depth: int) -> None:
        amounts = ([money(node.revenue, node.currency)] if node.revenue else []) + [
            money(v, k) for k, v in node.other_currencies.items()]
        rows.append(("\u2003" * depth + ("↳ " if depth else "") + node.display_name, ", ".join(amounts)))
        for child in node.children:
            walk(child, depth + 1)

    for tree in trees:
        walk(tree, 0)
    who = Section(tr("Who referred whom"), (tr("Name"), tr("Bought")), rows, numeric=(1,))
    by_referrer = Section(tr("By referrer"), (tr("Referrer"), tr("Referred"), tr("Customers"), tr("Revenue"),
                                              tr("Other currencies")),
                          [(s.display_name, s.referred, s.customers, money(s.revenue, s.currency),
                            _others(s.other_currencies, money)) for s in stats], numeric=(1, 2, 3))
    lines = [tr("Purchases up to {today}.").format(today=day(today))]
    return page_html(tr("Referrals"), lines, [who, by_referrer], empty=tr("Nobody has referred anyone yet."))


DIMENSION_HEADINGS = {"reason": "By reason", "tier": "By tier", "month": "By month"}


def lost_html(report, *, tr: Tr, money: Money, day: Day, reason: Tr = lambda key: key) -> str:
    """`report` from lost.lost_report; `reason` names a reason as the window does (seeded ones translated)."""
    special = {"unknown": tr("unknown"), "none": tr("no tier")}

    def key_name(key: str) -> str:
        return special.get(key) or reason(key)

    total = report.total
    lines = [tr("Lost customers: {customers}; revenue in the 12 months before each was lost: {revenue}.").format(
        customers=total.customers, revenue=money(total.revenue, report.main_currency))]
    if report.since or report.until:
        lines.append(tr("Lost from {since} to {until}.").format(
            since=day(report.since) if report.since else "…", until=day(report.until) if report.until else "…"))
    sections = [Section(tr(DIMENSION_HEADINGS.get(dim, dim)), (tr("Group"), tr("Customers"), tr("Revenue lost"),
                                                                tr("Other currencies")),
                        [(key_name(g.key), g.customers, money(g.revenue, report.main_currency),
                          _others(g.other_currencies, money)) for g in groups], numeric=(1, 2))
                for dim, groups in report.groups.items()]
    back = report.won_back_total
    if back.lost:
        sections.append(Section(tr("Won back"), (tr("Reason"), tr("Lost"), tr("Won back"), tr("Rate")),
                                [(key_name(w.key), w.lost, w.won_back, f"{w.rate:.0f}%") for w in report.won_back]
                                + [(tr("All"), back.lost, back.won_back, f"{back.rate:.0f}%")], numeric=(1, 2, 3)))
    return page_html(tr("Lost customers"), lines, sections, empty=tr("No customer was lost in this period."))
