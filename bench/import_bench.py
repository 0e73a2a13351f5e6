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
from app.services.importing.pipeline import ImportReport, _plan, import_files, parse_bytes
from app.services.importing.vcard import parse_vcard
from app.services.importing.vcard_vobject import parse_vcard_vobject
from app.services.importing.writer import Rows, write

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


def rapport_parse(path: Path) -> int:
    return len(parse_vcard(path.read_bytes(), source=path.name).contacts)


def slow_path_parse(path: Path) -> int:
    return len(parse_vcard_vobject(path.read_bytes(), source=path.name).contacts)


rows_written: dict[Path, Rows] = {}  # the last rows each file's import wrote: the storage bench reuses them


def import_stages(path: Path) -> tuple[dict[str, float], Rows]:
    """One import done piece by piece, as `pipeline.import_files` does it, timing each piece.
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


def run(files: dict[str, Path], runs: int) -> Area:
    area = Area("import")
    for name, path in files.items():
        n = rapport_import(path)
        base = f"vobject parse only, {name}"
        baseline = median_seconds(lambda: vobject_parse(path), runs)
        area.results.append(Result("import", base, n, "contacts", baseline))
        cases = [(f"rapport parse only (fast path), {name}", lambda: rapport_parse(path))]
        if n <= SLOW_PATH_UP_TO:
            cases.append((f"rapport parse through vobject (slow path), {name}", lambda: slow_path_parse(path)))
        cases.append((f"rapport import (parse+phones+match+write), {name}", lambda: rapport_import(path)))
        for case, call in cases:
            area.results.append(Result("import", case, n, "contacts", median_seconds(call, runs, clear_caches),
                                       base, baseline))
    largest = max(files.values(), key=lambda p: p.stat().st_size)
    stage_runs = [import_stages(largest)[0] for _ in range(runs)]
    total = sum(statistics.median(run[stage] for run in stage_runs) for stage in stage_runs[0])
    area.details += [f"Where the time of importing {largest.name} goes (median of {runs}, seconds):", "",
                     "| stage | seconds | share |", "|---|---:|---:|"]
    for stage in stage_runs[0]:
        median = statistics.median(run[stage] for run in stage_runs)
        area.details.append(f"| {stage} | {median:.2f} | {median / total:.0%} |")
    area.details.append(f"| total | {total:.2f} | |")
    return area
