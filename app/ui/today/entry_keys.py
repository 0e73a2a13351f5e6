"""What an entry offers and the key for each: one table for the shortcuts, the buttons'
tooltips and the context menus of the today pane, its quadrants and the week plan.

Plain letters, as in a mail client's message list, act on the entry with the keyboard
focus, and only while a list of entries has the focus, so typing anywhere else is left
alone. None may be a window-wide key of the main window (Ctrl+L there logs a call for the
customer file): Qt runs neither of two shortcuts that match at once.
"""
from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

LOG, SNOOZE, GREETING, COPY_NUMBER, CALL, OPEN = "log", "snooze", "copy_greeting", "copy_number", "call", "open"

KEYS: dict[str, QKeySequence] = {
    LOG: QKeySequence("L"),
    SNOOZE: QKeySequence("S"),
    CALL: QKeySequence("C"),
    COPY_NUMBER: QKeySequence("Ctrl+Shift+C"),
    GREETING: QKeySequence("G"),
    OPEN: QKeySequence(Qt.Key.Key_Return),  # the list's own Enter (`activated`); shown, never registered
}


def key_text(action: str) -> str:
    """The key as the platform writes it ("Ctrl+Shift+C", "⇧⌘C")."""
    return KEYS[action].toString(QKeySequence.SequenceFormat.NativeText)


def with_key(label: str, action: str) -> str:
    """A menu item's text with its key, which QMenu draws in the shortcut column (as for a QAction's shortcut)."""
    return f"{label}\t{key_text(action)}"


def add_shortcuts(view: QWidget, handlers: dict[str, Callable[[QWidget], None]]) -> list[QShortcut]:
    """The keys of `handlers` act on `view` (the handler gets it) while it has the focus."""
    shortcuts = []
    for action, handler in handlers.items():
        if action == OPEN:
            continue
        shortcut = QShortcut(KEYS[action], view, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(partial(handler, view))
        shortcuts.append(shortcut)
    return shortcuts
