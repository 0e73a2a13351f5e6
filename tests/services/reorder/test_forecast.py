"""The reorder formula on histories worked out by hand."""
from __future__ import annotations

import math
from datetime import date, timedelta

from app.services.reorder.forecast import expected_interval, forecast, intervals, prior_weight


def _every(start: date, *gaps: int) -> list[date]:
    days = [start]
    for gap in gaps:
        days.append(days[-1] + timedelta(days=gap))
    return days


def test_a_regular_buyer_is_expected_one_interval_after_the_last_purchase():
    days = _every(date(2026, 1, 1), 30, 30, 30, 30)  # last on 2026-05-01
    f = forecast(days, prior_days=30)
    assert (f.purchases, f.own_median_days, round(f.usual_days, 6), f.expected_on) == (5, 30, 30, date(2026, 5, 31))


def test_few_intervals_are_pulled_toward_the_product_and_many_less():
    # 4 intervals of 30, product 60, K = 2: exp((4 ln 30 + 2 ln 60) / 6) = 30 * 2^(1/3) = 37.8 days
    assert round(expected_interval([30] * 4, 60, weight=2), 1) == 37.8
    # 1 interval of 30: exp((ln 30 + 2 ln 60) / 3) = 30 * 2^(2/3) = 47.6 days
    assert round(expected_interval([30], 60, weight=2), 1) == 47.6
    # 20 intervals: 30 * 2^(2/22) = 31.95; the customer's own rhythm wins
    assert round(expected_interval([30] * 20, 60, weight=2), 1) == 32.0


def test_an_irregular_buyer_gets_the_median_not_the_mean_or_the_last():
    days = _every(date(2026, 1, 1), 20, 40, 30, 100)  # a skipped order at the end: mean 47.5, last 100
    f = forecast(days, prior_days=None)
    assert (f.own_median_days, f.expected_on) == (35, max(days) + timedelta(days=35))


def test_one_purchase_uses_the_products_cycle_and_without_one_there_is_no_forecast():
    assert forecast([date(2026, 3, 1)], prior_days=90).expected_on == date(2026, 5, 30)
    assert forecast([date(2026, 3, 1)], prior_days=None) is None


def test_two_orders_on_one_day_are_one_occasion():
    assert intervals([date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 31)]) == [30]


def test_the_prior_weight_follows_noise_against_spread():
    # Customers alike (each exactly the product's rhythm give or take noise): trust the product.
    alike = [([27, 33, 30, 28, 32], 30.0)] * 6 + [([33, 27, 30, 32, 28], 30.0)] * 6
    # Customers each steady at a rhythm of their own, far apart: trust the customer.
    apart = [([g, g, g + 1, g], 30.0) for g in (10, 15, 20, 30, 45, 60, 90, 120, 150, 200, 300, 365)]
    assert prior_weight(alike) == 8.0 and prior_weight(apart) < 0.3
    assert prior_weight(apart[:5]) == 2.0  # too few customers to tell
    assert math.isfinite(prior_weight(alike))
