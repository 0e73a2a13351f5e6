"""A guard against reference-count bugs in the PySide6 6.12.0 build on Python 3.11.

In this build every call of a C++ method that returns void (`label.setText(...)`,
`widget.setEnabled(...)`, and the `data()` of a model returning None) hands Python
back `None` without taking a reference, and `Signal.emit()` does the same with the
bool it returns. Each call lowers the reference count of None, True or False by
one; after a few thousand calls the interpreter aborts with "none_dealloc" or
"bool_dealloc" (STYLE.md saw it first through QStandardItemModel, but it is
everywhere). Python 3.12 made these three objects immortal; on older Pythons we
give them a reference count no session can use up, before any Qt call is made.

Remove this module once PySide6 is fixed or Rapport requires Python 3.12.
"""
from __future__ import annotations

import ctypes
import platform
import sys

RESERVE = 1 << 40  # references; at a million leaked calls a second, enough for 12 days
_applied = False


def protect_singletons() -> bool:
    """Apply the guard once; returns True when it was needed (CPython before 3.12)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return _applied
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE  # ob_refcnt is the first field
    _applied = True
    return True
