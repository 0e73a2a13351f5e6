"""New event / edit event: name, kind, day and time, place, places (0: no limit)."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget,
)

from app.models import EVENT_KINDS
from app.services.events.calendar import EventData, EventRow

from .names import kind_name


class EventDialog(QDialog):
    def __init__(self, start: datetime, event: Optional[EventRow] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.name = QLineEdit(event.name if event else "")
        self.name.setPlaceholderText(self.tr("e.g. Spring product launch"))
        self.kind = QComboBox()
        for kind in EVENT_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(event.kind if event else "lecture"), 0))
        self.when = QDateTimeEdit(QDateTime(event.starts_at if event else start))
        self.when.setCalendarPopup(True)
        self.place = QLineEdit(event.place or "" if event else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(event.capacity or 0 if event else 0)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Starts"), self.when)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Places"), self.capacity)
        form.addRow(self.error)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Give the event a name."))
            self.error.show()
            return
        self.accept()

    def data(self) -> EventData:
        return EventData(self.name.text(), self.when.dateTime().toPython(), kind=self.kind.currentData(),
                         place=self.place.text(), capacity=self.capacity.value() or None)
