"""Lost customers: the editable reasons, the report by reason, tier and month, and winning back."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.services import interactions, lifecycle
from app.services.contacts import get_contact
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
