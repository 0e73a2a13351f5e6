"""A new customer: a name (or organisation), and a phone and email if at hand."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings, tiers
from app.services.contacts import NewContact, create_contact

from .builtin_names import tier_name
from .errors import error_text
from .worker import Worker


class NewContactDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New customer"))
        self._db = db
        self._worker = worker
        self.created_id: Optional[int] = None
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organization = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.tier = QComboBox()
        self.tier.addItem(self.tr("No tier"), None)
        for tier in tiers.list_tiers(db):
            self.tier.addItem(tier_name(tier.name), tier.code)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Given name"), self.given)
        form.addRow(self.tr("Family name"), self.family)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.resize(420, 0)

    def new_contact(self) -> NewContact:
        return NewContact(
            fields={"given_name": self.given.text(), "family_name": self.family.text(),
                    "organization": self.organization.text()},
            phones=[(self.phone.text(), None)] if self.phone.text().strip() else [],
            emails=[(self.email.text().strip(), None)] if self.email.text().strip() else [],
            tier=self.tier.currentData(),
        )

    @Slot()
    def save(self) -> None:
        new = self.new_contact()
        region = settings.phone_region(self._db)
        self.buttons.setEnabled(False)
        self._worker.write(partial(create_contact, self._db, new, region=region), self._saved)

    def _saved(self, contact_id: Optional[int], error: Optional[BaseException]) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.created_id = contact_id
        self.accept()
