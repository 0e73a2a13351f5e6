"""Phones, emails, addresses and websites: how to reach the customer.

Each item has "Edit…" and "Remove" beside it, and each kind "Add phone…" (or email…) below.
A dialog per kind asks for the values (reach_dialogs.py); the services save them on the
worker, and the whole file is read again afterwards (Section.changed). An edit or a removal says
which version of the contact the file showed and the item as it was: one someone else changed
meanwhile is not overwritten, and the conflict dialog shows both (as for a field, text_sections.py).
"""
from __future__ import annotations

from functools import partial
from typing import Any, Callable, Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Address, Contact, Phone
from app.services import reach
from app.services.phones import display
from app.services.team.versions import ContactConflict

from ..conflict_dialog import ConflictDialog
from ..errors import show_error
from ..worker import Worker
from .reach_dialogs import AddressDialog, EmailDialog, PhoneDialog, ReachDialog, WebsiteDialog
from .reach_list import ReachItem, ReachList
from .section import Section


def phone_text(phone: Phone) -> str:
    """The number as written, with its extension: what the edit dialog shows, so saving keeps both."""
    return phone.raw + (f" ext. {phone.extension}" if phone.extension else "")


def address_text(address: Address) -> str:
    town = " ".join(x for x in (address.postal_code, address.city) if x)
    return ", ".join(x for x in (address.street, town, address.region, address.country) if x)


def address_data(address: Address) -> reach.AddressData:
    return reach.AddressData(street=address.street, city=address.city, region=address.region,
                             postal_code=address.postal_code, country=address.country, label=address.label)


