"""Phone normalisation: Rapport's `normalise` one by one and `normalise_many` over
the cores, beside phonenumbers itself (parse, validate, format as E.164)."""
from __future__ import annotations

import os
import random

import phonenumbers

from app.services import phones

from .timing import Area, Result, median_seconds

REGION = "CN"


def numbers(n: int, seed: int = 5) -> list[str]:
    """Distinct numbers as an address book writes them: Chinese mobiles and landlines, Spanish offices."""
    rng = random.Random(seed)
    made: dict[str, None] = {}
    while len(made) < n:
        kind = rng.random()
        if kind < 0.6:
            number = f"+86 1{rng.choice('3589')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        elif kind < 0.8:
            number = f"0{rng.randint(10, 29)}-{rng.randint(5000_0000, 8999_9999)}"
        else:
            number = f"+34 91 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        made[number] = None
    return list(made)


def phonenumbers_only(texts: list[str]) -> None:
    for text in texts:
        try:
            parsed = phonenumbers.parse(text, REGION)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def run(n: int, runs: int) -> Area:
    texts = numbers(n)
    keys = [(text, None) for text in texts]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    base = f"phonenumbers parse + validate + E.164, {n:,} numbers"
    baseline = median_seconds(lambda: phonenumbers_only(texts), runs)
    clear = phones.normalise.cache_clear
    cases = [
        ("phones.normalise one by one (cache cold)", lambda: [phones.normalise(t, REGION) for t in texts]),
        (f"phones.normalise_many, {cores} worker processes (spawn included)",
         lambda: phones.normalise_many(keys, REGION, workers=cores, parallel_from=0)),
    ]
    area = Area("phones", [Result("phones", base, n, "numbers", baseline)])
    for case, call in cases:
        area.results.append(Result("phones", case, n, "numbers", median_seconds(call, runs, clear), base, baseline))
    area.details.append(f"An import uses worker processes from {phones.PARALLEL_FROM:,} distinct numbers on "
                        "(phones.PARALLEL_FROM); below that it normalises in its own process.")
    return area
