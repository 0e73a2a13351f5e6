"""The whole `rapport import` as a user runs it: a process started on an existing store, timed from
start to exit, with its peak memory (VmHWM of the process and of each worker it starts, read from
/proc while it runs). Base memory is the same command importing a one-card file."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

from app.models.db import open_store

REGION = "CN"
# What `rapport` runs, plus a line with the process's own peak memory on exit.
_RUN = ("import resource, sys\nfrom app.cli import main\ncode = main(sys.argv[1:])\n"
        "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\nsys.exit(code)\n")
ONE_CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One Card\r\nTEL:+86 138 1234 5678\r\nEND:VCARD\r\n"


class Run(NamedTuple):
    seconds: float
    peak_kib: int  # the process itself
    worker_peaks_kib: tuple[int, ...]  # each worker process it started


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def _hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rapport_process(path: Path) -> Run:
    """`rapport --db STORE import --region CN FILE` in a new process, on a store made beforehand."""
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "bench.db"
        open_store(store).kw["bind"].dispose()
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", _RUN, "--db", str(store), "import", "--region", REGION,
                                    str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peaks: dict[int, int] = {}
        while process.poll() is None:
            for child in _children(process.pid):
                peaks[child] = max(peaks.get(child, 0), _hwm(child))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        err = process.stderr.read().decode()
        if process.returncode != 0:
            raise RuntimeError(f"rapport import failed: {err[-500:]}")
        peak = int(next(line.split()[1] for line in err.splitlines() if line.startswith("PEAK")))
        return Run(seconds, peak, tuple(sorted((v for v in peaks.values() if v), reverse=True)))


def base_run(folder: Path) -> Run:
    one = folder / "one-card.vcf"
    one.write_bytes(ONE_CARD)
    return rapport_process(one)


_VOBJECT = ("import sys, vobject\ntext = open(sys.argv[1], 'rb').read().decode('utf-8')\n"
            "for card in vobject.readComponents(text, allowQP=True):\n    card.contents\n")


def vobject_process(path: Path) -> float:
    """vobject's bare parse as a process of its own: the interpreter's start and vobject's import included."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _VOBJECT, str(path)], check=True)
    return time.perf_counter() - start
