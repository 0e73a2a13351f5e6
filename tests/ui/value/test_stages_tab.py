"""The Stages tab: the board, dropping a card on another column, and the monthly report."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services import contacts, interactions
from app.services.value import stages
from app.ui.value.stages_model import CARD_MIME, StageCardsModel, StageReportModel, card_index

from ..conftest import wait_idle
from .conftest import column, show_tab


@pytest.fixture
def tab(qtbot, db, shop, view):
    stages.move_stage(db, shop["Ana"], "prospect", datetime(2026, 9, 1, 10))
    stages.move_stage(db, shop["Ana"], "first contact", datetime(2026, 9, 11, 10))
    stages.move_stage(db, shop["Bo"], "negotiating", datetime(2026, 10, 1, 10))
    stages.move_stage(db, shop["Cy"], "prospect", datetime(2026, 11, 1, 10))
    contacts.update_contact(db, shop["Di"], {"sales_stage": "offer sent"})  # typed before the list existed
    return show_tab(qtbot, view, view.stages)


def names(model: StageCardsModel) -> list[str]:
    return [card.display_name for card in model.cards()]


def drag(source: StageCardsModel, target: StageCardsModel, contact_id: int) -> bool:
    """What a drag and drop between two columns does: the source's mime data dropped on the target."""
    data = source.mimeData([card_index(source, contact_id)])
    assert data.hasFormat(CARD_MIME)
    return target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_the_board_has_a_column_per_stage(tab):
    assert list(tab.columns) == list(stages.STAGES) + ["other"]
    board = {stage: names(model) for stage, model in tab.columns.items() if model.rowCount()}
    assert board == {"first contact": ["Ana"], "negotiating": ["Bo"], "prospect": ["Cy"], "other": ["Di"]}
    assert tab.columns["negotiating"].index(0).data() == "Bo\n50 days here"
    assert tab.columns["other"].index(0).data() == "Di\n“offer sent”"
    assert "Negotiating" in tab.headers["negotiating"].text() and "(1)" in tab.headers["negotiating"].text()
    assert tab.lists["other"].parentWidget().isVisible()


def test_dropping_a_card_moves_the_stage_and_logs_it(qtbot, db, shop, view, tab):
    with qtbot.waitSignal(view.storeChanged):
        assert drag(tab.columns["prospect"], tab.columns["negotiating"], shop["Cy"])
    wait_idle(qtbot, view)
    assert [e.display_name for e in stages.board(db, view.today())["negotiating"]] == ["Bo", "Cy"]
    assert names(tab.columns["negotiating"]) == ["Bo", "Cy"] and names(tab.columns["prospect"]) == []
    logged = interactions.history(db, shop["Cy"])[0]
    assert logged.summary == "Stage: prospect → negotiating" and logged.occurred_at.date() == view.today()
    assert "1 moved to Negotiating" in tab.status.text()


def test_a_card_from_an_old_stage_can_be_moved_but_nothing_drops_on_it(qtbot, db, shop, view, tab):
    assert not drag(tab.columns["prospect"], tab.columns["other"], shop["Cy"])
    assert not drag(tab.columns["prospect"], tab.columns["prospect"], shop["Cy"])  # already there
    assert not tab.columns["other"].flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert drag(tab.columns["other"], tab.columns["customer"], shop["Di"])
    wait_idle(qtbot, view)
    assert names(tab.columns["customer"]) == ["Di"] and not tab.lists["other"].parentWidget().isVisible()


def test_the_report_shows_conversion_and_days_per_stage_and_month(tab):
    report = tab.report_model
    got = [(report.index(r, 0).data(), report.index(r, 1).data(), report.index(r, 2).data(),
            report.index(r, 4).data(), report.index(r, 6).data()) for r in range(report.rowCount())]
    # Ana: prospect 09-01 -> first contact 09-11 (10 days, moved on); Cy: prospect 11-01, still there
    assert ("2026-09", "Prospect", 1, "100.0 %", "10.0") in got
    assert ("2026-11", "Prospect", 1, "0.0 %", "—") in got
    assert ("All months", "Prospect", 2, "50.0 %", "10.0") in got
    assert column(report, 1)[-1] != "" and report.index(0, 0).data() == "2026-09"


def test_activating_a_card_asks_to_open_the_customer(qtbot, shop, view, tab):
    with qtbot.waitSignal(view.contactActivated) as opened:
        tab.lists["negotiating"].activated.emit(tab.columns["negotiating"].index(0))
    assert opened.args == [shop["Bo"]]


def test_the_models_are_sound_qt_models(qtmodeltester, tab):
    for model in tab.columns.values():
        qtmodeltester.check(model)
    qtmodeltester.check(tab.report_model)
    qtmodeltester.check(StageCardsModel("prospect"))
    qtmodeltester.check(StageReportModel({}))


def test_a_card_is_as_tall_as_its_lines(tab):
    view = tab.lists["negotiating"]
    two_lines = view.sizeHintForIndex(tab.columns["negotiating"].index(0))  # "Bo\n50 days here"
    lines = view.fontMetrics().lineSpacing()
    assert two_lines.height() >= 2 * lines + 10
    old_stage = tab.lists["other"].sizeHintForIndex(tab.columns["other"].index(0))  # "Di\n“offer sent”"
    assert old_stage.height() >= 2 * lines + 10
