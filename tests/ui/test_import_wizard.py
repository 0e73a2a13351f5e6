"""The import wizard, page by page, on files from the shared corpus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.services import directory
from app.services.directory import ContactFilter
from app.ui.import_wizard import ImportWizard
from app.ui.import_wizard.mapping_model import MappingModel, describe_field
from app.ui.import_wizard.wizard import OPTIONS, PREVIEW, RESULT, RUN

from tests.corpus import CORPUS

from .conftest import wait_idle

THUNDERBIRD_CSV = CORPUS / "thunderbird/import-resources/basic_addressbook.csv"
ANDROID_VCF = CORPUS / "ez-vcard/John_Doe_ANDROID.vcf"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not here")


def _to_preview(qtbot, wizard: ImportWizard) -> None:
    wizard.show()
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    wizard.next()
    assert wizard.currentId() == PREVIEW
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10000)


def _import(qtbot, wizard: ImportWizard, group: str = "") -> None:
    wizard.next()
    assert wizard.currentId() == OPTIONS
    wizard.options_page.group.setCurrentText(group)
    wizard.next()  # "Import"
    assert wizard.currentId() in (RUN, RESULT)
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=20000)


def test_a_csv_file_is_previewed_mapped_imported_and_undone(qtbot, window, db):
    wizard = window.open_import([THUNDERBIRD_CSV])
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard)
    summary = wizard.preview_page.summary_model.texts()
    assert summary == ["basic_addressbook.csv: CSV, utf-8, separated by commas, first row is the column names"]
    assert "double-click “Imported as”" in wizard.preview_page.subTitle()
    mapping = wizard.preview_page.mapping_model
    shown = {mapping.index(r, 0).data(): mapping.index(r, 2).data() for r in range(mapping.rowCount())}
    assert shown["First Name"] == "Given name"
    assert shown["Mobile Number"] == "Phone (Mobile)"
    assert mapping.index(0, 1).data() == "John"  # an example from the file

    nickname_row = next(r for r in range(mapping.rowCount()) if mapping.index(r, 0).data() == "Display Name")
    assert mapping.setData(mapping.index(nickname_row, 2), "nickname")  # the user changes a column
    assert not mapping.setData(mapping.index(nickname_row, 2), "shoe size")  # not a field: refused
    assert wizard.mapping == {"Display Name": "nickname"}

    progress_values: list[int] = []
    wizard.run_page.progress.valueChanged.connect(progress_values.append)
    _import(qtbot, wizard, group="Fair 2026")
    assert progress_values and progress_values[-1] == wizard.run_page.progress.maximum()
    counts = wizard.result_page.counts.text()
    assert "1 new contact added" in counts
    assert wizard.result_page.problems_label.text() == "No problems found."
    (row,) = directory.list_contacts(db, ContactFilter(group="Fair 2026"))
    assert row.email == "johndoe@host.invalid"
    from app.services.contacts import get_contact

    assert get_contact(db, row.id).nickname == "John Doe"  # the changed mapping was used
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)  # the window shows it already

    qtbot.mouseClick(wizard.result_page.undo, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "undone" in wizard.result_page.undo_status.text()
    assert directory.count(db) == 0
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0)


def test_a_vcard_file_reports_its_problems(qtbot, window, db):
    wizard = window.open_import([ANDROID_VCF])
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard)
    assert wizard.preview_page.summary_model.texts() == ["John_Doe_ANDROID.vcf: vCard, utf-8, 6 contacts"]
    assert not wizard.preview_page.mapping.isVisible()  # no columns to map in a vCard
    _import(qtbot, wizard)
    assert "6 new contacts added" in wizard.result_page.counts.text()
    problems = wizard.result_page.problems_model.texts()
    assert problems and any("line 36, record 5, field PHOTO" in p for p in problems)
    assert directory.count(db) == 6


def test_an_unreadable_file_stops_the_wizard_at_the_preview(qtbot, window, tmp_path):
    binary = tmp_path / "photo.vcf.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = window.open_import([empty, binary, THUNDERBIRD_CSV])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    lines = wizard.preview_page.summary_model.texts
    qtbot.waitUntil(lambda: not any("reading" in line for line in lines()))
    assert lines()[0] == "empty.csv: cannot be imported: empty.csv: the file is empty (remove it on the previous page)"
    assert "photo.vcf.png: cannot be imported" in lines()[1] and "binary" in lines()[1]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Remove the files" in wizard.preview_page.status.text()


def test_stopping_an_import_writes_nothing(qtbot, window, db, tmp_path):
    big = tmp_path / "many.csv"
    big.write_text("First Name,Last Name,Mobile Number\n" + "".join(
        f"Person{i},Family{i},+34 6{i:08d}\n" for i in range(30_000)), encoding="utf-8")
    wizard = window.open_import([big])
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard)
    wizard.next()
    wizard.next()  # "Import"
    assert wizard.currentId() == RUN
    qtbot.mouseClick(wizard.run_page.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.running(), timeout=30000)
    assert wizard.currentId() == RUN
    assert "Nothing was imported" in wizard.run_page.status.text()
    wait_idle(qtbot, window)
    assert directory.count(db) == 0


def test_the_mapping_model_passes_the_model_tester(qtmodeltester, qapp):
    from app.services.importing.csv_reader import sniff_csv

    model = MappingModel()
    model.set_preview(sniff_csv(THUNDERBIRD_CSV.read_bytes(), source="x.csv"), {})
    qtmodeltester.check(model)
    assert describe_field("custom:Shoe size") == "Custom field “Shoe size”"
    assert describe_field("address.city:Home") == "Address: city (Home)"


def test_a_folder_of_cards_is_listed_file_by_file_and_imported_as_one_batch(qtbot, window, db):
    folder = CORPUS / "khard"
    cards = sorted(folder.glob("*.vcf"))
    wizard = window.open_import([folder])
    qtbot.addWidget(wizard)
    _to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert [t.split(":")[0] for t in page.summary_model.texts()] == [p.name for p in cards]
    assert page.status.text() == f"{len(cards)} files to import, {len(cards)} contacts in the vCards."
    assert page.summary.height() > 10 * page.summary.sizeHintForRow(0)  # no CSV: the list takes the page
    assert page.subTitle().startswith("What each file holds")  # not a word about CSV columns
    _import(qtbot, wizard)
    assert directory.count(db) > 0 and wizard.report is not None and len(wizard.report.sources) == len(cards)
