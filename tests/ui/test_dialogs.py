"""Settings, a new customer, and files dropped on the window."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.services import directory, settings, tiers
from app.ui.new_contact_dialog import NewContactDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.tiers_model import TiersModel

from tests.corpus import corpus_file

from .conftest import answer_modal, wait_idle


def test_settings_are_saved(qtbot, qtmodeltester, window, db):
    def change(dialog: SettingsDialog) -> None:
        qtmodeltester.check(dialog.tiers)
        dialog.region.setCurrentIndex(dialog.region.findData("ES"))
        dialog.days[5].setChecked(True)  # Saturday too
        dialog.calls.setValue(20)
        model: TiersModel = dialog.tiers
        assert model.setData(model.index(0, 2), "5")  # A: every 5 days
        assert not model.setData(model.index(0, 2), "0")  # not a cadence
        assert model.setData(model.index(1, 1), "#00aa00")
        assert model.setData(model.index(2, 0), "C: the many")
        assert model.setData(model.index(2, 3), "45")  # C: visited every 45 days
        assert model.setData(model.index(0, 3), "")  # A: called only
        assert not model.setData(model.index(1, 3), "often")
        dialog.save()

    answered = answer_modal(qtbot, SettingsDialog, change)
    window.open_settings()
    assert answered
    wait_idle(qtbot, window)
    assert settings.get(db, "phone_region") == "ES"
    assert settings.get(db, "working_days") == [1, 2, 3, 4, 5, 6]
    assert settings.get(db, "calls_per_day") == 20
    by_code = {t.code: t for t in tiers.list_tiers(db)}
    assert by_code["A"].cadence_days == 5
    assert by_code["B"].colour == "#00aa00"
    assert by_code["C"].name == "C: the many"
    assert (by_code["A"].visit_cadence_days, by_code["B"].visit_cadence_days, by_code["C"].visit_cadence_days) == (
        None, 90, 45)
    row = window.sidebar_model.row_of("tier:C")
    qtbot.waitUntil(lambda: window.sidebar_model.index(row, 0).data() == "C: the many")


def test_settings_need_a_working_day(qtbot, window, db):
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    for box in dialog.days:
        box.setChecked(False)
    dialog.save()
    assert not dialog.error.isHidden() and "working day" in dialog.error.text()


def test_a_new_customer_is_made_and_selected(qtbot, window, db):
    def fill(dialog: NewContactDialog) -> None:
        dialog.given.setText("Lucía")
        dialog.family.setText("García")
        dialog.phone.setText("612 345 678")
        dialog.tier.setCurrentIndex(dialog.tier.findData("B"))
        dialog.save()

    settings.put(db, "phone_region", "ES")
    answer_modal(qtbot, NewContactDialog, fill)
    window.new_contact()
    wait_idle(qtbot, window)
    (row,) = directory.list_contacts(db)
    assert (row.display_name, row.tier, row.phone) == ("Lucía García", "B", "+34612345678")
    qtbot.waitUntil(lambda: window.customer.contact_id() == row.id)
    assert window.customer.name.text() == "Lucía García"


def test_a_customer_needs_some_name(qtbot, window, db):
    dialog = NewContactDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    dialog.save()
    wait_idle(qtbot, window)
    assert "needs a name" in dialog.error.text()
    assert directory.count(db) == 0


def test_dropping_files_on_the_window_opens_the_import_wizard(qtbot, window):
    mime = QMimeData()
    path = corpus_file("thunderbird/import-resources/basic_addressbook.csv")
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.wizard is not None and window.wizard.isVisible()
    assert window.wizard.paths == [path]
    window.wizard.reject()


def test_a_damaged_store_is_explained_and_the_newest_backup_put_back_when_asked(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from app.services import backup, contacts
    from app.services.contacts import NewContact
    from app.services.store import open_for_use
    from app.ui.app import open_store_for_window

    path = tmp_path / "rapport.db"
    db = open_for_use(path)
    contacts.create_contact(db, NewContact(display_name="Saved"))
    good = backup.make_backup(path)
    db.kw["bind"].dispose()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 97):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))

    told: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (told.append(box.text()),
                                                  box.button(QMessageBox.StandardButton.Yes).click()))
    db, lock, warning = open_store_for_window(path)
    try:
        assert "is damaged" in told[0] and "moved to" in told[0] and good.name in told[0]
        assert told[0].count(good.name) == 1  # the advice is the question, not repeated in the message
        assert [c.display_name for c in [contacts.get_contact(db, 1)]] == ["Saved"] and warning is None
    finally:
        lock.release()
        db.kw["bind"].dispose()


def test_a_folder_dropped_on_the_window_lists_the_contact_files_in_it(qtbot, window, tmp_path):
    folder = tmp_path / "phone export"
    folder.mkdir()
    for name in ("b.vcf", "a.csv", "notes.txt"):
        (folder / name).write_text("BEGIN:VCARD\nVERSION:3.0\nFN:X\nEND:VCARD\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    where = QPointF(window.width() / 2, window.height() / 2)
    window.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.wizard.paths == [folder / "a.csv", folder / "b.vcf"]
    window.wizard.files_page.add_paths([folder])  # added again: nothing doubles
    assert window.wizard.files_page.model.rowCount() == 2
    window.wizard.reject()
