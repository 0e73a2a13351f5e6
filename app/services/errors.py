"""Errors a person reads. Every message names the thing that is wrong and,
where it helps, what to do; it is a translatable template (app/messages.py):

    raise InvalidValue(QT_TRANSLATE_NOOP("services", "email: '{address}' is not an email address"),
                       address=address)
"""
from __future__ import annotations

from app.messages import CONTEXT, QT_TRANSLATE_NOOP, Term, TranslatableError, fill, placeholders

__all__ = ["CONTEXT", "QT_TRANSLATE_NOOP", "Term", "TranslatableError", "fill", "placeholders",
           "ServiceError", "NotFound", "Ambiguous", "InvalidValue"]


class ServiceError(TranslatableError):
    """Base of every error the user may see."""


class NotFound(ServiceError):
    pass


class Ambiguous(ServiceError):
    pass


class InvalidValue(ServiceError):
    pass
