"""How a contact's name is shown: family name first with no space for Chinese,
Japanese and Korean names (张伟), given name first for Western ones."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def is_cjk(text: Optional[str]) -> bool:
    return bool(text and _CJK.search(text))


def compose_display_name(
    given: Optional[str] = None,
    family: Optional[str] = None,
    middle: Optional[str] = None,
    *,
    nickname: Optional[str] = None,
    organization: Optional[str] = None,
    email: Optional[str] = None,
    phone: Optional[str] = None,
) -> str:
    given, family, middle = (x.strip() if x else "" for x in (given, family, middle))
    if given or family:
        if is_cjk(given) or is_cjk(family):
            return f"{family}{middle}{given}"
        return " ".join(part for part in (given, middle, family) if part)
    for fallback in (nickname, organization, email, phone):
        if fallback and fallback.strip():
            return fallback.strip()
    return ""


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def name_tokens(*parts: Optional[str]) -> frozenset[str]:
    """Lower-case words of a name; CJK names count character by character (张伟 → 张, 伟)."""
    tokens: set[str] = set()
    for part in parts:
        for word in _WORD.findall((part or "").lower()):
            if is_cjk(word):
                tokens.update(ch for ch in word if not ch.isspace())
            else:
                tokens.add(word)
    return frozenset(tokens)


def names_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two records may be one person when a name is missing or one name's words contain the other's.

    "Smith, John" and "John Smith" agree; "John Smith" and "Mary Smith" on one
    landline do not, and stay two contacts.
    """
    return not a or not b or a <= b or b <= a


# Bounded: sort_key and pinyin_forms ask for the same name in turn, and an import repeats its surnames
# and given names; a cache as large as the book (100,000 names each) was memory that grew with the file.
@lru_cache(maxsize=8192)
def _pinyin(text: str) -> tuple[str, ...]:
    from .pinyin_table import lazy_pinyin as from_table  # pypinyin's answers, without its start (pinyin_table.py)

    syllables = from_table(text)
    if syllables is None:  # no usable table: pypinyin itself, imported on first use (a few MB of tables)
        from pypinyin import lazy_pinyin

        syllables = lazy_pinyin(text)
    return tuple(s.strip().lower() for s in syllables if s.strip())


@lru_cache(maxsize=8192)
def pinyin_forms(name: Optional[str]) -> str:
    """"张伟" → "zhang wei zhangwei zw": what a user may type to find a Chinese name."""
    if not name or not _HAN.search(name):
        return ""
    syllables = _pinyin("".join(ch for ch in name if _HAN.match(ch)))
    if not syllables:
        return ""
    return " ".join((" ".join(syllables), "".join(syllables), "".join(s[0] for s in syllables)))


@lru_cache(maxsize=8192)
def sort_key(name: Optional[str], phonetic: Optional[str] = None) -> str:
    """How a name sorts: by its pronunciation where it has one (pinyin for Chinese, the phonetic
    fields for Japanese), accents ignored, case-insensitive."""
    text = (phonetic or name or "").strip()
    if _HAN.search(text) and not phonetic:
        parts = []
        for chunk in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+", text):
            parts.append(" ".join(_pinyin(chunk)) if _HAN.match(chunk) else chunk)
        text = " ".join(parts)
    return " ".join(fold_accents(text.casefold()).split())


def fold_accents(text: str) -> str:
    """"García" → "Garcia", for search: what people type without the accent keys."""
    if text.isascii():
        return text
    # str.translate looks each character up in C; a character is folded once per process.
    # (Building every search text char by char in Python was a fifth of a 100k import.)
    # Only the runs of non-ASCII characters: ASCII ones fold to themselves, and looking each up
    # was most of the time of a search text (a Chinese name in a text of Latin numbers and mail).
    return _NON_ASCII.sub(_fold_run, text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLDED)


class _FoldTable(dict):
    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLDED = _FoldTable()


def _fold(ch: str) -> str:
    """Latin letters lose their accents (é → e); kana and hangul keep their marks (だ stays だ)."""
    base = unicodedata.normalize("NFKD", ch)
    return base[0] if base[0].isascii() else ch
