"""Ready-to-send greeting texts from the templates in resources/greetings/."""
from __future__ import annotations

import json
import locale
import os
from functools import lru_cache
from pathlib import Path

GREETINGS_DIR = Path(__file__).resolve().parents[2] / "resources" / "greetings"
LANGUAGES = ("en", "zh_CN", "es")


def language_from_locale() -> str:
    """RAPPORT_LANGUAGE when set (screenshots, tests: as the desktop app does), else the system locale's."""
    override = os.environ.get("RAPPORT_LANGUAGE", "").strip()
    if override in LANGUAGES:
        return override
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("es"):
        return "es"
    return "en"


@lru_cache(maxsize=None)
def templates(language: str) -> dict[str, str]:
    path = GREETINGS_DIR / f"{language if language in LANGUAGES else 'en'}.json"
    return json.loads(path.read_text("utf-8"))


def greeting(kind: str, language: str, **values: str) -> str:
    return greeter(kind, language)(**values)


@lru_cache(maxsize=None)
def greeter(kind: str, language: str):
    """greeting() for one kind and language, the template looked up once (the call list makes thousands)."""
    template = (templates(language).get(kind) or templates("en").get(kind, "")).format_map

    def fill(**values: str) -> str:
        values.setdefault("me", "")
        return template(_Default(values)).rstrip(" —-").rstrip()

    return fill


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return ""
