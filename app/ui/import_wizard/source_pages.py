"""The first two pages: which files, and what is in them (format, encoding, CSV columns)."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QListView, QPushButton, QTableView,
    QVBoxLayout, QWizardPage,
)

from app.services.errors import TranslatableError
from app.services.importing.pipeline import contact_files

from ..errors import error_text
from ..text_list_model import TextListModel
from .mapping_model import FieldDelegate, MappingModel
from .preview import FilePreview, preview_file

if TYPE_CHECKING:
    from .wizard import ImportWizard

CONTACT_FILES = "*.vcf *.vcard *.csv *.txt"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum", which PySide6 does not export


class FilesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose files"))
        self.setSubTitle(self.tr("vCard (.vcf) files from phones and address books, or CSV files from Outlook, "
                                 "Google, Thunderbird or a spreadsheet. Several files are imported together."))
        self.model = TextListModel(parent=self)
        self.list = QListView()
        self.list.setModel(self.model)
        add = QPushButton(self.tr("Add files…"))
        add_folder = QPushButton(self.tr("Add folder…"))
        add_folder.setToolTip(self.tr("Every .vcf and .csv file in a folder and its subfolders"))
        self.remove = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(add_folder)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        add.clicked.connect(self.ask_files)
        add_folder.clicked.connect(self.ask_folder)
        self.remove.clicked.connect(self._remove)

    def wiz(self) -> "ImportWizard":
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self._show()

    def add_paths(self, paths: list[Path]) -> None:
        for path in contact_files(paths):  # a folder: the contact files in it
            if path not in self.wiz().paths:
                self.wiz().paths.append(path)
        self._show()

    def _show(self) -> None:
        self.model.set_items([(str(p), p) for p in self.wiz().paths])
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.wiz().paths)

    @Slot()
    def ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Import contacts"), str(Path.home()),
                                                self.tr("Contact files ({patterns});;All files (*)")
                                                .format(patterns=CONTACT_FILES))
        self.add_paths([Path(n) for n in names])

    @Slot()
    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of contacts"), str(Path.home()))
        if folder:
            self.add_paths([Path(folder)])

    @Slot()
    def _remove(self) -> None:
        path = self.model.value(self.list.currentIndex().row())
        if path is not None:
            self.wiz().paths.remove(path)
            self._show()


class PreviewPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What is in the files"))
        self.summary_model = TextListModel(parent=self)
        self.summary = QListView()
        self.summary.setModel(self.summary_model)
        self.summary.setUniformItemSizes(True)
        self.csv_choice = QComboBox()
        self.mapping_model = MappingModel(self)
        self.mapping = QTableView()
        self.mapping.setModel(self.mapping_model)
        self.mapping.setItemDelegateForColumn(2, FieldDelegate(self.mapping))
        self.mapping.verticalHeader().hide()
        self.mapping.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.mapping.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.SelectedClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping.setColumnWidth(0, 200)
        self.mapping.setColumnWidth(1, 220)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.csv_choice)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.status)
        self.csv_choice.currentIndexChanged.connect(self._show_mapping)
        self.mapping_model.dataChanged.connect(self._mapping_edited)
        self._current_csv: Optional[Path] = None
        self._generation = 0

    def wiz(self) -> "ImportWizard":
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        wizard = self.wiz()
        self._generation += 1
        wizard.previews = {p: wizard.previews[p] for p in wizard.paths if p in wizard.previews}
        self._refresh()
        for path in wizard.paths:
            if path not in wizard.previews:
                wizard.worker.read(partial(preview_file, path), partial(self._previewed, self._generation, path))

    def _previewed(self, generation: int, path: Path, preview: Optional[FilePreview], error) -> None:
        if generation != self._generation:
            return
        self.wiz().previews[path] = preview or FilePreview(path, error=error)
        self._refresh()

    def _refresh(self) -> None:
        wizard = self.wiz()
        lines = []
        for path in wizard.paths:
            preview = wizard.previews.get(path)
            lines.append((self._describe(path, preview), path))
        self.summary_model.set_items(lines)
        csvs = [p for p in wizard.paths if (pv := wizard.previews.get(p)) and pv.csv is not None]
        if csvs:  # the columns need the room: as tall as the files listed, up to five
            rows = min(max(len(lines), 1), 5)
            self.summary.setFixedHeight(rows * (self.fontMetrics().height() + 6) + 2 * self.summary.frameWidth() + 4)
        else:  # vCards only (a folder of them, say): the list takes the page
            self.summary.setMinimumHeight(0)
            self.summary.setMaximumHeight(QWIDGETSIZE_MAX)
        self.layout().setStretchFactor(self.summary, 0 if csvs else 1)
        self.setSubTitle(self.tr("Check the columns of CSV files: double-click “Imported as” to change one.") if csvs
                         else self.tr("What each file holds; nothing is imported until you press Import."))
        self.csv_choice.blockSignals(True)
        self.csv_choice.clear()
        for path in csvs:
            self.csv_choice.addItem(self.tr("Columns of {name}").format(name=path.name), str(path))
        self.csv_choice.blockSignals(False)
        self.csv_choice.setVisible(len(csvs) > 1)
        self.mapping.setVisible(bool(csvs))
        self._show_mapping()
        previews = [wizard.previews.get(p) for p in wizard.paths]
        if any(pv is None for pv in previews):
            self.status.setText(self.tr("Reading the files…"))
        elif any(pv.error for pv in previews if pv is not None):
            self.status.setText(self.tr("Remove the files that cannot be imported to go on."))
        else:
            cards = sum(pv.records or 0 for pv in previews if pv is not None and pv.kind == "vcard")
            text = self.tr("%n file(s) to import", "", len(previews))
            if cards:
                text += self.tr(", %n contact(s) in the vCards", "", cards)
            self.status.setText(text + ".")
        self.completeChanged.emit()

    def _describe(self, path: Path, preview: Optional[FilePreview]) -> str:
        if preview is None:
            return self.tr("{name}: reading…").format(name=path.name)
        if preview.error:
            return self.tr("{name}: cannot be imported: {error} (remove it on the previous page)").format(
                name=path.name, error=error_text(preview.error) if isinstance(preview.error, TranslatableError)
                else preview.error)
        if preview.kind == "vcard":
            return self.tr("{name}: vCard, {encoding}, %n contact(s)", "", preview.records or 0).format(
                name=path.name, encoding=preview.encoding or self.tr("encoding per card"))
        csv = preview.csv
        assert csv is not None
        separators = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        return self.tr("{name}: CSV, {encoding}, separated by {sep}, {header}").format(
            name=path.name, encoding=csv.encoding, sep=separators.get(csv.delimiter, repr(csv.delimiter)),
            header=self.tr("first row is the column names") if csv.has_header else self.tr("no header row"))

    @Slot()
    def _show_mapping(self) -> None:
        data = self.csv_choice.currentData()
        self._current_csv = Path(data) if data else None
        preview = self.wiz().previews.get(self._current_csv) if self._current_csv else None
        self.mapping_model.set_preview(preview.csv if preview else None, self.wiz().mapping)

    @Slot()
    def _mapping_edited(self) -> None:
        preview = self.wiz().previews.get(self._current_csv) if self._current_csv else None
        if preview is None or preview.csv is None:
            return
        for header in preview.csv.headers:
            self.wiz().mapping.pop(header, None)
        self.wiz().mapping.update(self.mapping_model.changes())

    def isComplete(self) -> bool:
        wizard = self.wiz()
        previews = [wizard.previews.get(p) for p in wizard.paths]
        return bool(previews) and all(pv is not None and not pv.error for pv in previews)
