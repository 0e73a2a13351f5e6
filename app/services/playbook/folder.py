"""A folder of Markdown files, one entry each, so a team can keep its playbook in one shared folder.

    ---
    title: When the price is too high
    kind: objection
    stages: [negotiating]
    products: [Toner]
    tiers: [A, B]
    format: plain
    ---
    I hear you, {given_name}. …

The front matter is a small, fixed subset of YAML (a value, or a list in brackets); the text after
it is the entry, plain or (format: html) HTML, cleaned as notes are. Import is all or nothing: a
file that cannot be read names itself and its line, and the store stays as it was. An entry is
the same as a stored one when its file name (the slug) is: importing a folder again updates them.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from app.models import NOTE_HTML, PlaybookEntry

from ..errors import QT_TRANSLATE_NOOP, InvalidValue, ServiceError
from .entries import EntryData, slugify

MAX_FILE_BYTES = 1_000_000
MAX_FILES = 5_000
_KEYS = ("title", "kind", "stages", "products", "tiers", "format")


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


def read_file(path: Path) -> EntryData:
    """One Markdown file as an entry; InvalidValue naming the file and line when it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot read it ({reason})"),
                           path=path, reason=exc.strerror or exc) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {size:,} bytes is too large for a playbook entry"),
                           path=path, size=len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: not UTF-8 text"), path=path) from None
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}, line 1: a playbook file starts with '---' and its "
                                                         "title, kind and tags"), path=path)
    meta: dict[str, object] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            body = "\n".join(lines[number:]).strip("\n")
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or key not in _KEYS:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}, line {line}: '{text}' is not one of {keys}"),
                               path=path, line=number, text=line.strip()[:60], keys=", ".join(_KEYS))
        meta[key] = _value(value.strip(), key in ("stages", "products", "tiers"))
    else:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: the front matter has no closing '---'"), path=path)
    try:
        data = EntryData(title=str(meta.get("title") or path.stem), kind=str(meta.get("kind") or ""), body=body,
                         html=str(meta.get("format", "plain")).lower() == NOTE_HTML,
                         stages=list(meta.get("stages") or []), products=list(meta.get("products") or []),
                         tiers=list(meta.get("tiers") or []))
        data.cleaned()
    except ServiceError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {problem}"), path=path, problem=str(exc)) from None
    return data


def _value(text: str, is_list: bool) -> object:
    if not is_list:
        return text[1:-1] if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'" else text
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    # As CSV: "a, b" or, for a name with a comma, "\"Toner, black\", Paper".
    return [item.strip() for item in next(csv.reader([text], skipinitialspace=True), []) if item.strip()]


def import_folder(db: sessionmaker[Session], folder: Path) -> ImportReport:
    """Every *.md file in the folder (not its subfolders): all read first, then written in one go."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: no such folder"), path=folder)
    files = sorted(p for p in folder.glob("*.md") if p.is_file() and not p.name.startswith("."))
    if not files:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: the folder holds no .md file"), path=folder)
    if len(files) > MAX_FILES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {count:,} files is more than a playbook "
                                                         "(at most {limit:,})"), path=folder, count=len(files),
                           limit=MAX_FILES)
    read = [(path.stem, read_file(path).cleaned()) for path in files]
    report = ImportReport()
    with db.begin() as session:
        for stem, values in read:
            entry = session.scalar(select(PlaybookEntry).where(PlaybookEntry.slug == slugify(stem)))
            if entry is None:
                session.add(PlaybookEntry(slug=slugify(stem), **values))
                report.added.append(values["title"])
            else:
                for key, value in values.items():
                    setattr(entry, key, value)
                report.updated.append(values["title"])
            session.flush()
    return report


def export_folder(db: sessionmaker[Session], folder: Path) -> list[Path]:
    """Each entry as <slug>.md in the folder (made if needed); files of other entries are left alone."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot create the folder ({reason})"),
                           path=folder, reason=exc.strerror or exc) from None
    with db() as session:
        entries = session.scalars(select(PlaybookEntry).order_by(PlaybookEntry.slug)).all()
    written = []
    for entry in entries:
        path = folder / f"{entry.slug}.md"
        try:
            path.write_text(to_markdown(entry), encoding="utf-8")
        except OSError as exc:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: cannot write ({reason})"),
                               path=path, reason=exc.strerror or exc) from None
        written.append(path)
    return written


def _csv_cell(item: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([item])
    return out.getvalue()


def to_markdown(entry: PlaybookEntry) -> str:
    def listed(raw: str) -> str:
        return "[" + ", ".join(_csv_cell(item) for item in json.loads(raw)) + "]"

    return (f"---\ntitle: {entry.title}\nkind: {entry.kind}\nstages: {listed(entry.stages)}\n"
            f"products: {listed(entry.products)}\ntiers: {listed(entry.tiers)}\nformat: {entry.format}\n---\n"
            f"{entry.body}\n")
