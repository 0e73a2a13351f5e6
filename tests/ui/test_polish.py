"""What a new user saw on screen on the first day (issue 16, item 8), in the window."""
from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from app.services import interactions, tiers
from app.ui import help_menu
from app.ui.customer_file.log_dialog import LogDialog
from app.ui.i18n import ts_path
from app.ui.settings_dialog import SettingsDialog

from .conftest import answer_modal, make_contact, wait_idle


def test_the_settings_show_every_tier_column_title_whole(qtbot, window, db):
    dialog = SettingsDialog(db, window.worker, window)
    qtbot.addWidget(dialog)
    dialog.show()
    header = dialog.tier_table.horizontalHeader()
    for column in range(1, dialog.tiers.columnCount()):
        title = dialog.tiers.headerData(column, header.orientation())
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title


def test_organisation_is_spelled_one_way():
    sources = re.findall(r"<source>(.*?)</source>", ts_path("es").read_text(encoding="utf-8"), re.S)
    assert any("Organisation" in text for text in sources)
    assert not [text for text in sources if "Organization" in text]


def test_an_empty_week_plan_says_how_customers_get_into_it(qtbot, window, db):
    window.views.setCurrentWidget(window.plan_view)
    wait_idle(qtbot, window)
    plan = window.plan_view
    assert plan.empty_hint.isVisible() and "give customers a tier" in plan.empty_hint.text()
    assert not plan.reset_button.isEnabled()  # nothing moved: nothing to undo
    assert not any(column.isVisible() for column in plan.days)
    ana = make_contact(db, "Ana Díaz")
    interactions.log_interaction(db, ana, "call", when=datetime(2026, 1, 5, 10, 0))
    tiers.set_tier(db, [ana], "A")
    window.store.announce()
    wait_idle(qtbot, window)
    assert not plan.empty_hint.isVisible() and plan.days[0].isVisible()
    assert not plan.reset_button.isEnabled()


def test_an_empty_80_20_has_no_made_up_axis_and_says_what_fills_it(qtbot, window):
    window.views.setCurrentWidget(window.value_view)
    window.value_view.setCurrentWidget(window.value_view.pareto)
    wait_idle(qtbot, window)
    tab = window.value_view.pareto
    qtbot.waitUntil(lambda: tab.summary.text() != "")
    assert tab.summary.text().startswith("No purchases since") and "0.00" not in tab.summary.text()
    chart = tab.chart.chart()
    assert all(not axis.labelsVisible() for axis in chart.axes(orientation=chart.axes()[1].orientation()))


def test_an_empty_customer_list_does_not_ask_to_choose_from_it(qtbot, window, db):
    wait_idle(qtbot, window)
    assert window.customer.empty.text().startswith("No customers in this list")
    make_contact(db, "Ana Díaz")
    window.store.announce()
    qtbot.waitUntil(lambda: window.customer.empty.text().startswith("Choose a customer"))
    window.contacts.search.setText("zzz")
    qtbot.waitUntil(lambda: window.customer.empty.text().startswith("No customer matches the search"))


def test_an_empty_stages_board_says_how_a_customer_gets_a_stage(qtbot, window):
    window.views.setCurrentWidget(window.value_view)
    window.value_view.setCurrentWidget(window.value_view.stages)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "No customer has a sales stage yet" in window.value_view.stages.hint.text())
    assert "Details → Sales stage" in window.value_view.stages.hint.text()


def test_history_has_edit_like_notes_and_purchases(qtbot, window, db):
    ana = make_contact(db, "Ana Díaz")
    interactions.log_interaction(db, ana, "call", when=datetime(2026, 3, 2, 10, 0), summary="quote")
    window.store.announce()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    window.contacts.select_row(0)
    qtbot.waitUntil(lambda: window.customer.history.model.rowCount() == 1)
    history = window.customer.history
    history.table.selectRow(0)

    def correct(dialog: LogDialog) -> None:
        assert dialog.summary.toPlainText() == "quote" and dialog.kind.currentData() == "call"
        dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
        dialog.summary.setPlainText("quote for 3 purifiers")
        dialog.accept()

    assert history.edit_button.isVisibleTo(history)
    answer_modal(qtbot, LogDialog, correct)
    history.edit_button.click()
    wait_idle(qtbot, window)
    [item] = interactions.history(db, ana)
    assert (item.kind, item.summary, item.occurred_at) == ("visit", "quote for 3 purifiers", datetime(2026, 3, 2, 10))
    qtbot.waitUntil(lambda: history.model.index(0, 2).data() == "quote for 3 purifiers")


def test_the_help_menu_has_the_guide_the_keys_the_log_and_about(qtbot, window, monkeypatch):
    menu = window.help
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "Guide", "Keyboard shortcuts", "Open the log folder", "About Rapport"]
    guide = menu.open_guide()
    qtbot.addWidget(guide)
    assert "Who to call today" in guide.findChild(help_menu.QTextBrowser).toPlainText()
    keys = menu.open_shortcuts()
    qtbot.addWidget(keys)
    model = menu.shortcuts.model()
    rows = {model.index(r, 1).data(): model.index(r, 0).data() for r in range(model.rowCount())}
    assert rows["New customer"] == "Ctrl+N" and rows["In Today: call"] == "C"
    from app.services.about import rapport_version

    assert rapport_version() in menu.about_text()
    monkeypatch.setattr(help_menu.QDesktopServices, "openUrl", lambda url: False)  # no file manager here
    said: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    folder = menu.open_log_folder()
    assert folder.is_dir() and said == [f"The log is in {folder}"]
