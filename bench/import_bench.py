"""Import speed: Rapport's whole import (parse, normalise, match, write) beside
vobject's own parse of the same file, in the same run; and where the time of
the largest import goes, stage by stage."""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import vobject

from app.models import ImportBatch
from app.models.db import open_store
from app.services import names, phones
from app.services.importing.drafts import make_draft, phone_keys
from app.services.importing.gc_pause import collector_paused
from app.services.importing.pipeline import ImportReport, import_files, parse_bytes
from app.services.importing.reference import _plan, import_files_reference
from app.services.importing.vcard import parse_vcard
from app.services.importing.vcard_vobject import parse_vcard_vobject
from app.services.importing.writer import Rows, write

from . import import_process_bench as process
from .timing import Area, Result, median_seconds

REGION = "CN"
SLOW_PATH_UP_TO = 5_000  # cards: the vobject path reads ~1,000 cards/s, too slow for the 100k file


def clear_caches() -> None:
    """Every run starts cold, as a user's first import of a file does."""
    phones.normalise.cache_clear()
    for cached in (names.pinyin_forms, names.sort_key, names._pinyin):
        cached.cache_clear()


def vobject_parse(path: Path) -> int:
    """The floor the issue measures against: vobject reading every card (QP allowed for 2.1)."""
    text = path.read_bytes().decode("utf-8")
    count = 0
    for card in vobject.readComponents(text, allowQP=True):
        card.contents  # noqa: B018 - touch the parsed card
        count += 1
    return count


def rapport_import(path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "bench.db")
        report = import_files(db, [path], region=REGION)
        db.kw["bind"].dispose()
        return report.added


def reference_import(path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "bench.db")
        report = import_files_reference(db, [path], region=REGION)
        db.kw["bind"].dispose()
        return report.added


def rapport_parse(path: Path) -> int:
    return len(parse_vcard(path.read_bytes(), source=path.name).contacts)


def slow_path_parse(path: Path) -> int:
    return len(parse_vcard_vobject(path.read_bytes(), source=path.name).contacts)


rows_written: dict[Path, Rows] = {}  # the last rows each file's import wrote: the storage bench reuses them


def import_stages(path: Path) -> tuple[dict[str, float], Rows]:
    """One import done piece by piece, as the reference path (`reference.import_files_reference`) does
    it, timing each piece.
    Returns the seconds per stage and the rows the import writes."""
    clear_caches()
    seconds: dict[str, float] = {}
    clock = time.perf_counter
    with tempfile.TemporaryDirectory() as folder, collector_paused():
        db = open_store(Path(folder) / "stages.db")
        start = clock()
        result = parse_bytes(path.read_bytes(), path.name)
        seconds["parse"] = clock() - start
        start = clock()
        known = phones.normalise_many(phone_keys(result.contacts), REGION)
        seconds["phones (normalise_many)"] = clock() - start
        start = clock()
        problems: list = []
        drafts = [d for d in (make_draft(r, REGION, path.name, problems, known) for r in result.contacts) if d]
        seconds["drafts (names, dates, keys)"] = clock() - start
        session = db()
        with session.begin():
            batch = ImportBatch(sources=path.name)
            session.add(batch)
            session.flush()
            start = clock()
            rows = _plan(session, drafts, ImportReport(sources=[path.name]), batch.id, None,
                         lambda done, total: None, lambda: None)
            seconds["match + rows (search text, pinyin sort names)"] = clock() - start
            start = clock()
            write(session, rows, batch.id, lambda: None)
        seconds["write + commit"] = clock() - start
        session.close()
        db.kw["bind"].dispose()
    rows_written[path] = rows
    return seconds, rows


