"""The today model and its quadrant filters: Qt's model rules, removal without reset, 500 entries."""
from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtWidgets import QListView

from app.services import calllist
from app.services.calllist import CallEntry
from app.ui.today.entry_delegate import EntryDelegate
from app.ui.today.quadrants import QuadrantProxy
from app.ui.today.today_model import Role, TodayModel
from tests.services.test_calllist import TODAY


def entry(n: int, reason: str = "cadence", **fields) -> CallEntry:
    values = dict(contact_id=n, display_name=f"Contact {n:03d}", reason=reason, due_date=TODAY - timedelta(days=n % 9),
                  days_overdue=n % 9, tier="ABCD"[n % 4], tier_colour="#d64541", cadence_days=7,
                  phone="+8613812345678", phone_display="138 1234 5678", note="Prefers calls after 6pm",
                  organization="华通贸易有限公司")
    values.update(fields)
    return CallEntry(**values)


def test_models_follow_qt_rules(qtmodeltester, db, calls):
    model = TodayModel()
    model.set_entries(calllist.today_list(db, TODAY), TODAY)
    qtmodeltester.check(model)
    for quadrant in range(4):
        proxy = QuadrantProxy(quadrant)
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)


def test_logging_removes_rows_without_resetting(qtbot):
    model = TodayModel()
    model.set_entries([entry(1), entry(2), entry(3, "follow_up", detail="quote")], TODAY)
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "Due by cadence (2)", "Contact 001", "Contact 002", "Follow-ups (1)", "Contact 003"]
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_entries(3)
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Due by cadence (2)", "Contact 001", "Contact 002"]
    model.remove_entries(1)
    assert model.index(0).data() == "Due by cadence (1)" and not resets
    model.set_entries([entry(7)], TODAY)  # something new: a reset
    assert resets and model.rowCount() == 2


def test_quadrants_by_tier_and_urgency():
    model = TodayModel()
    model.set_entries([
        entry(1, tier="A"),  # overdue, important: do now
        entry(2, "birthday", tier="B", due_date=TODAY + timedelta(days=3), days_overdue=0),  # important, ahead: plan
        entry(3, "follow_up", tier="C", due_date=TODAY, days_overdue=0),  # due today, not important: quick touch
        entry(4, "anniversary", tier=None, due_date=TODAY + timedelta(days=2), days_overdue=0),  # later
    ], TODAY)
    quadrant = {model.index(r).data(): model.index(r).data(Role.Quadrant) for r in range(model.rowCount())
                if not model.index(r).data(Role.IsHeader)}
    assert quadrant == {"Contact 001": 0, "Contact 002": 1, "Contact 003": 2, "Contact 004": 3}


def test_five_hundred_entries_show_quickly(qtbot):
    model = TodayModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setItemDelegate(EntryDelegate(view))
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    entries = [entry(n) for n in range(400)] + [entry(n, "follow_up", detail="call back") for n in range(400, 500)]
    started = time.perf_counter()
    model.set_entries(entries, TODAY)
    view.scrollToBottom()
    view.repaint()
    assert time.perf_counter() - started < 1.0
    assert model.rowCount() == 502


def _shown(model: TodayModel) -> list:
    return [(model.index(r).data(), model.index(r).data(Role.Entry)) for r in range(model.rowCount())]


def test_a_first_screenful_then_the_whole_list_appends_the_rest_and_keeps_what_is_shown(qtbot, qtmodeltester):
    from app.services.call_entry import ListHead

    whole = [entry(1), entry(2, "follow_up", detail="quote"), entry(3), entry(4, "birthday"), entry(5),
             entry(6, "reorder"), entry(7, "anniversary")]
    model = TodayModel()
    qtmodeltester.check(model)
    # The first three as shown (sections: cadence 1, 3, 5; dates 4, 7; ...), in the list's order.
    model.set_head(ListHead([whole[0], whole[2], whole[4]], 7, {"cadence": 3, "follow_up": 1, "birthday": 1,
                                                                  "reorder": 1, "anniversary": 1}), TODAY)
    assert [text for text, _e in _shown(model)] == ["Due by cadence (3)", "Contact 001", "Contact 003", "Contact 005"]
    assert model.total() == 7 and not model.complete()
    first = [e for _text, e in _shown(model)]
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, start, end: inserted.append((start, end)))
    model.modelReset.connect(lambda: inserted.append((-1, -1)))
    model.set_entries([entry(n.contact_id, n.reason, detail=n.detail) for n in whole], TODAY)  # new objects, as read
    assert inserted == [(4, 10)] and model.complete() and model.total() == 7
    assert [e for _text, e in _shown(model)][:4] == first  # the very entries shown (and their asked-for details)
    assert [text for text, _e in _shown(model)] == [
        "Due by cadence (3)", "Contact 001", "Contact 003", "Contact 005", "Birthdays & anniversaries (2)",
        "Contact 004", "Contact 007", "Follow-ups (1)", "Contact 002", "Due to reorder (1)", "Contact 006"]
    assert [e.contact_id for e in model.entries()] == [1, 2, 3, 4, 5, 6, 7]  # the list's order


def test_a_whole_list_that_does_not_begin_with_the_screenful_replaces_it(qtbot, qtmodeltester):
    from app.services.call_entry import ListHead

    model = TodayModel()
    qtmodeltester.check(model)
    model.set_head(ListHead([entry(1), entry(3)], 4, {"cadence": 4}), TODAY)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_entries([entry(2), entry(3), entry(4)], TODAY)  # a call was logged meanwhile
    assert resets and model.complete() and model.total() == 3
    assert [text for text, _e in _shown(model)] == ["Due by cadence (3)", "Contact 002", "Contact 003", "Contact 004"]
