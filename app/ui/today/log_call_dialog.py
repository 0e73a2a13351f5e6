""""Log call" from the today list (and "Log visit or call" from the week plan): what was said,
what came of it, and when to call again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Optional, Sequence

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
    QPlainTextEdit, QRadioButton, QWidget,
)


@dataclass
class LoggedCall:
    summary: str
    outcome: str
    follow_up_on: Optional[date]  # None: no follow-up to schedule
    kind: str = "call"  # an interaction kind: "call" or "visit"


class LogCallDialog(QDialog):
    def __init__(self, contact_name: str, today: date, parent: Optional[QWidget] = None,
                 kinds: Sequence[str] = ("call",)) -> None:
        """`kinds`: what may be logged, the first chosen; more than one offers the choice ("visit", "call")."""
        super().__init__(parent)
        if len(kinds) > 1:
            self.setWindowTitle(self.tr("Log a visit or call with {name}").format(name=contact_name))
        else:
            self.setWindowTitle(self.tr("Log call with {name}").format(name=contact_name))
        self._kind = kinds[0]
        self.kind_buttons: dict[str, QRadioButton] = {}
        if len(kinds) > 1:
            labels = {"call": self.tr("&Call"), "visit": self.tr("&Visit")}
            group, kind_row = QButtonGroup(self), QHBoxLayout()
            for kind in kinds:
                button = self.kind_buttons[kind] = QRadioButton(labels[kind])
                button.setChecked(kind == self._kind)
                button.toggled.connect(partial(self._kind_chosen, kind))
                group.addButton(button)
                kind_row.addWidget(button)
            kind_row.addStretch(1)
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
        if self.kind_buttons:
            form.addRow(self.tr("Kind"), kind_row)
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
            kind=self._kind,
        )

    def _kind_chosen(self, kind: str, checked: bool) -> None:
        if checked:
            self._kind = kind
