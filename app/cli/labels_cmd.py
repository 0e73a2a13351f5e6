"""`rapport labels [CONTACT…] [filters] --pdf FILE`: address labels (A4, 3×8), C6 envelopes or greeting
cards for the customers who get paper. A thin shell over app.services.desk and app.printing."""
from __future__ import annotations

import sys
from pathlib import Path

LAYOUTS = ("sheet", "envelope", "card")


def register(commands) -> None:
    p = commands.add_parser(
        "labels", help="address labels, envelopes or greeting cards as a PDF",
        description="Address labels (A4 sheets of 3×8, 70×37 mm), C6 envelopes, or greeting cards (A6, the "
                    "occasion's greeting in each customer's language) for the customers given or chosen by the "
                    "filters. Addresses are written as each country's post writes them; customers without an "
                    "address are named and left out.")
    p.add_argument("contacts", nargs="*", metavar="CONTACT")
    p.add_argument("--tier")
    p.add_argument("--group")
    p.add_argument("--city")
    p.add_argument("--stage")
    p.add_argument("--pdf", required=True, metavar="FILE", help="the PDF to write (readable by you only)")
    p.add_argument("--layout", choices=LAYOUTS, default="sheet")
    p.add_argument("--occasion", default="new_year", help="for cards: the occasion whose greeting is written")
    p.set_defaults(handler=cmd_labels, writes=False)


def cmd_labels(db, args) -> int:
    from app.services import contacts
    from app.services.dates import local_now
    from app.services.desk import greet

    ids = [contacts.resolve(db, ref) for ref in args.contacts]
    if args.tier or args.group or args.city or args.stage or not ids:
        choice = greet.Choice(tier=args.tier, group=args.group, city=args.city, stage=args.stage)
        ids += [cid for cid, _ in greet.choose(db, choice, local_now().date())]
    return write_paper(db, ids, args.pdf, args.layout, args.occasion)


def write_paper(db, ids, pdf: str, layout: str, occasion: str = "new_year") -> int:
    """The PDF for these contacts; shared with `rapport event labels`."""
    from app.services.desk.paper import cards_for, labels_for
    from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue

    path = Path(pdf)
    if path.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=path)
    if layout == "card":
        return write_cards(cards_for(db, occasion, ids), pdf)
    try:
        from app.printing.labels import envelopes_pdf, label_sheets_pdf

        found, without = labels_for(db, ids)
        if without:
            names = ", ".join(name for _, name in without[:10]) + (" …" if len(without) > 10 else "")
            print(f"rapport: warning: {len(without)} without an address, left out: {names}", file=sys.stderr)
        if layout == "envelope":
            envelopes_pdf(found, path)
            print(f"saved {len(found)} envelopes to {path}", file=sys.stderr)
        else:
            pages = label_sheets_pdf(found, path)
            print(f"saved {len(found)} labels on {pages} sheets to {path}", file=sys.stderr)
    except OSError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write the PDF ({reason})"),
                           path=path, reason=exc.strerror or str(exc)) from None
    return 0


def write_cards(greetings, pdf: str) -> int:
    from app.printing.labels import cards_pdf
    from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue

    path = Path(pdf)
    if path.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: is a folder; give a file name"), path=path)
    try:
        count = cards_pdf(greetings, path)
    except OSError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write the PDF ({reason})"),
                           path=path, reason=exc.strerror or str(exc)) from None
    print(f"saved {count} cards to {path}", file=sys.stderr)
    return 0
