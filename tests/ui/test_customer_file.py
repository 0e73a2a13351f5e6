"""The customer file: fields edited in place, validation, logging a call, referrer, purchases."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.services import contacts, interactions, purchases
from app.services.purchases import PurchaseData
from app.ui.customer_file.contact_picker import ContactPicker
from app.ui.customer_file.log_dialog import LogDialog
from app.ui.customer_file.purchase_dialog import PurchaseDialog

from .conftest import NOW, answer_modal, make_contact, wait_idle


def _open(qtbot, window, contact_id: int) -> None:
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.row_of(contact_id) is not None)
    window.contacts.select_row(window.contacts.model.row_of(contact_id))
    qtbot.waitUntil(lambda: window.customer.contact_id() == contact_id)  # read on the worker
    wait_idle(qtbot, window)


def _editor(window, field: str):
    for section in window.customer.sections:
        editors = getattr(section, "editors", {})
        if field in editors:
            return editors[field]
    raise KeyError(field)


def _type_and_leave(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_editing_a_field_saves_it(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz")
    _open(qtbot, window, cid)
    _type_and_leave(qtbot, _editor(window, "organization"), "Ferreteria Central")
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).organization == "Ferreteria Central"
    row = window.contacts.model.row_of(cid)
    qtbot.waitUntil(lambda: window.contacts.model.index(row, 1).data() == "Ferreteria Central")  # the table too

    hobbies = _editor(window, "hobbies")
    hobbies.setFocus()
    qtbot.keyClicks(hobbies, "fishing, tea")
    window.contacts.table.setFocus()  # leaving the box saves it
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).hobbies == "fishing, tea"


def test_a_bad_date_is_marked_and_not_saved(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz", birthday="1980-05-01")
    _open(qtbot, window, cid)
    birthday = _editor(window, "birthday")
    _type_and_leave(qtbot, birthday, "1980-02-31")
    wait_idle(qtbot, window)
    assert birthday.has_error()
    assert birthday.error_label.isVisible()
    assert "not a real date" in birthday.error_label.text()
    assert contacts.get_contact(db, cid).birthday == "1980-05-01"

    _type_and_leave(qtbot, birthday, "--02-29")  # a birthday without the year is fine
    wait_idle(qtbot, window)
    assert not birthday.has_error() and not birthday.error_label.isVisible()
    assert contacts.get_contact(db, cid).birthday == "--02-29"


def test_an_empty_name_is_refused(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz")
    _open(qtbot, window, cid)
    name = _editor(window, "display_name")
    name.setFocus()
    name.clear()
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert name.has_error()
    assert contacts.get_contact(db, cid).display_name == "Ana Díaz"


def test_logging_a_call_takes_two_clicks_and_moves_last_contact(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz", tier="A")
    _open(qtbot, window, cid)
    assert window.customer.follow_up.last_contact.text() == "never"

    def fill(dialog: LogDialog) -> None:
        assert dialog.kind.currentData() == "call"
        assert dialog.when.dateTime().toPython() == NOW  # "now", unless changed
        dialog.summary.setPlainText("Asked about the new model")
        dialog.outcome.setText("Visit next week")
        dialog.accept()

    answered = answer_modal(qtbot, LogDialog, fill)
    qtbot.mouseClick(window.customer.log_call_button, Qt.MouseButton.LeftButton)
    assert answered
    wait_idle(qtbot, window)
    contact = contacts.get_contact(db, cid)
    assert contact.last_contact_at == NOW
    assert contact.next_due == date(2026, 3, 17)  # tier A: every 7 days
    assert window.customer.follow_up.last_contact.text() == "2026-03-10 15:30"
    row = window.contacts.model.row_of(cid)
    qtbot.waitUntil(lambda: window.contacts.model.index(row, 3).data() == "2026-03-10")
    history = window.customer.history.model
    assert history.rowCount() == 1
    assert history.index(0, 2).data() == "Asked about the new model"


def test_history_is_newest_first_and_passes_the_model_tester(qtbot, qtmodeltester, window, db):
    cid = make_contact(db, "Ana Díaz")
    interactions.log_interaction(db, cid, "visit", when=datetime(2026, 1, 5, 10, 0), summary="Showroom")
    interactions.log_interaction(db, cid, "call", when=datetime(2026, 2, 5, 10, 0), summary="Follow-up")
    _open(qtbot, window, cid)
    model = window.customer.history.model
    assert [model.index(r, 1).data() for r in range(2)] == ["Call", "Visit"]
    qtmodeltester.check(model)


def test_choosing_who_referred_the_customer(qtbot, window, db):
    referrer = make_contact(db, "James Smith", organization="Northwind Traders")
    cid = make_contact(db, "Ana Díaz")
    _open(qtbot, window, cid)
    source = window.customer.source

    def pick(dialog: ContactPicker) -> None:
        qtbot.keyClicks(dialog.search, "James")
        qtbot.waitUntil(lambda: dialog.model.texts() == ["James Smith — Northwind Traders"])
        dialog.accept()

    answer_modal(qtbot, ContactPicker, pick)
    source.choose_referrer()
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).referred_by_id == referrer
    assert source.referrer.text() == "James Smith"


def test_custom_fields_are_added_and_edited_in_place(qtbot, qtmodeltester, window, db, monkeypatch):
    cid = make_contact(db, "Ana Díaz")
    _open(qtbot, window, cid)
    section = window.customer.custom_fields
    answers = iter([("Shoe size", True), ("38", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    section.ask_field()
    wait_idle(qtbot, window)
    assert [(f.name, f.value) for f in contacts.get_contact(db, cid).custom_fields] == [("Shoe size", "38")]
    model = section.model
    qtmodeltester.check(model)
    model.setData(model.index(0, 1), "39")
    wait_idle(qtbot, window)
    assert [(f.name, f.value) for f in contacts.get_contact(db, cid).custom_fields] == [("Shoe size", "39")]


def test_a_purchase_is_added_through_its_dialog(qtbot, qtmodeltester, window, db):
    cid = make_contact(db, "Ana Díaz")
    purchases.add_purchase(db, cid, PurchaseData("Filter pack", date(2025, 1, 2), unit_price="199", currency="EUR"))
    _open(qtbot, window, cid)
    tab = window.customer.purchases

    def fill(dialog: PurchaseDialog) -> None:
        dialog.product.setText("Water purifier")
        dialog.price.setText("abc")
        dialog.accept()  # refused: the price is not a number, and the dialog says so
        assert dialog.isVisible() and "price" in dialog.error.text()
        dialog.price.setText("1999")
        dialog.currency.setText("eur")
        dialog.accept()

    answer_modal(qtbot, PurchaseDialog, fill)
    tab.add_purchase()
    wait_idle(qtbot, window)
    bought = purchases.list_purchases(db, cid)
    assert [(p.product, str(p.unit_price), p.currency) for p in bought] == [
        ("Water purifier", "1999.00", "EUR"), ("Filter pack", "199.00", "EUR")]
    assert tab.model.rowCount() == 2
    assert tab.model.index(0, 4).data() == "1,999.00 EUR"
    qtmodeltester.check(tab.model)


def test_tier_and_cadence_from_the_follow_up_section(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz")
    _open(qtbot, window, cid)
    follow_up = window.customer.follow_up
    follow_up.tier.setCurrentIndex(follow_up.tier.findData("B"))
    follow_up.tier.activated.emit(follow_up.tier.currentIndex())
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).tier.code == "B"
    follow_up.cadence.setValue(10)
    follow_up.cadence.editingFinished.emit()
    wait_idle(qtbot, window)
    assert contacts.get_contact(db, cid).cadence_days == 10
    assert QApplication.activeModalWidget() is None


def test_choosing_a_sales_stage_records_its_date_and_logs_it(window, qtbot, db):
    from PySide6.QtWidgets import QComboBox

    from app.services.contacts import NewContact
    from app.services.value import stages

    cid = contacts.create_contact(db, NewContact(display_name="Stage Person"))
    window.contacts.reload(select=cid)
    qtbot.waitUntil(lambda: window.customer.contact_id() == cid, timeout=5000)
    section = next(w for w in window.customer.findChildren(QComboBox) if w.accessibleName() == "sales stage")
    section.setCurrentIndex(section.findData("negotiating"))
    section.activated.emit(section.currentIndex())
    window.worker.wait_for_done()
    qtbot.waitUntil(lambda: contacts.get_contact(db, cid).sales_stage == "negotiating", timeout=5000)
    assert [h.stage for h in stages.stage_history(db, cid)] == ["negotiating"]
    assert any("negotiating" in (i.summary or "") for i in interactions.history(db, cid))
