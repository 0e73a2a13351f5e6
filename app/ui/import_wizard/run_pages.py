"""The last three pages: where the contacts go, the import running, and what it did."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Optional

import phonenumbers
from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QListView, QProgressBar, QPushButton, QVBoxLayout, QWizard, QWizardPage,
)

from app.services import groups, phones, settings
from app.services.importing.pipeline import ImportReport, import_files
from app.services.importing.record import ImportCancelled
from app.services.importing.undo import undo_import

from ..errors import error_text
from ..text_list_model import TextListModel

if TYPE_CHECKING:
    from .wizard import ImportWizard


def region_choices() -> list[tuple[str, str]]:
    """(code, "Spain (ES)") for every region phone numbers can be read for, by name."""
    return sorted(((code, region_name(code)) for code in phonenumbers.SUPPORTED_REGIONS),
                  key=lambda item: item[1].casefold())


def region_name(code: str) -> str:
    """"China (CN)", "中国 (CN)", "China (CN)" in the user's language (Qt names countries in English only)."""
    language = QLocale().name().split("_")[0]
    name = phones.region_name(code, language) if language in ("zh", "es") else ""
    if not name:
        territory = QLocale.codeToTerritory(code)
        name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
    return f"{name} ({code})"


class OptionsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the contacts go"))
        self.setSubTitle(self.tr("Contacts already in Rapport are matched by phone, email or the card's id and "
                                 "completed, never overwritten. Nothing is final: the import can be undone."))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.region = QComboBox()
        form = QFormLayout(self)
        form.addRow(self.tr("Add them to the group"), self.group)
        form.addRow(self.tr("Phone numbers without a country code are from"), self.region)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def wiz(self) -> "ImportWizard":
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        db = self.wiz().db
        self.group.clear()
        self.group.addItem("")
        self.group.addItems([g.name for g in groups.list_groups(db)])
        self.group.lineEdit().setPlaceholderText(self.tr("no group (type a name to make one)"))
        if self.region.count() == 0:
            for code, label in region_choices():
                self.region.addItem(label, code)
        self.region.setCurrentIndex(max(self.region.findData(settings.phone_region(db)), 0))

    def validatePage(self) -> bool:
        self.wiz().group = self.group.currentText().strip() or None
        self.wiz().region = self.region.currentData() or "US"
        return True


class RunPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.stop = QPushButton(self.tr("Stop import"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.stop)
        layout.addStretch(1)
        self.stop.clicked.connect(self._stop)
        self._finished = False

    def wiz(self) -> "ImportWizard":
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        wizard = self.wiz()
        self._finished = False
        self.progress.setRange(0, 0)  # busy until the first report
        self.stop.setEnabled(True)
        self.status.setText(self.tr("Reading and matching %n file(s)…", "", len(wizard.paths)))
        call = partial(import_files, wizard.db, list(wizard.paths), region=wizard.region, group=wizard.group,
                       mapping=wizard.mapping or None)
        wizard.task = wizard.worker.write(call, self._done, progress=self._step)

    def isComplete(self) -> bool:
        return self._finished

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot()
    def _stop(self) -> None:
        if self.wiz().task is not None:
            self.wiz().task.cancel()
            self.stop.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _done(self, report: Optional[ImportReport], error: Optional[BaseException]) -> None:
        wizard = self.wiz()
        wizard.task = None
        self.stop.setEnabled(False)
        self.progress.setRange(0, 1)
        if isinstance(error, ImportCancelled):
            self.status.setText(self.tr("The import was stopped. Nothing was imported."))
            return
        if error is not None:
            self.status.setText(self.tr("Nothing was imported: {error}").format(error=error_text(error)))
            return
        self.progress.setValue(1)
        wizard.report = report
        self._finished = True
        self.completeChanged.emit()
        wizard.storeChanged.emit()
        wizard.next()


class ResultPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Imported"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_model = TextListModel(parent=self)
        self.problems = QListView()
        self.problems.setModel(self.problems_model)
        self.problems.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo this import"))
        self.undo_status = QLabel()
        self.region_hint = QLabel()  # most numbers failed for the region: which one fits
        self.region_hint.setWordWrap(True)
        self.region_hint.setStyleSheet("color: #c0392b")
        self.reread = QPushButton()
        self.reread.clicked.connect(self._read_again)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.region_hint)
        layout.addWidget(self.reread)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.undo)
        layout.addWidget(self.undo_status)
        self.undo.clicked.connect(self._undo)

    def wiz(self) -> "ImportWizard":
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        report = self.wiz().report
        if report is None:
            return
        lines = [self.tr("%n new contact(s) added", "", report.added),
                 self.tr("%n existing contact(s) completed", "", report.merged),
                 self.tr("%n already known, unchanged", "", report.unchanged)]
        if report.suggestions:
            lines.append(self.tr("%n pair(s) that may be the same person (not merged)", "", len(report.suggestions)))
        if report.renumbered:
            lines.append(self.tr("%n number(s) read again for {country}", "", report.renumbered).format(
                country=region_name(report.region)))
        self.counts.setText("<br>".join(lines))
        hint = report.region_hint
        if hint is not None:
            self.region_hint.setText(self.tr("Most numbers are not valid for {country}: {valid} of {failed} are "
                                             "valid for {other}.").format(
                country=region_name(report.region), valid=hint.valid, failed=hint.failed,
                other=region_name(hint.region)))
            self.reread.setText(self.tr("Read the numbers as {other}").format(other=region_name(hint.region)))
        self.region_hint.setVisible(hint is not None)
        self.reread.setVisible(hint is not None)
        self.reread.setEnabled(hint is not None)
        self.problems_label.setText(self.tr("%n problem(s) found; the rest was imported:", "", len(report.problems))
                                    if report.problems else self.tr("No problems found."))
        self.problems_model.set_items([(str(p), p) for p in report.problems])
        self.problems.setVisible(bool(report.problems))
        self.undo.setEnabled(report.batch_id is not None)
        self.undo_status.clear()

    @Slot()
    def _read_again(self) -> None:
        """The same files again under the region that fits: the contacts just made keep their place
        and their numbers are read again (see pipeline._read_numbers_again)."""
        wizard = self.wiz()
        if wizard.report is None or wizard.report.region_hint is None:
            return
        wizard.region = wizard.report.region_hint.region
        self.reread.setEnabled(False)
        self.undo.setEnabled(False)
        call = partial(import_files, wizard.db, list(wizard.paths), region=wizard.region, group=wizard.group,
                       mapping=wizard.mapping or None)
        wizard.task = wizard.worker.write(call, self._read)

    def _read(self, report: Optional[ImportReport], error: Optional[BaseException]) -> None:
        wizard = self.wiz()
        wizard.task = None
        if error is not None:
            self.undo_status.setText(error_text(error))
            return
        wizard.report = report
        self.initializePage()
        wizard.storeChanged.emit()

    @Slot()
    def _undo(self) -> None:
        report = self.wiz().report
        if report is None or report.batch_id is None:
            return
        self.undo.setEnabled(False)
        self.undo_status.setText(self.tr("Undoing…"))
        self.wiz().worker.write(partial(undo_import, self.wiz().db, report.batch_id), self._undone)

    def _undone(self, _info, error: Optional[BaseException]) -> None:
        if error is not None:
            self.undo_status.setText(error_text(error))
            self.undo.setEnabled(True)
            return
        self.undo_status.setText(self.tr("The import was undone: what it added is gone again."))
        self.wiz().storeChanged.emit()
