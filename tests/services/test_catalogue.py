"""The product catalogue: free text becomes a product once, a picked product fills the order, renames follow."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import catalogue, contacts, purchases
from app.services.catalogue import ProductData
from app.services.errors import Ambiguous, InvalidValue, NotFound
from app.services.purchases import PurchaseData


@pytest.fixture
def customer(db):
    return contacts.create_contact(db, contacts.NewContact(display_name="Zhang Wei"))


def _products(db):
    return [(r.product.name, r.product.model, r.purchases, r.customers) for r in catalogue.list_products(db)]


def test_free_text_purchases_typed_alike_share_one_product(db, customer):
    purchases.add_purchase(db, customer, PurchaseData("Toner", date(2026, 1, 5), model="TN-2420"))
    purchases.add_purchase(db, customer, PurchaseData(" toner", date(2026, 4, 5), model="tn-2420 "))
    purchases.add_purchase(db, customer, PurchaseData("Toner", date(2026, 4, 5)))
    assert _products(db) == [("Toner", None, 1, 1), ("Toner", "TN-2420", 2, 1)]


def test_a_picked_product_gives_its_name_list_price_and_warranty(db, customer):
    pid = catalogue.add_product(db, ProductData("Laser printer", model="HL-1210", list_price="1,299",
                                                currency="cny", warranty_months="24", replacement_days="1095"))
    purchases.add_purchase(db, customer, PurchaseData("", date(2026, 1, 31), product_id=pid))
    bought = purchases.list_purchases(db, customer)[0]
    assert (bought.product, bought.model, bought.product_id) == ("Laser printer", "HL-1210", pid)
    assert (str(bought.unit_price), bought.currency, bought.warranty_until) == ("1299.00", "CNY", date(2028, 1, 31))


def test_renaming_a_product_renames_its_purchases_and_refuses_a_clash(db, customer):
    purchases.add_purchase(db, customer, PurchaseData("Tonner", date(2026, 1, 5)))
    purchases.add_purchase(db, customer, PurchaseData("Paper", date(2026, 1, 5)))
    typo = catalogue.resolve_product(db, "tonner")
    catalogue.update_product(db, typo, ProductData(name="Toner", category="supplies", replacement_days="90"))
    assert {p.product for p in purchases.list_purchases(db, customer)} == {"Toner", "Paper"}
    assert catalogue.get_product(db, typo).replacement_days == 90
    with pytest.raises(InvalidValue, match="'paper' is already in the catalogue"):
        catalogue.update_product(db, typo, ProductData(name="paper"))


@pytest.mark.parametrize("data, message", [
    (ProductData("X", replacement_days="ninety"), "replacement days: 'ninety' is not a whole number"),
    (ProductData("X", warranty_months="0"), "warranty months: '0' is not a whole number from 1 to 600"),
    (ProductData("X", list_price="-3"), "price: '-3' is negative"),
    (ProductData("X", currency="yuan"), "currency: 'yuan' is not a three-letter code"),
    (ProductData("  "), "the product cannot be empty"),
])
def test_bad_fields_are_refused_with_the_field_named(db, data, message):
    with pytest.raises(InvalidValue, match=message):
        catalogue.add_product(db, data)
    assert catalogue.list_products(db) == []


def test_a_product_is_found_by_id_name_or_name_and_model(db):
    a = catalogue.add_product(db, ProductData("Toner", model="TN-1"))
    b = catalogue.add_product(db, ProductData("Toner", model="TN-2"))
    assert catalogue.resolve_product(db, "toner tn-2") == b
    assert catalogue.resolve_product(db, str(a)) == a
    with pytest.raises(Ambiguous, match="2 products have that name"):
        catalogue.resolve_product(db, "Toner")
    with pytest.raises(NotFound, match="not in the catalogue"):
        catalogue.resolve_product(db, "Stapler")


def test_purchases_written_around_the_services_are_linked_to_their_products(db, customer):
    from app.models import Purchase
    from app.services.catalogue import link_purchases

    with db.begin() as session:  # as the demo store and bulk writers do
        session.add_all([Purchase(contact_id=customer, product="Kettle", purchased_on=date(2026, 1, 1)),
                         Purchase(contact_id=customer, product="kettle ", purchased_on=date(2026, 2, 1))])
    with db.begin() as session:
        assert link_purchases(session) == 2
    assert _products(db) == [("Kettle", None, 2, 1)]


def test_the_demo_store_has_its_purchases_in_the_catalogue(db):
    from sqlalchemy import func, select

    from app.models import Purchase
    from app.services.demo import ensure_demo_data

    ensure_demo_data(db)
    with db() as session:
        assert session.scalar(select(func.count()).select_from(Purchase)) > 0
        assert session.scalar(select(func.count()).select_from(Purchase).where(Purchase.product_id.is_(None))) == 0
