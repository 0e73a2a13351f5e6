"""Whose customer a contact is: a person's name (as each person's Rapport writes it, identity.my_name),
or nobody. Set like any field of the contact (contacts.update_contact, so a change someone else made
meanwhile is refused, not overwritten); "my customers" are those whose owner is my name."""
from __future__ import annotations

from typing import Any, Optional

from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from .identity import MAX_LENGTH

NOBODY = ("", "none", "-")


def clean_owner(value: Any) -> Optional[str]:
    """A name with its spaces tidied; "" or "none" is nobody."""
    name = " ".join(str(value or "").split())
    if name.lower() in NOBODY:
        return None
    if len(name) > MAX_LENGTH:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "owner: at most {count} characters"), count=MAX_LENGTH)
    return name
