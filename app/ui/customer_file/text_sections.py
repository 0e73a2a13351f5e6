"""The sections of plain fields: identity, work, what the salesperson knows about the person.

Each field is saved on its own when the user leaves it (contacts.update_contact).
Dates are checked before saving; a bad one stays in the editor, marked, unsaved.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import contacts
from app.services.dates import parse_partial_date
from app.services.errors import InvalidValue

from ..errors import error_text
from ..worker import Worker
from .fields import LineField, TextField, with_error_label
from .section import Section

Field = LineField | TextField


class FieldsSection(Section):
    """A titled form of plain fields; subclasses say which (`heading`, `rows`)."""

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.heading())
        self.editors: dict[str, Field] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, multiline in self.rows():
            placeholder = self.tr("YYYY-MM-DD, or --MM-DD without the year") if field in contacts.DATE_FIELDS else ""
            if field == "language":
                placeholder = self.tr("zh, es or en: the language of greetings")
            editor: Field = TextField(field, placeholder) if multiline else LineField(field, placeholder)
            editor.committed.connect(self.save_field)
            self.editors[field] = editor
            form.addRow(label, with_error_label(editor))

    def heading(self) -> str:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, str, bool]]:
        """(field, label, several lines)"""
        raise NotImplementedError

    def show_contact(self, contact: Contact) -> None:
        same = contact.id == self.contact_id
        super().show_contact(contact)
        for field, editor in self.editors.items():
            if same and (editor.is_modified() or editor.hasFocus()):
                continue  # being typed in (or marked invalid): the user's text stays
            editor.set_value(getattr(contact, field))

    def commit_pending(self) -> None:
        for editor in self.editors.values():
            editor.commit()

    @Slot(str, str)
    def save_field(self, field: str, text: str) -> None:
        editor = self.editors[field]
        value = text.strip()
        if field in contacts.DATE_FIELDS and value:
            try:
                value = parse_partial_date(value, field=field)
            except InvalidValue as exc:
                editor.show_error(error_text(exc))
                return
        if field == "display_name" and not value:
            editor.show_error(self.tr("A contact needs a name."))
            return
        self.write(contacts.update_contact, self.contact_id, {field: value},
                   answer=lambda _result, error: self._saved(editor, value, error))

    def _saved(self, editor: Field, value: str, error: Optional[BaseException]) -> None:
        if error is not None:
            editor.show_error(error_text(error))
            return
        editor.set_value(value)


class IdentitySection(FieldsSection):
    def heading(self) -> str:
        return self.tr("Identity")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [
            ("display_name", self.tr("Shown as"), False), ("prefix", self.tr("Prefix"), False),
            ("given_name", self.tr("Given name"), False), ("middle_name", self.tr("Middle name"), False),
            ("family_name", self.tr("Family name"), False), ("suffix", self.tr("Suffix"), False),
            ("nickname", self.tr("Nickname"), False), ("phonetic_given_name", self.tr("Given name (phonetic)"), False),
            ("phonetic_family_name", self.tr("Family name (phonetic)"), False), ("gender", self.tr("Gender"), False),
            ("language", self.tr("Greets in"), False),
            ("birthday", self.tr("Birthday"), False), ("anniversary", self.tr("Anniversary"), False),
        ]


class WorkSection(FieldsSection):
    def heading(self) -> str:
        return self.tr("Work")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [("organization", self.tr("Organisation"), False), ("department", self.tr("Department"), False),
                ("title", self.tr("Job title"), False)]


class KnowledgeSection(FieldsSection):
    def heading(self) -> str:
        return self.tr("Knowing the person")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [("family", self.tr("Family"), True), ("hobbies", self.tr("Hobbies"), True),
                ("personality", self.tr("Personality"), True), ("preferences", self.tr("Preferences"), True)]


class NeedsSection(FieldsSection):
    def heading(self) -> str:
        return self.tr("Needs and pain points")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [("needs", self.tr("Needs"), True), ("pain_points", self.tr("Pain points"), True)]
