"""Logging a call or a visit: kind, when (now unless changed), what was said, what came of it."""
from __future__ import annotations

from datetime import datetime
from typing import Optional, Sequence

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget,
)

from app.models import InteractionKind

from ..builtin_names import kind_name


class LogDialog(QDialog):
    def __init__(self, kinds: Sequence[InteractionKind], kind: str, now: datetime, contact_name: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log contact with {name}").format(name=contact_name))
        self.kind = QComboBox()
        for k in kinds:
            self.kind.addItem(kind_name(k.name), k.code)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.when = QDateTimeEdit(QDateTime(now))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it: next step, order, no interest…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(buttons)
        self.resize(460, 280)
        self.summary.setFocus()

    def values(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "when": self.when.dateTime().toPython().replace(second=0, microsecond=0),
            "summary": self.summary.toPlainText(),
            "outcome": self.outcome.text(),
        }
