"""Lost customers: the editable reasons, the report by reason, tier and month, and winning back."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import event, update

from app.models import Contact
from app.services import contacts, interactions, lifecycle
from app.services.contacts import NewContact, get_contact
from app.services.errors import InvalidValue
from app.services.value import lost

from .conftest import TODAY, buy, person


def test_reasons_are_an_editable_list_and_unknown_ones_are_refused(db):
    cid = person(db, "Ana")
    assert lost.lost_reasons(db) == ["price", "service", "moved", "competitor", "no need", "other"]
    with pytest.raises(InvalidValue, match="'cheaper' is not one of the reasons .*price, service, moved, "
                                           "competitor, no need, other"):
        lifecycle.mark_lost(db, cid, "cheaper")
    with pytest.raises(InvalidValue, match="reason: say why"):
        lifecycle.mark_lost(db, cid, "  ")
    lifecycle.mark_lost(db, cid, "No  Need", date(2026, 5, 1))
    assert get_contact(db, cid).lost_reason == "no need"  # stored as the list spells it
    assert lost.set_lost_reasons(db, ["price", " retired ", "Price", ""]) == ["price", "retired"]
    lifecycle.mark_lost(db, cid, "retired")
    with pytest.raises(InvalidValue, match="cannot be empty"):
        lost.set_lost_reasons(db, [" "])


@pytest.fixture
def losses(db):
    """Ana (A) lost 2026-10-15 for price: 300 in the year before (2025-10-15 .. 2026-10-15) and 999 before that.
    Bo (B) lost 2026-10-20 for price: 100 + EUR 40. Cy (untiered) lost 2026-09-01 for moved: nothing."""
    ana, bo, cy = person(db, "Ana", tier="A"), person(db, "Bo", tier="B"), person(db, "Cy")
    buy(db, ana, "2025-10-15", "999")  # exactly 12 months before: outside
    buy(db, ana, "2026-01-10", "300")
    buy(db, ana, "2026-10-16", "50")  # after the loss
    buy(db, bo, "2026-06-01", "100")
    buy(db, bo, "2026-06-02", "40", currency="EUR")
    lifecycle.mark_lost(db, ana, "price", date(2026, 10, 15))
    lifecycle.mark_lost(db, bo, "price", date(2026, 10, 20))
    lifecycle.mark_lost(db, cy, "moved", date(2026, 9, 1))
    person(db, "Active")
    return {"Ana": ana, "Bo": bo, "Cy": cy}


def groups(report, dim):
    return [(g.key, g.customers, g.revenue, g.other_currencies) for g in report.groups[dim]]


def test_report_by_reason_tier_and_month_with_revenue_lost(db, losses):
    report = lost.lost_report(db, TODAY)
    assert report.main_currency == "CNY"
    assert (report.total.customers, report.total.revenue) == (3, Decimal("400.00"))
    assert report.total.other_currencies == {"EUR": Decimal("40.00")}
    assert groups(report, "reason") == [("price", 2, Decimal("400.00"), {"EUR": Decimal("40.00")}),
                                        ("moved", 1, Decimal("0.00"), {})]
    assert groups(report, "tier") == [("A", 1, Decimal("300.00"), {}), ("B", 1, Decimal("100.00"), {"EUR": Decimal("40.00")}),
                                      ("none", 1, Decimal("0.00"), {})]
    assert groups(report, "month") == [("2026-09", 1, Decimal("0.00"), {}),
                                       ("2026-10", 2, Decimal("400.00"), {"EUR": Decimal("40.00")})]


def test_report_for_a_period(db, losses):
    report = lost.lost_report(db, TODAY, since=date(2026, 10, 1), until=date(2026, 10, 16))
    assert (report.total.customers, report.total.revenue) == (1, Decimal("300.00"))
    assert lost.lost_report(db, TODAY, since=date(2026, 11, 1)).total.customers == 0


def test_win_back_reactivates_and_logs(db, losses):
    lost.win_back(db, losses["Bo"], datetime(2026, 11, 20, 9, 0))
    bo = get_contact(db, losses["Bo"])
    assert (bo.status, bo.lost_reason, bo.lost_on) == ("active", None, None)
    assert [(i.kind, i.summary) for i in interactions.history(db, losses["Bo"])] == [
        ("other", "Won back (price, lost 2026-10-20)")]
    with pytest.raises(InvalidValue, match=r"contact \d+ \(Bo\): is not lost"):
        lost.win_back(db, losses["Bo"])
    lost.win_back(db, losses["Ana"], datetime(2026, 11, 20, 9, 0), summary="New quote accepted", kind="call")
    assert get_contact(db, losses["Ana"]).last_contact_at == datetime(2026, 11, 20, 9, 0)  # a call resets the cadence
    with pytest.raises(InvalidValue, match="kind: 'fax' is not a kind"):
        lost.win_back(db, losses["Cy"], kind="fax")
    assert get_contact(db, losses["Cy"]).status == "lost"  # nothing half-done


def test_losses_stay_on_record_after_a_win_back_and_give_the_win_back_rate(db, losses):
    """Bo is won back and lost again; Ana is won back: the report still counts every loss in the period."""
    lost.win_back(db, losses["Bo"], datetime(2026, 11, 1, 9, 0))
    lifecycle.mark_lost(db, losses["Bo"], "service", date(2026, 11, 10))  # lost again: a second loss
    lifecycle.mark_lost(db, losses["Bo"], "price", date(2026, 11, 12))  # corrected: still that second loss
    lost.win_back(db, losses["Ana"], datetime(2026, 11, 15, 9, 0))
    report = lost.lost_report(db, TODAY)
    assert report.total.customers == 2  # lost now: Bo and Cy
    assert [(w.key, w.lost, w.won_back) for w in report.won_back] == [("price", 3, 2), ("moved", 1, 0)]
    assert (report.won_back_total.lost, report.won_back_total.won_back) == (4, 2)
    assert report.won_back_total.rate == 50.0
    autumn = lost.lost_report(db, TODAY, since=date(2026, 10, 1), until=date(2026, 10, 31))
    assert [(w.key, w.lost, w.won_back) for w in autumn.won_back] == [("price", 2, 2)]  # Ana and Bo's first loss
    assert report.as_json()["won_back"] == {"key": "all", "lost": 4, "won_back": 2, "rate": 50.0}
    lifecycle.purge(db, [losses["Bo"]])  # deleted for good: its losses go with it
    assert [(w.key, w.lost, w.won_back) for w in lost.lost_report(db, TODAY).won_back] == [
        ("price", 1, 1), ("moved", 1, 0)]


# ----------------------------------------------------------------------------- the lost customers, one by one

@pytest.fixture
def lost_list(db):
    """Today 2026-11-20; main currency CNY (most purchases). Revenue lost, worked out by hand:

    customer      tier  lost on     reason  window (exclusive .. inclusive)  counted                        lost
    Ana (Acme)    A     2026-10-15  price   2025-10-15 .. 2026-10-15         10-16 200 + 01-10 300          500
                                                                             (2025-10-15 999: just outside;
                                                                             2026-10-16 50: after the loss)
    Bo            B     2026-10-20  price   2025-10-20 .. 2026-10-20         100 + 20 without currency      120 + EUR 40
    Cy            -     (no date)   moved   2025-11-20 .. 2026-11-20 today   2025-11-21 70                  70
                                                                             (2025-11-20 1000: just outside)
    Eve           -     2026-10-01  price   nothing bought                                                  0
    Di            C     2026-09-01  moved   nothing bought; a call on 2026-08-01                            0
    Fay (active, 9000) and Gus (lost, in the trash) are not listed.
    Order: revenue lost, most first; Eve before Di: lost more recently.
    """
    ana = contacts.create_contact(db, NewContact(display_name="Ana", fields={"organization": "Acme"}, tier="A"))
    bo, cy = person(db, "Bo", tier="B"), person(db, "Cy")
    di, eve, fay, gus = person(db, "Di", tier="C"), person(db, "Eve"), person(db, "Fay"), person(db, "Gus")
    buy(db, ana, "2025-10-15", "999")
    buy(db, ana, "2025-10-16", "200")
    buy(db, ana, "2026-01-10", "300")
    buy(db, ana, "2026-10-16", "50")
    buy(db, bo, "2026-06-01", "100")
    buy(db, bo, "2026-06-02", "40", currency="EUR")
    buy(db, bo, "2026-07-01", "20", currency=None)
    buy(db, cy, "2025-11-20", "1000")
    buy(db, cy, "2025-11-21", "70")
    buy(db, fay, "2026-11-01", "9000")
    buy(db, gus, "2026-11-01", "8000")
    interactions.log_interaction(db, di, "call", when=datetime(2026, 8, 1, 10, 0))
    lifecycle.mark_lost(db, ana, "price", date(2026, 10, 15))
    lifecycle.mark_lost(db, bo, "price", date(2026, 10, 20))
    lifecycle.mark_lost(db, cy, "moved")
    lifecycle.mark_lost(db, di, "moved", date(2026, 9, 1))
    lifecycle.mark_lost(db, eve, "price", date(2026, 10, 1))
    lifecycle.mark_lost(db, gus, "price", date(2026, 11, 2))
    lifecycle.trash(db, [gus])
    with db.begin() as session:  # lost without a date (as an older store or an import may hold it)
        session.execute(update(Contact).where(Contact.id == cy).values(lost_on=None))
    return {"Ana": ana, "Bo": bo, "Cy": cy, "Di": di, "Eve": eve}


def listed(result) -> list[tuple]:
    return [(c.display_name, c.tier, c.lost_on, c.reason, c.revenue, c.other_currencies, c.last_contact,
             c.organization) for c in result.customers]


def test_lost_customers_one_by_one_with_the_revenue_each_took_away(db, lost_list):
    result = lost.lost_customers(db, TODAY)
    assert result.main_currency == "CNY"
    assert listed(result) == [
        ("Ana", "A", date(2026, 10, 15), "price", Decimal("500.00"), {}, None, "Acme"),
        ("Bo", "B", date(2026, 10, 20), "price", Decimal("120.00"), {"EUR": Decimal("40.00")}, None, None),
        ("Cy", None, None, "moved", Decimal("70.00"), {}, None, None),
        ("Eve", None, date(2026, 10, 1), "price", Decimal("0.00"), {}, None, None),
        ("Di", "C", date(2026, 9, 1), "moved", Decimal("0.00"), {}, date(2026, 8, 1), None),
    ]
    assert result.customers[0].contact_id == lost_list["Ana"]
    # The same customers and money as the report, and each in the report's groups.
    report = lost.lost_report(db, TODAY)
    assert sum(c.revenue for c in result.customers) == report.total.revenue == Decimal("690.00")
    for dim in lost.DIMENSIONS:
        counted = {g.key: g.customers for g in report.groups[dim]}
        keys = [c.key(dim) for c in result.customers]
        assert {k: keys.count(k) for k in keys} == counted
    assert [c.key("month") for c in result.customers] == ["2026-10", "2026-10", "unknown", "2026-10", "2026-09"]
    assert result.customers[2].key("tier") == "none"


def test_lost_customers_by_reason_and_period(db, lost_list):
    def names(**kwargs) -> list[str]:
        return [c.display_name for c in lost.lost_customers(db, TODAY, **kwargs).customers]

    assert names(reason="price") == ["Ana", "Bo", "Eve"]
    assert names(reason=" Moved ") == ["Cy", "Di"]  # as typed on a command line
    assert names(reason="unknown") == [] and names(reason="weather") == []
    assert names(since=date(2026, 10, 1)) == ["Ana", "Bo", "Cy", "Eve"]  # Cy, undated, counts as lost today
    assert names(until=date(2026, 10, 16), reason="price") == ["Ana", "Eve"]


def test_lost_customers_as_json(db, lost_list):
    data = lost.lost_customers(db, TODAY, reason="price").as_json()
    assert data["main_currency"] == "CNY"
    assert data["customers"][1] == {
        "contact_id": lost_list["Bo"], "display_name": "Bo", "tier": "B", "lost_on": "2026-10-20",
        "reason": "price", "revenue": "120.00", "other_currencies": {"EUR": "40.00"}, "last_contact": None,
        "organization": None}


def test_lost_customers_take_two_queries_however_many_there_are(db, lost_list):
    def statements() -> int:
        seen: list[str] = []
        engine = db.kw["bind"]
        listener = lambda *args: seen.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            lost.lost_customers(db, TODAY)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len([s for s in seen if s.lstrip().upper().startswith("SELECT")])

    few = statements()
    for n in range(30):
        cid = person(db, f"Extra {n}")
        buy(db, cid, "2026-05-01", "1")
        lifecycle.mark_lost(db, cid, "other", date(2026, 6, 1))
    assert statements() == few <= 4, few  # settings, main currency, the contacts, their purchases


def test_win_back_several_customers_at_once_or_none(db, lost_list):
    assert lost.win_back_customers(db, [lost_list["Ana"], lost_list["Bo"], lost_list["Ana"]],
                                   datetime(2026, 11, 20, 9, 0)) == 2
    assert [c.display_name for c in lost.lost_customers(db, TODAY).customers] == ["Cy", "Eve", "Di"]
    assert interactions.history(db, lost_list["Bo"])[0].summary == "Won back (price, lost 2026-10-20)"
    with pytest.raises(InvalidValue, match=r"\(Ana\): is not lost"):
        lost.win_back_customers(db, [lost_list["Cy"], lost_list["Ana"]])
    assert get_contact(db, lost_list["Cy"]).status == "lost"  # all or none
