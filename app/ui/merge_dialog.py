"""Customers → Find duplicates: the pairs that are probably one person, merging one (after
choosing which customer to keep and seeing what will happen) or keeping them apart.

The finding, the merge rules and the backup before a merge are the services' (duplicates,
merge); this only shows them and runs them on the worker.
"""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QHeaderView, QLabel, QRadioButton, QTableView,
    QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.duplicates import ContactBrief, DuplicatePair, dismiss, find_duplicates
from app.services.merge import MergeChoice, MergePlan, MergeResult, compare, merge_contacts

from .duplicates_model import DuplicatesModel
from .errors import error_text
from .worker import Worker


class DuplicatesDialog(QDialog):
    storeChanged = Signal()  # a merge happened: lists, counts and the open file are stale

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(1200, 460)
        self._db = db
        self._worker = worker
        self.choice: Optional[MergeChoiceDialog] = None
        self._news = ""  # what the last merge did, said again above the new count
        self.model = DuplicatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # why they look alike takes what is left
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.apart_button = self.buttons.addButton(self.tr("Not the same person"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.ask_merge)
        self.apart_button.clicked.connect(self.keep_apart)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("Customers who share a phone number or an email, the likeliest first; then, as "
                               "weaker suggestions, customers who only share their name (“Why” says what else "
                               "they share and what differs). Merging keeps one customer with everything both "
                               "had; a backup is made first."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.ask_merge)
        self._selection_changed()
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        self._worker.read(partial(find_duplicates, self._db), self._loaded)

    def _loaded(self, pairs: Optional[list[DuplicatePair]], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.model.set_pairs(pairs or [])
        self._say_count()
        if pairs:
            self.table.selectRow(0)
        self._selection_changed()

    def _say_count(self) -> None:
        n = self.model.rowCount()
        count = self.tr("%n possible duplicate(s).", "", n) if n else self.tr("No duplicates found.")
        self.status.setText(f"{self._news} {count}".strip())

    def selected(self) -> Optional[DuplicatePair]:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.merge_button.setEnabled(chosen)
        self.apart_button.setEnabled(chosen)

    @Slot()
    def ask_merge(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        if self.choice is not None:
            self.choice.deleteLater()  # the one asked about an earlier pair
        self.choice = MergeChoiceDialog(self._db, self._worker, pair, self)
        self.choice.accepted.connect(self._choice_made)
        self.choice.open()

    @Slot()
    def _choice_made(self) -> None:
        choice = self.choice
        if choice is None or choice.keep_id is None:
            return
        self.merge_button.setEnabled(False)
        self.apart_button.setEnabled(False)
        self.status.setText(self.tr("Merging…"))
        self._worker.write(partial(merge_contacts, self._db, choice.keep_id, choice.other_id), self._merged)

    def _merged(self, result: Optional[MergeResult], error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            self._selection_changed()
            return
        plan = result.plan
        self._news = self.tr("{other} was merged into {keep}.").format(other=plan.other_name, keep=plan.keep_name)
        self.storeChanged.emit()
        self.reload()

    @Slot()
    def keep_apart(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        self._worker.write(partial(dismiss, self._db, pair.a.id, pair.b.id), partial(self._kept_apart, pair))

    def _kept_apart(self, pair: DuplicatePair, _result: None, error: Optional[BaseException]) -> None:
        if error is not None:
            self.status.setText(error_text(error))
            return
        row = self.table.selectionModel().selectedRows()
        self.model.remove_pair(pair.ids)
        if row and self.model.rowCount():
            self.table.selectRow(min(row[0].row(), self.model.rowCount() - 1))
        self._selection_changed()
        self._news = self.tr("{a} and {b} are two people; they are not suggested again.").format(
            a=pair.a.display_name, b=pair.b.display_name)
        self._say_count()


class MergeChoiceDialog(QDialog):
    """Which of the two to keep (the richer, or the older, is chosen), and what the merge will do."""

    def __init__(self, db: sessionmaker[Session], worker: Worker, pair: DuplicatePair,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge customers"))
        self.setMinimumWidth(520)
        self.pair = pair
        self._choice: Optional[MergeChoice] = None
        question = QLabel(self.tr("Which customer do you keep? The other one's numbers, emails, notes, history "
                                  "and purchases move to it, and then the other one is deleted."))
        question.setWordWrap(True)
        self.keep_a = QRadioButton(self._describe(pair.a))
        self.keep_b = QRadioButton(self._describe(pair.b))
        self._sides = QButtonGroup(self)
        self._sides.addButton(self.keep_a)
        self._sides.addButton(self.keep_b)
        self.summary = QLabel(self.tr("Reading both customers…"))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.keep_a)
        layout.addWidget(self.keep_b)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._sides.buttonToggled.connect(self._show_plan)
        worker.read(partial(compare, db, pair.a.id, pair.b.id), self._compared)

    def _describe(self, contact: ContactBrief) -> str:
        parts = [contact.display_name, contact.organization or "", ", ".join(contact.phones[:2])]
        return " · ".join(p for p in parts if p)

    def _compared(self, choice: Optional[MergeChoice], error: Optional[BaseException]) -> None:
        if error is not None:
            self.summary.setText(error_text(error))
            return
        self._choice = choice
        (self.keep_a if choice.suggested_keep == self.pair.a.id else self.keep_b).setChecked(True)
        self._show_plan()
        self.merge_button.setEnabled(True)

    @property
    def keep_id(self) -> Optional[int]:
        if self.keep_a.isChecked():
            return self.pair.a.id
        return self.pair.b.id if self.keep_b.isChecked() else None

    @property
    def other_id(self) -> Optional[int]:
        keep = self.keep_id
        return None if keep is None else (self.pair.b.id if keep == self.pair.a.id else self.pair.a.id)

    @Slot()
    def _show_plan(self) -> None:
        if self._choice is None or self.keep_id is None:
            return
        first, *rest = self.plan_lines(self._choice.plans[self.keep_id])
        self.summary.setText("\n".join([first, *(f"• {line}" for line in rest)]))

    def plan_lines(self, plan: MergePlan) -> list[str]:
        lines = [self.tr("{other} is merged into {keep}, then deleted. A backup is made first.").format(
            other=plan.other_name, keep=plan.keep_name)]
        added = ((self.tr("Phone numbers added: {items}"), plan.phones),
                 (self.tr("Emails added: {items}"), plan.emails),
                 (self.tr("Addresses added: {items}"), plan.addresses),
                 (self.tr("Websites added: {items}"), plan.websites),
                 (self.tr("Groups added: {items}"), plan.groups),
                 (self.tr("Custom fields added: {items}"), plan.custom_fields))
        lines += [text.format(items=", ".join(items)) for text, items in added if items]
        moved = [text for n, text in (
            (plan.notes, self.tr("%n note(s)", "", plan.notes)),
            (plan.interactions, self.tr("%n interaction(s)", "", plan.interactions)),
            (plan.purchases, self.tr("%n purchase(s)", "", plan.purchases)),
            (plan.follow_ups, self.tr("%n follow-up(s)", "", plan.follow_ups))) if n]
        if moved:
            lines.append(self.tr("Moved over: {items}").format(items=", ".join(moved)))
        if plan.filled:
            lines.append(self.tr("Filled in from {other}: {fields}").format(
                other=plan.other_name, fields=", ".join(self.field_label(f) for f in plan.filled)))
        if plan.photo:
            lines.append(self.tr("The photo of {other} is kept.").format(other=plan.other_name))
        if plan.tier:
            lines.append(self.tr("Tier becomes {tier}.").format(tier=plan.tier))
        if plan.cadence_days:
            lines.append(self.tr("Contact every %n day(s).", "", plan.cadence_days))
        if plan.referrer:
            lines.append(self.tr("Referred by {name}.").format(name=plan.referrer))
        if plan.referrals:
            lines.append(self.tr("%n customer(s) referred by {other} are now referred by {keep}.", "",
                                 plan.referrals).format(other=plan.other_name, keep=plan.keep_name))
        if len(lines) == 1:
            lines.append(self.tr("{other} holds nothing that {keep} does not have already.").format(
                other=plan.other_name, keep=plan.keep_name))
        return lines

    def field_label(self, name: str) -> str:
        labels = {
            "display_name": self.tr("name"), "given_name": self.tr("given name"),
            "family_name": self.tr("family name"), "middle_name": self.tr("middle name"),
            "prefix": self.tr("prefix"), "suffix": self.tr("suffix"), "nickname": self.tr("nickname"),
            "phonetic_given_name": self.tr("given name (phonetic)"),
            "phonetic_family_name": self.tr("family name (phonetic)"), "organization": self.tr("organisation"),
            "department": self.tr("department"), "title": self.tr("job title"), "gender": self.tr("gender"),
            "birthday": self.tr("birthday"), "anniversary": self.tr("anniversary"),
            "source_channel": self.tr("source"), "sales_stage": self.tr("sales stage"), "needs": self.tr("needs"),
            "pain_points": self.tr("pain points"), "family": self.tr("family"), "hobbies": self.tr("hobbies"),
            "personality": self.tr("personality"), "preferences": self.tr("preferences"),
            "language": self.tr("language of greetings"), "lunar_birthday": self.tr("lunar birthday"),
        }
        return labels.get(name, name)
