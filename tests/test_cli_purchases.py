"""`rapport buy`, `purchases`, `purchase-set`, `purchase-delete`: purchases from the command line."""
from __future__ import annotations

import json


def _purchases(run, contact="Ana García"):
    code, out, err = run("purchases", contact, "--json")
    assert code == 0, err
    return json.loads(out)


def test_buy_records_every_detail_and_lists_it(run):
    run("add", "Ana García")
    code, out, err = run("buy", "Ana García", "Dishwasher", "--price", "1,299.50", "--currency", "eur",
                         "--date", "2026-03-01", "--model", "X5", "--quantity", "2", "--warranty-until", "2028-03-01",
                         "--notes", "kitchen")
    assert code == 0, err
    assert "2 × Dishwasher X5 at EUR 1,299.50" in out
    [p] = _purchases(run)
    assert p == {"id": p["id"], "contact_id": 1, "product": "Dishwasher", "model": "X5", "quantity": 2,
                 "unit_price": "1299.50", "currency": "EUR", "date": "2026-03-01", "warranty_until": "2028-03-01",
                 "usage_notes": "kitchen"}
    code, out, _ = run("purchases", "1")
    assert "EUR 2,599.00" in out and "2028-03-01" in out  # the line total
    # the value reports count it
    data = json.loads(run("value", "scores", "--date", "2026-06-01", "--json")[1])
    assert data["customers"][0]["frequency"] == 1


def test_purchase_set_changes_only_what_is_given_and_none_clears(run):
    run("add", "Ana García")
    run("buy", "Ana García", "Kettle", "--price", "30", "--currency", "CNY", "--date", "2026-05-02", "--model", "K1")
    pid = _purchases(run)[0]["id"]
    assert run("purchase-set", str(pid), "--price", "35.5", "--model", "none", "--quantity", "3")[0] == 0
    [p] = _purchases(run)
    assert (p["unit_price"], p["model"], p["quantity"], p["currency"], p["date"], p["product"]) == \
        ("35.50", None, 3, "CNY", "2026-05-02", "Kettle")


def test_purchase_delete_checks_every_id_first(run):
    run("add", "Ana García")
    run("buy", "1", "Kettle", "--price", "30", "--date", "2026-05-02")
    run("buy", "1", "Toaster", "--price", "20", "--date", "2026-05-03")
    ids = [p["id"] for p in _purchases(run)]
    code, _, err = run("purchase-delete", str(ids[0]), "999")
    assert code == 1 and "purchase 999: no such purchase" in err
    assert len(_purchases(run)) == 2  # the good id was not deleted either
    assert run("purchase-delete", str(ids[0]))[0] == 0
    assert [p["product"] for p in _purchases(run)] == ["Kettle"]


def test_bad_purchases_are_refused_with_one_line(run):
    run("add", "Ana García")
    for args, message in [
        (("--price", "abc"), "price: 'abc' is not a number"),
        (("--price", "5", "--quantity", "0"), "quantity: 0 is not a positive number"),
        (("--price", "5", "--quantity", "two"), "quantity: 'two' is not a number"),
        (("--price", "5", "--currency", "euro"), "not a three-letter code"),
        (("--price", "5", "--date", "2026-13-01"), "is not a date"),
        (("--price", "5", "--date", "2026-05-01", "--warranty-until", "2026-04-01"), "before the purchase date"),
    ]:
        code, out, err = run("buy", "Ana García", "Thing", *args)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1, (args, err)
    code, _, err = run("buy", "Ana García", "Thing")  # not in the catalogue, so no list price to take
    assert code == 1 and "--price" in err
    code, _, err = run("buy", "Nobody", "Thing", "--price", "1")
    assert code == 1 and "no contact has that id or name" in err
    assert _purchases(run) == []
