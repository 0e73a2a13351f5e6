"""Call with no app for tel: links (most laptops): the number is copied, said so, and a QR code of the
tel: link is shown for the phone's camera (issue 16, item 5)."""
from __future__ import annotations

import sys

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.ui import call_dialog
from app.ui.call_dialog import CallDialog, desktop_can_call

from .test_entry_keys import select


def test_call_without_a_phone_app_copies_the_number_and_shows_a_code_to_scan(qtbot, pane, monkeypatch):
    monkeypatch.setattr(call_dialog, "desktop_can_call", lambda: False)
    select(qtbot, pane.list, "Dan Overdue")
    entry = pane.current_entry()
    qtbot.keyClick(pane.list, Qt.Key.Key_C)  # C: call
    dialog = pane.call_dialog
    assert isinstance(dialog, CallDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert QGuiApplication.clipboard().text() == entry.phone
    assert pane.status.text() == f"{entry.phone_display} copied."
    assert dialog.link == "tel:" + entry.phone.replace(" ", "")
    # The picture holds the code of that link, module for module (6 px a module, 4 modules of margin).
    image = dialog.code.pixmap().toImage()
    matrix = segno.make_qr(dialog.link, error="m").matrix
    assert image.width() == (len(matrix) + 8) * 6
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            pixel = image.pixelColor((c + 4) * 6 + 3, (r + 4) * 6 + 3)
            assert (pixel.lightness() < 128) == bool(dark)
    dialog.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="asked of xdg-mime on Linux only")
def test_a_desktop_without_xdg_mime_cannot_call(monkeypatch):
    desktop_can_call.cache_clear()
    monkeypatch.setattr(call_dialog.shutil, "which", lambda name: None)
    try:
        assert desktop_can_call() is False
    finally:
        desktop_can_call.cache_clear()
