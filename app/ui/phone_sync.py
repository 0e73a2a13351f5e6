"""Syncing with the phone from the window: the Sync action (on the worker, with progress), the
automatic sync every N minutes while the window is open, and the last sync's report."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QProgressBar, QWidget


from .errors import error_text
from .worker import Worker

if TYPE_CHECKING:  # types only: the window's first screen loads no SQLAlchemy (app/ui/fast_start)
    from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:  # the sync services (httpx, vobject) are imported when a sync is asked for, not at start
    from app.services import sync

Outcome = tuple[str, Optional["sync.SyncReport"], Optional[BaseException]]


def sync_every_book(db: sessionmaker[Session], labels: Optional[list[str]] = None, delete_on_server: Optional[bool] = None,
                    password: Optional[str] = None, *, progress: Callable[[int, int], None],
                    is_cancelled: Callable[[], bool]) -> list[Outcome]:
    """Runs on the worker: each linked book in turn; one book's failure does not stop the others."""
    from app.services import sync

    outcomes: list[Outcome] = []
    labels = labels if labels is not None else sync.labels(db)
    for n, label in enumerate(labels):
        # A module-level function, not one nested here: lupdate's reader loses the classes below a nested def.
        step = partial(_book_progress, progress, n, len(labels))
        try:
            outcomes.append((label, sync.sync_book(db, label, password=password, delete_on_server=delete_on_server,
                                                   progress=step, is_cancelled=is_cancelled), None))
        except (sync.SyncFailed, sync.SyncCancelled) as exc:
            outcomes.append((label, None, exc))
    return outcomes


def _book_progress(progress: Callable[[int, int], None], n: int, books: int, done: int, total: int) -> None:
    """Book n's progress as a share of every book's: 1,000 steps each."""
    progress(n * 1000 + 1000 * done // max(total, 1), 1000 * books)


def report_lines(outcomes: list[Outcome]) -> list[str]:
    from app.services import sync

    # Spelled out each time: lupdate reads QCoreApplication.translate("Context", "text"), not a shorter name.
    lines = []
    for label, report, error in outcomes:
        if report is None:
            text = (QCoreApplication.translate("PhoneSync", "stopped; nothing was changed here")
                    if isinstance(error, sync.SyncCancelled) else error_text(error))
            lines.append(QCoreApplication.translate("PhoneSync", "{label}: {error}").format(label=label, error=text))
            continue
        lines.append(QCoreApplication.translate(
            "PhoneSync", "{label}: {down} down, {up} up, {here} deleted here, {there} deleted there, "
            "{conflicts} conflicts merged").format(
            label=label, down=report.down, up=report.up, here=report.deleted_here, there=report.deleted_there,
            conflicts=report.conflicts))
        lines += [QCoreApplication.translate("PhoneSync", "  merged: {line}").format(line=line)
                  for line in report.conflict_lines]
        lines += [QCoreApplication.translate("PhoneSync", "  skipped: {line}").format(line=line)
                  for line in report.problems]
    return lines


def _sync_minutes(db: sessionmaker[Session]) -> Optional[int]:
    """On the worker: the settings service (and the ORM) is imported there, not by the window's start."""
    from app.services import settings

    return settings.get(db, "sync_every_minutes")


class PhoneSync(QObject):
    """Owned by the main window: its actions go in the File menu and the toolbar."""

    storeChanged = Signal()
    finished = Signal(list)  # the report's lines

    def __init__(self, db: sessionmaker[Session], worker: Worker, window: QWidget) -> None:
        super().__init__(window)
        self.db = db
        self.worker = worker
        self.window = window
        self.last_lines: list[str] = []
        self.task = None
        self.open_action = QAction(self.tr("Sync with phone…"), self)
        self.open_action.triggered.connect(self.open_dialog)
        self.sync_action = QAction(self.tr("Sync"), self)
        self.sync_action.setToolTip(self.tr("Sync with the phone's address book now, both ways"))
        self.sync_action.triggered.connect(self._sync_clicked)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._automatic)

    def read_interval(self) -> None:
        """Sync every N minutes, as the settings say: read on the worker, not in the way of the start."""
        self.worker.read(partial(_sync_minutes, self.db), self._interval_read)

    def _interval_read(self, minutes: Optional[str], error: Optional[BaseException]) -> None:
        if error is None and not self.timer.isActive():  # unless set meanwhile
            self.apply_interval(int(minutes or 0))

    def apply_interval(self, minutes: Optional[int] = None) -> None:
        from app.services import settings

        if minutes is None:
            minutes = int(settings.get(self.db, "sync_every_minutes") or 0)
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60 * 1000)

    @Slot()
    def open_dialog(self):
        from .sync_dialog import SyncDialog

        dialog = SyncDialog(self.db, self.worker, self, self.window)
        dialog.open()
        return dialog

    @Slot()
    def _sync_clicked(self) -> None:
        self.sync_now(asked=True)

    @Slot()
    def _automatic(self) -> None:
        from app.services import sync

        if sync.labels(self.db):
            self.sync_now(asked=False)

    def sync_now(self, asked: bool = True, labels: Optional[list[str]] = None, delete_on_server: Optional[bool] = None,
                 password: Optional[str] = None) -> bool:
        """Start a sync on the worker; False when one is running already or nothing is linked."""
        if self.task is not None:
            return False
        from app.services import sync

        if labels is None and not sync.labels(self.db):
            if asked:
                self.open_dialog()
            return False
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.sync_action.setEnabled(False)
        self.task = self.worker.write(partial(sync_every_book, self.db, labels, delete_on_server, password),
                                      partial(self._synced, asked), progress=self._step)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _synced(self, asked: bool, outcomes, error) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.sync_action.setEnabled(True)
        outcomes = outcomes or []
        self.last_lines = report_lines(outcomes) if error is None else [error_text(error)]
        if any(r is not None and (r.down or r.deleted_here or r.linked) for _, r, _ in outcomes):
            self.storeChanged.emit()
        self.finished.emit(self.last_lines)
        waiting = [(label, r) for label, r, _ in outcomes if r is not None and r.waiting_deletions]
        if asked and waiting:
            self._ask_deletions(waiting)

    def _ask_deletions(self, waiting) -> None:
        names = [name for _, r in waiting for _, name in r.waiting_deletions]
        answer = QMessageBox.question(
            self.window, self.tr("Delete on the phone?"),
            self.tr("%n customer(s) you put in the trash are still on the phone: {names}. Delete them there too?",
                    "", len(names)).format(names=", ".join(names[:10]) + ("…" if len(names) > 10 else "")))
        if answer == QMessageBox.StandardButton.Yes:
            self.sync_now(labels=[label for label, _ in waiting], delete_on_server=True)
