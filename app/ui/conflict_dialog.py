"""Someone else saved this customer after you opened it: both values of each field side by side,
and you choose which to keep, field by field (or all yours, or all theirs). Nothing is overwritten
until you say so; what you choose is saved over the version now stored (team.versions)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from app.services.team.versions import ContactConflict, FieldConflict, Labelled

from .builtin_names import label_name
from .formatting import format_datetime

MINE, THEIRS = 0, 1
_SHOWN = 160  # characters of a long text shown on its button; the whole text is its tooltip


class ConflictDialog(QDialog):
    def __init__(self, conflict: ContactConflict, labels: dict[str, str], name: str,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.conflict = conflict
        self.rows: list[tuple[FieldConflict, QButtonGroup]] = []
        who = conflict.changed_by or self.tr("Someone else")
        when = format_datetime(_local(conflict.changed_at)) if conflict.changed_at else ""
        intro = QLabel(self.tr("{who} saved {name} ({when}) after you opened it. Choose, for each field, the value "
                               "to keep; nothing is saved until you do.").format(who=who, name=name, when=when))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(_bold(self.tr("Field")), 0, 0)
        grid.addWidget(_bold(self.tr("Yours")), 0, 1)
        grid.addWidget(_bold(self.tr("Theirs ({who})").format(who=who)), 0, 2)
        for row, item in enumerate(conflict.conflicts, start=1):
            group = QButtonGroup(self)
            mine = QRadioButton(self._shown(item.mine))
            theirs = QRadioButton(self._shown(item.theirs))
            for button, value, choice in ((mine, item.mine, MINE), (theirs, item.theirs, THEIRS)):
                button.setToolTip(_text(value))
                button.setAccessibleName(f"{item.field} {'mine' if choice == MINE else 'theirs'}")
                group.addButton(button, choice)
            mine.setChecked(True)  # what you typed, until you choose theirs
            grid.addWidget(QLabel(labels.get(item.field, item.field)), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs, row, 2, Qt.AlignmentFlag.AlignTop)
            self.rows.append((item, group))
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.all_mine = QPushButton(self.tr("Keep all mine"))
        self.all_theirs = QPushButton(self.tr("Take all theirs"))
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save my choice"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 160 + 40 * len(self.rows))

    def _shown(self, value: Any) -> str:
        text = _text(value)
        if not text:
            return self.tr("(empty)")
        return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"

    @Slot()
    def choose_all(self, choice: int) -> None:
        for _item, group in self.rows:
            group.button(choice).setChecked(True)

    def choose(self, field: str, choice: int) -> None:
        for item, group in self.rows:
            if item.field == field:
                group.button(choice).setChecked(True)

    def kept_mine(self) -> dict[str, Any]:
        """The fields to save: those where you chose your value (theirs is already stored)."""
        return {item.field: item.mine for item, group in self.rows if group.checkedId() == MINE}

    def kept_theirs(self) -> dict[str, Any]:
        return {item.field: item.theirs for item, group in self.rows if group.checkedId() == THEIRS}


def _text(value: Any) -> str:
    if isinstance(value, Labelled) and value.label:  # "Mobile" as stored: shown as the customer file shows it
        return f"{value.text} ({label_name(value.label)})"
    return "" if value is None else str(value)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600;")
    return label


def _local(moment: datetime) -> datetime:
    """Stored in UTC without a zone; shown in the computer's time."""
    return moment.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
