"""The phone country in the window: asked on a first start whose locale names none; the import
wizard names the region that fits and reads the numbers again under it (issue 16, item 1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import Phone
from app.services import settings
from app.ui.import_wizard.wizard import OPTIONS, RESULT
from app.ui.region_dialog import RegionDialog, ask_region_if_unknown
from bench.generate import phone_export_v21

from .conftest import answer_modal, wait_idle
from ..services.importing.test_region import set_locale


def test_a_first_start_without_a_country_asks_for_one(qtbot, monkeypatch, db):
    set_locale(monkeypatch, "C.UTF-8")

    def choose(dialog: RegionDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.region.currentIndex() == -1 and not ok.isEnabled()  # nothing assumed
        dialog.region.setCurrentIndex(dialog.region.findData("CN"))
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert answer_modal(qtbot, RegionDialog, choose) is not None
    ask_region_if_unknown(db)
    assert settings.get(db, "phone_region") == "CN"


def test_a_locale_with_a_country_is_not_asked(qtbot, monkeypatch, db):
    set_locale(monkeypatch, "zh_CN.UTF-8")
    ask_region_if_unknown(db)  # would wait for a dialog nobody answers if it asked
    assert settings.phone_region(db) == "CN" and settings.get(db, "phone_region") is None


def test_the_wizard_names_the_region_that_fits_and_reads_the_numbers_again(qtbot, window, db, tmp_path):
    settings.put(db, "phone_region", "US")
    path = tmp_path / "android.vcf"
    path.write_bytes(phone_export_v21(60))
    wizard = window.open_import([path])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    assert wizard.currentId() == OPTIONS and wizard.options_page.region.currentData() == "US"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RESULT, timeout=20000)
    page = wizard.result_page
    assert page.region_hint.isVisibleTo(wizard) and "are valid for China (CN)" in page.region_hint.text()
    assert page.reread.text() == "Read the numbers as China (CN)"
    qtbot.mouseClick(page.reread, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "read again for China (CN)" in page.counts.text())
    assert "0 new contacts added" in page.counts.text() and not page.region_hint.isVisibleTo(wizard)
    with db() as session:
        mobile = session.scalars(select(Phone).where(Phone.raw.like("13%"))).first()
        assert mobile.e164 == "+86" + mobile.raw
