"""RFM scores, quintiles with ties, dormancy and mixed currencies, on the hand-computed shop."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.services import settings
from app.services.value import config, rfm

from .conftest import TODAY, buy, person


def by_name(report):
    return {c.display_name: c for c in report.customers}


def test_recency_frequency_monetary_and_first_last_purchase(db, shop):
    report = rfm.compute_scores(db, TODAY)
    assert report.window_start == date(2025, 11, 20) and report.main_currency == "CNY"
    got = {name: (c.recency_days, c.frequency, c.monetary) for name, c in by_name(report).items()}
    assert got == {
        "Ana": (10, 3, Decimal("500.00")), "Bo": (10, 1, Decimal("500.00")), "Cy": (80, 1, Decimal("250.00")),
        "Di": (537, 0, Decimal("0.00")), "Ed": (255, 3, Decimal("30.00")), "Fay": (1, 2, Decimal("60.00")),
    }
    ana = by_name(report)["Ana"]
    assert (ana.first_purchase, ana.last_purchase) == (date(2026, 6, 1), date(2026, 11, 10))


def test_customers_without_purchases_lost_and_trashed_are_not_scored(db, shop):
    report = rfm.compute_scores(db, TODAY)
    assert set(by_name(report)) == {"Ana", "Bo", "Cy", "Di", "Ed", "Fay"}
    assert report.without_purchases == 1  # Gus


def test_scores_are_quintiles_of_rank_and_ties_share_the_lower_score(db, shop):
    # 6 customers: score = 1 + (5 * (rank - 1)) // 6, rank = SQL RANK() (ties share the first rank).
    # R by latest purchase: Di 1, Ed 2, Cy 3, Ana = Bo 4 (tie), Fay 6  -> 1, 1, 2, 3, 3, 5
    # F: Di 0 (1), Bo = Cy 1 (2), Fay 2 (4), Ana = Ed 3 (5)            -> 1, 1, 1, 3, 4, 4
    # M: Di 0 (1), Ed 30 (2), Fay 60 (3), Cy 250 (4), Ana = Bo 500 (5)  -> 1, 1, 2, 3, 4, 4
    report = rfm.compute_scores(db, TODAY)
    assert {c.display_name: c.rfm for c in report.customers} == {
        "Ana": "344", "Bo": "314", "Cy": "213", "Di": "111", "Ed": "141", "Fay": "532"}
    # best first: R+F+M, then monetary
    assert [c.display_name for c in report.customers] == ["Ana", "Fay", "Bo", "Cy", "Ed", "Di"]


def test_without_ties_the_scores_are_exact_quintiles(db):
    for i in range(1, 11):
        buy(db, person(db, f"P{i:02d}"), "2026-11-01", str(i * 10))
    scores = {c.display_name: c.m for c in rfm.compute_scores(db, TODAY).customers}
    assert [scores[f"P{i:02d}"] for i in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_equal_values_get_equal_scores(db):
    for i in range(7):
        buy(db, person(db, f"Same {i}"), "2026-11-01", "100")
    report = rfm.compute_scores(db, TODAY)
    assert {c.rfm for c in report.customers} == {"111"}


def test_dormant_after_twice_the_usual_interval_or_the_setting(db, shop):
    report = rfm.compute_scores(db, TODAY)
    # Ed: 3 buying days, mean gap 59 / 2 = 29.5, 255 days since > 59. Di: 1 day, 537 > 180.
    assert {c.display_name for c in report.customers if c.dormant} == {"Di", "Ed"}
    assert by_name(report)["Ed"].usual_interval_days == 29.5
    settings.put(db, config.DORMANT_DAYS, 60)  # Cy: one buying day, 80 days ago
    assert {c.display_name for c in rfm.compute_scores(db, TODAY).customers if c.dormant} == {"Cy", "Di", "Ed"}


def test_dormant_means_longer_than_twice_the_interval_not_equal(db):
    cid = person(db, "Regular")
    for day in ("2026-01-01", "2026-01-11", "2026-01-21"):  # every 10 days
        buy(db, cid, day, "10")
    assert not rfm.compute_scores(db, date(2026, 2, 10)).customers[0].dormant  # 20 days = twice
    assert rfm.compute_scores(db, date(2026, 2, 11)).customers[0].dormant  # 21 days


def test_other_currencies_are_listed_not_summed(db, shop):
    fay = by_name(rfm.compute_scores(db, TODAY))["Fay"]
    assert fay.monetary == Decimal("60.00") and fay.other_currencies == {"EUR": Decimal("40.00")}
    assert fay.as_json()["other_currencies"] == {"EUR": "40.00"}


def test_the_main_currency_can_be_set(db, shop):
    config.set_main_currency(db, "eur")
    report = rfm.compute_scores(db, TODAY)
    scores = by_name(report)
    assert report.main_currency == "EUR"
    assert scores["Fay"].monetary == Decimal("40.00") and scores["Fay"].other_currencies == {"CNY": Decimal("60.00")}
    assert scores["Ed"].monetary == Decimal("30.00")  # no currency written: taken as the main one
    assert scores["Ana"].monetary == Decimal("0.00") and scores["Ana"].other_currencies == {"CNY": Decimal("500.00")}


def test_a_shorter_window(db, shop):
    report = rfm.compute_scores(db, TODAY, months=3)  # after 2026-08-20
    got = {c.display_name: c.frequency for c in report.customers}
    assert got == {"Ana": 2, "Bo": 1, "Cy": 1, "Di": 0, "Ed": 0, "Fay": 2}


def test_an_empty_store_scores_nobody(db):
    report = rfm.compute_scores(db, TODAY)
    assert report.customers == [] and report.without_purchases == 0 and report.main_currency is None
