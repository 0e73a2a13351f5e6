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

The front matter is YAML (PyYAML, already a dependency; every value read as text); the text after
it is the entry, plain or (format: html) HTML, cleaned as notes are. Import is all or nothing: a
file that cannot be read names itself (and the line, where YAML knows it); the store stays as it was. An entry is
the same as a stored one when its file name (the slug) is: importing a folder again updates them.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from app.models import NOTE_HTML, PlaybookEntry

from ..errors import QT_TRANSLATE_NOOP, InvalidValue, ServiceError
from .entries import EntryData, slugify, tags

MAX_FILE_BYTES = 1_000_000
MAX_FILES = 5_000
_KEYS = ("title", "kind", "stages", "products", "tiers", "format")
_LISTS = ("stages", "products", "tiers")


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
    end = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), None)
    if end is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: the front matter has no closing '---'"), path=path)
    meta = _front_matter(path, "\n".join(lines[1:end]))
    body = "\n".join(lines[end + 1:]).strip("\n")
    try:
        data = EntryData(title=str(meta.get("title") or path.stem), kind=str(meta.get("kind") or ""), body=body,
                         html=str(meta.get("format", "plain")).lower() == NOTE_HTML,
                         stages=list(meta.get("stages") or []), products=list(meta.get("products") or []),
                         tiers=list(meta.get("tiers") or []))
        data.cleaned()
    except ServiceError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {problem}"), path=path, problem=str(exc)) from None
    return data


def _front_matter(path: Path, text: str) -> dict[str, object]:
    """The YAML between the '---' lines: every value a string (BaseLoader: "NO" stays a tier, "1.0" a
    model), a tag list as [a, b], "- a" lines, or "a, b"."""
    try:
        data = yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}, line {line}: {problem}"), path=path,
                           line=mark.line + 2 if mark else "?", problem=exc.problem or exc.context) from None
    except yaml.YAMLError as exc:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: the front matter is not YAML ({problem})"),
                           path=path, problem=exc) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: the front matter should be 'key: value' lines"),
                           path=path)
    meta: dict[str, object] = {}
    for key, value in data.items():
        if key not in _KEYS:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: '{key}' is not one of {keys}"),
                               path=path, key=key, keys=", ".join(_KEYS))
        if key in _LISTS:
            items = value if isinstance(value, list) else next(csv.reader([value], skipinitialspace=True), [])
            if not all(isinstance(item, str) for item in items):
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {key} should be a list of words"),
                                   path=path, key=key)
            meta[key] = [item.strip() for item in items if item.strip()]
        elif isinstance(value, str):
            meta[key] = value
        else:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "{path}: {key} should be one value"), path=path, key=key)
    return meta


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


def to_markdown(entry: PlaybookEntry) -> str:
    stages, products, tiers = tags(entry)
    meta = {"title": entry.title, "kind": entry.kind, "stages": stages, "products": products, "tiers": tiers,
            "format": entry.format}
    # Flow style for the lists ("stages: [negotiating]"), quotes only where YAML needs them.
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=None, width=10_000)
    return f"---\n{front}---\n{entry.body}\n"
