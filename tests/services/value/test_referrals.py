"""Referral trees, refusing circles, and what each referrer's referrals bought."""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.models import Contact
from app.services import lifecycle
from app.services.errors import InvalidValue, NotFound
from app.services.value import referrals

from .conftest import TODAY, buy, person


@pytest.fixture
def family(db):
    """Ana referred Bo and Di; Bo referred Cy. Bo bought 100 + EUR 20, Cy 50, Di nothing."""
    ids = {name: person(db, name) for name in ("Ana", "Bo", "Cy", "Di", "Eve")}
    referrals.set_referrer(db, ids["Bo"], ids["Ana"])
    referrals.set_referrer(db, ids["Di"], ids["Ana"])
    referrals.set_referrer(db, ids["Cy"], ids["Bo"])
    buy(db, ids["Bo"], "2026-01-05", "100")
    buy(db, ids["Bo"], "2026-02-05", "20", currency="EUR")
    buy(db, ids["Cy"], "2026-03-05", "50")
    buy(db, ids["Ana"], "2026-03-05", "70")
    buy(db, ids["Cy"], "2026-12-05", "999")  # after today
    return ids


def shape(node):
    return (node.display_name, [shape(child) for child in node.children])


def test_tree_from_a_root_is_nested(db, family):
    root = referrals.tree(db, family["Ana"], TODAY)
    assert shape(root) == ("Ana", [("Bo", [("Cy", [])]), ("Di", [])])
    assert root.revenue == Decimal("70.00")
    bo = root.children[0]
    assert bo.revenue == Decimal("100.00") and bo.other_currencies == {"EUR": Decimal("20.00")}
    assert shape(referrals.tree(db, family["Bo"], TODAY)) == ("Bo", [("Cy", [])])
    assert shape(referrals.tree(db, family["Eve"], TODAY)) == ("Eve", [])


def test_forest_has_every_tree_once(db, family):
    trees = referrals.forest(db, TODAY)
    assert [shape(t) for t in trees] == [("Ana", [("Bo", [("Cy", [])]), ("Di", [])])]


def test_a_referrer_that_would_close_a_circle_is_refused(db, family):
    with pytest.raises(InvalidValue, match=r"Cy \(\d+\) was themselves referred.*by Ana.*circle"):
        referrals.set_referrer(db, family["Ana"], family["Cy"])
    with pytest.raises(InvalidValue, match="cannot refer themselves"):
        referrals.set_referrer(db, family["Ana"], family["Ana"])
    with pytest.raises(NotFound, match="contact 999: no such contact"):
        referrals.set_referrer(db, family["Ana"], 999)
    referrals.set_referrer(db, family["Ana"], family["Eve"])  # no circle: fine
    referrals.set_referrer(db, family["Cy"], None)
    referrals.set_referrer(db, family["Bo"], family["Cy"])  # Cy is no longer under Bo


def test_a_circle_made_before_the_check_does_not_hang_the_tree(db, family):
    with db.begin() as s:  # as contacts.set_referrer, without the check, could have left it
        s.get(Contact, family["Ana"]).referred_by_id = family["Cy"]
    assert shape(referrals.tree(db, family["Ana"], TODAY)) == ("Ana", [("Bo", [("Cy", [])]), ("Di", [])])
    assert len(referrals.forest(db, TODAY)) == 1


def test_referrer_stats_count_customers_and_their_revenue(db, family):
    stats = {s.display_name: (s.referred, s.customers, s.revenue, s.other_currencies)
             for s in referrals.referrer_stats(db, TODAY)}
    assert stats == {
        "Ana": (2, 1, Decimal("100.00"), {"EUR": Decimal("20.00")}),  # Bo bought, Di did not
        "Bo": (1, 1, Decimal("50.00"), {}),
    }


def test_trashed_contacts_leave_the_tree(db, family):
    lifecycle.trash(db, [family["Bo"]])
    assert shape(referrals.tree(db, family["Ana"], TODAY)) == ("Ana", [("Di", [])])
