"""`python -m bench [--runs N]`: generate the data, run every case, print medians and ratios.

Ratios compare against a baseline measured in the same run on the same
machine (vobject's parse for imports), so they mean something on any laptop.
"""
from __future__ import annotations

import argparse
import os
import platform
from pathlib import Path

from . import generate, import_bench

DATA = Path(__file__).with_name("data")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--runs", type=int, default=3, help="runs per case; the median is kept (default 3)")
    args = parser.parse_args()
    files = generate.write(DATA)
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    print(f"median of {args.runs} runs\n")
    print(f"| case | contacts | seconds | contacts/s | × vobject's time |")
    print(f"|---|---:|---:|---:|---:|")
    for case, n, seconds, baseline in import_bench.run(files, args.runs):
        print(f"| {case} | {n:,} | {seconds:.2f} | {n / seconds:,.0f} | {seconds / baseline:.3f} |")


if __name__ == "__main__":
    main()
