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
