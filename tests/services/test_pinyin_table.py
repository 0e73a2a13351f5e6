"""The pinyin table (resources/pinyin/pinyin.sqlite) answers as pypinyin does, and pypinyin answers
when the table cannot: names sort and are found by the same pinyin either way."""
from __future__ import annotations

import random

import pytest
from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from app.services import names, pinyin_table

NAMES = ["张伟", "欧阳娜娜", "单于", "曾国藩", "长孙无忌", "重庆火锅店", "银行行长", "乐乐", "华通贸易有限公司",
         "㐀", "丽", "重重重", "朝阳区长安街", "中华人民共和国", "䶵龘"]


@pytest.fixture
def fresh_table(monkeypatch):
    """The table opened anew by the test (and again by the next test)."""
    monkeypatch.setattr(pinyin_table, "_opened", False)
    monkeypatch.setattr(pinyin_table, "_db", None)
    names._pinyin.cache_clear()
    yield
    names._pinyin.cache_clear()


def test_the_table_was_made_from_the_installed_pypinyin(fresh_table):
    assert pinyin_table.installed_version() is not None
    assert pinyin_table._open() is not None, "rebuild it: python tools/build_pinyin_table.py"


def test_the_table_gives_pypinyins_pinyin_for_names_phrases_and_mixtures(fresh_table):
    rng = random.Random(18)
    phrases = sorted(PHRASES_DICT)
    chars = [chr(c) for c in range(0x4E00, 0x9FA6)]
    texts = NAMES + rng.sample(phrases, 300) + rng.sample(chars, 300)
    texts += ["".join(rng.choice(phrases) if rng.random() < 0.5 else rng.choice(chars)
                      for _ in range(rng.randint(1, 4))) for _ in range(500)]
    for text in texts:
        assert pinyin_table.lazy_pinyin(text) == lazy_pinyin(text), text


def test_without_the_table_pypinyin_answers(fresh_table, monkeypatch, tmp_path):
    with_table = [names.sort_key(n) for n in NAMES], [names.pinyin_forms.__wrapped__(n) for n in NAMES]
    monkeypatch.setattr(pinyin_table, "_opened", False)
    monkeypatch.setattr(pinyin_table, "TABLE", tmp_path / "missing.sqlite")
    names._pinyin.cache_clear()
    names.sort_key.cache_clear()
    assert pinyin_table.lazy_pinyin("张伟") is None
    assert ([names.sort_key(n) for n in NAMES], [names.pinyin_forms.__wrapped__(n) for n in NAMES]) == with_table
    assert names.pinyin_forms.__wrapped__("欧阳娜娜") == "ou yang na na ouyangnana oynn"
    names.sort_key.cache_clear()


def test_a_table_of_another_pypinyin_version_is_not_used(fresh_table, monkeypatch):
    monkeypatch.setattr(pinyin_table, "installed_version", lambda: "0.0.1")
    assert pinyin_table.lazy_pinyin("张伟") is None
    assert names._pinyin("张伟") == ("zhang", "wei")
