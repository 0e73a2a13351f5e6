"""Adding or changing a purchase; the service checks the values, and its message shows here."""
from __future__ import annotations

from datetime import date
from typing import Optional, Sequence

from PySide6.QtCore import QDate, QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QWidget,
)

from app.models import Purchase
from app.services.errors import InvalidValue
from app.services.purchases import PurchaseData

from ..errors import error_text


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(words, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class PurchaseDialog(QDialog):
    def __init__(self, today: date, purchase: Optional[Purchase] = None, parent: Optional[QWidget] = None,
                 catalogue: Sequence[tuple[str, Optional[str]]] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purchase"))
        self.product = QLineEdit()
        self.model = QLineEdit()
        # The catalogue's names and models as completions: picking one files the purchase under that
        # product; new text becomes a product of its own (app/services/catalogue.py).
        self.product.setCompleter(_completer(sorted({name for name, _ in catalogue}, key=str.casefold), self))
        self.model.setCompleter(_completer(sorted({m for _, m in catalogue if m}, key=str.casefold), self))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("e.g. 1999.00"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("CNY, EUR, USD…")
        self.bought = QDateEdit(QDate(today))
        self.bought.setCalendarPopup(True)
        self.bought.setDisplayFormat("yyyy-MM-dd")
        self.has_warranty = QCheckBox(self.tr("until"))
        self.warranty = QDateEdit(QDate(today).addYears(2))
        self.warranty.setCalendarPopup(True)
        self.warranty.setDisplayFormat("yyyy-MM-dd")
        self.usage = QPlainTextEdit()
        self.usage.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()
        warranty_row = QHBoxLayout()
        warranty_row.addWidget(self.has_warranty)
        warranty_row.addWidget(self.warranty, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit price"), self.price)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Bought on"), self.bought)
        form.addRow(self.tr("Warranty"), warranty_row)
        form.addRow(self.tr("Usage notes"), self.usage)
        form.addRow(self.error)
        form.addRow(buttons)
        self.has_warranty.toggled.connect(self.warranty.setEnabled)
        self.warranty.setEnabled(False)
        if purchase is not None:
            self._fill(purchase)
        self.data: Optional[PurchaseData] = None

    def _fill(self, p: Purchase) -> None:
        self.product.setText(p.product)
        self.model.setText(p.model or "")
        self.quantity.setValue(p.quantity)
        self.price.setText("" if p.unit_price is None else str(p.unit_price))
        self.currency.setText(p.currency or "")
        self.bought.setDate(QDate(p.purchased_on))
        self.has_warranty.setChecked(p.warranty_until is not None)
        if p.warranty_until:
            self.warranty.setDate(QDate(p.warranty_until))
        self.usage.setPlainText(p.usage_notes or "")

    def values(self) -> PurchaseData:
        return PurchaseData(
            product=self.product.text(), model=self.model.text(), quantity=self.quantity.value(),
            unit_price=self.price.text().strip() or None, currency=self.currency.text(),
            purchased_on=self.bought.date().toPython(),
            warranty_until=self.warranty.date().toPython() if self.has_warranty.isChecked() else None,
            usage_notes=self.usage.toPlainText(),
        )

    @Slot()
    def accept(self) -> None:
        data = self.values()
        try:
            data.cleaned()  # the same checks the service makes, before the dialog closes
        except InvalidValue as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.data = data
        super().accept()
