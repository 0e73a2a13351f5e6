""""Log call" from the today list: what was said, what came of it, and when to call again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget,
)


@dataclass
class LoggedCall:
    summary: str
    outcome: str
    follow_up_on: Optional[date]  # None: no follow-up to schedule


class LogCallDialog(QDialog):
    def __init__(self, contact_name: str, today: date, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log call with {name}").format(name=contact_name))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it: next step, order, no interest…"))
        self.follow_up = QCheckBox(self.tr("Call again on"))
        self.follow_up_on = QDateEdit(QDate(today + timedelta(days=7)))
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_on.setMinimumDate(QDate(today))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.follow_up_on.dateChanged.connect(self._date_chosen)
        next_call = QHBoxLayout()
        next_call.addWidget(self.follow_up)
        next_call.addWidget(self.follow_up_on)
        next_call.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Follow-up"), next_call)
        form.addRow(buttons)
        self.resize(460, 240)
        self.summary.setFocus()

    @Slot(QDate)
    def _date_chosen(self, _day: QDate) -> None:
        self.follow_up.setChecked(True)  # choosing a date means wanting the follow-up

    def values(self) -> LoggedCall:
        return LoggedCall(
            summary=self.summary.toPlainText().strip(),
            outcome=self.outcome.text().strip(),
            follow_up_on=self.follow_up_on.date().toPython() if self.follow_up.isChecked() else None,
        )
