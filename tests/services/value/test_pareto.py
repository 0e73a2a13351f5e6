"""The 80/20 view: ranking, cumulative shares and suggested tiers, ties included."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import tiers
from app.services.errors import InvalidValue
from app.services.value import config, pareto

from .conftest import TODAY, buy, person


def tiers_of(view):
    return {row.display_name: row.suggested for row in view.rows}


def test_ranked_by_revenue_with_cumulative_share(db, shop):
    view = pareto.pareto_view(db, TODAY)
    # total 500 + 500 + 250 + 60 + 30 = 1340; Di bought only before the window, Gus never
    assert view.total == Decimal("1340.00")
    assert [(r.display_name, r.revenue) for r in view.rows] == [
        ("Ana", Decimal("500.00")), ("Bo", Decimal("500.00")), ("Cy", Decimal("250.00")),
        ("Fay", Decimal("60.00")), ("Ed", Decimal("30.00")), ("Di", Decimal("0.00")), ("Gus", Decimal("0.00"))]
    assert [round(r.cumulative_share, 2) for r in view.rows] == [37.31, 74.63, 93.28, 97.76, 100.0, 100.0, 100.0]


def test_suggested_tiers_first_80_percent_a_next_15_b_rest_c_never_bought_d(db, shop):
    # A while the customers bigger than you make < 80% (1072): Ana, Bo (0), Cy (1000, crosses the line).
    # B while < 95% (1273): Fay (1250). Ed (1310) and Di (bought before the window): C. Gus: D.
    view = pareto.pareto_view(db, TODAY)
    assert tiers_of(view) == {"Ana": "A", "Bo": "A", "Cy": "A", "Fay": "B", "Ed": "C", "Di": "C", "Gus": "D"}
    assert view.summary()["A"] == (3, Decimal("1250.00"))


def test_equal_revenue_gets_the_same_tier_even_across_the_line(db):
    big = person(db, "Big")
    buy(db, big, "2026-11-01", "70")
    for name in ("Tie 1", "Tie 2", "Tie 3"):  # 70 + 10 crosses 80%; so would 70 + 10 + 10 if ranked one by one
        buy(db, person(db, name), "2026-11-01", "10")
    assert set(tiers_of(pareto.pareto_view(db, TODAY)).values()) == {"A"}


def test_a_single_customer_making_most_revenue_is_a(db):
    buy(db, person(db, "Whale"), "2026-11-01", "85")
    buy(db, person(db, "Minnow"), "2026-11-01", "15")
    assert tiers_of(pareto.pareto_view(db, TODAY)) == {"Whale": "A", "Minnow": "B"}


def test_thresholds_come_from_the_settings(db, shop):
    config.set_pareto_shares(db, 50, 30)  # A below 670, B below 1072
    assert tiers_of(pareto.pareto_view(db, TODAY)) == {
        "Ana": "A", "Bo": "A", "Cy": "B", "Fay": "C", "Ed": "C", "Di": "C", "Gus": "D"}
    with pytest.raises(InvalidValue, match="add up to more than 100%"):
        config.set_pareto_shares(db, 90, 20)
    with pytest.raises(InvalidValue, match="A share: 120"):
        config.set_pareto_shares(db, 120, 0)


def test_suggested_against_current(db, shop):
    tiers.set_tier(db, [shop["Ana"]], "A")
    tiers.set_tier(db, [shop["Ed"]], "A")
    diff = {r.display_name: (r.current, r.suggested) for r in pareto.pareto_view(db, TODAY).differences()}
    assert "Ana" not in diff and diff["Ed"] == ("A", "C") and diff["Gus"] == (None, "D")


def test_nobody_bought_in_the_window(db):
    buy(db, person(db, "Old"), "2020-01-01", "10")
    person(db, "Never")
    view = pareto.pareto_view(db, date(2026, 1, 1))
    assert view.total == Decimal("0.00") and tiers_of(view) == {"Old": "C", "Never": "D"}


def test_other_currencies_are_totalled_apart(db, shop):
    view = pareto.pareto_view(db, TODAY)
    assert view.other_currencies == {"EUR": Decimal("40.00")} and view.customers_in_other_currencies == 1


def test_customers_buying_only_in_another_currency_keep_their_tier(db, shop):
    """They cannot be ranked against CNY: no suggestion demotes them; an untiered one is C as any buyer."""
    pilar, jo = person(db, "Pilar", tier="A"), person(db, "Jo")
    buy(db, pilar, "2026-10-01", "9000", currency="EUR")
    buy(db, jo, "2026-10-01", "10", currency="EUR")
    tiers.set_tier(db, [shop["Di"]], "A")  # bought in CNY, only before the window: still suggested C
    view = pareto.pareto_view(db, TODAY)
    assert (tiers_of(view)["Pilar"], tiers_of(view)["Jo"], tiers_of(view)["Di"]) == ("A", "C", "C")
    assert "Pilar" not in {r.display_name for r in view.differences()}
    assert view.customers_in_other_currencies == 3  # Fay, Pilar, Jo: totalled apart
    assert tiers_of(view)["Fay"] == "B"  # CNY and EUR: ranked by her CNY, as before


def test_an_absurd_price_is_refused_so_the_reports_never_overflow(db, shop):
    from app.services.purchases import PurchaseData, add_purchase

    for price in ("99999999999999", "1e308", "NaN", "Infinity"):
        with pytest.raises(InvalidValue, match="price: "):
            add_purchase(db, shop["Ana"], PurchaseData(product="Widget", purchased_on=date(2026, 11, 1),
                                                      quantity=1000, unit_price=price, currency="CNY"))
    add_purchase(db, shop["Ana"], PurchaseData(product="Plant", purchased_on=date(2026, 11, 1), quantity=1,
                                               unit_price="9999999999", currency="CNY"))  # big, but one line
    assert pareto.pareto_view(db, TODAY).rows[0].display_name == "Ana"
