"""`python -m bench.reorder_backtest [--customers N] [--seed S]`: how well the reorder forecast
guesses each customer's last purchase, beside the naive "same as the last interval" rule.

Generated histories with known rhythms (seeded, so the table is reproducible):
- 8 products with typical cycles from 14 to 365 days;
- each customer buys one or two of them, 1 to 20 times each (uniform), with a rhythm of their
  own: the product's cycle times a log-normal factor (sigma 0.3, so most customers are within
  0.75-1.35x of it; --spread 0.1 makes customers of a product alike);
- each interval is the rhythm times log-normal noise, sigma drawn per customer from 0.05 to 0.25
  (steady and erratic buyers), and 1 order in 20 is skipped (the interval is doubled).

Each customer-product series hides its last purchase; the forecast sees the rest of the book as it
was (the priors come from the visible purchases only) and predicts the hidden date. The error is
|predicted - actual| in days, as a share of the customer's true rhythm. The naive rule predicts
last visible purchase + last visible interval, so needs two visible purchases (three in all).
"""
from __future__ import annotations

import argparse
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from statistics import median
from typing import Optional, Sequence

from app.services.reorder.forecast import expected_interval, intervals, pooled_median, prior_weight

PRODUCT_CYCLES = {"coffee beans": 14, "water filter": 30, "toner": 60, "paper": 45, "ink": 90,
                  "service kit": 180, "drum": 120, "licence": 365}
START = date(2020, 1, 1)


@dataclass
class Series:
    product: str
    rhythm: float  # the customer's true interval, days
    days: list[date]


def generate(customers: int, seed: int, spread: float = 0.3) -> list[Series]:
    rng = random.Random(seed)
    out = []
    names = list(PRODUCT_CYCLES)
    for _ in range(customers):
        noise = rng.uniform(0.05, 0.25)
        for product in rng.sample(names, rng.choice((1, 1, 2))):
            rhythm = PRODUCT_CYCLES[product] * math.exp(rng.gauss(0, spread))
            day = START + timedelta(days=rng.randint(0, 365))
            days = [day]
            for _ in range(rng.randint(1, 20) - 1):
                gap = rhythm * math.exp(rng.gauss(0, noise)) * (2 if rng.random() < 0.05 else 1)
                day += timedelta(days=max(1, round(gap)))
                days.append(day)
            out.append(Series(product, rhythm, days))
    return out


def run(customers: int = 3000, seed: int = 20, spread: float = 0.3) -> dict[str, dict[str, list[float]]]:
    """Errors (share of the rhythm) by group and rule."""
    series = generate(customers, seed, spread)
    visible = [s.days[:-1] for s in series]
    by_product: dict[str, list[list[int]]] = defaultdict(list)
    for s, days in zip(series, visible):
        by_product[s.product].append(intervals(days))
    book = pooled_median(g for gaps in by_product.values() for g in gaps)
    usual = {p: pooled_median(gaps) or book for p, gaps in by_product.items()}
    weight = prior_weight((intervals(days), usual[s.product]) for s, days in zip(series, visible))
    errors: dict[str, dict[str, list[float]]] = defaultdict(lambda: {"forecast": [], "naive": [], "K=2": [],
                                                                     "own median": []})
    for s, days in zip(series, visible):
        if not days:
            continue  # one purchase in all: nothing to hide
        actual = s.days[-1]
        gaps = intervals(days)
        predicted = expected_interval(gaps, usual[s.product], weight)
        groups = [_group(len(s.days)), "all with 2+"]
        if len(s.days) >= 4:
            groups.append("4+ purchases")
        if len(s.days) >= 3:
            groups.append("3+ (both rules)")
        for group in groups:
            errors[group]["forecast"].append(_error(days[-1], predicted, actual, s.rhythm))
            errors[group]["K=2"].append(_error(days[-1], expected_interval(gaps, usual[s.product], 2.0), actual,
                                               s.rhythm))
            own = expected_interval(gaps, None) if gaps else usual[s.product]
            errors[group]["own median"].append(_error(days[-1], own, actual, s.rhythm))
            if gaps:
                errors[group]["naive"].append(_error(days[-1], gaps[-1], actual, s.rhythm))
    errors["_weight"] = {"forecast": [weight], "naive": []}
    return errors


