"""`rapport value reorder`: when each customer will buy each product again. A thin shell over
app.services.reorder."""
from __future__ import annotations

import argparse
from datetime import date

from app.services import settings
from app.services.dates import parse_day
from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue
from app.services.reorder.book import reorder_report

from .output import dump_json, table


class _Writes(argparse.Action):
    """An option that changes the store: the command then takes the writer lock and backs up after."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)
        namespace.writes = True


def register(sub) -> None:
    p = sub.add_parser("reorder", help="when each customer is expected to buy each product again",
                       description="Expected next purchases, soonest first: per customer and product, from the "
                                   "intervals between their purchases (pulled toward the product's usual interval "
                                   "when they have few); at risk: a whole usual interval late.")
    p.add_argument("--date", help="today, YYYY-MM-DD (default today): purchases after it are left out")
    p.add_argument("--within", type=int, metavar="DAYS", help="only those expected by today + DAYS (0: due now)")
    p.add_argument("--at-risk", action="store_true", help="only those a whole usual interval late")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--days-ahead", type=int, metavar="DAYS", action=_Writes,
                   help="save the setting: Today lists a reorder DAYS days before the expected date (default 7)")
    p.set_defaults(handler=cmd_reorder, writes=False)


def cmd_reorder(db, args) -> int:
    if args.days_ahead is not None:
        if not 0 <= args.days_ahead <= 60:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "days ahead: {days} is not from 0 to 60"),
                               days=args.days_ahead)
        settings.put(db, "reorder_days_ahead", args.days_ahead)
        print(f"Today lists a reorder {args.days_ahead} days before the expected date")
        return 0
    today = parse_day(args.date) if args.date else date.today()
    rows = reorder_report(db, today, within_days=args.within)
    if args.at_risk:
        rows = [r for r in rows if r.at_risk(today)]
    if args.json:
        dump_json([r.as_json(today) for r in rows])
        return 0
    if not rows:
        print("no expected purchases: a customer needs two purchases of a product, or one of a product "
              "with a replacement cycle (rapport products set PRODUCT --cycle DAYS)")
        return 0
    table(("ID", "CUSTOMER", "PRODUCT", "BOUGHT", "LAST", "USUAL", "EXPECTED", "LATE", ""),
          ((r.contact_id, r.display_name, r.product, f"{r.forecast.purchases}×", r.forecast.last_on,
            f"every {r.usual_days} d", r.expected_on, f"{r.days_late(today)} d" if r.days_late(today) > 0 else "",
            "at risk" if r.at_risk(today) else "") for r in rows))
    return 0
