"""Customers → Products…: the catalogue listed, edited in place, a bad value refused and put back."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import catalogue
from app.services.purchases import PurchaseData, add_purchase
from app.ui.products.products_model import FIELD_COLUMN

from ..conftest import answer_modal, make_contact, wait_idle


def _cells(dialog, field):
    return [dialog.model.index(r, FIELD_COLUMN[field]).data() for r in range(dialog.model.rowCount())]


def test_the_catalogue_is_listed_and_edited_in_place(qtbot, window, db, qtmodeltester):
    cid = make_contact(db, "Ana Díaz")
    add_purchase(db, cid, PurchaseData("Toner", date(2026, 1, 5)))
    add_purchase(db, cid, PurchaseData("toner", date(2026, 2, 5)))
    dialog = window.open_products()
    qtbot.waitUntil(lambda: _cells(dialog, "name") == ["Toner"])
    qtmodeltester.check(dialog.model)
    assert _cells(dialog, "purchases") == ["2"]

    cycle = dialog.model.index(0, FIELD_COLUMN["replacement_days"])
    assert dialog.model.flags(cycle) & Qt.ItemFlag.ItemIsEditable
    dialog.model.setData(cycle, "90")
    qtbot.waitUntil(lambda: _cells(dialog, "replacement_days") == ["90"])
    assert catalogue.list_products(db)[0].product.replacement_days == 90

    seen = answer_modal(qtbot, QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    texts: list[str] = []
    dialog.model.setData(cycle, "soon")
    qtbot.waitUntil(lambda: bool(seen))
    assert "'soon' is not a whole number" in texts[0]
    qtbot.waitUntil(lambda: _cells(dialog, "replacement_days") == ["90"])
    wait_idle(qtbot, window)
    dialog.close()


def test_the_purchase_dialog_offers_the_catalogue_as_you_type(qtbot):
    from app.ui.customer_file.purchase_dialog import PurchaseDialog

    dialog = PurchaseDialog(date(2026, 5, 1), catalogue=[("Toner", "TN-2420"), ("Paper", None), ("toner", "TN-1")])
    qtbot.addWidget(dialog)
    completer = dialog.product.completer()
    completer.setCompletionPrefix("ONE")  # anywhere in the name, any case
    assert completer.currentCompletion() in ("Toner", "toner")
    assert dialog.model.completer().model().stringList() == ["TN-1", "TN-2420"]


def test_the_settings_dialog_sets_the_reorder_days_ahead(qtbot, db):
    from app.services import settings
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.worker import Worker

    worker = Worker()
    dialog = SettingsDialog(db, worker)
    qtbot.addWidget(dialog)
    assert dialog.reorder_days.value() == 7
    dialog.reorder_days.setValue(3)
    dialog.save()
    qtbot.waitUntil(lambda: settings.get(db, "reorder_days_ahead") == 3)
    worker.wait_for_done()
