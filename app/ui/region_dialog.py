"""The first start on a machine whose locale names no country (LANG=C, a bare "en"): which country
the user's phone numbers are from. Every number written without "+…" is read for that country;
guessing the United States made a Chinese phone's whole address book unreadable."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from app.services import settings

from .import_wizard.run_pages import region_choices


class RegionDialog(QDialog):
    def __init__(self, db: sessionmaker[Session], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your country"))
        self._db = db
        question = QLabel(self.tr("Which country are your customers' phone numbers from? Numbers written without "
                                  "a country code (+…) are read as numbers of that country. You can change it "
                                  "later in Settings."))
        question.setWordWrap(True)
        self.region = QComboBox()
        for code, label in region_choices():
            self.region.addItem(label, code)
        self.region.setPlaceholderText(self.tr("Choose a country"))
        self.region.setCurrentIndex(-1)  # nothing assumed: the point is that the machine did not say
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.later = self.buttons.addButton(self.tr("Ask me later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.region.currentIndexChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.region)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.adjustSize()  # as high as the wrapped question

    @Slot(int)
    def _chosen(self, index: int) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(index >= 0)

    @Slot()
    def save(self) -> None:
        if self.region.currentData():
            settings.put(self._db, "phone_region", self.region.currentData())  # one tiny row, on the GUI thread
            self.accept()


def ask_region_if_unknown(db: sessionmaker[Session], parent: Optional[QWidget] = None) -> None:
    """At start-up: ask only when neither the user nor the locale has named a country."""
    if settings.phone_region_unknown(db):
        RegionDialog(db, parent).exec()
