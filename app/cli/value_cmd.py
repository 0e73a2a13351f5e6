"""`rapport value …`: RFM scores, the 80/20 view and its tiers, referrals, sales stages,
lost customers, winning back and importing purchases. A thin shell over app.services.value."""
from __future__ import annotations

import argparse
from datetime import date

from app.services import contacts, settings
from app.services.dates import parse_day, parse_moment
from app.services.errors import InvalidValue
from app.services.value import config, lost, pareto, purchase_import, referrals, report_html, rfm, stages, tier_log
from app.services.value.money import format_money

from . import reorder_cmd
from . import value_pdf
from .output import dump_json, table

SORTS = ("rfm", "recency", "frequency", "monetary", "name")


class _Writes(argparse.Action):
    """An option that changes the store: the command then takes the writer lock and backs up after."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        namespace.writes = True


def register(commands) -> None:
    value = commands.add_parser(
        "value", help="customer value: RFM scores, 80/20 tiers, referrals, sales stages, lost customers",
        description="Customer value. Every report takes --date for 'today' (default: today).")
    sub = value.add_subparsers(dest="value_command", metavar="WHAT", required=True, parser_class=type(value))

    p = _add(sub, "scores", "RFM scores: recency, frequency, monetary; active or dormant", cmd_scores)
    _window(p)
    p.add_argument("--sort", choices=SORTS, default="rfm", help="order of the list (default: best RFM first)")
    p.add_argument("--dormant", action="store_true", help="only dormant customers")
    p.add_argument("--limit", type=int, default=50, help="rows to print (default 50; 0 for all)")
    value_pdf.add_option(p)

    p = _add(sub, "pareto", "the 80/20 view: customers by revenue, suggested A/B/C/D tiers", cmd_pareto)
    _window(p)
    p.add_argument("--changes", action="store_true", help="only customers whose suggested tier differs")
    p.add_argument("--limit", type=int, default=50, help="rows to print (default 50; 0 for all)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--apply", nargs="+", metavar="all|ID", action=_Writes,
                        help="give the suggested tier to every customer (all) or to these ids or names; undoable")
    action.add_argument("--undo", nargs="?", const="last", metavar="BATCH", action=_Writes,
                        help="undo the last applied batch of tier changes (or batch BATCH)")
    action.add_argument("--history", action="store_true", help="list applied batches of tier changes")
    p.add_argument("--shares", nargs=2, type=int, metavar=("A", "B"), action=_Writes,
                   help="save the thresholds: A makes the first A%% of revenue, B the next B%% (default 80 15)")
    value_pdf.add_option(p)

    p = _add(sub, "referrals", "who referred whom, and what referrals brought in", cmd_referrals)
    p.add_argument("contact", nargs="?", help="the root of the tree: id or exact name (default: every tree)")
    p.add_argument("--stats", action="store_true", help="per referrer: referred, customers, revenue")
    p.add_argument("--set", metavar="REFERRER", action=_Writes,
                   help="record that REFERRER (id, name, or none) referred CONTACT")
    p.add_argument("--date", help="today, YYYY-MM-DD: purchases after it are left out")
    p.add_argument("--json", action="store_true", help="print JSON")
    value_pdf.add_option(p)

    p = _add(sub, "stages", "sales stages: the board, the monthly report, moving a contact", cmd_stages)
    p.add_argument("contact", nargs="?", help="with STAGE: the contact to move; alone: their stage history")
    p.add_argument("stage", nargs="?", help=f"the stage to move to: {', '.join(stages.STAGES)}")
    p.add_argument("--report", action="store_true", help="conversion and average days per stage, per month")
    p.add_argument("--since", help="with --report: from this day, YYYY-MM-DD")
    p.add_argument("--date", help="today, YYYY-MM-DD; with a move: the day of the move (or YYYY-MM-DDTHH:MM)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = _add(sub, "lost", "lost customers by reason, tier and month, with the revenue lost", cmd_lost)
    p.add_argument("--since", help="lost on or after this day, YYYY-MM-DD")
    p.add_argument("--until", help="lost on or before this day, YYYY-MM-DD")
    p.add_argument("--list", action="store_true",
                   help="list the lost customers themselves, most revenue lost first")
    p.add_argument("--reason",
                   help="list only the customers lost for this reason (implies --list; 'unknown': none given)")
    p.add_argument("--limit", type=int, default=50, help="with --list: rows to print (default 50; 0 for all)")
    p.add_argument("--reasons", action="store_true", help="list the reasons a customer may be lost for")
    p.add_argument("--set-reasons", metavar="LIST", action=_Writes,
                   help="replace the reasons, comma-separated, e.g. 'price,service,moved,competitor,no need,other'")
    p.add_argument("--date", help="today, YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON")
    value_pdf.add_option(p)

    p = _add(sub, "win-back", "a lost customer is back: make them active and log it", cmd_win_back, writes=True)
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--date", help="when, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default now)")
    p.add_argument("--summary", help="what won them back (default: 'Won back (reason, lost DATE)')")
    p.add_argument("--kind", default="other", help="kind of interaction to log (default other; call, visit…)")

    p = _add(sub, "import-purchases", "import purchases from a CSV file", cmd_import, writes=True,
             description="Import purchases from CSV. Columns: customer (name), phone or email to find the "
                         "contact; product and date (required); model, quantity, unit price, currency, "
                         "warranty end, notes. With problems nothing is imported unless --skip-problems.")
    p.add_argument("file", help="the CSV file")
    p.add_argument("--region", help="country for phone numbers without a country code, e.g. CN, ES, US")
    p.add_argument("--dry-run", action="store_true", help="check the file; import nothing")
    p.add_argument("--skip-problems", action="store_true", help="import the good rows even if others have problems")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    reorder_cmd.register(sub)


def _add(sub, name: str, help: str, handler, *, writes: bool = False, description: str | None = None):
    p = sub.add_parser(name, help=help, description=description or help[0].upper() + help[1:] + ".")
    p.set_defaults(handler=handler, writes=writes)
    return p


def _window(p) -> None:
    p.add_argument("--date", help="today, YYYY-MM-DD (default today)")
    p.add_argument("--months", type=int, default=rfm.DEFAULT_MONTHS, help="the window before today (default 12)")
    p.add_argument("--main-currency", metavar="CODE", action=_Writes,
                   help="save the currency revenue is counted in, e.g. CNY (auto: the most common one); "
                        "amounts in others are shown apart, never converted")
    p.add_argument("--json", action="store_true", help="print JSON")


def _save_currency(db, args) -> None:
    if args.main_currency is not None:
        code = args.main_currency.strip()
        config.set_main_currency(db, None if code.lower() == "auto" else code)


def _today(args) -> date:
    return parse_day(args.date) if args.date else date.today()


def _limited(rows: list, limit: int) -> tuple[list, int]:
    if limit < 0:
        raise InvalidValue(f"limit: {limit} is not a number of rows (0 prints them all)")
    return (rows, 0) if limit == 0 else (rows[:limit], max(0, len(rows) - limit))


def _more(hidden: int) -> None:
    if hidden:
        print(f"… {hidden:,} more (--limit 0 shows all, --json gives everything)")


def _others(amounts: dict) -> str:
    return ", ".join(format_money(v, k) for k, v in amounts.items())


# ----------------------------------------------------------------------------- scores and 80/20

def cmd_scores(db, args) -> int:
    _save_currency(db, args)
    report = rfm.compute_scores(db, _today(args), args.months)
    rows = [c for c in report.customers if c.dormant or not args.dormant]
    keys = {"recency": lambda c: (c.recency_days, c.display_name), "frequency": lambda c: (-c.frequency, c.display_name),
            "monetary": lambda c: (-c.monetary, c.display_name), "name": lambda c: c.display_name.casefold()}
    if args.sort in keys:
        rows.sort(key=keys[args.sort])
    if args.pdf:
        return value_pdf.save(db, args, report_html.scores_html, report, _limited(rows, args.limit)[0],
                              title="RFM scores")
    if args.json:
        dump_json({"today": report.today.isoformat(), "window_start": report.window_start.isoformat(),
                   "main_currency": report.main_currency, "dormant_days": report.dormant_days,
                   "without_purchases": report.without_purchases, "customers": [c.as_json() for c in rows]})
        return 0
    print(f"RFM for {len(report.customers):,} customers, purchases after {report.window_start} up to {report.today}"
          f", in {report.main_currency or 'one currency'}: {report.dormant:,} dormant, "
          f"{report.without_purchases:,} never bought")
    shown, hidden = _limited(rows, args.limit)
    table(("ID", "NAME", "RFM", "LAST PURCHASE", "DAYS", "BUYS", "MONETARY", "STATUS", "NOT IN M"),
          ((c.contact_id, c.display_name, c.rfm, c.last_purchase, c.recency_days, c.frequency,
            f"{c.monetary:,.2f}", c.status, _others(c.other_currencies)) for c in shown))
    _more(hidden)
    return 0


def cmd_pareto(db, args) -> int:
    today = _today(args)
    _save_currency(db, args)
    if args.shares:
        config.set_pareto_shares(db, *args.shares)
    if args.history:
        return _pareto_history(db)
    if args.undo:
        batch = None if args.undo == "last" else _batch_id(args.undo)
        result = tier_log.undo(db, batch)
        print(f"batch {result.batch_id} undone: {result.restored} tiers put back"
              + (f", {result.skipped} changed again since and left as they are" if result.skipped else ""))
        return 0
    if args.apply:
        return _pareto_apply(db, args, today)
    view = pareto.pareto_view(db, today, args.months)
    rows = view.differences() if args.changes else view.rows
    if args.pdf:
        return value_pdf.save(db, args, report_html.pareto_html, view, _limited(rows, args.limit)[0],
                              title="80/20 view")
    if args.json:
        dump_json({"today": today.isoformat(), "window_start": view.window_start.isoformat(),
                   "main_currency": view.main_currency, "shares": [view.a_share, view.b_share],
                   "total": str(view.total), "other_currencies": {k: str(v) for k, v in view.other_currencies.items()},
                   "customers": [r.as_json() for r in rows]})
        return 0
    print(f"80/20 view of {len(view.rows):,} customers, purchases after {view.window_start} up to {today}: "
          f"{format_money(view.total, view.main_currency)}. A: first {view.a_share}%, B: next {view.b_share}%, "
          "C: the rest who bought, D: never bought")
    if view.other_currencies:
        print(f"  not ranked: {_others(view.other_currencies)} from {view.customers_in_other_currencies:,} customers "
              "(other currencies are not converted; --main-currency changes which one counts; those who bought "
              "only in them keep their tier)")
    summary = view.summary()
    print("  " + "   ".join(f"{tier} {n:,} ({format_money(rev, None)})" for tier, (n, rev) in summary.items()))
    shown, hidden = _limited(rows, args.limit)
    table(("ID", "NAME", "REVENUE", "SHARE", "CUMULATIVE", "SUGGESTED", "CURRENT"),
          ((r.contact_id, r.display_name, f"{r.revenue:,.2f}", f"{r.share:.1f}%", f"{r.cumulative_share:.1f}%",
            r.suggested, r.current or "-") for r in shown))
    _more(hidden)
    changes = len(view.differences())
    if changes and not args.changes:
        print(f"{changes:,} suggested tiers differ from the current ones (--changes lists them, --apply all sets them)")
    return 0


def _pareto_apply(db, args, today: date) -> int:
    if "all" in (a.lower() for a in args.apply):
        if len(args.apply) > 1:
            raise InvalidValue("apply: 'all' goes alone, or give ids and names")
        ids = None
    else:
        ids = [contacts.resolve(db, ref) for ref in args.apply]
    result = tier_log.apply_suggestions(db, today, ids, months=args.months)
    if result.batch_id is None:
        print(f"nothing to change: {result.unchanged:,} already on their suggested tier")
        return 0
    moves = ", ".join(f"{old or 'none'}→{new} {n:,}" for (old, new), n in sorted(result.moves.items(), key=str))
    print(f"batch {result.batch_id}: {result.changed:,} tiers changed ({moves}), {result.unchanged:,} already right; "
          f"undo with 'rapport value pareto --undo {result.batch_id}'")
    return 0


def _batch_id(text: str) -> int:
    if not text.isdigit():
        raise InvalidValue(f"undo: '{text}' is not a batch number (see 'rapport value pareto --history')")
    return int(text)


def _pareto_history(db) -> int:
    batches = tier_log.history(db)
    if not batches:
        print("no tier changes applied yet")
        return 0
    table(("BATCH", "WHEN", "CHANGES", "UNDONE", "WHAT"),
          ((b.id, f"{b.created_at:%Y-%m-%d %H:%M}", b.changes, f"{b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else "",
            b.description) for b in batches))
    return 0


# ----------------------------------------------------------------------------- referrals and stages

def cmd_referrals(db, args) -> int:
    today = _today(args)
    if args.set is not None:
        if not args.contact:
            raise InvalidValue("referrals: --set needs the contact who was referred")
        contact_id = contacts.resolve(db, args.contact)
        referrer = None if args.set.strip().lower() in ("none", "-", "") else contacts.resolve(db, args.set)
        referrals.set_referrer(db, contact_id, referrer)
        print(f"{contact_id}: referred by {referrer or 'nobody'}")
        return 0
    if args.stats:
        stats = referrals.referrer_stats(db, today)
        if args.json:
            dump_json([s.as_json() for s in stats])
        else:
            table(("ID", "REFERRER", "REFERRED", "CUSTOMERS", "REVENUE", "OTHER CURRENCIES"),
                  ((s.contact_id, s.display_name, s.referred, s.customers, f"{s.revenue:,.2f}",
                    _others(s.other_currencies)) for s in stats))
        return 0
    trees = [referrals.tree(db, contacts.resolve(db, args.contact), today)] if args.contact \
        else referrals.forest(db, today)
    if args.pdf:
        return value_pdf.save(db, args, report_html.referrals_html, trees, referrals.referrer_stats(db, today),
                              today=today, title="Referrals")
    if args.json:
        dump_json([t.as_json() for t in trees])
        return 0
    if not trees:
        print("nobody has referred anyone yet")
    for node in trees:
        _print_tree(node, "", "")
    return 0


def _print_tree(node, first: str, rest: str) -> None:
    money = [format_money(node.revenue, node.currency)] if node.revenue else []
    money += [format_money(v, k) for k, v in node.other_currencies.items()]
    print(f"{first}{node.display_name} ({node.contact_id})" + (f" · {', '.join(money)}" if money else ""))
    for i, child in enumerate(node.children):
        last = i == len(node.children) - 1
        _print_tree(child, rest + ("└─ " if last else "├─ "), rest + ("   " if last else "│  "))


def cmd_stages(db, args) -> int:
    if args.stage is not None:
        contact_id = contacts.resolve(db, args.contact)
        when = parse_moment(args.date) if args.date else None
        moved = stages.move_stage(db, contact_id, args.stage, when)
        stage = stages.parse_stage(args.stage)
        print(f"{contact_id}: " + (f"now {stage}" if moved else f"already {stage}"))
        return 0
    if args.contact is not None:
        history = stages.stage_history(db, contacts.resolve(db, args.contact))
        if args.json:
            dump_json([{"stage": h.stage, "from": h.from_stage, "entered_on": h.entered_on.isoformat()} for h in history])
        else:
            table(("ENTERED", "STAGE", "FROM"), ((h.entered_on, h.stage, h.from_stage or "-") for h in history))
        return 0
    today = _today(args)
    if args.report:
        rows = stages.stage_report(db, today, parse_day(args.since, field="since") if args.since else None)
        if args.json:
            dump_json([r.as_json() for r in rows])
            return 0
        table(("MONTH", "STAGE", "ENTERED", "MOVED ON", "CONVERSION", "AVG DAYS", "STILL IN"),
              ((r.month, f"{r.stage} → {r.next_stage}" if r.next_stage else r.stage, r.entered, r.moved_on,
                f"{r.conversion:.0f}%" if r.conversion is not None else "",
                f"{r.average_days:.1f}" if r.average_days is not None else "", r.still_in) for r in rows))
        return 0
    board = stages.board(db, today)
    if args.json:
        dump_json({stage: [{"contact_id": e.contact_id, "display_name": e.display_name, "stage": e.stage,
                            "since": e.since and e.since.isoformat(), "days": e.days} for e in entries]
                   for stage, entries in board.items()})
        return 0
    for stage, entries in board.items():
        if stage == stages.OTHER and not entries:
            continue
        print(f"{stage} ({len(entries)})")
        for e in entries:
            where = f" [{e.stage}]" if stage == stages.OTHER else ""
            print(f"  {e.display_name} ({e.contact_id}){where}" + (f" · {e.days} d" if e.days is not None else ""))
    return 0


# ----------------------------------------------------------------------------- lost, win back, import

def cmd_lost(db, args) -> int:
    if args.set_reasons is not None:
        reasons = lost.set_lost_reasons(db, args.set_reasons.split(","))
        print("reasons: " + ", ".join(reasons))
        return 0
    if args.reasons:
        reasons = lost.lost_reasons(db)
        if args.json:
            dump_json(reasons)
        else:
            print("\n".join(reasons))
        return 0
    since = parse_day(args.since, field="since") if args.since else None
    until = parse_day(args.until, field="until") if args.until else None
    if args.list or args.reason is not None:
        return _lost_list(args, lost.lost_customers(db, _today(args), since, until, args.reason), since, until)
    report = lost.lost_report(db, _today(args), since, until)
    if args.pdf:
        return value_pdf.save(db, args, report_html.lost_html, report, title="Lost customers")
    if args.json:
        dump_json(report.as_json())
        return 0
    total = report.total
    print(f"{total.customers:,} lost customers; revenue in the 12 months before each was lost: "
          f"{format_money(total.revenue, report.main_currency)}"
          + (f" (and {_others(total.other_currencies)})" if total.other_currencies else ""))
    for dim in lost.DIMENSIONS:
        print()
        table((dim.upper(), "CUSTOMERS", "REVENUE LOST", "OTHER CURRENCIES"),
              ((g.key, g.customers, f"{g.revenue:,.2f}", _others(g.other_currencies)) for g in report.groups[dim]))
    back = report.won_back_total
    if back.lost:
        print(f"\nwon back: {back.won_back:,} of the {back.lost:,} losses in the period ({back.rate:.0f}%)")
        table(("REASON", "LOST", "WON BACK", "RATE"),
              ((w.key, w.lost, w.won_back, f"{w.rate:.0f}%") for w in report.won_back))
    return 0


def _lost_list(args, found: lost.LostCustomers, since, until) -> int:
    if args.json:
        dump_json({"today": _today(args).isoformat(), "since": since and since.isoformat(),
                   "until": until and until.isoformat(), "reason": args.reason, **found.as_json()})
        return 0
    rows = found.customers
    print(f"{len(rows):,} lost customers" + (f" (reason: {args.reason})" if args.reason is not None else "")
          + f"; revenue lost: the 12 months before each was lost, in {found.main_currency or 'one currency'}")
    shown, hidden = _limited(rows, args.limit)
    table(("ID", "NAME", "TIER", "LOST ON", "REASON", "REVENUE LOST", "OTHER CURRENCIES", "LAST CONTACT",
           "ORGANISATION"),
          ((c.contact_id, c.display_name, c.tier or "-", c.lost_on or "unknown", c.reason or "unknown",
            f"{c.revenue:,.2f}", _others(c.other_currencies), c.last_contact or "", c.organization or "")
           for c in shown))
    _more(hidden)
    return 0


def cmd_win_back(db, args) -> int:
    contact_id = contacts.resolve(db, args.contact)
    when = parse_moment(args.date) if args.date else None
    lost.win_back(db, contact_id, when, args.summary, args.kind)
    print(f"{contact_id}: won back, active again")
    return 0


def cmd_import(db, args) -> int:
    region = settings.phone_region(db, args.region)
    report = purchase_import.import_purchases(db, args.file, region=region, dry_run=args.dry_run,
                                              skip_problems=args.skip_problems)
    if args.json:
        dump_json(report.as_json())
    else:
        for line in report.lines(report.warnings) + report.lines(report.problems):
            print(line)
        verb = "imported" if report.written else "to import"
        print(f"{report.source}: {report.imported:,} purchases {verb} of {report.rows:,} rows"
              + (f", {len(report.duplicates):,} already recorded" if report.duplicates else "")
              + (f", {len(report.problems):,} with problems" if report.problems else ""))
    if report.problems and not args.skip_problems and not args.dry_run:
        raise InvalidValue(f"{report.source}: nothing imported: {len(report.problems)} rows have problems "
                           "(listed above); fix them, or use --skip-problems to import the other rows")
    return 0
