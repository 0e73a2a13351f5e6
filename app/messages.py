"""Messages a person reads, as templates the window can translate (the neutral part of
app/services/errors.py: the models' StoreError uses it too, so it lives under neither layer).

A message is an English template with named placeholders and the values that fill them:

    raise InvalidValue(QT_TRANSLATE_NOOP("services", "email: '{address}' is not an email address"),
                       address=address)

`str(error)` is the English text, filled in (the command line prints that); the window
translates the template and fills in the same values (app/ui/errors.py `error_text`).
Values (paths, ids, names, what the user typed) go in the params, never into the template,
so one template covers every value and the translators see it once.
"""
from __future__ import annotations

from string import Formatter
from typing import Any

CONTEXT = "services"  # the translation context of every service message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translators (lupdate extracts it); returns it unchanged.
    Both arguments must be string literals, or lupdate cannot see them."""
    return text


class Term(str):
    """A param that is a word of Rapport's own vocabulary (a field's name such as "birthday"),
    not the user's data: the window translates it too, so it must be marked with
    QT_TRANSLATE_NOOP("services", …) where the vocabulary is listed. Its str is the English word."""


def placeholders(template: str) -> set[str]:
    """The named fields of a template: {"path", "id"} for "{path}: no such thing {id:02d}"."""
    return {name.split(".")[0].split("[")[0] for _text, name, _spec, _conv in Formatter().parse(template)
            if name is not None}


def fill(template: str, params: dict[str, Any]) -> str:
    """`template` with its placeholders filled; a template without params is returned as it is
    (it may be a plain text holding braces)."""
    return template.format(**params) if params else template


class TranslatableError(Exception):
    """An error whose message is a template (`template`) and its values (`params`)."""

    def __init__(self, template: str = "", /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, params))

    @classmethod
    def like(cls, other: "TranslatableError"):
        """An error of this class with `other`'s message (to re-raise one kind as another)."""
        return cls(other.template, **other.params)

    def __reduce__(self):
        # Copied and pickled with its template and params, not as the English text alone.
        return _rebuild, (type(self), self.template, self.params)


def _rebuild(cls: type[TranslatableError], template: str, params: dict[str, Any]) -> TranslatableError:
    return cls(template, **params)
