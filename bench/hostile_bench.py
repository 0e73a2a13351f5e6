"""`python -m bench.hostile_bench [--quick] [--data DIR]`: every hostile input of issue 14 through
`rapport import`, each in a process of its own, against a benign file of the same size.

Per input: what happened (imported, or the one-line refusal), the import's time (measured in the
child, without the interpreter's start-up), the time of a benign file of the same size imported the same way, their ratio (goal: no input over 10×), and the child's peak
memory from wait4's ru_maxrss (goal: under 1 GB). A traceback or "unexpected error" in a child's
output counts as a failure. The inputs: every file under tests/data/hostile/, the big ones
bench/hostile_inputs.py makes (a 12 MB quoted-printable card, 100,000 categories, 10,000 columns,
a 100 MB quoted cell, a card of 12 MB of junk lines, 100 MB of empty lines) and a symlink to /dev/zero, one to /dev/urandom and a FIFO.

Benign files: ordinary cards or rows (a name, a number, an e-mail, a note) of the same size; for the
100 MB cell, a CSV of that size whose rows carry 100 KB notes (a million ordinary rows would
measure the writer, not the reader); for a device or a FIFO, which have no size, a 1 KB file.
Also printed: the QP file parsed against a plain file of the same size (goal: within 3×).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from . import hostile_inputs as make

HOSTILE_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "hostile"
TIMEOUT_S = 600
MEMORY_GOAL_MB = 1024
RATIO_GOAL = 10.0
QP_GOAL = 3.0
# The child times the import itself (not the interpreter's start, which would hide a slow input
# behind a second of start-up) and leaves the figure in a file; a crash leaves none.
_CHILD = ("import os, sys, time; from app.cli import main; start = time.perf_counter(); code = main(sys.argv[1:]); "
          "open(os.environ['BENCH_SECONDS'], 'w').write(repr(time.perf_counter() - start)); sys.exit(code)")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: Optional[int]  # None: killed at the timeout
    output: str

    @property
    def crashed(self) -> bool:
        return self.code is None or "Traceback" in self.output or "unexpected error" in self.output

    def outcome(self) -> str:
        if self.code is None:
            return f"hung (killed after {TIMEOUT_S} s)"
        lines = [line for line in self.output.splitlines() if line.strip()]
        if self.code == 0:
            added = next((line for line in lines if line.startswith("imported ")), "imported")
            return added.split(":")[0]
        return ("refused: " + lines[-1].removeprefix("rapport: ")) if lines else f"exit {self.code}"


def import_in_child(path: Path, workdir: Path) -> Run:
    """`rapport import PATH` into a fresh store in its own process; wall time and peak memory."""
    store = Path(tempfile.mkdtemp(dir=workdir)) / "bench.db"
    env = dict(os.environ, HOME=str(store.parent), XDG_DATA_HOME=str(store.parent),
               XDG_STATE_HOME=str(store.parent), BENCH_SECONDS=str(store.parent / "seconds"))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _CHILD, "--db", str(store), "import", path.name],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=path.parent)
    try:
        output, _ = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        output, _ = child.communicate()
        child.returncode = None
    seconds = time.perf_counter() - start
    timed = store.parent / "seconds"
    if timed.exists():
        seconds = float(timed.read_text())
    # communicate() reaped the child; its rusage is what this process's children used at most.
    import resource

    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return Run(seconds, peak_kb / 1024, child.returncode, output.decode("utf-8", "replace"))


def import_measured(path: Path, workdir: Path) -> Run:
    """As import_in_child, with the peak of this child alone: RUSAGE_CHILDREN keeps the largest
    child so far, so each measurement runs under a fresh intermediate process."""
    code = ("import sys, json, pathlib; from bench.hostile_bench import import_in_child; "
            "r = import_in_child(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])); "
            "print(json.dumps([r.seconds, r.peak_mb, r.code, r.output]))")
    done = subprocess.run([sys.executable, "-c", code, str(path), str(workdir)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=TIMEOUT_S + 60)
    import json

    seconds, peak_mb, returncode, output = json.loads(done.stdout.splitlines()[-1])
    return Run(seconds, peak_mb, returncode, output)


@dataclass
class Case:
    name: str
    write: Callable[[Path], Path]  # makes the hostile input in a folder, returns its path
    benign: Callable[[int], bytes]  # a benign file of a given size


def _file(name: str, data: Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data())
        return path
    return write


def _link(name: str, target: str) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        if target == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to(target)
        return path
    return write


def _copy(path: Path) -> Callable[[Path], Path]:
    return lambda folder: path


def _benign_for(name: str) -> Callable[[int], bytes]:
    return make.ordinary_vcards if name.endswith((".vcf", ".txt")) else make.ordinary_csv


def cases(quick: bool) -> list[Case]:
    qp_size = 200_000 if quick else 12 * 1024 * 1024
    categories = 2_000 if quick else 100_000
    columns = 2_000 if quick else 10_000
    cell = 1_000_000 if quick else 100 * 1024 * 1024
    found = [Case(f"tests/data/hostile/{p.name}", _copy(p), _benign_for(p.name))
             for p in sorted(HOSTILE_DIR.iterdir()) if p.is_file() and p.name != "README.md"]
    return found + [
        Case(f"QP soft breaks, {qp_size / 2**20:.1f} MB", _file("qp.vcf", lambda: make.qp_soft_breaks(qp_size)),
             make.ordinary_vcards),
        Case(f"one card in {categories:,} categories", _file("cats.vcf", lambda: make.many_categories(categories)),
             make.ordinary_vcards),
        Case(f"CSV of {columns:,} columns", _file("wide.csv", lambda: make.wide_csv(columns)), make.ordinary_csv),
        Case(f"one quoted cell of {cell / 2**20:.0f} MB", _file("cell.csv", lambda: make.big_quoted_cell(cell)),
             make.long_notes_csv),
        Case(f"one card of {qp_size / 2**20:.0f} MB of lines that are not properties",
             _file("junk.vcf", lambda: make.junk_lines_card(qp_size)), make.ordinary_vcards),
        Case(f"a CSV of {cell / 2**20:.0f} MB of empty lines", _file("empty.csv", lambda: make.empty_lines_csv(cell)),
             make.long_notes_csv),
        Case("symlink to /dev/zero", _link("zero.vcf", "/dev/zero"), make.ordinary_vcards),
        Case("symlink to /dev/urandom", _link("urandom.csv", "/dev/urandom"), make.ordinary_csv),
        Case("a FIFO nobody writes to", _link("fifo.vcf", "fifo"), make.ordinary_vcards),
    ]


def qp_against_plain(size: int) -> tuple[float, float, float]:
    """Parse time (best of 3) of the QP file, a plain folded file and ordinary cards of one size."""
    from app.services.importing.pipeline import parse_bytes

    times = []
    for maker in (make.qp_soft_breaks, make.folded_note, make.ordinary_vcards):
        data = maker(size)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            parse_bytes(data, "x.vcf")
            best = min(best, time.perf_counter() - start)
        times.append(best)
    return times[0], times[1], times[2]


def run(quick: bool, workdir: Path, only: Optional[str] = None) -> bool:
    print("| input | size | what happened | time | benign, same size | × benign | peak memory |")
    print("|---|---:|---|---:|---:|---:|---:|")
    worst_ratio, worst_mb, failures = 0.0, 0.0, []
    for case in cases(quick):
        if only and only.lower() not in case.name.lower():
            continue
        folder = Path(tempfile.mkdtemp(dir=workdir))
        path = case.write(folder)
        size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
        hostile = import_measured(path, workdir)
        benign_path = folder / ("benign" + (".vcf" if case.benign is make.ordinary_vcards else ".csv"))
        benign_path.write_bytes(case.benign(max(size, 1024)))
        benign = import_measured(benign_path, workdir)
        ratio = hostile.seconds / benign.seconds
        worst_ratio, worst_mb = max(worst_ratio, ratio), max(worst_mb, hostile.peak_mb)
        if hostile.crashed or ratio > RATIO_GOAL or hostile.peak_mb > MEMORY_GOAL_MB:
            failures.append(case.name)
        shown = f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size:,} B" if size else "–"
        print(f"| {case.name} | {shown} | {hostile.outcome()[:110]} | {hostile.seconds:.2f} s | "
              f"{benign.seconds:.2f} s | {ratio:.2f} | {hostile.peak_mb:.0f} MB |")
        for leftover in folder.iterdir():
            if leftover.is_file() or leftover.is_symlink() or leftover.is_fifo():
                leftover.unlink()
    qp_size = 2 * 1024 * 1024 if quick else 12 * 1024 * 1024
    qp, plain, ordinary = qp_against_plain(qp_size)
    print()
    print(f"Parsing {qp_size / 2**20:.1f} MB (best of 3): QP soft breaks {qp:.2f} s, the same note folded "
          f"plainly {plain:.2f} s ({qp / plain:.2f}×, goal ≤ {QP_GOAL:.0f}×), ordinary cards {ordinary:.2f} s "
          f"({qp / ordinary:.2f}×).")
    print(f"Worst: {worst_ratio:.2f}× a benign file (goal ≤ {RATIO_GOAL:.0f}×), {worst_mb:.0f} MB peak memory "
          f"(goal < {MEMORY_GOAL_MB} MB); crashes, hangs or missed goals: {', '.join(failures) or 'none'}.")
    return not failures and qp <= QP_GOAL * plain


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run of the script")
    parser.add_argument("--data", type=Path, help="folder for the generated files (default: a temporary one)")
    parser.add_argument("--only", help="only the inputs whose name holds this text")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.data) as workdir:
        return 0 if run(args.quick, Path(workdir), args.only) else 1


if __name__ == "__main__":
    sys.exit(main())
