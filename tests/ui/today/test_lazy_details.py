"""A busy day: the list comes at once, and each contact's number and note follow for the rows on screen."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from app.services import calllist, notes
from app.ui.today.today_model import LOOKAHEAD, Role, TodayModel
from tests.services.test_calllist import TODAY, person

from ..conftest import closed_down, shown, wait_idle

DAY = 150  # entries: more than a screen and a look-ahead


def _busy_day(db) -> list[int]:
    """Contact ids in the order the list shows them; the last one has a note."""
    for n in range(DAY):
        person(db, f"Customer {n:03}", tier="C", last_call=TODAY - timedelta(days=31 + n % 5),
               phones=[(f"138 0000 {n:04}", "Mobile")])
    ids = [e.contact_id for e in calllist.today_list(db, TODAY, details=False)]
    notes.add_note(db, ids[-1], "Wants the blue model")
    return ids


def test_numbers_and_notes_come_for_the_rows_on_screen_then_as_the_list_scrolls(qtbot, db):
    from app.ui.today import TodayPane

    ids = _busy_day(db)
    pane = shown(qtbot, TodayPane(db, today=TODAY), 900, 600)
    entries = {e.contact_id: e for e in pane.model.entries()}
    assert len(entries) == DAY
    top = pane.model.entries()[0]
    qtbot.waitUntil(lambda: top.filled)
    assert top.phone and top.phone.startswith("+86138")
    last = entries[ids[-1]]
    filled = sum(e.filled for e in pane.model.entries())
    assert not last.filled and filled <= LOOKAHEAD + 20  # only what the screen showed, and a little more

    pane.list.scrollToBottom()
    qtbot.waitUntil(lambda: last.filled)
    wait_idle(qtbot, pane)
    assert last.note == "Wants the blue model" and last.phone.startswith("+861380000")
    tooltip = pane.model.index(pane.model.row_of(ids[-1])).data(Qt.ItemDataRole.ToolTipRole)
    assert "Wants the blue model" in tooltip
    closed_down(qtbot, pane)


def test_a_reload_keeps_what_was_known_until_fresh_details_arrive(qapp, db, qtmodeltester):
    ids = _busy_day(db)[:3]
    model = TodayModel()
    asked: list[list] = []
    model.detailsWanted.connect(asked.append)
    first = [e for e in calllist.today_list(db, TODAY) if e.contact_id in ids]  # details filled
    model.set_entries(first, TODAY)
    qtmodeltester.check(model)
    fresh = [replace(e, phone=None, phone_display=None, note=None, filled=False) for e in first[1:]]
    model.set_entries(fresh, TODAY)  # the first contact was called: a shorter list, without details
    assert [e.phone for e in model.entries()] == [e.phone for e in first[1:]]
    model.index(1).data(Role.Entry)  # a view paints the first entry (row 0 is the section's header)
    qapp.processEvents()
    assert asked and {e.contact_id for e in asked[-1]} == {e.contact_id for e in fresh}
