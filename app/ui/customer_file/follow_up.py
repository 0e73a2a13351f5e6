"""Follow-up (tier, cadence, stage, when last and next) and where the customer came from."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact
from app.services import contacts, tiers
from app.services.value import stages

from ..builtin_names import lost_reason_name, tier_name
from ..errors import error_text
from ..formatting import format_date, format_datetime
from ..worker import Worker
from .contact_picker import ContactPicker
from .fields import LineField, with_error_label
from .section import Section


class FollowUpSection(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.tr("Follow-up"))
        self.tier = QComboBox()
        self.tier.setAccessibleName("tier")
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("as the tier says"))
        self.cadence.setSuffix(self.tr(" days"))
        # A fixed list, so each move is dated in the stage history (and logged) for the stage report.
        self.stage = QComboBox()
        self.stage.setAccessibleName("sales stage")
        self.stage.addItem(self.tr("not set"), None)
        for stage, label in self._stage_labels().items():
            self.stage.addItem(label, stage)
        self.last_contact = QLabel()
        self.next_due = QLabel()
        self.groups = QLabel()
        self.groups.setWordWrap(True)
        self.status = QLabel()
        self._cadence = 0
        form = QFormLayout(self)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Call every"), self.cadence)
        form.addRow(self.tr("Sales stage"), self.stage)
        form.addRow(self.tr("Last contact"), self.last_contact)
        form.addRow(self.tr("Next due"), self.next_due)
        form.addRow(self.tr("Groups"), self.groups)
        form.addRow(self.tr("Status"), self.status)
        self.tier.activated.connect(self._tier_chosen)
        self.cadence.editingFinished.connect(self._cadence_changed)
        self.stage.activated.connect(self._stage_chosen)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.tier.clear()
        self.tier.addItem(self.tr("No tier"), None)
        for tier in tiers.list_tiers(self.db):
            self.tier.addItem(tier_name(tier.name), tier.code)
        self.tier.setCurrentIndex(max(self.tier.findData(contact.tier.code if contact.tier else None), 0))
        self._cadence = contact.cadence_days or 0
        self.cadence.setValue(self._cadence)
        self.stage.setCurrentIndex(max(self.stage.findData(contact.sales_stage), 0))
        self.last_contact.setText(format_datetime(contact.last_contact_at) if contact.last_contact_at
                                  else self.tr("never"))
        self.next_due.setText(format_date(contact.next_due) if contact.next_due else self.tr("no cadence set"))
        self.groups.setText(", ".join(g.name for g in contact.groups) or self.tr("none"))
        if contact.status == "lost":
            self.status.setText(self.tr("Lost on {day} ({reason})").format(
                day=format_date(contact.lost_on) if contact.lost_on else "?",
                reason=lost_reason_name(contact.lost_reason) if contact.lost_reason else "?"))
        else:
            self.status.setText(self.tr("Active"))

    def commit_pending(self) -> None:
        """Every field here saves as soon as it is chosen."""

    def _stage_labels(self) -> dict[str, str]:
        return {"prospect": self.tr("Prospect"), "first contact": self.tr("First contact"),
                "needs identified": self.tr("Needs identified"), "negotiating": self.tr("Negotiating"),
                "customer": self.tr("Customer"), "after-sale": self.tr("After-sale")}

    @Slot(int)
    def _tier_chosen(self, row: int) -> None:
        self.write(tiers.set_tier, [self.contact_id], self.tier.itemData(row))

    @Slot()
    def _cadence_changed(self) -> None:
        if self.cadence.value() == self._cadence:
            return
        self._cadence = self.cadence.value()
        self.write(tiers.set_cadence, self.contact_id, self.cadence.value() or None)

    @Slot(int)
    def _stage_chosen(self, row: int) -> None:
        stage = self.stage.itemData(row)
        if stage is not None:
            self.write(stages.move_stage, self.contact_id, stage)


class SourceSection(Section):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__("", db, worker, parent)
        self.setTitle(self.tr("Where they came from"))
        self.channel = LineField("source_channel", self.tr("e.g. referral, trade fair, website"))
        self.referrer = QLabel()
        self.referrer.setAccessibleName("referrer")
        choose = QPushButton(self.tr("Choose…"))
        self.clear = QPushButton(self.tr("Clear"))
        row = QHBoxLayout()
        row.addWidget(self.referrer, 1)
        row.addWidget(choose)
        row.addWidget(self.clear)
        form = QFormLayout(self)
        form.addRow(self.tr("Source channel"), with_error_label(self.channel))
        form.addRow(self.tr("Referred by"), row)
        self.channel.committed.connect(self._channel_changed)
        choose.clicked.connect(self.choose_referrer)
        self.clear.clicked.connect(self._clear_referrer)

    def show_contact(self, contact: Contact) -> None:
        super().show_contact(contact)
        self.channel.set_value(contact.source_channel)
        self.referrer.setText(contact.referred_by.display_name if contact.referred_by else self.tr("nobody"))
        self.clear.setEnabled(contact.referred_by is not None)

    def commit_pending(self) -> None:
        self.channel.commit()

    @Slot(str, str)
    def _channel_changed(self, field: str, text: str) -> None:
        self.write(contacts.update_contact, self.contact_id, {field: text},
                   answer=lambda _r, error: (self.channel.show_error(error_text(error)) if error
                                             else self.channel.set_value(text)))

    @Slot()
    def choose_referrer(self) -> None:
        picker = ContactPicker(self.db, self.worker, self.contact_id, self)
        if picker.exec() == ContactPicker.DialogCode.Accepted and picker.chosen_id is not None:
            self.write(contacts.set_referrer, self.contact_id, picker.chosen_id)

    @Slot()
    def _clear_referrer(self) -> None:
        self.write(contacts.set_referrer, self.contact_id, None)
