"""The sections of plain fields: identity, work, what the salesperson knows about the person.

Each field is saved on its own when the user leaves it (contacts.update_contact), with the version
of the contact the field was loaded from: when someone else saved it since, both values are shown
(conflict_dialog.py) and the user chooses; nothing is overwritten silently.
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
from app.services.team.identity import my_name
from app.services.team.versions import ContactConflict

from ..conflict_dialog import ConflictDialog
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
        self.loaded_version: dict[str, int] = {}  # per field: the contact's version its shown value came from
        self.conflict_dialog: Optional[ConflictDialog] = None
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
            self.loaded_version[field] = contact.version_id

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
        self._save({field: value}, self.loaded_version.get(field), {field: editor.saved})

    def _save(self, values: dict[str, str], version: Optional[int], was: Optional[dict[str, str]]) -> None:
        self.write(contacts.update_contact, self.contact_id, values, version=version, was=was,
                   answer=lambda new_version, error: self._saved(values, new_version, error))

    def _saved(self, values: dict[str, str], version: Optional[int], error: Optional[BaseException]) -> None:
        if isinstance(error, ContactConflict):
            self._ask(error)
            return
        for field, value in values.items():
            editor = self.editors[field]
            if error is not None:
                editor.show_error(error_text(error))
                continue
            editor.set_value(value)
            if version is not None:
                self.loaded_version[field] = version

    def _ask(self, conflict: ContactConflict) -> None:
        """Both values side by side; the dialog is window-modal, not a nested event loop, so the file
        keeps showing (and reloading) behind it."""
        labels = {field: label for field, label, _lines in self.rows()}
        dialog = ConflictDialog(conflict, labels, conflict.params.get("name", ""), self.window())
        self.conflict_dialog = dialog
        dialog.finished.connect(lambda result: self._chosen(dialog, conflict, result))
        dialog.open()

    def _chosen(self, dialog: ConflictDialog, conflict: ContactConflict, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if conflict.contact_id != self.contact_id:
            return  # the user has moved to another customer meanwhile: theirs stays, as stored
        if result != ConflictDialog.DialogCode.Accepted:
            for item in conflict.conflicts:
                self.editors[item.field].show_error(self.tr("Not saved: {who} changed this after you opened it.")
                                                    .format(who=conflict.changed_by or self.tr("someone else")))
            return
        for field, theirs in dialog.kept_theirs().items():
            self.editors[field].set_value(theirs)
            self.loaded_version[field] = conflict.version
        mine = dialog.kept_mine()
        if mine:
            self._save(mine, conflict.version, None)


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


class TeamSection(FieldsSection):
    """Whose customer this is, on a store a team shares ("My customers" lists one's own)."""

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.editors["owner"].setPlaceholderText(self.tr("a person's name, e.g. yours: {name}").format(name=my_name()))

    def heading(self) -> str:
        return self.tr("Team")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [("owner", self.tr("Owner"), False)]


class NeedsSection(FieldsSection):
    def heading(self) -> str:
        return self.tr("Needs and pain points")

    def rows(self) -> list[tuple[str, str, bool]]:
        return [("needs", self.tr("Needs"), True), ("pain_points", self.tr("Pain points"), True)]
