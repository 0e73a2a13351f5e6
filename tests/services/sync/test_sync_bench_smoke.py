"""`python -m bench.sync_bench` on 30 cards, so the sync benchmark does not rot. No timing is asserted."""
from __future__ import annotations

from bench import sync_bench


def test_the_sync_bench_runs_every_case_on_a_tiny_book(capsys):
    sync_bench.main(["--cards", "30", "--runs", "1"])
    out = capsys.readouterr().out
    for case in ("first sync of 30 cards", "sync with nothing changed", "sync of 10 changes", "5 PUTs"):
        assert case in out
