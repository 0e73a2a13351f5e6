"""The whole `rapport import` as a user runs it: a process started on an existing store, timed from
start to exit, with its peak memory (VmHWM of the process and of each worker it starts, read from
/proc while it runs). Base memory is the same command importing a one-card file."""
from __future__ import annotations

import compileall
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import app
from app.services import clean_close
from app.services.store import close_store, open_for_use

REGION = "CN"
_RUN = "import sys\nfrom app.cli import main\nsys.exit(main(sys.argv[1:]))\n"  # what `rapport` runs
ONE_CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:One Card\r\nTEL:+86 138 1234 5678\r\nEND:VCARD\r\n"


class Run(NamedTuple):
    seconds: float
    cpu_seconds: float  # user + system of the process and every worker it started
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


def bytecode_current() -> None:
    """The app's bytecode written, as an installed copy has it (pip compiles at install). In a
    checkout whose sources changed since their .pyc were written, with PYTHONDONTWRITEBYTECODE set
    (as it is in the sessions that develop Rapport), every `rapport` process would compile those
    modules again, a cost no user pays."""
    for folder in app.__path__:
        compileall.compile_dir(folder, quiet=2)


def used_store(store: Path) -> Path:
    """An empty store as Rapport leaves one it has used: migrated, its derived columns stamped (opened
    for use), closed cleanly and checked, so that the next start has nothing to do first. A store made
    by `open_store` alone would have the import's process check it and stamp it before importing."""
    close_store(open_for_use(store), store)
    clean_close.record_check(store)
    return store


def rapport_process(path: Path) -> Run:
    """`rapport --db STORE import --region CN FILE` in a new process, on a store made beforehand."""
    bytecode_current()
    with tempfile.TemporaryDirectory() as folder:
        store = used_store(Path(folder) / "bench.db")
        cpu = _children_cpu()
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", _RUN, "--db", str(store), "import", "--region", REGION,
                                    str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peaks: dict[int, int] = {}
        own = 0  # VmHWM: ru_maxrss would count the bench's own memory, which a forked child starts with
        while process.poll() is None:
            own = max(own, _hwm(process.pid))
            for child in _children(process.pid):
                peaks[child] = max(peaks.get(child, 0), _hwm(child))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        err = process.stderr.read().decode()
        cpu = _children_cpu() - cpu
        if process.returncode != 0:
            raise RuntimeError(f"rapport import failed: {err[-500:]}")
        return Run(seconds, cpu, own, tuple(sorted((v for v in peaks.values() if v), reverse=True)))


def base_run(folder: Path) -> Run:
    one = folder / "one-card.vcf"
    one.write_bytes(ONE_CARD)
    return rapport_process(one)


_VOBJECT = ("import sys, vobject\ntext = open(sys.argv[1], 'rb').read().decode('utf-8')\n"
            "for card in vobject.readComponents(text, allowQP=True):\n    card.contents\n")


def vobject_process(path: Path) -> tuple[float, float]:
    """vobject's bare parse as a process of its own (the interpreter's start and vobject's import
    included): (seconds, CPU seconds)."""
    cpu = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _VOBJECT, str(path)], check=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    """CPU time of the children waited for so far (and of theirs: a worker counts once its import ends)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
