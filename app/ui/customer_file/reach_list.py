"""One kind of the customer's phones, emails, addresses or websites: a line per item, each
with small "Edit…" and "Remove" buttons, and "Add phone…" (or email…) under them. The items
are plain values (`ReachItem`), made from the contact by the section; the buttons only say
which item the user chose."""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial
from typing import Any, Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..builtin_names import label_name

LINK_STYLE = """
QToolButton { border: none; color: #2c6fbb; padding: 0 3px; }
QToolButton#add { padding: 0; margin-left: -4px; }
QToolButton:hover, QToolButton:focus { text-decoration: underline; }
"""


@dataclass(frozen=True)
class ReachItem:
    id: int
    text: str  # as shown, e.g. "138 1234 5678 ext. 12"
    label: Optional[str]  # as stored ("Mobile"), shown translated
    warning: Optional[str]  # shown in red after the label, e.g. "not a complete number"
    fill: tuple[Any, ...]  # what the edit dialog opens with

    def rich_text(self) -> str:
        line = html.escape(self.text).replace("\n", "<br>")
        if self.label:
            line += f"&nbsp;&nbsp;<span style='color:#7f8c8d'>({html.escape(label_name(self.label))})</span>"
        if self.warning:
            line += f"&nbsp;&nbsp;<span style='color:#c0392b'>{html.escape(self.warning)}</span>"
        return line


class ReachList(QWidget):
    addRequested = Signal()
    editRequested = Signal(int)  # item id
    removeRequested = Signal(int)

    def __init__(self, add_text: str, edit_tip: str, remove_tip: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._edit_tip = edit_tip
        self._remove_tip = remove_tip
        self._items: list[ReachItem] = []
        self._rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        # Under the items, one per kind: four buttons in a row do not fit a narrow file in Spanish.
        self.add_button = self._button(add_text, add_text, "add")
        self.add_button.clicked.connect(self.addRequested)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_items(self, items: list[ReachItem]) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        self._items = list(items)
        for position, item in enumerate(items):
            row = self._row(item)
            self._rows.append(row)
            self._layout.insertWidget(position, row)

    def _row(self, item: ReachItem) -> QWidget:
        row = QWidget()
        text = QLabel(item.rich_text())
        text.setObjectName("text")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        edit = self._button(self.tr("Edit…"), self._edit_tip, "edit")
        remove = self._button(self.tr("Remove"), self._remove_tip, "remove")
        edit.clicked.connect(partial(self.editRequested.emit, item.id))
        remove.clicked.connect(partial(self.removeRequested.emit, item.id))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(text, 1)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return row

    @staticmethod
    def _button(text: str, tip: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(LINK_STYLE)
        return button

    def items(self) -> list[ReachItem]:
        return list(self._items)

    def item(self, item_id: int) -> Optional[ReachItem]:
        return next((i for i in self._items if i.id == item_id), None)

    def texts(self) -> list[str]:
        """The lines as the user reads them (labels translated)."""
        return [_plain(row.findChild(QLabel, "text").text()) for row in self._rows]

    def edit_button(self, row: int) -> QToolButton:
        return self._rows[row].findChild(QToolButton, "edit")

    def remove_button(self, row: int) -> QToolButton:
        return self._rows[row].findChild(QToolButton, "remove")


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText().replace("\u00a0", " ")
