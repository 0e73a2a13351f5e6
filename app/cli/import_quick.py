"""`rapport import` of a small vCard file into a SQLite store, on plain sqlite3 (issue 18).

Before the store is opened the usual way (which loads SQLAlchemy and the models: longer than reading
a phone's 2,000 cards), the import is offered to app/services/importing/quick.py on a store opened
by app/services/plain_store.py. Either says None when the import is for the full path (a server or
the demo, a store to check or migrate, a CSV or large file, a record that merges, a dry run, an
unreadable file whose problem the full path names); then nothing was changed, and main() runs
`cmd_import` as always. Both print through `transfer_cmd.print_report`.
"""
from __future__ import annotations

import sys
from typing import Optional

from .today_quick import store_file


def quick_import(args) -> Optional[int]:
    """The exit code once imported, or None: import the full way."""
    if args.demo or args.dry_run:
        return None
    path = store_file(args.db)
    if path is None:
        return None
    from app.services.phones import valid_region

    if args.region and not valid_region(args.region):
        return None  # the full path names the mistake
    from app.services.importing.quick import quick_import as imported
    from app.services.plain_store import open_for_writing

    store = open_for_writing(path)
    if store is None:
        return None
    try:
        report = imported(store, args.files, region=_region(store, args.region), group=args.group)
    except KeyboardInterrupt:  # nothing committed: the store is as it was
        store.close()
        print("rapport: interrupted", file=sys.stderr)
        return 130
    except BaseException:
        store.close()
        raise
    warning = store.close()
    if report is None:
        return None
    from .transfer_cmd import print_report

    print_report(report)
    if warning:
        print(f"rapport: warning: {warning}", file=sys.stderr)
    return 0


def _region(store, explicit: Optional[str]) -> str:
    """settings.phone_region: --region, else the user's setting, else the locale."""
    if explicit:
        return explicit.upper()
    from app.services.locale_region import DEFAULT_REGION, region_from_locale
    from app.services.reading import setting

    return setting(store.conn, "phone_region") or region_from_locale() or DEFAULT_REGION
