"""Showing a note safely.

Notes are sanitised when saved and again when read, and this is the last line:
the document loads nothing but pictures embedded as data: URIs (no file:, no
network, no qrc:), and a clicked link opens only if it is http, https or mailto
and the user agreed after seeing where it goes.
"""
from __future__ import annotations

import html
from typing import Any, Optional

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from app.models import NOTE_HTML

from .note_html import image_from_data_uri

OPENABLE_SCHEMES = ("http", "https", "mailto")


class SafeDocument(QTextDocument):
    """A QTextDocument that refuses every resource except data: images.

    A refused picture gets a blank stand-in rather than nothing: given nothing, Qt's
    image handler falls back to `QImage.load(src)` itself, which would read a plain
    path such as "/home/me/photo.png" straight from the disk.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.requested: list[str] = []  # every URL asked for, for the curious (and the tests)
        self.refused: list[str] = []

    def loadResource(self, kind: int, url: QUrl) -> Any:
        text = url.toString()
        self.requested.append(text)
        is_image = kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value)
        if is_image and url.scheme().lower() == "data":
            image = image_from_data_uri(text)
            if image is not None:
                return image
        self.refused.append(text)
        return _blank() if is_image else None


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def note_to_html(body: str, fmt: str) -> str:
    """A stored note as HTML for the view: plain notes escaped, rich notes as sanitised on read."""
    if fmt == NOTE_HTML:
        return body
    return "<p>" + html.escape(body).replace("\n", "<br>") + "</p>"


class NoteView(QTextBrowser):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.safe_document = SafeDocument(self)
        self.setDocument(self.safe_document)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_clicked)
        self.opened: list[str] = []  # links the user agreed to open

    def show_note(self, body: str, fmt: str) -> None:
        self.setHtml(note_to_html(body, fmt))

    def loadResource(self, kind: int, url: QUrl) -> Any:  # QTextBrowser would read files: never
        return self.safe_document.loadResource(kind, url)

    @Slot(QUrl)
    def link_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in OPENABLE_SCHEMES:
            QMessageBox.information(self, self.tr("Link not opened"),
                                    self.tr("Rapport opens only web and email links; this one is not:\n\n{url}")
                                    .format(url=url.toString()))
            return
        answer = QMessageBox.question(self, self.tr("Open link?"),
                                      self.tr("Open this link?\n\n{url}").format(url=url.toString()))
        if answer == QMessageBox.StandardButton.Yes:
            self.opened.append(url.toString())
            QDesktopServices.openUrl(url)
