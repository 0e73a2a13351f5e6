"""Export customers to a file: vCard for phones and other address books, CSV for Excel and
Google Contacts, JSON for everything Rapport knows. The service writes beside the file
and moves it into place, so a failed export never leaves half a file."""
from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Optional

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services.export import export_to_file
from app.services.groups import list_groups

from .errors import error_text
from .worker import Worker


class ExportDialog(QDialog):
    exported = Signal(int, str)  # how many customers, and the file

    def __init__(self, db: sessionmaker[Session], worker: Worker, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export customers"))
        self._db = db
        self._worker = worker
        self.format = QComboBox()
        # (service format, vCard version, file suffix)
        for label, value in ((self.tr("vCard 3.0 — phones, iPhone, Google, Outlook"), ("vcf", "3.0", "vcf")),
                             (self.tr("vCard 4.0"), ("vcf", "4.0", "vcf")),
                             (self.tr("CSV — Excel, Google Contacts"), ("csv", "3.0", "csv")),
                             (self.tr("JSON — everything Rapport keeps"), ("json", "3.0", "json"))):
            self.format.addItem(label, value)
        self.group = QComboBox()
        self.group.addItem(self.tr("All customers"), None)
        self.include_trash = QCheckBox(self.tr("Also customers in the trash"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Customers"), self.group)
        form.addRow("", self.include_trash)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._worker.read(partial(list_groups, db), self._groups_loaded)

    def _groups_loaded(self, groups, error: Optional[BaseException]) -> None:
        for group in groups or []:
            self.group.addItem(self.tr("Group: {name} ({n})").format(name=group.name, n=group.count), group.name)

    def suggested_name(self) -> str:
        _fmt, _version, suffix = self.format.currentData()
        group = self.group.currentData()
        return f"rapport-{group + '-' if group else ''}{date.today().isoformat()}.{suffix}"

    @Slot()
    def ask_file(self) -> None:
        _fmt, _version, suffix = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export customers"), str(Path.home() / self.suggested_name()),
                                              self.tr("{kind} files (*.{suffix})").format(kind=suffix.upper(), suffix=suffix))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        fmt, version, _suffix = self.format.currentData()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self._worker.read(partial(export_to_file, self._db, path, fmt, version=version, group=self.group.currentData(),
                                  include_trash=self.include_trash.isChecked()),
                          partial(self._done, path))

    def _done(self, path: Path, count: Optional[int], error: Optional[BaseException]) -> None:
        self.export_button.setEnabled(True)
        if error is not None:
            self.status.setText(error_text(error))
            return
        self.exported.emit(count or 0, str(path))
        self.accept()
