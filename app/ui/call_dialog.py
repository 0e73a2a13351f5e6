"""Calling a customer: through the computer's phone app when it has one, else the number copied and a
QR code of the `tel:` link that the phone's camera dials.

Most laptops have no handler for `tel:` links, and Qt's openUrl then fails silently (on Linux it
only starts xdg-open, which fails later), so "Call" did nothing at all. Whether a handler exists is
asked of the desktop (xdg-mime on Linux); elsewhere openUrl's answer is trusted.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from functools import lru_cache
from typing import Optional

import segno
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


@lru_cache(maxsize=1)
def desktop_can_call() -> bool:
    """Whether a `tel:` link opens anything here. Linux: the desktop's handler for x-scheme-handler/tel."""
    if not sys.platform.startswith("linux"):
        return True  # macOS (FaceTime), Windows (Phone Link…): openUrl says when it fails
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False
    try:
        found = subprocess.run([xdg_mime, "query", "default", "x-scheme-handler/tel"], capture_output=True,
                               text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(found.stdout.strip())


def call(number: str, shown: str, name: str, parent: Optional[QWidget] = None) -> Optional["CallDialog"]:
    """Dial `number` (E.164 when valid): the phone app, else the fallback dialog (returned, shown)."""
    link = "tel:" + number.replace(" ", "")
    if desktop_can_call() and QDesktopServices.openUrl(QUrl(link)):
        return None
    QGuiApplication.clipboard().setText(number)
    dialog = CallDialog(link, shown, name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class CallDialog(QDialog):
    def __init__(self, link: str, shown: str, name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call {name}").format(name=name))
        self.link = link  # what the QR code holds
        text = QLabel(self.tr("No app on this computer makes phone calls. <b>{number}</b> is copied: paste it "
                              "into your phone, or scan this code with the phone's camera to dial it.").format(
            number=shown))
        text.setWordWrap(True)
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setPixmap(qr_pixmap(link))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.code)
        layout.addWidget(buttons)
        self.resize(380, 0)


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """The QR code of `text` (never a Micro QR, which phone cameras do not read), with the quiet zone
    a camera needs around it."""
    png = io.BytesIO()
    segno.make_qr(text, error="m").save(png, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(png.getvalue(), "PNG")
    return pixmap