def run(files: dict[str, Path], runs: int, scale: dict[int, Path] | None = None,
        reference_up_to: int = 100_000) -> Area:
    area = Area("import")
    memory: list[str] = []
    base = None
    for name, path in files.items():
        n = rapport_import(path)
        base_case = f"vobject parse only, {name}"
        baseline = median_seconds(lambda: vobject_parse(path), runs)
        area.results.append(Result("import", base_case, n, "contacts", baseline))
        cases = [(f"rapport parse only (fast path), {name}", lambda: rapport_parse(path))]
        if n <= SLOW_PATH_UP_TO:
            cases.append((f"rapport parse through vobject (slow path), {name}", lambda: slow_path_parse(path)))
        cases.append((f"rapport import (parse+phones+match+write), {name}", lambda: rapport_import(path)))
        if n <= reference_up_to:
            cases.append((f"reference import (before streaming, one process), {name}", lambda: reference_import(path)))
        for case, call in cases:
            area.results.append(Result("import", case, n, "contacts", median_seconds(call, runs, clear_caches),
                                       base_case, baseline))
        whole = [process.rapport_process(path) for _ in range(runs)]
        seconds = statistics.median(r.seconds for r in whole)
        area.results.append(Result("import", f"`rapport import`, whole process (start to exit), {name}", n,
                                   "contacts", seconds, base_case, baseline))
        vobject_runs = [process.vobject_process(path) for _ in range(runs)]
        vobject_whole = statistics.median(r[0] for r in vobject_runs)
        area.results.append(Result("import", f"vobject parse as a process of its own, {name}", n, "contacts",
                                   vobject_whole))
        area.results.append(Result("import", f"`rapport import`, whole process, against that, {name}", n,
                                   "contacts", seconds, f"vobject parse as a process of its own, {name}",
                                   vobject_whole))
        # CPU seconds, all processes summed: what a loaded machine cannot flatter (more processes get
        # more of a shared CPU than the one-process baseline does).
        vobject_cpu = statistics.median(r[1] for r in vobject_runs)
        area.results.append(Result("import", f"CPU seconds: vobject parse as a process, {name}", n, "contacts",
                                   vobject_cpu))
        area.results.append(Result("import", f"CPU seconds: `rapport import`, process and workers, {name}", n,
                                   "contacts", statistics.median(r.cpu_seconds for r in whole),
                                   f"CPU seconds: vobject parse as a process, {name}", vobject_cpu))
        base = base or _base()
        memory.append(_memory_line(name, n, whole, base))
    for n, path in sorted((scale or {}).items()):
        whole = [process.rapport_process(path) for _ in range(runs if n <= 100_000 else 1)]
        seconds = statistics.median(r.seconds for r in whole)
        area.results.append(Result("import", f"`rapport import`, whole process, {path.name} (scale)", n, "contacts",
                                   seconds))
        area.results.append(Result("import", f"CPU seconds of that, process and workers, {path.name} (scale)", n,
                                   "contacts", statistics.median(r.cpu_seconds for r in whole)))
        base = base or _base()
        memory.append(_memory_line(path.name, n, whole, base))
    if memory:
        area.details += ["Peak memory of `rapport import` (VmHWM, KiB), against the same command importing one card "
                         f"(base: the process {base.peak_kib:,} KiB):", "",
                         "| file | contacts | process peak | above base | per contact | workers' peaks |",
                         "|---|---:|---:|---:|---:|---|", *memory, ""]
    largest = max(files.values(), key=lambda p: p.stat().st_size)
    stage_runs = [import_stages(largest)[0]]  # one run: a breakdown, not a figure against a baseline
    total = sum(statistics.median(run[stage] for run in stage_runs) for stage in stage_runs[0])
    area.details += [f"Where the time of importing {largest.name} goes in the reference path (one run, "
                     "seconds):", "", "| stage | seconds | share |", "|---|---:|---:|"]
    for stage in stage_runs[0]:
        median = statistics.median(run[stage] for run in stage_runs)
        area.details.append(f"| {stage} | {median:.2f} | {median / total:.0%} |")
    area.details.append(f"| total | {total:.2f} | |")
    return area


def _base() -> "process.Run":
    with tempfile.TemporaryDirectory() as folder:
        return process.base_run(Path(folder))


def _memory_line(name: str, n: int, runs: list, base) -> str:
    peak = max(r.peak_kib for r in runs)
    workers = max((r.worker_peaks_kib for r in runs), key=sum)
    above = peak - base.peak_kib
    return (f"| {name} | {n:,} | {peak:,} | {above:,} | {above * 1024 / max(n, 1):,.0f} B | "
            f"{', '.join(f'{w:,}' for w in workers) or 'none (read in the process)'} |")
