"""The expected next purchase of one customer's product, from the days they bought it.

No store, no dates beyond the history: pure arithmetic, so hand-computed histories test it and the
backtest (bench/reorder_backtest.py) measures it.

The formula. A customer bought a product on n distinct days, so has k = n - 1 intervals; their
median is m. The product's usual interval p is its replacement cycle when the salesperson set one,
else the median interval of all its repeat buyers (else the whole book's median). The expected
interval is a weighted geometric mean:

    expected = exp( (k * ln m + K * ln p) / (k + K) )

- k = 0 (one purchase): expected = p, the product's cycle; no p, no forecast.
- Few intervals: pulled toward p. One interval is a noisy witness (a late order, a double order);
  p is what customers of that product usually do. As k grows the customer's own rhythm wins.
- The median, not the mean: one skipped order (an interval twice as long) does not move it.
- Logarithms: intervals are multiplicative (a 30-day buyer who is 20% late is 6 days late, a
  180-day buyer 36), so "halfway between 30 and 120 days" is 60, not 75.
- K, the prior's weight in intervals, is the ratio of the noise within a customer's intervals to the
  spread of rhythms between customers (empirical Bayes, the normal-normal shrinkage of a mean):
  K = sigma_within^2 / tau_between^2, both of ln-intervals, estimated from the book's repeat buyers
  (`prior_weight`). Noisy customers of a product everyone buys alike: K large, trust the product.
  Steady customers with rhythms of their own: K small, trust the customer. Clamped to [0.25, 8];
  too few buyers to tell (under 10 with three intervals or more): K = 2. Against the book's median
  (a product nobody else buys again) K is estimated the same way from every customer against the
  book's median, so it comes out small where products differ; too few buyers: K = 0.25.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from typing import Iterable, Optional, Sequence

DEFAULT_PRIOR_WEIGHT = 2.0
# The whole book's median stands in for a product nobody else buys again; it mixes toner with drums,
# so until measured it counts for a quarter of one of the customer's own intervals.
DEFAULT_BOOK_WEIGHT = 0.25
MIN_SERIES_FOR_WEIGHT = 10


@dataclass(frozen=True, slots=True)
class Forecast:
    last_on: date
    purchases: int  # distinct buying days
    own_median_days: Optional[float]  # None with one purchase
    usual_days: float  # the expected interval
    expected_on: date


def intervals(days: Sequence[date]) -> list[int]:
    """Days between distinct buying days, in order (two orders on one day are one occasion)."""
    return ordinal_intervals([day.toordinal() for day in days])


def ordinal_intervals(days: Sequence[int]) -> list[int]:
    """intervals() of days as date.toordinal() numbers: the store's thousands of series, without
    a timedelta per subtraction."""
    distinct = sorted(set(days))
    return [b - a for a, b in zip(distinct, distinct[1:])]


def expected_interval(gaps: Sequence[int], prior_days: Optional[float], weight: float = DEFAULT_PRIOR_WEIGHT
                      ) -> Optional[float]:
    """The formula above; None when there is nothing to go on."""
    if not gaps:
        return prior_days if prior_days and prior_days > 0 else None
    own = max(median(gaps), 1)  # a 0-day median is impossible (distinct days); 1 keeps the log finite
    if not prior_days or prior_days <= 0:
        return float(own)
    k = len(gaps)
    return math.exp((k * math.log(own) + weight * math.log(prior_days)) / (k + weight))


def forecast(days: Sequence[date], prior_days: Optional[float], weight: float = DEFAULT_PRIOR_WEIGHT
             ) -> Optional[Forecast]:
    return forecast_from(max(days), intervals(days), prior_days, weight) if days else None


def forecast_from(last: date, gaps: Sequence[int], prior_days: Optional[float], weight: float = DEFAULT_PRIOR_WEIGHT
                  ) -> Optional[Forecast]:
    """forecast() from the last buying day and the intervals before it."""
    usual = expected_interval(gaps, prior_days, weight)
    if usual is None:
        return None
    return Forecast(last, len(gaps) + 1, float(median(gaps)) if gaps else None, usual,
                    last + timedelta(days=round(usual)))


def pooled_median(series: Iterable[Sequence[int]]) -> Optional[float]:
    """The median of every interval of every customer: a product's, or the book's, usual interval."""
    every = [gap for gaps in series for gap in gaps]
    return float(median(every)) if every else None


def prior_weight(series: Iterable[tuple[Sequence[int], Optional[float]]],
                 default: float = DEFAULT_PRIOR_WEIGHT) -> float:
    """K = sigma_within^2 / tau_between^2 from (a customer's intervals, their product's usual interval).

    sigma_within^2: the mean, over customers with three intervals or more, of the variance of their
    ln-intervals. tau_between^2: the variance of those customers' mean ln-interval around their
    product's, less the part the noise explains (sigma^2 / k on average), floored so K stays finite.
    """
    within, offsets, noise_share = [], [], []
    for gaps, prior in series:
        if len(gaps) < 3 or not prior or prior <= 0:
            continue
        logs = [math.log(max(g, 1)) for g in gaps]
        mean = sum(logs) / len(logs)
        within.append(sum((x - mean) ** 2 for x in logs) / (len(logs) - 1))
        offsets.append(mean - math.log(prior))
        noise_share.append(1 / len(logs))
    if len(within) < MIN_SERIES_FOR_WEIGHT:
        return default
    sigma2 = sum(within) / len(within)
    centre = sum(offsets) / len(offsets)
    spread = sum((o - centre) ** 2 for o in offsets) / (len(offsets) - 1)
    tau2 = max(spread - sigma2 * sum(noise_share) / len(noise_share), 1e-4)
    return min(max(sigma2 / tau2, 0.25), 8.0)
