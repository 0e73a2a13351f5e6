"""services/search_index.py against the store's own search (directory.search_condition, kept as the
reference): the same contacts, in the same order, for every shape of query a user types."""
from __future__ import annotations

import random
from datetime import datetime

import pytest
from sqlalchemy import select, update

from app.models import Contact
from app.models.db import open_store
from app.services import directory
from app.services.directory import ContactFilter
from app.services.search_index import SearchIndex
from bench.generate_store import customer_store

SHAPES = ["王", "zw", "zhang", "138 1234", "+86 138-1234", "1381234", "mart", "garcía", "GARCÍA", "Garcia",
          "ana garcia", "garcía ana", "王 北京", "c3@", "@example.com", "---", "+86", "  ", "", "llc", "s.l.", "%", "_"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A generated store (Chinese and Latin names, pinyin, phones, accents, notes), a few contacts trashed."""
    db = open_store(customer_store(tmp_path_factory.mktemp("search"), 1_500))
    with db.begin() as session:
        session.execute(update(Contact).where(Contact.id % 97 == 0).values(deleted_at=datetime(2026, 1, 1)))
    yield db
    db.kw["bind"].dispose()


def _reference(db, query: str) -> list[int]:
    return directory.contact_ids(db, ContactFilter(search=query))


def _random_queries(db, n: int) -> list[str]:
    """Pieces of stored texts, as a user would type them: one to five characters of a line, one or two words."""
    rng = random.Random(18)
    with db() as session:
        texts = list(session.scalars(select(Contact.search_text)))
    queries = []
    for _ in range(n):
        line = rng.choice(rng.choice(texts).split("\n") or [""])
        start = rng.randrange(max(len(line), 1))
        piece = line[start:start + rng.randint(1, 5)]
        if rng.random() < 0.2:
            other = rng.choice(rng.choice(texts).split())
            piece = f"{piece} {other[:3]}"
        queries.append(piece.upper() if rng.random() < 0.1 else piece)
    return queries


def test_every_query_shape_finds_what_the_store_finds(store):
    index = SearchIndex.load(store)
    everyone = directory.contact_ids(store)
    assert index.ids == everyone  # the list's own order, trashed contacts left out
    for query in SHAPES:
        found = index.find(query)
        assert (found if found is not None else everyone) == _reference(store, query), query
    assert index.find("王") and index.find("zw") and index.find("garcía")  # the store holds each shape


def test_pieces_of_stored_texts_find_what_the_store_finds(store):
    index = SearchIndex.load(store)
    for query in _random_queries(store, 150):
        found = index.find(query)
        assert (found if found is not None else directory.contact_ids(store)) == _reference(store, query), query


def test_typing_and_deleting_a_query_letter_by_letter(store):
    """Each answer narrows the last one while the query grows; going back scans again."""
    index = SearchIndex.load(store)
    word = "martínez"
    steps = [word[:n] for n in range(1, len(word) + 1)] + [word[:n] for n in range(len(word) - 1, 0, -1)]
    steps += ["m", "m ", "m a", "m an", "an m"]
    for query in steps:
        assert index.find(query) == _reference(store, query), query


def test_a_changed_text_is_noticed(store):
    index = SearchIndex.load(store)
    first, second = index.ids[:2]
    assert index.holds_current_texts(store, [first, second])
    with store() as session:
        before = session.scalar(select(Contact.search_text).where(Contact.id == first))
    with store.begin() as session:
        session.execute(update(Contact).where(Contact.id == first).values(search_text="zzz renamed"))
    try:
        assert not index.holds_current_texts(store, [first])
        assert SearchIndex.load(store).find("zzz renamed") == [first]
    finally:
        with store.begin() as session:
            session.execute(update(Contact).where(Contact.id == first).values(search_text=before))
    assert index.holds_current_texts(store, [97])  # trashed when the index was read, and still
    with store.begin() as session:
        session.execute(update(Contact).where(Contact.id == 97).values(deleted_at=None))
    try:
        assert not index.holds_current_texts(store, [97])  # restored from the trash: the index must be read again
    finally:
        with store.begin() as session:
            session.execute(update(Contact).where(Contact.id == 97).values(deleted_at=datetime(2026, 1, 1)))
