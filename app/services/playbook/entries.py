"""Add, change, delete, list and search playbook entries."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import NOTE_HTML, NOTE_PLAIN, PLAYBOOK_KINDS, PlaybookEntry

from ..derived import plain_text, searchable
from ..contact_refs import like_escape as _escape
from ..errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from ..names import fold_accents, pinyin_forms
from ..sanitise import sanitise_html
from ..value.stages import parse_stage

MAX_BODY = 200_000  # characters: a long case story with a picture or two, not a book
KIND_WORDS = {"talk track": "talk_track", "talktrack": "talk_track", "talk_track": "talk_track", "script": "talk_track",
              "objection": "objection", "case": "case", "case story": "case", "story": "case",
              "template": "template", "message": "template"}


@dataclass
class EntryData:
    title: str
    kind: str
    body: str
    html: bool = False
    stages: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)

    def cleaned(self) -> dict:
        title = " ".join((self.title or "").split())
        if not title:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "title: a playbook entry needs a title"))
        kind = parse_kind(self.kind)
        if len(self.body or "") > MAX_BODY:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "text: {size:,} characters is too long (at most "
                                                             "{limit:,})"), size=len(self.body), limit=MAX_BODY)
        body = sanitise_html(self.body) if self.html else (self.body or "").strip()
        fmt = NOTE_HTML if self.html else NOTE_PLAIN
        if not plain_text(body, fmt).strip():
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "text: the entry '{title}' has no text"), title=title)
        stages = _unique(parse_stage(s) for s in self.stages if s.strip())
        tiers = _unique(t.strip().upper() for t in self.tiers if t.strip())
        for tier in tiers:
            if len(tier) > 8:
                raise InvalidValue(QT_TRANSLATE_NOOP("services", "tier: '{code}' is not a tier code"), code=tier)
        products = _unique(" ".join(p.split()) for p in self.products if p.strip())
        return {"title": title, "kind": kind, "format": fmt, "body": body, "stages": json.dumps(stages, ensure_ascii=False),
                "products": json.dumps(products, ensure_ascii=False), "tiers": json.dumps(tiers),
                "search_text": _search_text(title, kind, body, fmt, stages + products + tiers)}


def parse_kind(text: str) -> str:
    kind = KIND_WORDS.get(" ".join((text or "").replace("-", " ").casefold().split()))
    if kind is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "kind: '{kind}' is not a kind of playbook entry (use one of "
                                                         "{kinds})"), kind=text, kinds=", ".join(PLAYBOOK_KINDS))
    return kind


def _unique(values) -> list[str]:
    out: list[str] = []
    for value in values:
        if value.casefold() not in (v.casefold() for v in out):
            out.append(value)
    return out


def _search_text(title: str, kind: str, body: str, fmt: str, tags: list[str]) -> str:
    text = plain_text(body, fmt)
    # Pinyin of the title and of each line: "jiage" and "jg" find 价格, as they find 张伟 among contacts.
    pinyin = [pinyin_forms(title)] + [pinyin_forms(line) for line in text.splitlines()[:200]]
    return searchable([title, kind.replace("_", " "), text, *tags, *pinyin])


def tags(entry: PlaybookEntry) -> tuple[list[str], list[str], list[str]]:
    """(stages, products, tiers) of an entry."""
    return json.loads(entry.stages), json.loads(entry.products), json.loads(entry.tiers)


def slugify(text: str) -> str:
    """A file name from a title ("Price objection" → "price-objection"; Chinese kept)."""
    return re.sub(r"[^\w]+", "-", unicodedata.normalize("NFKC", text).casefold()).strip("-_")[:60] or "entry"


def slug_for(session: Session, title: str, own_id: Optional[int] = None) -> str:
    """slugify(title), made unique in the store with -2, -3…"""
    base = slugify(title)
    slug, n = base, 1
    while (found := session.scalar(select(PlaybookEntry.id).where(PlaybookEntry.slug == slug))) not in (None, own_id):
        n += 1
        slug = f"{base}-{n}"
    return slug


def add_entry(db: sessionmaker[Session], data: EntryData) -> int:
    values = data.cleaned()
    with db.begin() as session:
        entry = PlaybookEntry(slug=slug_for(session, values["title"]), **values)
        session.add(entry)
        session.flush()
        return entry.id


def update_entry(db: sessionmaker[Session], entry_id: int, data: EntryData) -> None:
    values = data.cleaned()
    with db.begin() as session:
        entry = load_entry(session, entry_id)
        for key, value in values.items():
            setattr(entry, key, value)


def delete_entry(db: sessionmaker[Session], entry_id: int) -> None:
    with db.begin() as session:
        session.delete(load_entry(session, entry_id))


def load_entry(session: Session, entry_id: int) -> PlaybookEntry:
    entry = session.get(PlaybookEntry, entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "playbook entry {id}: no such entry"), id=entry_id)
    return entry


def get_entry(db: sessionmaker[Session], entry_id: int) -> PlaybookEntry:
    with db() as session:
        return load_entry(session, entry_id)


def resolve_entry(db: sessionmaker[Session], ref: str) -> int:
    """An entry's id, file name (slug) or exact title."""
    ref = (ref or "").strip()
    with db() as session:
        if ref.isdigit():
            return load_entry(session, int(ref)).id
        for column in (PlaybookEntry.slug, PlaybookEntry.title):
            found = session.scalars(select(PlaybookEntry.id).where(column == ref)).all()
            if len(found) == 1:
                return found[0]
    raise NotFound(QT_TRANSLATE_NOOP("services", "playbook entry '{ref}': no entry has that id, file name or title"),
                   ref=ref)


def list_entries(db: sessionmaker[Session], *, kind: Optional[str] = None, query: Optional[str] = None
                 ) -> list[PlaybookEntry]:
    """Every entry (of a kind), by kind then title; with a query, those holding every word of it
    (in the title, text or tags, accents optional, Chinese by its pinyin too)."""
    conditions = []
    if kind:
        conditions.append(PlaybookEntry.kind == parse_kind(kind))
    for term in fold_accents((query or "").strip().lower()).split():
        conditions.append(PlaybookEntry.search_text.like(f"%{_escape(term)}%", escape="\\"))
    with db() as session:
        rows = session.scalars(select(PlaybookEntry).where(and_(True, *conditions))).all()
    order = {k: i for i, k in enumerate(PLAYBOOK_KINDS)}
    return sorted(rows, key=lambda e: (order.get(e.kind, 99), e.title.casefold()))
