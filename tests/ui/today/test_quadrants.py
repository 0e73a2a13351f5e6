"""The four-quadrant view of the today pane: important (tier A/B) against urgent (overdue or due today)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.ui.today import entry_delegate as parts
from tests.services.test_calllist import TODAY

from ..conftest import wait_idle
from .test_today_pane import click


def test_the_toggle_shows_entries_in_their_quadrants(qtbot, pane):
    qtbot.mouseClick(pane.quadrant_toggle, Qt.MouseButton.LeftButton)
    assert pane.stack.currentWidget() is pane.quadrants
    q = pane.quadrants
    assert q.names(0) == ["Amy Due"]  # tier A, due today
    assert q.names(1) == ["张伟"]  # tier B, birthday on Monday
    assert q.names(2) == ["Dan Overdue", "Fay Followup", "Will Warranty", "Rita Referrer"]  # other tiers, due
    assert q.names(3) == []
    assert q.title(0).startswith("<b>Do now</b> (1)")
    qtbot.mouseClick(pane.quadrant_toggle, Qt.MouseButton.LeftButton)
    assert pane.stack.currentWidget() is pane.list


def test_entries_in_a_quadrant_act_like_in_the_list(qtbot, pane):
    qtbot.mouseClick(pane.quadrant_toggle, Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().clear()
    click(qtbot, pane, "Dan Overdue", parts.COPY_NUMBER, view=pane.quadrants.views[2])
    assert QGuiApplication.clipboard().text() == "+8613812345678"
    pane.snooze(next(e for e in pane.model.entries() if e.display_name == "Amy Due"), TODAY + timedelta(days=1))
    qtbot.waitUntil(lambda: pane.quadrants.names(0) == [])
    wait_idle(qtbot, pane)
    assert "(0)" in pane.quadrants.title(0)
