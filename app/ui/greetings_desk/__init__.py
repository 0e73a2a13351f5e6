"""The greetings desk window (Customers → Greetings desk…, and Today's birthday and holiday entries).

Imported when first asked for: the main window holds only the opener (opener.py) at start."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .desk_window import GreetingsDesk

__all__ = ["GreetingsDesk"]


def __getattr__(name: str):
    if name == "GreetingsDesk":
        from .desk_window import GreetingsDesk

        return GreetingsDesk
    raise AttributeError(name)
