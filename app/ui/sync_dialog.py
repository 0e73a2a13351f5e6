"""File → Sync with phone…: link a CardDAV address book (test the connection first), see the linked
ones, choose how often to sync and what a trashed customer does on the phone, sync now, read the report."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings, sync

from .errors import error_text
from .phone_sync import PhoneSync
from .worker import Worker


class SyncDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], worker: Worker, phone_sync: PhoneSync, parent: QWidget = None) -> None:
        super().__init__(parent)
        self.db = db
        self.worker = worker
        self.phone_sync = phone_sync
        self.setWindowTitle(self.tr("Sync with phone"))
        self.resize(640, 560)

        link_box = QGroupBox(self.tr("Link an address book (CardDAV: Nextcloud, Radicale, iCloud, Fastmail…)"))
        form = QFormLayout(link_box)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("the address book's own name"))
        form.addRow(self.tr("Server or address book:"), self.url)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Call it:"), self.label)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.link_button = QPushButton(self.tr("Link"))
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.found = QLabel()
        self.found.setWordWrap(True)
        form.addRow(self.found)

        self.linked = QLabel()
        self.linked.setWordWrap(True)
        options = QFormLayout()
        self.every = QSpinBox()
        self.every.setRange(0, 24 * 60)
        self.every.setSuffix(self.tr(" min"))
        self.every.setSpecialValueText(self.tr("only when I press Sync"))
        self.every.setValue(int(settings.get(db, "sync_every_minutes") or 0))
        self.policy = QComboBox()
        for code, text in (("ask", self.tr("ask me")), ("always", self.tr("always")), ("never", self.tr("never"))):
            self.policy.addItem(text, code)
        self.policy.setCurrentIndex(max(0, self.policy.findData(settings.get(db, "sync_delete_on_server") or "ask")))
        options.addRow(self.tr("Sync while Rapport is open, every:"), self.every)
        options.addRow(self.tr("Delete on the phone a customer I put in the trash:"), self.policy)

        sync_row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.cancel_button = QPushButton(self.tr("Stop"))
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.cancel_button)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlainText("\n".join(phone_sync.last_lines))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(link_box)
        layout.addWidget(QLabel(self.tr("Linked address books:")))
        layout.addWidget(self.linked)
        layout.addLayout(options)
        layout.addLayout(sync_row)
        layout.addWidget(QLabel(self.tr("Report of the last sync:")))
        layout.addWidget(self.report, 1)
        layout.addWidget(close)

        self.test_button.clicked.connect(self.test_connection)
        self.link_button.clicked.connect(self.link)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(phone_sync.cancel)
        self.every.valueChanged.connect(self._every_changed)
        self.policy.currentIndexChanged.connect(self._policy_changed)
        phone_sync.finished.connect(self._show_report)
        close.rejected.connect(self.reject)
        self._show_linked()

    def _show_linked(self) -> None:
        self.worker.read(partial(sync.book_status, self.db), self._linked_read)

    def _linked_read(self, books, error) -> None:
        if error is not None:
            self.linked.setText(error_text(error))
        elif not books:
            self.linked.setText(self.tr("none yet"))
        else:
            self.linked.setText("\n".join(
                self.tr("{label}: {url} ({count} cards)").format(label=b.label, url=b.url, count=b.cards)
                for b in books))

    @Slot()
    def test_connection(self) -> None:
        self.found.setText(self.tr("Connecting…"))
        self.worker.read(partial(sync.discover, self.url.text(), self.username.text(), self.password.text()),
                         self._tested)

    def _tested(self, books, error) -> None:
        if error is not None:
            self.found.setText(error_text(error))
        else:
            self.found.setText(self.tr("Connected. Address books found: {names}").format(
                names=", ".join(b.name for b in books)))

    @Slot()
    def link(self) -> None:
        self.found.setText(self.tr("Connecting…"))
        self.worker.write(partial(sync.add_book, self.db, self.url.text(), self.username.text(),
                                  self.password.text(), self.label.text() or None), self._linked)

    def _linked(self, result, error) -> None:
        if error is not None:
            self.found.setText(error_text(error))
            return
        label, book, kept = result
        text = self.tr("Linked '{label}': {url}.").format(label=label, url=book.url)
        if self.username.text() and not kept:
            text += " " + self.tr("This computer has no keyring: the password is asked each time.")
        self.found.setText(text)
        self._show_linked()

    @Slot()
    def sync_now(self) -> None:
        password = self.password.text() or None
        if self.phone_sync.sync_now(password=password):
            self.report.setPlainText(self.tr("Syncing…"))

    def _show_report(self, lines: list[str]) -> None:
        self.report.setPlainText("\n".join(lines))
        self._show_linked()

    def _every_changed(self, minutes: int) -> None:
        self.worker.write(partial(settings.put, self.db, "sync_every_minutes", minutes), self._saved)
        self.phone_sync.apply_interval(minutes)

    def _policy_changed(self) -> None:
        self.worker.write(partial(sync.set_delete_policy, self.db, self.policy.currentData()), self._saved)

    def _saved(self, _result, error) -> None:
        if error is not None:
            self.found.setText(error_text(error))
