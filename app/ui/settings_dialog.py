"""Settings: the language, the default phone region, the tiers, the working week for the call list,
and where each day's route starts."""
from __future__ import annotations

from functools import partial
from typing import Optional

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMessageBox, QSpinBox, QTableView, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings, tiers
from app.services.route import get_start, set_start
from app.services.team import identity

from .builtin_names import tier_name
from .errors import error_text
from .i18n import LANGUAGES
from .import_wizard.run_pages import region_choices
from .return_visits.section import ReturnVisitsSection, save_rows
from .tiers_model import COLOUR, TierRow, TiersModel
from .worker import Worker


def save_settings(db: sessionmaker[Session], region: str, working_days: list[int], calls_per_day: int,
                  tier_rows: list[TierRow], language: Optional[str] = None, route_start: Optional[str] = None,
                  reorder_days_ahead: Optional[int] = None, your_name: Optional[str] = None,
                  visit_rows: Optional[list] = None) -> None:
    """Runs on the worker. `language` None: follow the system; `route_start` None: unchanged.
    The start is placed first, then the return visits: one naming no place or a bad visit stops the
    save before anything else is written."""
    if route_start is not None:
        set_start(db, route_start)
    if visit_rows is not None:
        save_rows(db, visit_rows)
    if your_name is not None:  # kept on this computer, not in the store a team shares
        identity.set_my_name(your_name)
    settings.put(db, "language", language)
    settings.put(db, "phone_region", region)
    settings.put(db, "working_days", working_days)
    settings.put(db, "calls_per_day", calls_per_day)
    if reorder_days_ahead is not None:
        settings.put(db, "reorder_days_ahead", reorder_days_ahead)
    for row in tier_rows:
        tiers.update_tier(db, row.code, name=row.name, colour=row.colour, cadence_days=row.cadence_days,
                          visit_cadence_days=row.visit_cadence_days or tiers.NO_VISITS)


class SettingsDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._db = db
        self._worker = worker
        self._language = settings.get(db, "language")
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language, so it can be found whatever is shown
        self.language.setCurrentIndex(max(self.language.findData(self._language), 0))
        self.region = QComboBox()
        for code, label in region_choices():
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(self.region.findData(settings.phone_region(db)), 0))
        self.tiers = TiersModel([TierRow(t.code, tier_name(t.name), t.colour, t.cadence_days, t.visit_cadence_days)
                                 for t in tiers.list_tiers(db)], self)
        self.tier_table = QTableView()
        self.tier_table.setModel(self.tiers)
        self.tier_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tier_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # "Call every (days)" in full
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tier_table.setMinimumHeight(150)
        self.tier_table.doubleClicked.connect(self._pick_colour)
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        working = set(settings.get(db, "working_days") or [])
        for iso, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                                    self.tr("Sat"), self.tr("Sun")), start=1):
            box = QCheckBox(name)
            box.setChecked(iso in working)
            self.days.append(box)
            days_row.addWidget(box)
        self.calls = QSpinBox()
        self.calls.setRange(1, 500)
        self.calls.setValue(int(settings.get(db, "calls_per_day") or 12))
        self.reorder_days = QSpinBox()
        self.reorder_days.setRange(0, 60)
        self.reorder_days.setValue(int(settings.get(db, "reorder_days_ahead") or 0))
        self.reorder_days.setToolTip(self.tr("A customer due to reorder is listed in Today this many days before "
                                             "the expected purchase"))
        self._start = (get_start(db).address if get_start(db) else "")
        self.route_start = QLineEdit(self._start)
        self.route_start.setPlaceholderText(self.tr("Your office or home, e.g. Calle Mayor 5, Madrid"))
        self.route_start.setToolTip(self.tr("Each day's visits are put in the order that shortens the drive from "
                                            "here and back (placed to its district or city, offline)"))
        self.your_name = QLineEdit(identity.chosen_name() or "")
        self.your_name.setPlaceholderText(identity.system_user())
        self.your_name.setToolTip(self.tr("Written beside the calls, notes and purchases you record and the customers "
                                          "you change; your customers are those whose owner is this name"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Your name"), self.your_name)
        form.addRow(self.tr("Phone numbers without a country code are from"), self.region)
        form.addRow(self.tr("Working days"), days_row)
        form.addRow(self.tr("Calls per day"), self.calls)
        form.addRow(self.tr("Reorder reminders, days ahead"), self.reorder_days)
        form.addRow(self.tr("Each day's route starts at"), self.route_start)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tiers (double-click a colour to change it):")))
        layout.addWidget(self.tier_table)
        self.return_visits = ReturnVisitsSection(db)
        layout.addWidget(self.return_visits)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 600)

    @Slot(QModelIndex)
    def _pick_colour(self, index: QModelIndex) -> None:
        if index.column() != COLOUR:
            return
        chosen = QColorDialog.getColor(QColor(index.data()), self, self.tr("Tier colour"))
        if chosen.isValid():
            self.tiers.setData(index, chosen.name())

    def working_days(self) -> list[int]:
        return [iso for iso, box in enumerate(self.days, start=1) if box.isChecked()]

    @Slot()
    def save(self) -> None:
        if not self.working_days():
            self.error.setText(self.tr("Choose at least one working day."))
            self.error.show()
            return
        self.buttons.setEnabled(False)
        # Read the widgets here, on the GUI thread; the worker only gets plain values.
        call = partial(save_settings, self._db, self.region.currentData(), self.working_days(), self.calls.value(),
                       self.tiers.changed_rows(), self.language.currentData(),
                       self.route_start.text() if self.route_start.text().strip() != self._start else None,
                       self.reorder_days.value(), self.your_name.text(), self.return_visits.pending())
        self._worker.write(call, self._saved)

    def _saved(self, _result, error: Optional[BaseException]) -> None:
        self.buttons.setEnabled(True)
        if error is not None:
            self.error.setText(error_text(error))
            self.error.show()
            return
        if self.language.currentData() != self._language:
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("Restart Rapport to see it in the language you chose."))
        self.accept()
