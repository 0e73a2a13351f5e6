"""`rapport products add|list|set`: the product catalogue. A thin shell over app.services.catalogue."""
from __future__ import annotations

from app.services import catalogue
from app.services.catalogue import ProductData
from app.services.value.money import format_money

from .output import dump_json, table


def register(commands) -> None:
    products = commands.add_parser(
        "products", help="the product catalogue: what you sell and how often customers buy it again",
        description="The product catalogue. A purchase typed as free text becomes a product on first use.")
    sub = products.add_subparsers(dest="products_command", metavar="WHAT", required=True,
                                  parser_class=type(products))

    p = sub.add_parser("add", help="add a product", description="Add a product to the catalogue.")
    p.add_argument("name", help="the product's name")
    _fields(p)
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("set", help="change a product", description="Change a product; other fields stay as they are.")
    p.add_argument("product", help="id, or name (with the model after a space)")
    p.add_argument("--name", help="a new name (its purchases are renamed too)")
    _fields(p)
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("list", help="list products with their purchases and customers",
                       description="List the catalogue, by category then name.")
    p.add_argument("--search", help="only products whose name, model or category holds this")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list, writes=False)


def _fields(p) -> None:
    p.add_argument("--model", help="model or SKU")
    p.add_argument("--category", help="category, such as toner or printers")
    p.add_argument("--price", dest="list_price", help="list price")
    p.add_argument("--currency", help="three-letter code such as CNY, EUR or USD")
    p.add_argument("--warranty", dest="warranty_months", metavar="MONTHS", help="warranty in months (none to clear)")
    p.add_argument("--cycle", dest="replacement_days", metavar="DAYS",
                   help="replacement cycle: a customer usually buys it again after DAYS days (none to clear)")


def _data(args, name=None) -> ProductData:
    return ProductData(name=name, model=args.model, category=args.category, list_price=args.list_price,
                       currency=args.currency, warranty_months=args.warranty_months,
                       replacement_days=args.replacement_days)


def cmd_add(db, args) -> int:
    product_id = catalogue.add_product(db, _data(args, args.name))
    print(f"added product {product_id}: {_name(catalogue.get_product(db, product_id))}")
    return 0


def cmd_set(db, args) -> int:
    product_id = catalogue.resolve_product(db, args.product)
    catalogue.update_product(db, product_id, _data(args, args.name))
    print(f"changed product {product_id}: {_name(catalogue.get_product(db, product_id))}")
    return 0


def cmd_list(db, args) -> int:
    rows = catalogue.list_products(db, args.search)
    if args.json:
        dump_json([_json(r) for r in rows])
        return 0
    if not rows:
        print("no products yet: add one with 'rapport products add NAME', or record a purchase")
        return 0
    table(("ID", "NAME", "MODEL", "CATEGORY", "LIST PRICE", "WARRANTY", "CYCLE", "PURCHASES", "CUSTOMERS"),
          ((r.product.id, r.product.name, r.product.model, r.product.category,
            format_money(r.product.list_price, r.product.currency) if r.product.list_price is not None else "",
            f"{r.product.warranty_months} mo" if r.product.warranty_months else "",
            f"{r.product.replacement_days} d" if r.product.replacement_days else "",
            r.purchases, r.customers) for r in rows))
    return 0


def _name(product) -> str:
    return f"{product.name} {product.model}" if product.model else product.name


def _json(row) -> dict:
    p = row.product
    return {"id": p.id, "name": p.name, "model": p.model, "category": p.category,
            "list_price": str(p.list_price) if p.list_price is not None else None, "currency": p.currency,
            "warranty_months": p.warranty_months, "replacement_days": p.replacement_days,
            "purchases": row.purchases, "customers": row.customers}
