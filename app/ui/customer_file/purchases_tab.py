"""The Purchases tab: what the customer bought, and warranties."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Optional

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Purchase
from app.services import catalogue, purchases

from ..errors import error_text
from ..formatting import format_date, format_money
from ..worker import Worker
from .purchase_dialog import PurchaseDialog
from .section import Section

Index = QModelIndex | QPersistentModelIndex


class PurchasesModel(QAbstractTableModel):
    def __init__(self, today: Callable[[], date], parent=None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[Purchase] = []
        self._headers = (self.tr("Bought"), self.tr("Product"), self.tr("Model"), self.tr("Qty"), self.tr("Price"),
                         self.tr("Warranty until"), self.tr("By"))

    def set_purchases(self, rows: list[Purchase]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def purchase(self, row: int) -> Optional[Purchase]:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.purchase(index.row()) if index.isValid() else None
        if p is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_date(p.purchased_on), p.product, p.model or "", str(p.quantity),
                    format_money(p.unit_price, p.currency), format_date(p.warranty_until), p.created_by or "")[column]
        if role == Qt.ItemDataRole.ToolTipRole and p.usage_notes:
            return p.usage_notes
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and p.warranty_until and p.warranty_until < self._today():
            return QBrush(QColor("#8a8a8a"))  # warranty over
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PurchasesTab(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, today: Callable[[], date],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setFlat(True)
        self._today = today
        self.model = PurchasesModel(today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("Add purchase…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        buttons = QHBoxLayout()
        for button in (add, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        add.clicked.connect(self.add_purchase)
        self.edit_button.clicked.connect(self.edit_purchase)
        self.table.doubleClicked.connect(self.edit_purchase)
        self.delete_button.clicked.connect(self.delete_purchase)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        # Loaded with the file (on the worker), newest first as purchases.list_purchases gives them.
        self.model.set_purchases(sorted(contact.purchases, key=lambda p: (p.purchased_on, p.id), reverse=True))

    def _current(self) -> Optional[Purchase]:
        return self.model.purchase(self.table.currentIndex().row())

    def _catalogue(self) -> list[tuple[str, Optional[str]]]:
        return [(row.product.name, row.product.model) for row in catalogue.list_products(self.db)]

    @Slot()
    def add_purchase(self) -> None:
        dialog = PurchaseDialog(self._today(), parent=self, catalogue=self._catalogue())
        if dialog.exec() == PurchaseDialog.DialogCode.Accepted and dialog.data is not None:
            self.write(purchases.add_purchase, self.contact_id, dialog.data, answer=self._written)

    @Slot()
    def edit_purchase(self) -> None:
        current = self._current()
        if current is None:
            return
        dialog = PurchaseDialog(self._today(), current, parent=self, catalogue=self._catalogue())
        if dialog.exec() == PurchaseDialog.DialogCode.Accepted and dialog.data is not None:
            self.write(purchases.update_purchase, current.id, dialog.data, answer=self._written)

    @Slot()
    def delete_purchase(self) -> None:
        current = self._current()
        if current is not None and QMessageBox.question(
                self, self.tr("Delete purchase"),
                self.tr("Delete the purchase of {product}?").format(product=current.product)
        ) == QMessageBox.StandardButton.Yes:
            self.write(purchases.delete_purchase, current.id, answer=self._written)

    def _written(self, _result, error: Optional[BaseException]) -> None:
        if error is not None:
            QMessageBox.warning(self, self.tr("Purchase"), error_text(error))
        # The file is read again after every write (Section.changed), purchases with it.
