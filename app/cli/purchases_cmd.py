"""What customers bought: `buy`, `purchases`, `purchase-set`, `purchase-delete`.

Purchases are addressed by the id `purchases` prints, as notes and calls are in the window's
tables; the checks (price, currency, quantity, warranty, dates) are the service's, as in the
window's purchase dialog.
"""
from __future__ import annotations

from datetime import date

from app.services import catalogue, contacts, purchases
from app.services.dates import parse_day
from app.services.errors import QT_TRANSLATE_NOOP, InvalidValue
from app.services.purchases import PurchaseData
from app.services.value.money import format_money

from .output import dump_json, table

_CLEAR = ("none", "-")


def register(commands) -> None:
    p = commands.add_parser("buy", help="record a purchase",
                            description="Record what a customer bought. The price is per item.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("product", help="what was bought: a catalogue product (name, or name and model), or new "
                                   "text, which becomes a product")
    _details(p, required_price=False)
    p.set_defaults(handler=cmd_buy)

    p = commands.add_parser("purchases", help="list a customer's purchases",
                            description="List a customer's purchases, newest first, with the ids that "
                                        "purchase-set and purchase-delete take.")
    p.add_argument("contact", help="id or exact display name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_purchases, writes=False)

    p = commands.add_parser("purchase-set", help="change a purchase",
                            description="Change a purchase (its id is in 'rapport purchases CONTACT'). "
                                        "Only the options given change; 'none' clears model, price, "
                                        "currency or warranty.")
    p.add_argument("id", type=int, help="the purchase's id")
    p.add_argument("--product", help="what was bought")
    _details(p, required_price=False)
    p.set_defaults(handler=cmd_purchase_set)

    p = commands.add_parser("purchase-delete", help="delete a purchase", description="Delete purchases by id.")
    p.add_argument("ids", type=int, nargs="+", help="the purchases' ids")
    p.set_defaults(handler=cmd_purchase_delete)


def _details(p, *, required_price: bool) -> None:
    p.add_argument("--price", required=required_price, metavar="AMOUNT", help="price of one item, e.g. 1299.50")
    p.add_argument("--currency", metavar="CUR", help="three letters, e.g. CNY, EUR, USD")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the purchase (default today)")
    p.add_argument("--model", help="model or variant")
    p.add_argument("--quantity", metavar="N", help="how many (default 1)")
    p.add_argument("--warranty-until", metavar="YYYY-MM-DD", help="the last day of the warranty")
    p.add_argument("--notes", help="how it is used, what was agreed")


def _cleared(text):
    return text is not None and text.strip().lower() in _CLEAR


def cmd_buy(db, args) -> int:
    contact_id = contacts.resolve(db, args.contact)
    product_id = catalogue.pick_product(db, args.product, args.model)
    if args.price is None and (product_id is None or catalogue.get_product(db, product_id).list_price is None):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "price: give --price ('{product}' has no list price in "
                                                         "the catalogue)"), product=args.product)
    data = PurchaseData(
        product=args.product, product_id=product_id, purchased_on=parse_day(args.date, field="date") if args.date else date.today(),
        model=args.model, quantity=purchases.parse_quantity(args.quantity or ""),
        unit_price=purchases.parse_price_text(args.price) if args.price is not None else None, currency=args.currency,
        warranty_until=parse_day(args.warranty_until, field="warranty end") if args.warranty_until else None,
        usage_notes=args.notes)
    purchase_id = purchases.add_purchase(db, contact_id, data)
    print(f"{contact_id}: purchase {purchase_id} recorded: {_line(purchases.get_purchase(db, purchase_id))}")
    return 0


def cmd_purchases(db, args) -> int:
    contact_id = contacts.resolve(db, args.contact, include_trash=True)
    found = purchases.list_purchases(db, contact_id)
    if args.json:
        dump_json([_as_json(p) for p in found])
        return 0
    if not found:
        print("no purchases")
        return 0
    table(("ID", "DATE", "PRODUCT", "MODEL", "QTY", "PRICE", "TOTAL", "WARRANTY UNTIL"),
          ((p.id, p.purchased_on, p.product, p.model, p.quantity, _money(p.unit_price, p.currency),
            _money(p.unit_price * p.quantity if p.unit_price is not None else None, p.currency), p.warranty_until)
           for p in found))
    return 0


def cmd_purchase_set(db, args) -> int:
    old = purchases.get_purchase(db, args.id)

    def pick(new, current, parse=lambda text: text):
        if new is None:
            return current
        return None if _cleared(new) else parse(new)

    data = PurchaseData(
        product=args.product if args.product is not None else old.product,
        purchased_on=parse_day(args.date, field="date") if args.date else old.purchased_on,
        model=pick(args.model, old.model), quantity=purchases.parse_quantity(args.quantity or str(old.quantity)),
        unit_price=pick(args.price, old.unit_price, purchases.parse_price_text),
        currency=pick(args.currency, old.currency),
        warranty_until=pick(args.warranty_until, old.warranty_until, lambda t: parse_day(t, field="warranty end")),
        usage_notes=pick(args.notes, old.usage_notes))
    purchases.update_purchase(db, args.id, data)
    print(f"purchase {args.id}: {_line(purchases.get_purchase(db, args.id))}")
    return 0


def cmd_purchase_delete(db, args) -> int:
    for purchase_id in args.ids:  # every id checked first, so a typo deletes nothing
        purchases.get_purchase(db, purchase_id)
    if len(set(args.ids)) != len(args.ids):
        raise InvalidValue("purchase-delete: an id is given twice")
    for purchase_id in args.ids:
        purchases.delete_purchase(db, purchase_id)
    print(f"deleted {len(args.ids)} purchase{'s' if len(args.ids) > 1 else ''}")
    return 0


def _money(amount, currency) -> str:
    return "" if amount is None else format_money(amount, currency)


def _line(p) -> str:
    what = " ".join(x for x in (p.product, p.model) if x)
    price = f" at {_money(p.unit_price, p.currency)}" if p.unit_price is not None else ""
    return f"{p.purchased_on} {p.quantity} × {what}{price}" + (
        f", warranty until {p.warranty_until}" if p.warranty_until else "")


def _as_json(p) -> dict:
    return {"id": p.id, "contact_id": p.contact_id, "product": p.product, "model": p.model, "quantity": p.quantity,
            "unit_price": str(p.unit_price) if p.unit_price is not None else None, "currency": p.currency,
            "date": p.purchased_on.isoformat(),
            "warranty_until": p.warranty_until.isoformat() if p.warranty_until else None,
            "usage_notes": p.usage_notes}
