"""The greetings desk window (Customers → Greetings desk…, and Today's birthday and holiday entries)."""
from .desk_window import GreetingsDesk

__all__ = ["GreetingsDesk"]
