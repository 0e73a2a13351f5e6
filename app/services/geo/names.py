"""How place names are compared: folded, so "Sevilla", "SEVILLA" and "Sevílla" are one name.

tools/build_geo_tables.py folds the gazetteer's names with the same function.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=65536)  # an import repeats its cities thousands of times
def fold(text: str) -> str:
    """Lower case, accents dropped, hyphens and apostrophes as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").replace("'", " ").split())


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))
