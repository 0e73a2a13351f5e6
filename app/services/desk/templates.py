"""The greeting templates: one text per occasion and language, the built-in default until the user
edits it (then stored, greeting_templates), and back to the default when reset or emptied."""
from __future__ import annotations

import json
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.models import GreetingTemplate

from ..greetings import GREETINGS_DIR
from .language import LANGUAGES
from .occasions import EXTRA_FIELDS
from .template_text import FIELDS, check


@lru_cache(maxsize=1)
def _defaults() -> dict[str, dict[str, str]]:
    return json.loads((GREETINGS_DIR / "desk.json").read_text("utf-8"))


def fields_for(occasion: str) -> tuple[str, ...]:
    """The fields a template of this occasion may use."""
    return FIELDS + EXTRA_FIELDS.get(occasion, ())


def default_text(occasion: str, language: str) -> str:
    """The built-in text; a user's own occasion starts from the generic one ("Happy {occasion}…")."""
    return _defaults().get(occasion, _defaults()["custom"])[language]


def text_for(db: sessionmaker[Session], occasion: str, language: str) -> str:
    with db() as session:
        return texts_in(session, occasion).get(language) or default_text(occasion, language)


def texts_in(session: Session, occasion: str) -> dict[str, str]:
    """The stored (edited) texts of an occasion, by language."""
    return dict(session.execute(select(GreetingTemplate.language, GreetingTemplate.text)
                                .where(GreetingTemplate.occasion == occasion)).all())


def texts(db: sessionmaker[Session], occasion: str) -> dict[str, tuple[str, bool]]:
    """Each language's text of an occasion, and whether the user edited it."""
    with db() as session:
        stored = texts_in(session, occasion)
    return {lang: (stored[lang], True) if lang in stored else (default_text(occasion, lang), False)
            for lang in LANGUAGES}


def save(db: sessionmaker[Session], occasion: str, language: str, text: str) -> None:
    """Keep the user's text (checked: an unknown field is refused, naming it); an empty or unchanged
    text goes back to the default."""
    save_all(db, occasion, {language: text})


def save_all(db: sessionmaker[Session], occasion: str, texts_by_language: dict[str, str]) -> None:
    """Several languages' texts of an occasion together: every one is checked before any is kept."""
    from .language import parse_language

    wanted = {}
    for language, text in texts_by_language.items():
        language = parse_language(language) or "en"
        text = (text or "").strip()
        if text and text != default_text(occasion, language):
            check(text, fields_for(occasion))
        wanted[language] = text if text != default_text(occasion, language) else ""
    with db.begin() as session:
        for language, text in wanted.items():
            row = session.scalar(select(GreetingTemplate).where(GreetingTemplate.occasion == occasion,
                                                                GreetingTemplate.language == language))
            if not text:
                if row is not None:
                    session.delete(row)  # back to the default
            elif row is None:
                session.add(GreetingTemplate(occasion=occasion, language=language, text=text))
            else:
                row.text = text


def reset(db: sessionmaker[Session], occasion: str, language: str) -> None:
    save_all(db, occasion, {language: ""})
