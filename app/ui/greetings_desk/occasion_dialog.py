"""Adding an occasion of one's own: a name, and a day every year, once, or none (a greeting sent when
the user decides)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget,
)

from ..formatting import date_format

NO_DAY, EVERY_YEAR, ONCE = range(3)


class OccasionDialog(QDialog):
    def __init__(self, today: date, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New occasion"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Store anniversary, member day…"))
        self.name.setMaxLength(80)
        self.when = QComboBox()
        self.when.addItems([self.tr("No day"), self.tr("Every year on"), self.tr("Once, on")])
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat(date_format())
        self.day.setCalendarPopup(True)
        self.when.currentIndexChanged.connect(lambda n: self.day.setEnabled(n != NO_DAY))
        self.day.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Day"), self.when)
        form.addRow("", self.day)
        form.addRow(self.error)
        form.addRow(buttons)

    def value(self) -> tuple[str, Optional[str]]:
        """The name and the day as the service takes it ("--MM-DD" every year, "YYYY-MM-DD" once, None)."""
        day = self.day.date().toPython()
        when = self.when.currentIndex()
        text = None if when == NO_DAY else f"--{day:%m-%d}" if when == EVERY_YEAR else day.isoformat()
        return self.name.text(), text
