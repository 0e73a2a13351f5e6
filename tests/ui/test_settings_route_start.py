"""Settings → "Each day's route starts at": placed when saved; one naming no place is refused, nothing saved."""
from __future__ import annotations

from app.services import settings
from app.services.route import get_start, set_start
from app.ui.settings_dialog import SettingsDialog

from .conftest import wait_idle


def test_the_start_address_is_saved_and_placed(qtbot, window, db):
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    assert dialog.route_start.text() == ""
    dialog.route_start.setText("Calle Mayor 5, Sevilla")
    dialog.save()
    wait_idle(qtbot, window)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert get_start(db).place == "Sevilla, ES"


def test_a_start_naming_no_place_is_refused_and_nothing_is_saved(qtbot, window, db):
    set_start(db, "Madrid")
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    assert dialog.route_start.text() == "Madrid"
    dialog.calls.setValue(30)
    dialog.route_start.setText("the office")
    dialog.save()
    wait_idle(qtbot, window)
    assert not dialog.error.isHidden() and "'the office' names no city or district" in dialog.error.text()
    assert get_start(db).address == "Madrid" and settings.get(db, "calls_per_day") != 30
