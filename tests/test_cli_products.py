"""`rapport products add|list|set`."""
from __future__ import annotations

import json


def test_products_add_set_and_list(run):
    code, out, err = run("products", "add", "Toner", "--model", "TN-2420", "--category", "supplies",
                         "--price", "80", "--currency", "CNY", "--cycle", "90")
    assert (code, out.strip()) == (0, "added product 1: Toner TN-2420"), err
    code, out, err = run("products", "set", "toner tn-2420", "--warranty", "6", "--cycle", "none")
    assert (code, out.strip()) == (0, "changed product 1: Toner TN-2420"), err
    code, out, _ = run("products", "list", "--json")
    assert json.loads(out) == [{"id": 1, "name": "Toner", "model": "TN-2420", "category": "supplies",
                                "list_price": "80.00", "currency": "CNY", "warranty_months": 6,
                                "replacement_days": None, "purchases": 0, "customers": 0}]
    code, out, _ = run("products", "list")
    assert "CNY 80.00" in out and "6 mo" in out


def test_products_mistakes_are_one_line(run):
    code, _, err = run("products", "add", "Toner", "--cycle", "-5")
    assert code == 1 and err.strip() == "rapport: replacement days: '-5' is not a whole number from 1 to 3650"
    code, _, err = run("products", "set", "Stapler", "--cycle", "30")
    assert code == 1 and "not in the catalogue" in err and len(err.strip().splitlines()) == 1


def test_buy_picks_a_catalogue_product_or_makes_one_from_the_text(run):
    run("add", "Ana")
    run("products", "add", "Toner", "--model", "TN-2420", "--price", "80", "--currency", "CNY", "--warranty", "12")
    code, out, err = run("buy", "Ana", "toner tn-2420", "--date", "2026-03-31")  # no --price: the list price
    assert code == 0, err
    code, out, _ = run("purchases", "Ana", "--json")
    [bought] = json.loads(out)
    assert (bought["product"], bought["model"], bought["unit_price"], bought["currency"], bought["warranty_until"]) == (
        "Toner", "TN-2420", "80.00", "CNY", "2027-03-31")
    code, _, err = run("buy", "Ana", "Kettle")
    assert code == 1 and err.strip() == "rapport: price: give --price ('Kettle' has no list price in the catalogue)"
    assert run("buy", "Ana", "Kettle", "--price", "30")[0] == 0
    code, out, _ = run("products", "list", "--json")
    assert [(p["name"], p["model"], p["purchases"]) for p in json.loads(out)] == [
        ("Kettle", None, 1), ("Toner", "TN-2420", 1)]
