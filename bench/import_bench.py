"""Import speed: Rapport's whole import (parse, normalise, match, write) beside
vobject's own parse of the same file, in the same run."""
from __future__ import annotations

import tempfile
from pathlib import Path

import vobject

from app.models.db import open_store
from app.services.importing.pipeline import import_files
from app.services.importing.vcard import parse_vcard

from .timing import median_seconds


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
        report = import_files(db, [path], region="CN")
        db.kw["bind"].dispose()
        return report.added


def rapport_parse(path: Path) -> int:
    return len(parse_vcard(path.read_bytes(), source=path.name).contacts)


def run(files: dict[str, Path], runs: int) -> list[tuple[str, int, float, float]]:
    """Rows of (case, contacts, seconds, seconds of the vobject baseline)."""
    rows = []
    for name in ("phone-2k.vcf", "book-100k.vcf"):
        path = files[name]
        n = rapport_import(path)
        baseline = median_seconds(lambda: vobject_parse(path), runs)
        rows.append((f"vobject parse only, {name}", n, baseline, baseline))
        rows.append((f"rapport parse only, {name}", n, median_seconds(lambda: rapport_parse(path), runs), baseline))
        rows.append((f"rapport import (parse+match+write), {name}", n,
                     median_seconds(lambda: rapport_import(path), runs), baseline))
    return rows
