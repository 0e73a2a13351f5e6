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
