"""Adding or changing one phone, email, postal address or website.

Each dialog opens with what it edits (`fill`) and gives back the same shape (`values()`),
the arguments of the service call after the contact or item id. What is missing is said
in the dialog, naming the field, and the dialog stays open; the service checks again.
"""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from app.services import reach
from app.services.errors import InvalidValue

from ..builtin_names import label_name
from .fields import INVALID_STYLE

PHONE_LABELS = ("Mobile", "Work", "Home", "Other", "Fax")  # as the importers write them: translated on show
OTHER_LABELS = ("Work", "Home", "Other")


class LabelBox(QComboBox):
    """A label from the usual ones (stored in English, shown translated) or typed freely."""

    def __init__(self, labels: tuple[str, ...], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItem("", None)
        for label in labels:
            self.addItem(label_name(label), label)

    def label(self) -> Optional[str]:
        text = self.currentText().strip()
        index = self.findText(text)
        if index > 0:
            return self.itemData(index)
        return text or None

    def set_label(self, label: Optional[str]) -> None:
        index = self.findData(label) if label else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(label or "")


class ReachDialog(QDialog):
    """A form with a label box, a line for what is wrong, and Save / Cancel."""

    LABELS = OTHER_LABELS

    def __init__(self, title: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(360)
        self.label = LabelBox(self.LABELS)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout(self)

    def _finish(self) -> None:
        """After the subclass added its fields: the label, the error line and the buttons."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # translate(), not self.tr(): at run time tr() would look in the subclass's context
        self.form.addRow(QCoreApplication.translate("ReachDialog", "Label"), self.label)
        self.form.addRow(self.error)
        self.form.addRow(buttons)

    def values(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def problem(self) -> Optional[tuple[str, QWidget]]:
        """What keeps the dialog from saving, and the field to fix; None when it may save."""
        raise NotImplementedError

    def show_problem(self, message: Optional[str], field: Optional[QWidget] = None) -> None:
        for widget in [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]:
            widget.setProperty("invalid", widget is field)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.layout().activate()
        needed = self.heightForWidth(self.width())  # a message on two lines: grow, do not cut it
        if needed > self.height():
            self.resize(self.width(), needed)
        if field is not None:
            field.setFocus()

    @Slot()
    def accept(self) -> None:
        found = self.problem()
        if found is not None:
            self.show_problem(*found)
            return
        super().accept()


def _line(text: str = "", placeholder: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setPlaceholderText(placeholder)
    return line


class PhoneDialog(ReachDialog):
    LABELS = PHONE_LABELS

    def __init__(self, number: str = "", label: Optional[str] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Edit phone") if number else self.tr("Add phone"))
        self.number = _line(number, self.tr("as you would dial it, e.g. 138 1234 5678 or +34 612 345 678"))
        self.form.addRow(self.tr("Phone number"), self.number)
        note = QLabel(self.tr("A number that is not complete is kept as written and marked."))
        note.setStyleSheet("color: #7f8c8d")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.label.set_label(label)
        self._finish()

    def values(self) -> tuple[str, Optional[str]]:
        return self.number.text().strip(), self.label.label()

    def problem(self) -> Optional[tuple[str, QWidget]]:
        if not self.number.text().strip():
            return self.tr("Phone number: please type the number."), self.number
        return None


class EmailDialog(ReachDialog):
    def __init__(self, address: str = "", label: Optional[str] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Edit email") if address else self.tr("Add email"))
        self.address = _line(address, "name@example.com")
        self.form.addRow(self.tr("Email address"), self.address)
        self.label.set_label(label)
        self._finish()

    def values(self) -> tuple[str, Optional[str]]:
        return self.address.text().strip(), self.label.label()

    def problem(self) -> Optional[tuple[str, QWidget]]:
        address = self.address.text().strip()
        if not address:
            return self.tr("Email address: please type the address."), self.address
        if "@" not in address:
            return self.tr("Email address: “{address}” has no @; an address looks like name@example.com.").format(
                address=address), self.address
        try:
            reach.check_email(address)
        except InvalidValue:
            return self.tr("Email address: “{address}” is not complete; an address looks like name@example.com."
                           ).format(address=address), self.address
        return None


class AddressDialog(ReachDialog):
    def __init__(self, address: Optional[reach.AddressData] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Edit address") if address else self.tr("Add address"))
        address = address or reach.AddressData()
        self.street = QPlainTextEdit(address.street or "")
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.city = _line(address.city or "")
        self.region = _line(address.region or "")
        self.postal_code = _line(address.postal_code or "")
        self.country = _line(address.country or "")
        self.form.addRow(self.tr("Street"), self.street)
        self.form.addRow(self.tr("City"), self.city)
        self.form.addRow(self.tr("Region or state"), self.region)
        self.form.addRow(self.tr("Postcode"), self.postal_code)
        self.form.addRow(self.tr("Country"), self.country)
        self.label.set_label(address.label)
        self._finish()

    def values(self) -> tuple[reach.AddressData]:
        return (reach.AddressData(
            street=self.street.toPlainText().strip() or None, city=self.city.text().strip() or None,
            region=self.region.text().strip() or None, postal_code=self.postal_code.text().strip() or None,
            country=self.country.text().strip() or None, label=self.label.label(),
        ),)

    def problem(self) -> Optional[tuple[str, QWidget]]:
        try:
            self.values()[0].cleaned()
        except InvalidValue:
            return self.tr("Address: fill in at least one of street, city, region, postcode or country."), self.street
        return None


class WebsiteDialog(ReachDialog):
    def __init__(self, url: str = "", label: Optional[str] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Edit website") if url else self.tr("Add website"))
        self.url = _line(url, "https://example.com")
        self.form.addRow(self.tr("Web address"), self.url)
        self.label.set_label(label)
        self._finish()

    def values(self) -> tuple[str, Optional[str]]:
        return self.url.text().strip(), self.label.label()

    def problem(self) -> Optional[tuple[str, QWidget]]:
        url = self.url.text().strip()
        if not url:
            return self.tr("Web address: please type the address."), self.url
        if any(c.isspace() for c in url):
            return self.tr("Web address: “{url}” has a space in it.").format(url=url), self.url
        return None
