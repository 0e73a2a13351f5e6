"""Customers → Products…: the catalogue, edited in place. A purchase typed as new text adds a product
on its own; here the salesperson gives it a category, a list price, a warranty and how often it is
bought again (which the reorder forecast uses)."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import catalogue
from app.services.catalogue import ProductData

from ..errors import show_error
from ..worker import Worker
from .products_model import ProductsModel


class ProductsDialog(QDialog):
    productsChanged = Signal()

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db, self.worker = db, worker
        self.setWindowTitle(self.tr("Products"))
        self.resize(960, 520)
        self.model = ProductsModel(self)
        self.model.edited.connect(self.save_edit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search products…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        hint = QLabel(self.tr("Double-click a cell to change it. 'Bought again after' is how many days a customer "
                              "usually takes to buy the product again: the reorder reminders start from it."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b6b6b;")
        self.add_button = QPushButton(self.tr("Add product…"))
        self.add_button.clicked.connect(self.add_product)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.worker.read(partial(catalogue.list_products, self.db, self.search.text().strip() or None), self._loaded)

    def _loaded(self, rows, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self, error)
            return
        self.model.set_rows(rows)

    @Slot(int, str, str)
    def save_edit(self, product_id: int, field: str, text: str) -> None:
        data = ProductData(**{field: text if field != "name" else (text or " ")})
        self.worker.write(partial(catalogue.update_product, self.db, product_id, data), self._saved)

    @Slot()
    def add_product(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add product"), self.tr("Name of the product:"))
        if ok and name.strip():
            self.worker.write(partial(catalogue.add_product, self.db, ProductData(name=name)), self._saved)

    def _saved(self, _result, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self, error)  # the cell goes back to what is stored
        else:
            self.productsChanged.emit()
        self.reload()
