"""The import wizard. Pages share what was chosen through the wizard's attributes:
files, their previews, the user's column mapping, the target group and phone region,
and at the end the import's report."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard
from sqlalchemy.orm import Session, sessionmaker

from app.services.importing.pipeline import ImportReport, contact_files

from ..worker import Task, Worker
from .preview import FilePreview
from .source_pages import FilesPage, PreviewPage
from .run_pages import OptionsPage, ResultPage, RunPage

FILES, PREVIEW, OPTIONS, RUN, RESULT = range(5)


class ImportWizard(QWizard):
    storeChanged = Signal()  # an import landed, or was undone

    def __init__(self, db: sessionmaker[Session], worker: Worker, paths: Iterable[Path | str] = (),
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.paths: list[Path] = contact_files(paths)  # a folder dropped on the window: the files in it
        self.previews: dict[Path, FilePreview] = {}
        self.mapping: dict[str, str] = {}
        self.group: Optional[str] = None
        self.region = "US"
        self.report: Optional[ImportReport] = None
        self.task: Optional[Task] = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.files_page = FilesPage()
        self.preview_page = PreviewPage()
        self.options_page = OptionsPage()
        self.run_page = RunPage()
        self.result_page = ResultPage()
        for page_id, page in enumerate((self.files_page, self.preview_page, self.options_page, self.run_page,
                                        self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(FILES)
        self.resize(820, 600)

    def running(self) -> bool:
        return self.task is not None

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the import stops at its next check and writes nothing
        super().reject()
