"""What the today pane shows when nobody is to be called, and what to do about it.

A fresh store and a store of untiered contacts both have an empty list, but "well done"
would mislead there: the first needs customers, the second tiers (without one nobody
is ever due by cadence), so each gets its next step as buttons.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.call_entry import ListSetup


class EmptyToday(QWidget):
    importRequested = Signal()
    newContactRequested = Signal()
    customersRequested = Signal()  # to give tiers in the Customers view
    tiersRequested = Signal()  # the 80/20 view's suggested tiers

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFixedWidth(560)  # a fixed width lets the wrapped rich text get its full height
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, label, signal in (
                ("import", self.tr("Import contacts…"), self.importRequested),
                ("new", self.tr("New customer…"), self.newContactRequested),
                ("customers", self.tr("Give tiers in Customers"), self.customersRequested),
                ("tiers", self.tr("Suggested tiers (80/20)"), self.tiersRequested)):
            button = QPushButton(label)
            button.clicked.connect(signal)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        centred = QHBoxLayout()  # not addWidget(…, AlignHCenter): an aligned label loses its height-for-width
        centred.addStretch(1)
        centred.addWidget(self.message)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)
        self.show_setup(None)

    def show_setup(self, setup: Optional[ListSetup]) -> None:
        """None: not known yet (or nothing to add): the plain "well done"."""
        if setup is not None and setup.customers == 0:
            self.message.setText(self.tr(
                "<p><b>Your customer file is empty.</b></p><p>Import your phone's address book (vCard or CSV) or add a "
                "customer. Then give the ones who matter a tier: each morning this page tells you whom to call.</p>"))
            shown = ("import", "new")
        elif setup is not None and setup.with_cadence == 0:
            self.message.setText(self.tr(
                "<p><b>Nobody is due: none of your customers has a tier yet.</b></p><p>Give each customer "
                "who matters a tier, A to D: each tier has a cadence (A every week, D every three months by default), "
                "and a customer comes back here when a call is due.</p>"))
            shown = ("customers", "tiers")
        else:
            self.message.setText(self.tr("Nobody to call today. Well done!"))
            shown = ()
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
