"""`python -m bench --quick` on tiny sizes, so the bench scripts do not rot. No timing is asserted."""
from __future__ import annotations

import sys

import pytest

from bench import __main__ as bench_main


def test_quick_bench_on_tiny_files_prints_every_area(tmp_path, capsys):
    bench_main.main(["--quick", "--contacts", "150", "--data", str(tmp_path)])
    out = capsys.readouterr().out
    assert out.startswith("machine: ")
    table = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| area")]
    areas = {line.split(" | ")[0].strip("| ") for line in table}
    assert {"import", "storage", "search", "call list", "today", "route", "phones"} <= areas
    assert "× baseline" in out and "EXPLAIN QUERY PLAN" in out
    assert "ix_contacts_due_card" in out  # the cadence query uses the index
    assert any("rapport parse through vobject (slow path)" in line for line in table)
    assert "Where the time of importing" in out
    assert (tmp_path / "book-150.vcf").exists() and (tmp_path / "phone-150.vcf").exists()


def test_the_value_bench_is_left_out_when_it_is_not_there(monkeypatch):
    monkeypatch.setattr(bench_main.importlib.util, "find_spec", lambda name: None)
    assert bench_main._values(1) is None


def test_the_value_bench_rows_are_included_when_it_is_there(monkeypatch):
    fake = type(sys)("bench.value_bench")
    fake.run = lambda runs: [("RFM scores", 10, 0.5)]
    monkeypatch.setitem(sys.modules, "bench.value_bench", fake)
    monkeypatch.setattr(bench_main.importlib.util, "find_spec", lambda name: object())
    monkeypatch.setattr(sys.modules["bench"], "value_bench", fake, raising=False)
    area = bench_main._values(1)
    assert [(r.case, r.items, r.seconds) for r in area.results] == [("RFM scores", 10, 0.5)]


@pytest.mark.parametrize("argv", [["--only", "nonsense"], ["--runs"]])
def test_usage_mistakes_are_refused(argv):
    with pytest.raises(SystemExit):
        bench_main.main(argv)


def test_the_hostile_bench_runs_an_input_in_a_child_and_prints_the_goals(tmp_path, capsys):
    from bench import hostile_bench

    assert hostile_bench.main(["--quick", "--only", "fifo", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| a FIFO"))
    assert "refused: " in row and "not a regular file" in row and row.endswith(" MB |")
    assert "QP soft breaks" in out and "crashes, hangs or missed goals: none" in out
