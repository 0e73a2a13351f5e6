"""Phones, emails, addresses and websites: how to reach the customer."""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import contacts, settings

from ..builtin_names import label_name
from ..worker import Worker
from .section import Section


def _lines(items: list[tuple[str, Optional[str], Optional[str]]]) -> str:
    """"value  (label)" per line, as rich text so a note of warning can be grey."""
    out = []
    for value, label, warning in items:
        line = html.escape(value)
        if label:
            line += f"  <span style='color:#7f8c8d'>({html.escape(label_name(label))})</span>"
        if warning:
            line += f"  <span style='color:#c0392b'>{html.escape(warning)}</span>"
        out.append(line)
    return "<br>".join(out)


class ReachSection(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.tr("Phones, emails and addresses"))
        self.phones = self._label()
        self.emails = self._label()
        self.addresses = self._label()
        self.websites = self._label()
        add_phone = QPushButton(self.tr("Add phone…"))
        add_email = QPushButton(self.tr("Add email…"))
        add_phone.clicked.connect(self.ask_phone)
        add_email.clicked.connect(self.ask_email)
        form = QFormLayout(self)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Emails"), self.emails)
        form.addRow(self.tr("Addresses"), self.addresses)
        form.addRow(self.tr("Websites"), self.websites)
        buttons = QHBoxLayout()
        buttons.addWidget(add_phone)
        buttons.addWidget(add_email)
        buttons.addStretch(1)
        form.addRow(buttons)

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        nothing = self.tr("none")  # outside the f-string, where lupdate can see it
        none = f"<span style='color:#7f8c8d'>{html.escape(nothing)}</span>"
        self.phones.setText(_lines([
            (p.raw, p.label, None if p.e164 else self.tr("not a complete number"))
            for p in contact.phones]) or none)
        self.emails.setText(_lines([(e.address, e.label, None) for e in contact.emails]) or none)
        self.addresses.setText(_lines([(self._address(a), a.label, None) for a in contact.addresses]) or none)
        self.websites.setText(_lines([(w.url, w.label, None) for w in contact.websites]) or none)

    @staticmethod
    def _address(address) -> str:
        town = " ".join(x for x in (address.postal_code, address.city) if x)
        return ", ".join(x for x in (address.street, town, address.region, address.country) if x)

    @Slot()
    def ask_phone(self) -> None:
        raw, ok = QInputDialog.getText(self, self.tr("Add phone"), self.tr("Phone number (as you would dial it):"))
        if ok and raw.strip():
            label, ok = QInputDialog.getItem(self, self.tr("Add phone"), self.tr("Label:"),
                                             [self.tr("Mobile"), self.tr("Work"), self.tr("Home"), ""], 0, True)
            self.write(contacts.add_phone, self.contact_id, raw, label.strip() or None,
                       region=settings.phone_region(self.db))

    @Slot()
    def ask_email(self) -> None:
        address, ok = QInputDialog.getText(self, self.tr("Add email"), self.tr("Email address:"))
        if ok and address.strip():
            self.write(contacts.add_email, self.contact_id, address.strip())
