"""Settings → Return visits: the global schedule and a category's edited in the table, saved with the
rest; a bad visit is said in the dialog and nothing is saved."""
from __future__ import annotations

from unittest import mock

from app.services import return_visits
from app.ui.return_visits.schedules_model import CATEGORY, VISITS, WARRANTY
from app.ui.settings_dialog import SettingsDialog

from ..conftest import wait_idle


def test_edit_the_global_visits_and_add_a_category(qtbot, window, db, qtmodeltester):
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    model = dialog.return_visits.model
    qtmodeltester.check(model)
    assert model.index(0, CATEGORY).data() == "All other purchases"
    assert model.index(0, VISITS).data() == "3: is it working?; 30: how is it going?"
    assert model.index(0, WARRANTY).data() == "30"
    model.setData(model.index(0, VISITS), "2: all set?; 45: happy with it?")
    with mock.patch("app.ui.return_visits.section.QInputDialog.getText", return_value=("Toner", True)):
        dialog.return_visits.ask_category()
    model.setData(model.index(1, VISITS), "10: enough toner?")
    model.setData(model.index(1, WARRANTY), "")
    dialog.save()
    wait_idle(qtbot, window)
    found = [(s.category, [(v.days, v.reason) for v in s.visits], s.warranty_days)
             for s in return_visits.all_schedules(db)]
    assert found == [(None, [(2, "all set?"), (45, "happy with it?")], 30), ("Toner", [(10, "enough toner?")], None)]


def test_a_bad_visit_is_said_and_nothing_is_saved(qtbot, window, db):
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    model = dialog.return_visits.model
    model.setData(model.index(0, VISITS), "3: ok; soon: maybe")
    dialog.calls.setValue(40)
    dialog.save()
    wait_idle(qtbot, window)
    assert not dialog.error.isHidden() and "return visit: 'soon: maybe'" in dialog.error.text()
    assert [v.days for v in return_visits.all_schedules(db)[0].visits] == [3, 30]
    from app.services import settings
    assert settings.get(db, "calls_per_day") != 40
