"""The search text and sort name of a contact, from its values alone: no database, no ORM.

Kept apart from derived.py (which writes them with SQLAlchemy) so that an import's workers and the
sqlite3 import path (importing/quick.py) compute them without loading SQLAlchemy or the models.
"""
from __future__ import annotations

from typing import Iterable, Optional

from .names import fold_accents, pinyin_forms, sort_key
from .phones import digits


def build_search_text(contact: dict, phones: Iterable[str], emails: Iterable[str], notes: Iterable[str]) -> str:
    """One lower-cased string per contact; search is a substring match on it.

    Phone numbers go in as written and as bare digits, so "138 1234", "1381234"
    and "+86138…" all find the same contact.
    """
    parts = [
        contact.get(key) or ""
        for key in ("display_name", "given_name", "family_name", "nickname", "organization", "department", "title")
    ]
    parts.append(pinyin_forms(contact.get("display_name")))  # "zhang", "zhangwei" and "zw" find 张伟
    for phone in phones:
        parts.append(phone)
        parts.append(digits(phone))
    parts.extend(emails)
    parts.extend(notes)
    return searchable(parts)


def searchable(parts: Iterable[Optional[str]]) -> str:
    """Texts as search finds them: one lower-cased string, with an accent-folded copy when it differs
    ("garcía" is found as "garcia"). Pinyin is the caller's to add (pinyin_forms), for what it names."""
    text = "\n".join(p for p in parts if p).lower()
    folded = fold_accents(text)
    return text if folded == text else f"{text}\n{folded}"


def contact_sort_name(contact: dict) -> str:
    phonetic = " ".join(x for x in (contact.get("phonetic_family_name"), contact.get("phonetic_given_name")) if x)
    return sort_key(contact.get("display_name"), phonetic or None)
