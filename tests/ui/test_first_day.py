"""The first day in the window (issue 16): views in step with every write (item 3), New customer
(item 4), and a number shown one way in the table (item 2)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout

from app.services import directory, interactions, settings
from app.services.importing.pipeline import import_files
from app.ui.new_contact_dialog import NewContactDialog

from tests.corpus import corpus_file

from .conftest import answer_modal, make_contact, wait_idle


def test_today_follows_an_import_made_while_it_is_on_screen(qtbot, window, db):
    window.views.setCurrentWidget(window.today_pane)
    wait_idle(qtbot, window)
    assert "Your customer file is empty" in window.today_pane.empty.message.text()
    wizard = window.open_import([corpus_file("khard/contact1.vcf")])
    qtbot.addWidget(wizard)
    report = import_files(db, [corpus_file("khard/contact1.vcf")])  # what the wizard's run page does…
    assert report.added
    wizard.storeChanged.emit()  # …and then announces
    wait_idle(qtbot, window)
    assert window.views.currentWidget() is window.today_pane  # still on screen, no tab switch, no Refresh
    assert "none of your customers has a tier yet" in window.today_pane.empty.message.text()


def test_a_tier_given_in_customers_reaches_today_and_a_call_logged_in_today_reaches_the_file(qtbot, window, db):
    ana = make_contact(db, "Ana Díaz", phones=["+34 612 345 678"])
    interactions.log_interaction(db, ana, "call", when=datetime(2026, 1, 5, 10, 0))
    window.store.announce()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    window.contacts.select_row(0)
    qtbot.waitUntil(lambda: window.customer.contact_id() == ana)
    window.actions.set_tier("A", [ana])  # Customers → Tier → A
    wait_idle(qtbot, window)
    window.views.setCurrentWidget(window.today_pane)
    wait_idle(qtbot, window)
    assert [e.display_name for e in window.today_pane.model.entries()] == ["Ana Díaz"]
    interactions.log_interaction(db, ana, "call", when=datetime(2026, 3, 10, 9, 0))
    window.today_pane.contactChanged.emit(ana)  # as the pane does after logging
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.customer.contact is not None and len(window.customer.contact.interactions) == 2)


def test_the_value_view_on_screen_reloads_after_a_merge_elsewhere(qtbot, window, db):
    window.views.setCurrentWidget(window.value_view)
    wait_idle(qtbot, window)
    loads = []
    window.value_view.currentWidget().loaded.connect(lambda *a: loads.append(1))
    window.store.announce()  # e.g. the duplicates dialog merged two customers
    wait_idle(qtbot, window)
    assert loads


def _name_rows(dialog: NewContactDialog) -> list[str]:
    form: QFormLayout = dialog.layout()
    return [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(2)]


def test_new_customer_is_opened_and_shown_even_under_a_search(qtbot, window, db):
    make_contact(db, "Zoe Old")
    window.contacts.search.setText("zoe")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    settings.put(db, "phone_region", "CN")

    def fill(dialog: NewContactDialog) -> None:
        assert _name_rows(dialog) == ["Given name", "Family name"]  # English: given name first
        dialog.family.setText("王")
        dialog.given.setText("芳")
        dialog.phone.setText("138 1234 5678")
        assert dialog.phone_check.text() == "Saved as 138 1234 5678"  # checked for the settings' region
        dialog.save()

    answer_modal(qtbot, NewContactDialog, fill)
    window.new_contact()
    wait_idle(qtbot, window)
    [new] = [r for r in directory.list_contacts(db) if r.display_name == "王芳"]
    assert new.phone == "+8613812345678"
    qtbot.waitUntil(lambda: window.customer.contact_id() == new.id)
    assert window.views.currentIndex() == 1 and window.contacts.search.text() == ""
    qtbot.waitUntil(lambda: window.contacts.current_id() == new.id)
    row = window.contacts.model.row_of(new.id)
    assert row is not None and window.contacts.table.isVisible()
    tooltip = window.contacts.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "138 1234 5678" in tooltip  # item 2: national form at home
    assert window.customer.reach.phones.texts() == ["138 1234 5678"]


def test_new_customer_asks_the_family_name_first_in_chinese(qtbot, db, window):
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        settings.put(db, "phone_region", "US")
        dialog = NewContactDialog(db, window.worker, window)
        qtbot.addWidget(dialog)
        form: QFormLayout = dialog.layout()
        assert form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget() is dialog.family
        assert form.itemAt(1, QFormLayout.ItemRole.FieldRole).widget() is dialog.given
        dialog.phone.setText("138 1234 5678")  # a Chinese mobile, but the settings say the US
        assert "Not a complete number for 美国 (US)" in dialog.phone_check.text()  # the country in Chinese
    finally:
        QLocale.setDefault(previous)
