"""How each phone number is shown, as one callable the services set and the models read.

A phone row keeps its display forms (app/models/contact.py, Phone.display_*) so that a command that
only reads shows numbers without phonenumbers (app/services/reading). Working them out is
phonenumbers' job (app/services/phones.py `display_forms`), which the models must not import; like
app/authorship.py this sits below both layers: app.services.phones registers the function when it is
imported (every service that writes a number imports it to normalise the number first).
"""
from __future__ import annotations

from typing import Callable, Optional

# (the number's own region, its national form, its international form); (None, None, None): not known
Forms = tuple[Optional[str], Optional[str], Optional[str]]
_forms: Callable[[str], Forms] = lambda number: (None, None, None)


def display_forms(number: Optional[str]) -> Forms:
    """The stored forms of `number` (E.164 when valid, else the text as written); all None when the
    services have not said how (the reader then formats the number itself)."""
    return _forms(number) if number else (None, None, None)


def use_display_forms(forms: Callable[[str], Forms]) -> None:
    global _forms
    _forms = forms


def shown(forms: Forms, region: str, extension: Optional[str] = None) -> Optional[str]:
    """What phones.display(number, region, extension) gives, from the stored forms: the national form
    for a user in the number's own region, the international one elsewhere; None when not stored."""
    home, national, international = forms
    if international is None:
        return None
    text = national if home == region and national is not None else international
    return text + (f" ext. {extension}" if extension else "")
