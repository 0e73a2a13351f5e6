"""How a contact's name is shown: family name first with no space for Chinese,
Japanese and Korean names (张伟), given name first for Western ones."""
from __future__ import annotations

import re
from typing import Optional

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
