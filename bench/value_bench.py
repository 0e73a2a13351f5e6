"""Customer-value speed: RFM scores and the 80/20 view over 100,000 customers
and 1,000,000 purchases, written with Core inserts into a temporary store.

    from bench import value_bench
    for case, n, seconds in value_bench.run(3):
        print(case, n, seconds)

or `python -m bench.value_bench [--runs N]`.
"""
from __future__ import annotations

import argparse
import random
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from app.models import Contact, Purchase
from app.models.db import open_store
from app.services.value import pareto, rfm, tier_log

from .timing import median_seconds

CUSTOMERS = 100_000
PURCHASES = 1_000_000
TODAY = date(2026, 11, 20)
_CHUNK = 50_000


def fill(db, customers: int = CUSTOMERS, purchases: int = PURCHASES, seed: int = 8) -> None:
    """Customers, one in ten never buying; purchases over three years, a few in EUR, some unpriced."""
    rng = random.Random(seed)
    engine = db.kw["bind"]
    with engine.begin() as conn:
        conn.execute(insert(Contact), [
            {"id": i, "display_name": f"Customer {i:06d}", "sort_name": f"customer {i:06d}", "search_text": ""}
            for i in range(1, customers + 1)
        ])
        buyers = [cid for cid in range(1, customers + 1) if cid % 10]
        weights = [rng.paretovariate(1.5) for _ in buyers]  # a few big customers, a long tail
        for start in range(0, purchases, _CHUNK):
            count = min(_CHUNK, purchases - start)
            who = rng.choices(buyers, weights=weights, k=count)
            conn.execute(insert(Purchase), [
                {"contact_id": cid, "product": "Widget", "quantity": rng.randint(1, 3),
                 "unit_price": None if rng.random() < 0.02 else Decimal(rng.randint(500, 500_000)) / 100,
                 "currency": "EUR" if rng.random() < 0.03 else "CNY",
                 "purchased_on": TODAY - timedelta(days=rng.randint(0, 3 * 365))}
                for cid in who
            ])


def _apply_and_undo(db) -> None:
    tier_log.apply_suggestions(db, TODAY)
    tier_log.undo(db)


def run(runs: int = 3) -> list[tuple[str, int, float]]:
    """Rows of (case, customers, median seconds)."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "value-bench.db")
        try:
            fill(db)
            return [
                (f"RFM scores, {PURCHASES:,} purchases", CUSTOMERS,
                 median_seconds(lambda: rfm.compute_scores(db, TODAY), runs)),
                (f"80/20 view, {PURCHASES:,} purchases", CUSTOMERS,
                 median_seconds(lambda: pareto.pareto_view(db, TODAY), runs)),
                ("apply every suggested tier, then undo the batch", CUSTOMERS,
                 median_seconds(lambda: _apply_and_undo(db), runs)),
            ]
        finally:
            db.kw["bind"].dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.value_bench")
    parser.add_argument("--runs", type=int, default=3, help="runs per case; the median is kept (default 3)")
    args = parser.parse_args()
    print("| case | customers | seconds |\n|---|---:|---:|")
    for case, n, seconds in run(args.runs):
        print(f"| {case} | {n:,} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
