"""app/ui/pyside_guard.py: thousands of void Qt calls and signal emits do not kill the interpreter."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

import app.ui  # noqa: F401  (applies the guard)
from app.ui.pyside_guard import RESERVE


class _Emitter(QObject):
    pinged = Signal()


def test_void_calls_and_emits_cannot_use_up_none_true_or_false(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > RESERVE // 2
        assert sys.getrefcount(True) > RESERVE // 2 and sys.getrefcount(False) > RESERVE // 2
    for n in range(20_000):  # far more than the few thousand that aborted before the guard
        label.setText(str(n))
        emitter.pinged.emit()
    assert label.text() == "19999"