def _group(n: int) -> str:
    return "2 purchases" if n == 2 else "3 purchases" if n == 3 else "4-6 purchases" if n <= 6 else "7-20 purchases"


def _error(last: date, interval: Optional[float], actual: date, rhythm: float) -> float:
    if interval is None:
        return math.inf
    predicted = last + timedelta(days=round(interval))
    return abs((predicted - actual).days) / rhythm


GROUPS = ("2 purchases", "3 purchases", "4-6 purchases", "7-20 purchases", "4+ purchases", "3+ (both rules)",
          "all with 2+")


def table(errors) -> list[str]:
    lines = ["| customers' products | series | forecast: median error | naive last interval | forecast better in "
             "| same, K = 2 fixed | customer's own median alone |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for group in GROUPS:
        f, n = errors[group]["forecast"], errors[group]["naive"]
        naive = f"{median(n):.1%}" if n else "– (no interval)"
        better = f"{sum(a < b for a, b in zip(f, n)) / len(n):.0%}" if n and len(n) == len(f) else "–"
        lines.append(f"| {group} | {len(f):,} | {median(f):.1%} | {naive} | {better} "
                     f"| {median(errors[group]['K=2']):.1%} | {median(errors[group]['own median']):.1%} |")
    lines.append(f"\nprior weight K estimated from the book: {errors['_weight']['forecast'][0]:.2f}")
    return lines


def speed(contacts: int, folder: Path, runs: int = 5) -> list[str]:
    """Time the forecasts on bench/generate_store's store (a year of interactions and purchases, each
    purchase a random product): cold (read and learned), kept (the store unchanged since the last
    read: only the fingerprint and the live names), beside a bare SELECT of the purchases."""
    from sqlalchemy import text

    from app.models.db import open_store
    from app.services.catalogue import link_purchases
    from app.services.reorder import book

    from .generate_store import TODAY, customer_store
    from .timing import median_seconds

    db = open_store(customer_store(folder, contacts))
    with db.begin() as session:
        link_purchases(session)  # the generator writes purchases around the services
    with db() as session:
        purchases = session.execute(text("SELECT count(*) FROM purchases")).scalar()
        bare = median_seconds(lambda: session.connection().execute(
            text("SELECT contact_id, product_id, purchased_on FROM purchases")).all(), runs)
        cold = median_seconds(lambda: book.forecasts(session, TODAY), runs, setup=book._KEPT.clear)
        kept = median_seconds(lambda: book.forecasts(session, TODAY), runs)
        made = len(book.forecasts(session, TODAY))
    return [f"{contacts:,} contacts, {purchases:,} purchases, {made:,} forecasts (median of {runs}):",
            f"| bare SELECT of the purchases | {bare * 1000:.0f} ms |", f"| forecasts, cold | {cold * 1000:.0f} ms |",
            f"| forecasts, kept (store unchanged) | {kept * 1000:.0f} ms |"]


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reorder_backtest", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--spread", type=float, default=0.3,
                        help="sigma of ln(customer rhythm / product cycle) (default 0.3; 0.1: customers alike)")
    parser.add_argument("--speed", type=int, metavar="CONTACTS",
                        help="instead, time the forecasts on a generated store of CONTACTS contacts")
    args = parser.parse_args(argv)
    if args.speed:
        print("\n".join(speed(args.speed, Path(__file__).with_name("data"))))
        return
    print("\n".join(table(run(args.customers, args.seed, args.spread))))


if __name__ == "__main__":
    main()
