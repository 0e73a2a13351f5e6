"""Editors for one field of the customer file that know what was saved and can show an error:
a red border and the message under the field, so a bad date is never saved silently."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

INVALID_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #c0392b; border-radius: 3px; }
QLabel#fieldError { color: #c0392b; }
"""


class _Invalid:
    """Shared by both editors: the error state and its label."""

    error_label: QLabel

    def show_error(self, message: Optional[str]) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def has_error(self) -> bool:
        return bool(self.property("invalid"))  # type: ignore[attr-defined]


class LineField(_Invalid, QLineEdit):
    committed = Signal(str, str)  # field, text

    def __init__(self, field: str, placeholder: str = "", parent: Optional[QWidget] = None) -> None:
        QLineEdit.__init__(self, parent)
        self.field = field
        self.saved = ""
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(field)
        self.editingFinished.connect(self.commit)

    def set_value(self, value: Optional[str]) -> None:
        self.saved = value or ""
        self.setText(self.saved)
        self.setCursorPosition(0)
        self.show_error(None)

    def text_value(self) -> str:
        return self.text()

    def is_modified(self) -> bool:
        return self.text().strip() != self.saved.strip()

    @Slot()
    def commit(self) -> None:
        if self.is_modified():
            self.committed.emit(self.field, self.text())


class TextField(_Invalid, QPlainTextEdit):
    """Several lines (needs, hobbies…); saved when the editor loses focus."""

    committed = Signal(str, str)

    def __init__(self, field: str, placeholder: str = "", parent: Optional[QWidget] = None) -> None:
        QPlainTextEdit.__init__(self, parent)
        self.field = field
        self.saved = ""
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.hide()
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(field)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def set_value(self, value: Optional[str]) -> None:
        self.saved = value or ""
        self.setPlainText(self.saved)
        self.show_error(None)

    def text_value(self) -> str:
        return self.toPlainText()

    def is_modified(self) -> bool:
        return self.toPlainText().strip() != self.saved.strip()

    def commit(self) -> None:
        if self.is_modified():
            self.committed.emit(self.field, self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()


def with_error_label(editor: LineField | TextField) -> QWidget:
    """The editor with its (normally hidden) error message underneath, for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    layout.addWidget(editor.error_label)
    return box
