"""`rapport return-visits show|set`, and a purchase bought through `rapport buy` coming back on `rapport today`."""
from __future__ import annotations

import json
from datetime import date, timedelta


def test_set_then_show_and_a_purchase_follows_the_category_schedule(run):
    assert run("return-visits", "set", "--category", "Toner", "--visit", "10:enough toner?",
               "--warranty-days", "none")[0] == 0
    code, out, _ = run("return-visits", "show", "--json")
    shown = json.loads(out)
    assert shown[0]["category"] is None and [v["days"] for v in shown[0]["visits"]] == [3, 30]
    assert shown[1] == {"category": "Toner", "visits": [{"days": 10, "reason": "enough toner?"}], "warranty_days": None}

    run("add", "Ana Ruiz", "--phone", "+34 612 345 678")
    run("products", "add", "TN-2420", "--category", "toner")
    today = date.today()
    assert run("buy", "Ana Ruiz", "TN-2420", "--price", "30", "--date", today.isoformat())[0] == 0
    code, out, _ = run("today", "--date", (today + timedelta(days=10)).isoformat(), "--json")
    visits = [e for e in json.loads(out) if e["reason"] == "follow_up"]
    assert [v["detail"] for v in visits] == [f"Return visit: enough toner? (TN-2420, bought {today.isoformat()})"]
    assert visits[0]["due_date"] == (today + timedelta(days=10)).isoformat()


def test_a_bad_visit_is_one_line_and_changes_nothing(run):
    code, _, err = run("return-visits", "set", "--visit", "3:ok", "--visit", "-4:no")
    assert code != 0 and err.count("\n") == 1
    code, out, _ = run("return-visits", "show", "--json")
    assert [v["days"] for v in json.loads(out)[0]["visits"]] == [3, 30]
