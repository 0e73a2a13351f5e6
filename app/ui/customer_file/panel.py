"""The customer file: everything about one customer, editable where it stands.

A header (name, organisation, tier, "Log call" / "Log visit"), then tabs: the
details in sections, notes, history and purchases. Each part saves its own
changes through the worker; afterwards the whole file is read again.
"""
from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Callable, Optional

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import contacts, interactions, settings
from app.services.dates import local_now
from app.services.errors import NotFound

from ..builtin_names import tier_name
from ..errors import show_error
from ..playbook.playbook_tab import PlaybookTab
from ..worker import Worker
from .custom_fields import CustomFieldsSection
from .fields import INVALID_STYLE
from .follow_up import FollowUpSection, SourceSection
from .history_tab import HistoryTab
from .log_dialog import LogDialog
from .notes_tab import NotesTab
from .photo import PhotoLabel
from .purchases_tab import PurchasesTab
from .reach_section import ReachSection
from .section import Section
from .text_sections import IdentitySection, KnowledgeSection, NeedsSection, TeamSection, WorkSection


class CustomerFile(QStackedWidget):
    contactChanged = Signal(int)  # something of this contact was saved

    def __init__(self, db: sessionmaker[Session], worker: Worker, *, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = local_now, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self._now = now
        self.contact: Optional[Contact] = None
        self._wanted = 0  # the contact asked for last; an older answer is not shown
        self.setStyleSheet(INVALID_STYLE)
        self.empty = QLabel(self.tr("Choose a customer on the left to see their file."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)
        self.file = QWidget()
        self.addWidget(self.file)

        self.name = QLabel()
        self.name.setObjectName("customerName")
        self.name.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.name.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #6b6b6b;")
        self.photo = PhotoLabel(db, worker)
        self.photo.changed.connect(self._part_changed)
        self.log_call_button = QPushButton(self.tr("Log call"))
        self.log_visit_button = QPushButton(self.tr("Log visit"))
        self.log_call_button.clicked.connect(self.log_call)
        self.log_visit_button.clicked.connect(self.log_visit)

        self.reach = ReachSection(db, worker)
        self.follow_up = FollowUpSection(db, worker)
        self.identity = IdentitySection(db, worker)
        self.source = SourceSection(db, worker)
        self.custom_fields = CustomFieldsSection(db, worker)
        # What is looked at most comes first: how to reach them and when to call.
        self.sections: list[Section] = [
            self.reach, self.follow_up, self.identity, WorkSection(db, worker), KnowledgeSection(db, worker),
            NeedsSection(db, worker), self.source, TeamSection(db, worker), self.custom_fields,
        ]
        _align_labels(self.sections)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        for section in self.sections:
            details_layout.addWidget(section)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes = NotesTab(db, worker)
        self.history = HistoryTab(db, worker, self.log)
        self.purchases = PurchasesTab(db, worker, today)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.purchases, self.tr("Purchases"))
        self.playbook = PlaybookTab(db, worker)
        self.tabs.addTab(self.playbook, self.tr("Playbook"))
        self.parts: list[Section] = [*self.sections, self.notes, self.history, self.purchases, self.playbook]
        for part in self.parts:
            part.changed.connect(self._part_changed)

        header = QHBoxLayout()
        header.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.log_call_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.log_visit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.file)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.tabs)

    def contact_id(self) -> int:
        return self.contact.id if self.contact else 0

    @Slot(int, bool)
    def set_listed(self, count: int, searching: bool) -> None:
        """What the empty page says depends on the list beside it: nothing to choose is not "choose"."""
        if count:
            self.empty.setText(self.tr("Choose a customer on the left to see their file."))
        elif searching:
            self.empty.setText(self.tr("No customer matches the search. Clear it to see them all."))
        else:
            self.empty.setText(self.tr("No customers in this list. Import your phone's contacts (File → Import "
                                       "contacts…) or add one (Customers → New customer…)."))

    def show_contact(self, contact_id: int) -> None:
        """Show `contact_id`'s file (0: none) once the worker has read it; the current one stays until then."""
        if contact_id != self.contact_id():
            self.commit_pending()
        self._wanted = contact_id
        if not contact_id:
            self._show(None)
            return
        self.worker.read(partial(_load, self.db, contact_id), partial(self._loaded, contact_id))

    def _loaded(self, contact_id: int, loaded: Optional[tuple[Contact, str]], error: Optional[BaseException]) -> None:
        if contact_id != self._wanted:
            return  # the user has moved on to another customer
        if error is not None:
            show_error(self, error)
            return
        if loaded is not None:
            self.reach.region = loaded[1]
        self._show(loaded[0] if loaded else None)

    def _show(self, contact: Optional[Contact]) -> None:
        self.contact = contact
        if contact is None:
            for part in self.parts:
                part.contact_id = 0
            self.setCurrentWidget(self.empty)
            return
        self.name.setText(contact.display_name)
        self.subtitle.setText(" · ".join(x for x in (contact.title, contact.organization,
                                                      tier_name(contact.tier.name) if contact.tier else None) if x))
        self.photo.show_contact(contact)
        for part in self.parts:
            part.show_contact(contact)
        self.setCurrentWidget(self.file)

    def commit_pending(self) -> None:
        if self.contact is not None:
            for part in self.parts:
                part.commit_pending()

    @Slot(int)
    def _part_changed(self, contact_id: int) -> None:
        if contact_id == self.contact_id():
            self.show_contact(contact_id)
        self.contactChanged.emit(contact_id)

    @Slot()
    def log_call(self) -> None:
        self.log("call")

    @Slot()
    def log_visit(self) -> None:
        self.log("visit")

    def log(self, kind: str) -> None:
        if self.contact is None:
            return
        dialog = LogDialog(interactions.list_kinds(self.db), kind, self._now(), self.contact.display_name, self)
        if dialog.exec() == LogDialog.DialogCode.Accepted:
            self.save_log(**dialog.values())

    def save_log(self, kind: str, when: datetime, summary: str = "", outcome: str = "") -> None:
        cid = self.contact_id()
        self.worker.write(partial(interactions.log_interaction, self.db, cid, kind, when=when, summary=summary,
                                  outcome=outcome),
                          lambda _result, error: self._logged(cid, error))

    def _logged(self, contact_id: int, error: Optional[BaseException]) -> None:
        if error is not None:
            show_error(self, error)
        self._part_changed(contact_id)


def _load(db: sessionmaker[Session], contact_id: int) -> Optional[tuple[Contact, str]]:
    """The whole file and the region its numbers are shown for, or None when the contact is gone
    (runs on the worker)."""
    try:
        return contacts.get_contact(db, contact_id), settings.phone_region(db)
    except NotFound:
        return None


def _align_labels(sections: list[Section]) -> None:
    """One label column for all sections, so the fields line up down the whole file."""
    labels = []
    for section in sections:
        form = section.layout()
        if isinstance(form, QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
