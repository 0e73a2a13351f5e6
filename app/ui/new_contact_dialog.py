"""A new customer: a name (or organisation), and a phone and email if at hand.

The name fields come in the order of the user's language (family name first in Chinese), and the
number is checked as it is typed, for the region in Settings, as it will be read when saved."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings, tiers
from app.services.contacts import NewContact, create_contact, same_person
from app.services.names import compose_display_name
from app.services.phones import display, normalise

from .builtin_names import tier_name
from .errors import error_text
from .import_wizard.run_pages import region_name
from .worker import Worker


class NewContactDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New customer"))
        self._db = db
        self._worker = worker
        self.created_id: Optional[int] = None
        self._twice_ok = False  # the user was told who has this name and number, and saves anyway
        self.region = settings.phone_region(db)
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organization = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("as you would dial it in {country}").format(
            country=region_name(self.region)))
        self.phone_check = QLabel()  # how the number will be read, or why it cannot be
        self.phone_check.setWordWrap(True)
        self.phone.textChanged.connect(self._check_phone)
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
        names = [(self.tr("Given name"), self.given), (self.tr("Family name"), self.family)]
        if family_name_first():
            names.reverse()
        for label, field in names:
            form.addRow(label, field)
        self.setTabOrder(names[0][1], names[1][1])
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_check)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.error)
        form.addRow(self.buttons)
        for field in (self.given, self.family, self.organization, self.phone):
            field.textChanged.connect(self._changed)
        self.setMinimumWidth(420)

    def new_contact(self) -> NewContact:
        return NewContact(
            fields={"given_name": self.given.text(), "family_name": self.family.text(),
                    "organization": self.organization.text()},
            phones=[(self.phone.text(), None)] if self.phone.text().strip() else [],
            emails=[(self.email.text().strip(), None)] if self.email.text().strip() else [],
            tier=self.tier.currentData(),
        )

    @Slot(str)
    def _check_phone(self, text: str) -> None:
        if not text.strip():
            self.phone_check.clear()
            self.adjustSize()
            return
        phone = normalise(text, self.region)
        if phone.valid:
            self.phone_check.setStyleSheet("color: #2e7d32")
            self.phone_check.setText(self.tr("Saved as {number}").format(
                number=display(phone.e164, self.region, phone.extension)))
        else:
            self.phone_check.setStyleSheet("color: #c0392b")
            self.phone_check.setText(self.tr("Not a complete number for {country}; it is kept as typed. "
                                             "Start with + and the country code for another country.").format(
                country=region_name(self.region)))
        self.adjustSize()  # the line below the number may take two

    @Slot()
    def _changed(self) -> None:
        self._twice_ok = False

    @Slot()
    def save(self) -> None:
        new = self.new_contact()
        self.buttons.setEnabled(False)
        name = compose_display_name(self.given.text().strip() or None, self.family.text().strip() or None, None)
        if self._twice_ok or not name or not new.phones:
            self._write(new)
            return
        # Typed twice is the commonest duplicate: say who is there already before making another.
        self._worker.read(partial(same_person, self._db, name, [raw for raw, _label in new.phones],
                                  region=self.region),
                          lambda found, error: self._checked(new, found, error))

    def _checked(self, new: NewContact, found: Optional[list], error: Optional[BaseException]) -> None:
        if error is None and found:
            self.buttons.setEnabled(True)
            self._twice_ok = True
            self.error.setText(self.tr("{names} already has this name and number. Save again to add another "
                                       "customer anyway.").format(names=", ".join(name for _id, name in found)))
            self.error.show()
            return
        self._write(new)

    def _write(self, new: NewContact) -> None:
        self._worker.write(partial(create_contact, self._db, new, region=self.region), self._saved)

    def _saved(self, contact_id: Optional[int], error: Optional[BaseException]) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.created_id = contact_id
        self.accept()


def family_name_first() -> bool:
    """Chinese (and Japanese, Korean, Hungarian) write and say the family name first."""
    return QLocale().language() in (QLocale.Language.Chinese, QLocale.Language.Japanese, QLocale.Language.Korean,
                                    QLocale.Language.Hungarian)
