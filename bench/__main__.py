"""`python -m bench [--runs N] [--quick] [--only AREA …]`: generate the data, run every
case, print medians and ratios as Markdown.

Ratios compare against a baseline measured in the same run on the same machine
(vobject's parse for imports, raw sqlite3 for storage and search, phonenumbers
itself for phones), so they mean something on any laptop. Generated files and
stores are kept in bench/data and made again only when their size changes.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from . import (calllist_bench, generate, import_bench, notes_bench, phones_bench, postgres_bench, route_bench,
               search_bench, startup_bench, storage_bench, today_kept_bench)
from .generate_store import customer_store
from .timing import Area, Result

DATA = Path(__file__).with_name("data")
AREAS = ("import", "storage", "search", "calllist", "today", "route", "phones", "values", "startup", "notes",
         "postgres")
# postgres starts a PostgreSQL server of its own: asked for by name (--only postgres), not by default
DEFAULT_AREAS = tuple(area for area in AREAS if area != "postgres")
_VOLUMES = {"contacts", "rows", "numbers", "customers"}  # units a rate per second makes sense for


@dataclass(frozen=True)
class Sizes:
    phone_cards: int = 2_000  # a phone's vCard 2.1 export, quoted-printable CJK names
    book_cards: int = 100_000  # a vCard 3.0 address book
    store_contacts: int = 100_000  # a store with a year of interactions and purchases
    numbers: int = 200_000  # distinct phone numbers, as many as the 100k address book holds
    scale: tuple[int, ...] = (10_000, 100_000, 300_000)  # whole-process imports: does anything grow faster?
    today_sizes: tuple[int, ...] = (10_000, 100_000, 300_000)  # today's kept list: linear or better?


QUICK = Sizes(phone_cards=200, book_cards=2_000, store_contacts=2_000, numbers=5_000, scale=(500, 1_000),
              today_sizes=(2_000,))


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{model}, {cores} cores (nproc), Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def _values(runs: int) -> Optional[Area]:
    """Another engineer's bench/value_bench.py (rows of (case, customers, seconds)), when it is there."""
    if importlib.util.find_spec("bench.value_bench") is None:
        return None
    from . import value_bench

    area = Area("values")
    for row in value_bench.run(runs):
        if isinstance(row, Result):
            area.results.append(row)
        else:
            case, n, seconds = row[:3]
            area.results.append(Result("values", case, n, "customers", seconds))
    return area


def print_table(areas: list[Area]) -> None:
    print("| area | case | n | median | per second | × baseline |")
    print("|---|---|---:|---:|---:|---:|")
    for area in areas:
        baselines = {r.baseline for r in area.results}
        for r in area.results:
            ratio = (f"{r.ratio:.2f}" if r.ratio >= 0.01 else f"{r.ratio:.5f}") if r.ratio is not None else "baseline" if r.case in baselines else "–"
            rate = f"{r.items / r.seconds:,.0f}" if r.seconds and r.items and r.unit in _VOLUMES else "–"
            print(f"| {r.area} | {r.case} | {r.items:,} {r.unit} | {_seconds(r.seconds)} | {rate} | {ratio} |")
    for area in areas:
        if area.details:
            print(f"\n### {area.name}\n")
            print("\n".join(area.details))


def _seconds(value: float) -> str:
    if value < 0.001:  # a kept list's read: tenths of a millisecond would all print as 0.0 ms
        return f"{value * 1_000_000:.0f} µs"
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.1f} ms"


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, help="runs per case; the median is kept (default 3, 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="small sizes and one run: a smoke run, not figures")
    parser.add_argument("--only", nargs="+", choices=AREAS, metavar="AREA", help=f"some of: {', '.join(AREAS)}")
    parser.add_argument("--contacts", type=int, help="use this size for every file and store (tests use a tiny one)")
    parser.add_argument("--data", type=Path, default=DATA, help="where generated files and stores are kept")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else Sizes()
    if args.contacts:
        sizes = Sizes(args.contacts, args.contacts, args.contacts, args.contacts, (args.contacts, 2 * args.contacts),
                      (args.contacts,))
    runs = args.runs or (1 if args.quick else 3)
    wanted = set(args.only or DEFAULT_AREAS)
    print(f"machine: {machine()}")
    print(f"median of {runs} run{'s' if runs > 1 else ''}; sizes: {sizes}\n")

    files = generate.write(args.data, sizes.phone_cards, sizes.book_cards)
    book = files[next(name for name in files if name.startswith("book-"))]
    store = (lambda: customer_store(args.data, sizes.store_contacts))
    plans: list[tuple[str, Callable[[], Optional[Area]]]] = [
        ("import", lambda: import_bench.run(files, runs, generate.scale(args.data, sizes.scale))),
        ("storage", lambda: storage_bench.run(book, runs)),
        ("search", lambda: search_bench.run(args.data, sizes.store_contacts, runs)),
        ("calllist", lambda: calllist_bench.run(store(), runs)),
        ("today", lambda: today_kept_bench.run(args.data, sizes.today_sizes, runs)),
        ("route", lambda: route_bench.run(store(), runs)),
        ("phones", lambda: phones_bench.run(sizes.numbers, runs)),
        ("values", lambda: None if args.quick else _values(runs)),  # value_bench has one size: 100k customers
        ("startup", lambda: startup_bench.run(store(), runs)),
        ("notes", lambda: notes_bench.run(1_000 if args.quick else 100_000, runs)),
        ("postgres", lambda: postgres_bench.run(book, store(), runs)),
    ]
    areas = []
    for name, measure in plans:
        if name in wanted:
            started = time.perf_counter()
            area = measure()
            if area is not None:
                areas.append(area)
                area.details.append(f"\n({name}: {time.perf_counter() - started:.0f} s to measure)")
    print_table(areas)


if __name__ == "__main__":
    main()
