"""File menu: exporting customers, the past imports with undo, and a backup on demand."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.services.backup import list_backups
from app.services.directory import ContactFilter, contact_ids
from app.services.importing.pipeline import import_files

from .conftest import answer_modal, make_contact, wait_idle


def _vcf(tmp_path, *names: str):
    path = tmp_path / "phone.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{n}\r\nTEL;TYPE=CELL:+34 612 345 67{i}\r\nEND:VCARD\r\n"
                            for i, n in enumerate(names)), "utf-8")
    return path


def test_export_writes_the_chosen_format_and_group(qtbot, window, db, tmp_path):
    make_contact(db, "王芳", phones=["+86 138 1234 5678"], groups=["Shanghai"])
    make_contact(db, "Lucía Fernández", groups=["Madrid"])
    dialog = window.open_export()
    wait_idle(qtbot, window)
    dialog.format.setCurrentIndex(dialog.format.findText("vCard 4.0"))
    dialog.group.setCurrentIndex(dialog.group.findData("Shanghai"))
    assert dialog.suggested_name().startswith("rapport-Shanghai-") and dialog.suggested_name().endswith(".vcf")
    out = tmp_path / "shanghai.vcf"
    dialog.export_to(out)
    wait_idle(qtbot, window)
    text = out.read_text("utf-8")
    assert "VERSION:4.0" in text and "王芳" in text and "Lucía" not in text
    assert not dialog.isVisible()
    assert "Exported 1 customer" in window.statusBar().currentMessage()


def test_export_csv_opens_in_excel_and_a_bad_path_is_said_in_the_dialog(qtbot, window, db, tmp_path):
    make_contact(db, "Lucía Fernández")
    dialog = window.open_export()
    wait_idle(qtbot, window)
    dialog.format.setCurrentIndex(2)  # CSV
    dialog.export_to(tmp_path)  # a folder, not a file
    wait_idle(qtbot, window)
    assert dialog.isVisible() and str(tmp_path) in dialog.status.text() and "folder" in dialog.status.text()
    dialog.export_to(tmp_path / "all.csv")
    wait_idle(qtbot, window)
    raw = (tmp_path / "all.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Lucía Fernández" in raw.decode("utf-8-sig")
    assert not list(tmp_path.glob("*.part"))


def test_past_imports_are_listed_and_one_can_be_undone(qtbot, qtmodeltester, window, db, tmp_path):
    import_files(db, [_vcf(tmp_path, "Ana Ruiz", "Pablo Gil")], region="ES")
    dialog = window.open_imports()
    wait_idle(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "phone.vcf" and dialog.model.index(0, 2).data() == 2
    assert not dialog.undo_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()

    asked = answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.ask_undo()
    wait_idle(qtbot, window)
    assert asked and len(contact_ids(db, ContactFilter())) == 2  # "No" changes nothing

    said: list[str] = []
    asked = answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()),
                                                          box.button(QMessageBox.StandardButton.Yes).click()))
    dialog.ask_undo()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.model.batch(0).undone, timeout=5000)
    wait_idle(qtbot, window)
    assert asked and "phone.vcf" in said[0] and "2 new customers" in said[0]
    assert contact_ids(db, ContactFilter()) == []
    assert dialog.model.index(0, 6).data() == "undone"
    dialog.table.selectRow(0)
    assert not dialog.undo_button.isEnabled()
    assert window.contacts.model.rowCount() == 0  # the window's list followed
    assert any(b.reason == "undo-import" for b in list_backups(window.db_path))


def test_back_up_now_saves_a_checked_copy(qtbot, window, db):
    make_contact(db, "Ana Ruiz")
    before = len(list_backups(window.db_path))
    window.backup_action.trigger()
    wait_idle(qtbot, window)
    assert len(list_backups(window.db_path)) == before + 1
    assert "Backup saved" in window.statusBar().currentMessage()


def test_a_backup_is_put_back_from_the_list_after_asking(qtbot, qtmodeltester, window, db):
    from app.services.backup import make_backup

    make_contact(db, "Ana Ruiz")
    make_backup(window.db_path)
    make_contact(db, "Pablo Gil")  # made after the backup: the restore takes it away
    dialog = window.open_backups()
    wait_idle(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "made by you"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)

    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.ask_restore()
    wait_idle(qtbot, window)
    assert len(contact_ids(db, ContactFilter())) == 2

    said: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()),
                                                  box.button(QMessageBox.StandardButton.Yes).click()))
    dialog.ask_restore()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=5000)
    wait_idle(qtbot, window)
    assert "backed up first" in said[0]
    assert len(contact_ids(db, ContactFilter())) == 1
    assert window.contacts.model.rowCount() == 1  # the window shows the store as it is now
    assert "before a restore" in [dialog.model.index(r, 1).data() for r in range(2)]
    assert "is back" in dialog.status.text()