class ReachSection(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.tr("Phones, emails and addresses"))
        self.contact_name = ""
        self.version: Optional[int] = None  # the contact's version the items shown came from
        self.seen: dict[tuple[str, int], str] = {}  # (kind, id) → the item as shown (reach.row_text)
        self.conflict_dialog: Optional[ConflictDialog] = None
        self.region = "US"  # numbers are shown for it (phones.display); the file's loader sets it
        self.phones = ReachList(self.tr("Add phone…"), self.tr("Edit this phone number"),
                                self.tr("Remove this phone number"))
        self.emails = ReachList(self.tr("Add email…"), self.tr("Edit this email address"),
                                self.tr("Remove this email address"))
        self.addresses = ReachList(self.tr("Add address…"), self.tr("Edit this address"),
                                   self.tr("Remove this address"))
        self.websites = ReachList(self.tr("Add website…"), self.tr("Edit this website"),
                                  self.tr("Remove this website"))
        for kind, add, edit, remove in (
                (self.phones, self.ask_phone, self.edit_phone, self.remove_phone),
                (self.emails, self.ask_email, self.edit_email, self.remove_email),
                (self.addresses, self.ask_address, self.edit_address, self.remove_address),
                (self.websites, self.ask_website, self.edit_website, self.remove_website)):
            kind.addRequested.connect(add)
            kind.editRequested.connect(edit)
            kind.removeRequested.connect(remove)
        self.add_phone_button = self.phones.add_button
        self.add_email_button = self.emails.add_button
        self.add_address_button = self.addresses.add_button
        self.add_website_button = self.websites.add_button
        form = QFormLayout(self)
        form.addRow(self.tr("Phones"), self.phones)
        form.addRow(self.tr("Emails"), self.emails)
        form.addRow(self.tr("Addresses"), self.addresses)
        form.addRow(self.tr("Websites"), self.websites)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.contact_name = contact.display_name
        self.version = contact.version_id
        self.seen = reach.seen_rows(contact)
        incomplete = self.tr("not a complete number")
        self.phones.set_items([
            ReachItem(p.id, display(p.number, self.region, p.extension), p.label, None if p.e164 else incomplete,
                      (phone_text(p), p.label))
            for p in contact.phones])
        self.emails.set_items([
            ReachItem(e.id, e.address, e.label, None, (e.address, e.label)) for e in contact.emails])
        self.addresses.set_items([
            ReachItem(a.id, address_text(a), a.label, None, (address_data(a),)) for a in contact.addresses])
        self.websites.set_items([
            ReachItem(w.id, w.url, w.label, None, (w.url, w.label)) for w in contact.websites])

    # Adding ------------------------------------------------------------------------------

    @Slot()
    def ask_phone(self) -> None:
        self._add(PhoneDialog(parent=self), reach.add_phone)

    @Slot()
    def ask_email(self) -> None:
        self._add(EmailDialog(parent=self), reach.add_email)

    @Slot()
    def ask_address(self) -> None:
        self._add(AddressDialog(parent=self), reach.add_address)

    @Slot()
    def ask_website(self) -> None:
        self._add(WebsiteDialog(parent=self), reach.add_website)

    def _add(self, dialog: ReachDialog, add: Callable[..., Any]) -> None:
        if self.contact_id and dialog.exec() == QDialog.DialogCode.Accepted:
            self.write(add, self.contact_id, *dialog.values())
        dialog.deleteLater()

    # Editing -----------------------------------------------------------------------------

    @Slot(int)
    def edit_phone(self, phone_id: int) -> None:
        self._edit(self.phones.item(phone_id), PhoneDialog, reach.update_phone, "phone")

    @Slot(int)
    def edit_email(self, email_id: int) -> None:
        self._edit(self.emails.item(email_id), EmailDialog, reach.update_email, "email")

    @Slot(int)
    def edit_address(self, address_id: int) -> None:
        self._edit(self.addresses.item(address_id), AddressDialog, reach.update_address, "address")

    @Slot(int)
    def edit_website(self, website_id: int) -> None:
        self._edit(self.websites.item(website_id), WebsiteDialog, reach.update_website, "website")

    def _edit(self, item: Optional[ReachItem], kind: type[ReachDialog], update: Callable[..., Any], what: str) -> None:
        if item is None:
            return
        dialog = kind(*item.fill, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.values() != item.fill:
            self._change(update, item.id, dialog.values(), what)
        dialog.deleteLater()

    def _change(self, change: Callable[..., Any], row_id: int, values: tuple[Any, ...], what: str) -> None:
        """Save over the version shown; someone else's change to this item meanwhile is asked about."""
        self.write(change, row_id, *values, version=self.version, was=self.seen.get((what, row_id)),
                   answer=partial(self._changed, change, row_id, values))

    def _changed(self, change: Callable[..., Any], row_id: int, values: tuple[Any, ...], _result: Any,
                 error: Optional[BaseException]) -> None:
        if isinstance(error, ContactConflict) and error.conflicts:
            self._ask(error, change, row_id, values)
        elif error is not None:
            show_error(self.window(), error)

    def _ask(self, conflict: ContactConflict, change: Callable[..., Any], row_id: int, values: tuple[Any, ...]) -> None:
        """Both values side by side (window-modal: the file keeps showing, and reloading, behind it)."""
        labels = {"phone": self.tr("Phones"), "email": self.tr("Emails"), "address": self.tr("Addresses"),
                  "website": self.tr("Websites")}
        dialog = ConflictDialog(conflict, labels, conflict.params.get("name", ""), self.window())
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda result: self._chosen(dialog, conflict, result, change, row_id, values))
        dialog.open()

    def _chosen(self, dialog: ConflictDialog, conflict: ContactConflict, result: int, change: Callable[..., Any],
                row_id: int, values: tuple[Any, ...]) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if conflict.contact_id == self.contact_id and result == ConflictDialog.DialogCode.Accepted \
                and dialog.kept_mine():  # else theirs stays, as the file now shows it
            self.write(change, row_id, *values, version=conflict.version)

    # Removing ----------------------------------------------------------------------------

    @Slot(int)
    def remove_phone(self, phone_id: int) -> None:
        self._remove(self.phones.item(phone_id), self.tr("Remove phone number"),
                     self.tr("Remove the phone number {item} from {name}?"), reach.remove_phone, "phone")

    @Slot(int)
    def remove_email(self, email_id: int) -> None:
        self._remove(self.emails.item(email_id), self.tr("Remove email address"),
                     self.tr("Remove the email address {item} from {name}?"), reach.remove_email, "email")

    @Slot(int)
    def remove_address(self, address_id: int) -> None:
        self._remove(self.addresses.item(address_id), self.tr("Remove address"),
                     self.tr("Remove the address {item} from {name}?"), reach.remove_address, "address")

    @Slot(int)
    def remove_website(self, website_id: int) -> None:
        self._remove(self.websites.item(website_id), self.tr("Remove website"),
                     self.tr("Remove the website {item} from {name}?"), reach.remove_website, "website")

    def _remove(self, item: Optional[ReachItem], title: str, question: str, remove: Callable[..., Any],
                what: str) -> None:
        if item is None:
            return
        answer = QMessageBox.question(
            self, title, question.format(item=item.text.replace("\n", ", "), name=self.contact_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._change(remove, item.id, (), what)
