"""Forecasts from the store, per customer and product, and the call list's "due to reorder" entries."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import calllist, catalogue, contacts, lifecycle
from app.services.catalogue import ProductData
from app.services.contacts import NewContact
from app.services.purchases import PurchaseData, add_purchase
from app.services.reorder import book


def _customer(db, name, *purchases):
    cid = contacts.create_contact(db, NewContact(display_name=name))
    for product, on in purchases:
        add_purchase(db, cid, PurchaseData(product, on))
    return cid


@pytest.fixture
def shop(db):
    """Ana buys toner every 30 days and paper twice; Bo toner twice, 60 days apart; Cai toner once; Dan a printer."""
    ids = {
        "Ana": _customer(db, "Ana", ("Toner", date(2026, 1, 1)), ("Toner", date(2026, 1, 31)), ("Toner", date(2026, 3, 2)),
                         ("Toner", date(2026, 4, 1)), ("Paper", date(2026, 1, 1)), ("Paper", date(2026, 3, 2))),
        "Bo": _customer(db, "Bo", ("Toner", date(2026, 1, 10)), ("Toner", date(2026, 3, 11))),
        "Cai": _customer(db, "Cai", ("toner", date(2026, 4, 1))),
        "Dan": _customer(db, "Dan", ("Printer", date(2026, 2, 1))),
    }
    return ids


def _forecasts(db, today):
    with db() as session:
        return {(r.display_name, r.product): r.expected_on for r in book.forecasts(session, today)}


def test_each_customer_and_product_gets_its_own_expected_date(db, shop):
    # Toner's usual interval: the median of its buyers' intervals 30, 30, 30, 60 = 30 (no cycle set).
    # Ana toner: her median 30, pulled to 30: May 1. Bo: one interval of 60, K = 2 (too few buyers to
    # estimate it): exp((ln 60 + 2 ln 30) / 3) = 37.8 -> 38 days after Mar 11 = Apr 18.
    # Ana paper: one buyer only, so the book's median (30, 30, 30, 60, 60: 30) pulls with K = 0.25 (a book's
    # median mixes products): exp((ln 60 + 0.25 ln 30) / 1.25) = 52.2 -> 52 days after Mar 2 = Apr 23.
    # Cai: one purchase, toner's 30 days. Dan: a printer nobody bought twice: no forecast.
    assert _forecasts(db, date(2026, 4, 2)) == {
        ("Ana", "Toner"): date(2026, 5, 1), ("Bo", "Toner"): date(2026, 4, 18),
        ("Ana", "Paper"): date(2026, 4, 23), ("Cai", "Toner"): date(2026, 5, 1)}


def test_a_replacement_cycle_set_on_the_product_is_its_usual_interval(db, shop):
    catalogue.update_product(db, catalogue.resolve_product(db, "Printer"), ProductData(replacement_days="1095"))
    assert _forecasts(db, date(2026, 4, 2))[("Dan", "Printer")] == date(2029, 1, 31)


def _reorders(db, today):
    return [(e.display_name, e.extra["product"], e.extra["expected_on"]) for e in calllist.today_list(db, today)
            if e.reason == "reorder"]


def test_the_entry_comes_days_ahead_and_goes_once_the_customer_buys(db, shop):
    # Ana's toner is expected on May 1; with 7 days ahead it shows from April 24.
    assert ("Ana", "Toner", date(2026, 5, 1)) not in _reorders(db, date(2026, 4, 23))
    assert ("Ana", "Toner", date(2026, 5, 1)) in _reorders(db, date(2026, 4, 24))
    add_purchase(db, shop["Ana"], PurchaseData("TONER", date(2026, 4, 28)))
    assert [r for r in _reorders(db, date(2026, 4, 28)) if r[:2] == ("Ana", "Toner")] == []


def test_the_days_ahead_are_a_setting(db, shop):
    from app.services import settings

    settings.put(db, "reorder_days_ahead", 10)
    assert ("Ana", "Toner", date(2026, 5, 1)) in _reorders(db, date(2026, 4, 21))


def test_long_past_the_expected_date_the_customer_is_at_risk_not_on_the_list(db, shop):
    # Bo's toner was expected Apr 18 every ~38 days: on May 26 (38 days late) still listed, on May 27 at risk.
    assert ("Bo", "Toner", date(2026, 4, 18)) in _reorders(db, date(2026, 5, 26))
    with db() as session:
        assert shop["Bo"] not in book.at_risk_contacts(session, date(2026, 5, 26))
        assert shop["Bo"] in book.at_risk_contacts(session, date(2026, 5, 27))
    assert ("Bo", "Toner", date(2026, 4, 18)) not in _reorders(db, date(2026, 5, 27))


def test_a_lost_customer_gets_no_entry_but_still_teaches_the_product(db, shop):
    lifecycle.mark_lost(db, shop["Bo"], "price", on=date(2026, 4, 1))
    assert ("Bo", "Toner") not in _forecasts(db, date(2026, 4, 2))
    assert _forecasts(db, date(2026, 4, 2))[("Cai", "Toner")] == date(2026, 5, 1)


def test_today_json_and_value_reorder_carry_the_product_and_the_expected_date(run, tmp_path):
    import json

    run("add", "Ana")
    sales = tmp_path / "sales.csv"
    sales.write_text("Customer,Product,Date\n" + "".join(
        f"Ana,Toner,{day}\n" for day in ("2026-01-01", "2026-01-31", "2026-03-02", "2026-04-01")), encoding="utf-8")
    assert run("value", "import-purchases", str(sales))[0] == 0
    code, out, err = run("today", "--date", "2026-04-25", "--json")
    assert code == 0, err
    [entry] = [e for e in json.loads(out) if e["reason"] == "reorder"]
    assert (entry["display_name"], entry["product"], entry["expected_on"], entry["usual_days"]) == (
        "Ana", "Toner", "2026-05-01", 30)
    code, out, err = run("value", "reorder", "--date", "2026-04-25", "--json")
    assert code == 0, err
    assert [(r["display_name"], r["product"], r["expected_on"], r["purchases"]) for r in json.loads(out)] == [
        ("Ana", "Toner", "2026-05-01", 4)]
    code, out, _ = run("value", "reorder", "--date", "2026-04-25")
    assert "Toner" in out and "2026-05-01" in out and "every 30 d" in out


def test_the_scores_view_marks_a_customer_at_risk_once_a_whole_interval_late(db, shop):
    from app.services.value import rfm

    def status(today):
        return {c.display_name: c.status for c in rfm.compute_scores(db, today).customers}

    assert status(date(2026, 5, 26))["Bo"] == "active"
    assert status(date(2026, 5, 27))["Bo"] == "at risk"


def test_forecasts_follow_every_change_of_purchases_catalogue_and_status(db, shop):
    today = date(2026, 4, 2)
    assert ("Dan", "Printer") not in _forecasts(db, today)
    catalogue.update_product(db, catalogue.resolve_product(db, "Printer"), ProductData(replacement_days="365"))
    assert _forecasts(db, today)[("Dan", "Printer")] == date(2027, 2, 1)
    catalogue.update_product(db, catalogue.resolve_product(db, "Printer"), ProductData(name="Laser printer"))
    assert _forecasts(db, today)[("Dan", "Laser printer")] == date(2027, 2, 1)
    from app.services import purchases

    last = purchases.list_purchases(db, shop["Ana"])[0]  # her newest: toner on Apr 1
    purchases.delete_purchase(db, last.id)
    assert _forecasts(db, today)[("Ana", "Toner")] == date(2026, 4, 1)  # Mar 2 + 30
    lifecycle.mark_lost(db, shop["Ana"], "price", on=today)
    assert ("Ana", "Toner") not in _forecasts(db, today)


def test_the_days_ahead_are_set_from_the_command_line(run):
    code, out, err = run("value", "reorder", "--days-ahead", "12")
    assert (code, out.strip()) == (0, "Today lists a reorder 12 days before the expected date"), err
    code, _, err = run("value", "reorder", "--days-ahead", "99")
    assert code == 1 and err.strip() == "rapport: days ahead: 99 is not from 0 to 60"


def test_forecasts_are_kept_for_the_next_process_until_a_purchase_changes_them(db, shop, monkeypatch):
    """A new window or `rapport today` reads what the last one learned instead of every purchase again."""
    from app.services.reorder import kept

    learned = _forecasts(db, date(2026, 4, 2))
    book._KEPT.clear()  # as a new process starts
    monkeypatch.setattr(book, "_learn", lambda *a: pytest.fail("learned again though nothing changed"))
    assert _forecasts(db, date(2026, 4, 2)) == learned
    monkeypatch.undo()

    add_purchase(db, shop["Cai"], PurchaseData("Toner", date(2026, 4, 2)))  # Cai's forecast moves on
    book._KEPT.clear()
    assert _forecasts(db, date(2026, 4, 2))[("Cai", "Toner")] != learned[("Cai", "Toner")]  # learned anew
    with db() as session:
        assert kept.cache_file(str(session.get_bind().url)).stat().st_mode & 0o777 == 0o600


def test_a_damaged_kept_file_is_learned_again(db, shop):
    from app.services.reorder import kept

    learned = _forecasts(db, date(2026, 4, 2))
    with db() as session:
        kept.cache_file(str(session.get_bind().url)).write_text('{"version": 1, "fingerprint": [', encoding="utf-8")
    book._KEPT.clear()
    assert _forecasts(db, date(2026, 4, 2)) == learned
