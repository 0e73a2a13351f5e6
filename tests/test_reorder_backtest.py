"""The reorder backtest (bench/reorder_backtest.py) on a small book: it runs, and the forecast does what
bench/RESULTS.md reports at full size: within 20% of the rhythm from 4 purchases, ahead of the naive rule."""
from __future__ import annotations

from statistics import median

from bench import reorder_backtest


def test_the_forecast_beats_the_last_interval_on_generated_histories():
    errors = reorder_backtest.run(customers=600, seed=3)
    four = errors["4+ purchases"]
    both = errors["3+ (both rules)"]
    assert median(four["forecast"]) <= 0.20
    assert median(both["forecast"]) < median(both["naive"])
    assert "| 2 purchases |" in "\n".join(reorder_backtest.table(errors))


def test_the_prior_weight_learns_whether_customers_of_a_product_are_alike():
    alike = reorder_backtest.run(customers=600, seed=3, spread=0.05)["_weight"]["forecast"][0]
    apart = reorder_backtest.run(customers=600, seed=3, spread=0.5)["_weight"]["forecast"][0]
    assert alike > 2 > apart


def test_the_speed_case_runs_on_a_small_store(tmp_path):
    lines = reorder_backtest.speed(150, tmp_path, runs=1)
    assert lines[0].startswith("150 contacts") and "| forecasts, kept (store unchanged) |" in lines[-1]
