"""services/search_runs.py (the search index's shortcut) against the plain search it stands in for:
every text holding every term, tested one by one. Generated Chinese and Latin names with pinyin,
accents, phones, e-mails and notes; every way a term is looked up (one letter, a few runs or
many, digits, a term of several kinds, too common to look up) at the real limits and at tiny ones."""
from __future__ import annotations

import random

import pytest

from app.services import search_runs
from app.services.derived import build_search_text
from app.services.directory import search_terms
from app.services.search_index import SearchIndex
from app.services.search_runs import RunIndex

_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉"
_LATIN = ["Ana", "José", "María", "Martín", "Martínez", "García", "Núñez", "Peña", "Zoë", "Øyvind", "Émile",
          "Smith", "Walker", "Zhang-Wu", "O'Brien", "Ng", "Li"]
_ORGS = ["华通贸易有限公司", "金桥电器", "Acme, Inc.", "Construcciones Ruiz S.L.", "Müller GmbH", "", "Zeta & Co"]
_NOTES = ["prefers calls after 6pm", "VIP — 老客户", "wants 3×KFR-35", "c/o 王芳\u3000北京", "a\0b", "ＡＢＣ１２３",
          "tab\there", "", "100% sure_ok", "emoji 🙂 ok"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for k in range(n):
        if rng.random() < 0.6:
            name = rng.choice(_FAMILY) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        else:
            name = f"{rng.choice(_LATIN)} {rng.choice(_LATIN)}"
        phones = [rng.choice(["+86 1{} {} {}", "1{}-{}-{}", "(0{}) {} {}"]).format(
            rng.randint(30, 99), rng.randint(1000, 9999), rng.randint(1000, 9999)) for _ in range(rng.randint(0, 2))]
        emails = [f"c{k}@example.com"] if rng.random() < 0.5 else []
        notes = [rng.choice(_NOTES)] if rng.random() < 0.3 else []
        contact = {"display_name": name, "organization": rng.choice(_ORGS) or None}
        texts.append(build_search_text(contact, phones, emails, notes))
    return texts


def _terms(texts: list[str], n: int, seed: int) -> list[str]:
    """Pieces of the texts (one to seven characters), and shapes made up."""
    rng = random.Random(seed)
    terms = ["z", "w", "1", "zw", "zh", "zwm", "wang", "王", "王芳", "mart", "garcia", "1381234", "86", "c1@",
             "@example.com", "kfr-35", "3×kfr", "王a", "a1", "\u3000", "abc123", "🙂", "s.l.", "%", "_", "zzzz", "9999999"]
    for _ in range(n):
        text = rng.choice(texts)
        start = rng.randrange(max(len(text), 1))
        piece = text[start:start + rng.randint(1, 7)]
        terms.extend(t for t in piece.split() if t)
    return terms


def _plain(texts: list[str], term: str) -> list[int]:
    return [n for n, text in enumerate(texts) if term in text]


def _check(texts: list[str], terms: list[str]) -> set[str]:
    """Each term's candidates hold every text that holds it (exactly those, for a single run); the
    ways the terms were looked up."""
    runs = RunIndex(texts)
    ways = set()
    for term in terms:
        truth = _plain(texts, term)
        looked_up = runs.candidates(term)
        if looked_up is None:
            ways.add("scan")
            continue
        found, exact = looked_up
        assert found == sorted(set(found)), term
        if exact:
            assert found == truth, term
        else:
            assert set(truth) <= set(found), term
        ways.add(("one character" if len(term) == 1 and term.isascii() and term.isalnum() else
                  "digits" if term.isdigit() else "exact" if exact else "checked"))
    return ways


def test_runs_find_what_a_plain_search_finds():
    texts = _texts(3_000, seed=1)
    ways = _check(texts, _terms(texts, 400, seed=2))
    assert {"one character", "digits", "exact", "checked", "scan"} <= ways


def test_at_tiny_limits_every_way_of_looking_up_still_finds_the_same(monkeypatch):
    """Tiny limits, chunks of 7 texts: runs found one by one and all at once, too many runs, too
    many texts, digits counted from a sample; texts split across chunks."""
    for name, value in (("_FEW_WORDS", 2), ("_MOST_WORDS", 40), ("_MOST_TEXTS", 15), ("_CHUNK", 7)):
        monkeypatch.setattr(search_runs, name, value)
    texts = _texts(400, seed=3)
    ways = _check(texts, _terms(texts, 300, seed=4))
    assert {"exact", "scan"} <= ways


@pytest.mark.parametrize("texts", [[], [""], ["\0"], ["a\0b", "b\0a"], ["王\u3000芳", "x"]])
def test_odd_texts(texts):
    _check(texts, ["a", "b", "ab", "王", "芳", "王芳", "x"])


def test_the_index_finds_what_a_plain_search_finds():
    """SearchIndex.find (runs, narrowing, scan) against every term tested in every text, with
    queries typed letter by letter as a user does."""
    texts = _texts(2_000, seed=5)
    index = SearchIndex(list(range(100, 100 + len(texts))), texts)
    queries = _terms(texts, 200, seed=6) + ["ana garcía", "王 北京", "+86 138", "c1@ example", "zh w", "---"]
    queries += ["zhang wei"[:k] for k in range(1, 10)] + ["martínez"[:k] for k in range(8, 0, -1)]
    for query in queries:
        terms = search_terms(query)
        if terms is None:  # only spaces: nothing to filter by
            assert index.find(query) is None
            continue
        expected = [100 + n for n, text in enumerate(texts) if all(term in text for term in terms)]
        assert index.find(query) == expected, query
