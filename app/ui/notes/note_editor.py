"""Writing a note: plain text, or rich text with a small toolbar.

Pictures (from a file or pasted) go into the note as data: URIs, so a note never
points at a file on this computer or at the network. Pasted HTML is sanitised
before it reaches the editor, so remote pictures in it are never fetched.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QMimeData, Slot
from PySide6.QtGui import QAction, QFont, QImage, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QTextEdit, QToolBar, QVBoxLayout,
    QWidget,
)

from app.services.sanitise import sanitise_html

from .note_html import document_to_html, image_to_data_uri
from .note_view import SafeDocument

PICTURE_FILES = "*.png *.jpg *.jpeg *.gif *.webp *.bmp"
LINK_SCHEMES = ("http://", "https://", "mailto:")


class RichTextEdit(QTextEdit):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))

    def insert_picture(self, image: QImage) -> bool:
        uri = image_to_data_uri(image)
        if uri is None:
            return False
        self.textCursor().insertHtml(f'<img src="{uri}">')
        return True

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not self.acceptRichText():
            self.insertPlainText(source.text())
            return
        if source.hasImage():
            image = source.imageData()
            if isinstance(image, QImage) and self.insert_picture(image):
                return
        if source.hasUrls():
            pictures = [QImage(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
            if pictures and all(not p.isNull() for p in pictures):
                for picture in pictures:
                    self.insert_picture(picture)
                return
        if source.hasHtml():
            self.textCursor().insertHtml(sanitise_html(source.html()))
            return
        self.insertPlainText(source.text())


class NoteEditor(QWidget):
    """The editor with its toolbar; `rich` says which kind of note is being written."""

    def __init__(self, rich: bool = True, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.edit = RichTextEdit()
        self.toolbar = QToolBar()
        self.bold = self._toggle(self.tr("Bold"), "Ctrl+B", self._bold)
        self.italic = self._toggle(self.tr("Italic"), "Ctrl+I", self._italic)
        self.underline = self._toggle(self.tr("Underline"), "Ctrl+U", self._underline)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.tr("• List"), self.bullets)
        self.toolbar.addAction(self.tr("1. List"), self.numbers)
        self.toolbar.addAction(self.tr("Link…"), self.ask_link)
        self.toolbar.addAction(self.tr("Picture…"), self.ask_picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit)
        self.edit.currentCharFormatChanged.connect(self._format_changed)
        self.set_rich(rich)

    def _toggle(self, text: str, shortcut: str, slot) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def set_rich(self, rich: bool) -> None:
        self.rich = rich
        self.edit.setAcceptRichText(rich)
        self.toolbar.setVisible(rich)

    def set_body(self, body: str) -> None:
        if self.rich:
            self.edit.setHtml(body)
        else:
            self.edit.setPlainText(body)

    def body(self) -> str:
        return document_to_html(self.edit.document()) if self.rich else self.edit.toPlainText()

    def _merge(self, fmt: QTextCharFormat) -> None:
        self.edit.mergeCurrentCharFormat(fmt)
        self.edit.setFocus()

    @Slot(bool)
    def _bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    @Slot(bool)
    def _italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    @Slot(bool)
    def _underline(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(on)
        self._merge(fmt)

    @Slot(QTextCharFormat)
    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())

    @Slot()
    def bullets(self) -> None:
        self.edit.textCursor().createList(QTextListFormat.Style.ListDisc)

    @Slot()
    def numbers(self) -> None:
        self.edit.textCursor().createList(QTextListFormat.Style.ListDecimal)

    @Slot()
    def ask_link(self) -> None:
        cursor = self.edit.textCursor()
        url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Web or email address (https://…, mailto:…):"))
        url = url.strip()
        if not ok or not url:
            return
        if not url.lower().startswith(LINK_SCHEMES):
            url = "https://" + url if "@" not in url else "mailto:" + url
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        if not cursor.hasSelection():
            cursor.insertText(url, fmt)
        else:
            cursor.mergeCharFormat(fmt)

    @Slot()
    def ask_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Insert picture"), str(Path.home()),
                                              self.tr("Pictures ({patterns})").format(patterns=PICTURE_FILES))
        if path and not self.edit.insert_picture(QImage(path)):
            QMessageBox.warning(self, self.tr("Insert picture"),
                                self.tr("{path}: not a picture Rapport can read, or larger than 5 MB.").format(path=path))


class NoteDialog(QDialog):
    """Write a new note or change one. `rich=None` lets the user choose (new notes)."""

    def __init__(self, body: str = "", rich: Optional[bool] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note") if body else self.tr("New note"))
        self.editor = NoteEditor(rich=True if rich is None else rich)
        self.editor.set_body(body)
        self.rich_box = QCheckBox(self.tr("Formatting, links and pictures"))
        self.rich_box.setChecked(self.editor.rich)
        self.rich_box.setVisible(rich is None)
        self.rich_box.toggled.connect(self.editor.set_rich)
        self.pinned = QCheckBox(self.tr("Pin to the top"))
        self.pinned.setVisible(not body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.rich_box)
        layout.addWidget(self.pinned)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.editor.edit.setFocus()
