"""Who this process writes for: one callable the services set and the models read.

It sits below both layers (like app/messages.py) so that naming the writer costs no ORM import:
`app.services` registers the name at import, and a command that only reads never loads the models.
"""
from __future__ import annotations

from typing import Callable, Optional

_author: Callable[[], Optional[str]] = lambda: None


def current_author() -> Optional[str]:
    """The name of whoever this process writes for (None until the services say)."""
    return _author()


def use_author(find: Callable[[], Optional[str]]) -> None:
    global _author
    _author = find
