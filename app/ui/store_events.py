"""One signal for every write to the store, and the views that follow it.

Whatever changes the store (an import or its undo, a merge, a tier or a stage, a call logged, a field
edited, a backup put back, a sync) announces it here once; every view listens and reloads what it
shows. Before, each write was wired to the views its author thought of, and Today kept saying
"Your customer file is empty" after the wizard had imported 362 contacts.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class StoreEvents(QObject):
    # The contacts that changed ([]: any number of them, reload everything), and who wrote: a view
    # that made the change has already shown it and need not reload twice.
    changed = Signal(list, object)

    def announce(self, contact_ids: Iterable[int] = (), source: Optional[QObject] = None) -> None:
        self.changed.emit(list(contact_ids), source)

    def follow(self, view: QWidget, reload: Callable[[], None]) -> None:
        """`view` reloads on every change it did not make itself, when it is on screen; a view
        that is not is reloaded by the main window when it is shown (a tab chosen)."""

        def changed(_ids: list, source: Optional[QObject]) -> None:
            if source is not view and view.isVisible():
                reload()

        self.changed.connect(changed)
