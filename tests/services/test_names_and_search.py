"""Names as people write them: CJK family-first display, pinyin search, pronunciation order."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services import contacts, directory
from app.services.contacts import NewContact
from app.services.directory import ContactFilter
from app.services.names import compose_display_name, names_compatible, name_tokens, sort_key


def test_cjk_names_are_family_first_without_a_space_and_western_given_first():
    assert compose_display_name("伟", "张") == "张伟"
    assert compose_display_name("太郎", "山田") == "山田太郎"
    assert compose_display_name("민수", "김") == "김민수"
    assert compose_display_name("Ana", "García") == "Ana García"


@pytest.fixture
def people(db):
    for name in ("张伟", "张伟强", "王芳", "Zhang Li", "Ana García", "Wei Chen"):
        contacts.create_contact(db, NewContact(display_name=name))
    return db


@pytest.mark.parametrize("query, expected", [
    ("zhang", ["张伟", "张伟强", "Zhang Li"]),  # full syllable, mixed with a Latin name
    ("zhangwei", ["张伟", "张伟强"]),  # concatenated
    ("zw", ["张伟", "张伟强"]),  # initials
    ("zwq", ["张伟强"]),
    ("张", ["张伟", "张伟强"]),  # one character: a surname
    ("wang fang", ["王芳"]),
    ("garcia", ["Ana García"]),  # accents do not matter
    ("GARCÍA", ["Ana García"]),
])
def test_search_by_pinyin(people, query, expected):
    found = [r.display_name for r in directory.list_contacts(people, ContactFilter(search=query))]
    assert sorted(found) == sorted(expected)


def test_list_sorts_by_pronunciation(people):
    names = [r.display_name for r in directory.list_contacts(people)]
    assert names == ["Ana García", "王芳", "Wei Chen", "Zhang Li", "张伟", "张伟强"]  # wang, wei, zhang li, zhang wei


def test_cli_search_finds_pinyin(run):
    run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN")
    run("add", "Li Na")
    assert [c["display_name"] for c in json.loads(run("list", "--search", "zw", "--json")[1])] == ["张伟"]


def test_sort_key_uses_phonetic_reading_when_given():
    assert sort_key("山田太郎", "やまだ たろう") == "やまだ たろう"
    assert sort_key("Émile") == "emile"


def test_names_conflict_only_when_neither_contains_the_other():
    assert names_compatible(name_tokens("John Smith"), name_tokens("Smith, John"))
    assert names_compatible(name_tokens("张伟"), name_tokens("张", "伟"))
    assert not names_compatible(name_tokens("John Smith"), name_tokens("Mary Smith"))
    assert names_compatible(frozenset(), name_tokens("Anyone"))


def test_derived_columns_are_recomputed_after_an_upgrade(tmp_path):
    import sqlite3

    from app.models.db import create_store_engine, upgrade
    from app.services.store import open_for_use

    path = tmp_path / "old.db"
    engine = create_store_engine(path)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, display_name, status, search_text, created_at, updated_at) "
            "VALUES (1, '张伟', 'active', '张伟', '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    engine.dispose()
    db = open_for_use(path)
    assert [r.display_name for r in directory.list_contacts(db, ContactFilter(search="zw"))] == ["张伟"]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT sort_name FROM contacts").fetchone()[0] == "zhang wei"


@given(st.text(st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list("éÅçñüßﬁ½だ가張"))),
               max_size=30))
def test_folding_a_whole_text_folds_each_character_as_before(text):
    from app.services.names import _fold, fold_accents

    assert fold_accents(text) == "".join(_fold(ch) for ch in text)
    assert fold_accents("García Müller") == "Garcia Muller" and fold_accents("だ") == "だ"
