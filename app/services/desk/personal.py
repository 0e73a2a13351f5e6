"""A greeting to one customer: in their language, addressed as is customary in it."""
from __future__ import annotations

from typing import Optional

from app.models import Contact

from ..greetings import greeter
from .address_form import Person, address
from .language import TEMPLATE_LANGUAGE, guess_language

# What a greeting needs of a contact, after the call list's own columns (calllist._CONTACT).
PERSON_COLUMNS = (Contact.language, Contact.given_name, Contact.family_name, Contact.title, Contact.gender)


def language_of(language: Optional[str], display_name: str) -> str:
    """The contact's language; one saved before languages were kept is guessed from the name."""
    return language or guess_language([display_name])


def personal_greeting(kind: str, display_name: str, language: Optional[str], given: Optional[str] = None,
                      family: Optional[str] = None, title: Optional[str] = None, gender: Optional[str] = None,
                      **values: str) -> tuple[str, str]:
    """(language, text) of the `kind` greeting ("birthday", "anniversary"…) to this customer."""
    language = language_of(language, display_name)
    name = address(Person(display_name, given, family, title, gender), language)
    return language, greeter(kind, TEMPLATE_LANGUAGE[language])(name=name, **values)
