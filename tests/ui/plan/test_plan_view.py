"""The weekly plan as the salesperson sees it: day columns, capacity, moves that stick, print and PDF."""
from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt

from app.services.plan import build_plan
from app.ui.plan import PlanView
from app.ui.plan.day_model import PlanDayModel, PlanRole, place
from app.ui.plan.printing import PlanPrintPreview

from ..conftest import answer_modal, wait_idle
from .conftest import MONDAY, TODAY, WEEK


def test_it_opens_on_the_week_of_today(qtbot, db, week):
    widget = PlanView(db, today=TODAY)
    qtbot.addWidget(widget)
    wait_idle(qtbot, widget)
    assert widget.week == "2026-W47" and widget.plan.week == "2026-W47"


def test_day_columns_with_capacity_and_carried_over(view, db):
    assert [c.title.text() for c in view.days] == [
        "<b>Monday 23 Nov</b>", "<b>Tuesday 24 Nov</b>", "<b>Wednesday 25 Nov</b>", "<b>Thursday 26 Nov</b>",
        "<b>Friday 27 Nov</b>"]
    plan = build_plan(db, WEEK, today=TODAY)
    for column, day in zip(view.days, plan.days):
        assert column.model.names() == [e.display_name for e in day.entries]
        assert column.capacity.text() == f"{len(day.entries)} / 2"
    assert view.carried_over.isVisibleTo(view) and view.carried_over.model.names() == [e.display_name for e in plan.unplanned]
    assert view.carried_over.title.text() == "<b>Carried over to week 49</b>"  # where they go
    assert f"{len(plan.unplanned)} carried over to next week's plan (week 49)" in view.summary.text()
    assert "Week 48" in view.week_label.text()
    index = view.days[0].model.index(0)
    assert index.data(Qt.ItemDataRole.ToolTipRole).count("\n") >= 2  # name, why, organisation and city, number


def test_the_week_buttons_step_through_weeks(qtbot, view):
    view._step(1)
    wait_idle(qtbot, view)
    assert view.plan.week == "2026-W49" and view.days[0].title.text() == "<b>Monday 30 Nov</b>"
    view.show_this_week()
    wait_idle(qtbot, view)
    assert view.plan.week == "2026-W47"


def test_dropping_an_entry_on_another_day_moves_it_for_good(qtbot, view, db):
    monday, thursday = view.days[0].model, view.days[3].model
    name = monday.names()[0]
    mime = monday.mimeData([monday.index(0)])
    assert thursday.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert not monday.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())  # onto its own day
    assert thursday.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: name in view.days[3].model.names())
    wait_idle(qtbot, view)
    assert name not in view.days[0].model.names()
    plan = build_plan(db, WEEK, today=TODAY)
    assert name in [e.display_name for e in plan.days[3].entries]
    assert view.days[3].capacity.text() == f"{len(plan.days[3].entries)} / 2"

    view.reset_moves()
    qtbot.waitUntil(lambda: name in view.days[0].model.names())


def test_a_carried_over_entry_can_be_planned_but_nothing_dropped_onto_the_carried_over_list(qtbot, view, db):
    carried = view.carried_over.model
    name = carried.names()[0]
    mime = carried.mimeData([carried.index(0)])
    assert not carried.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    view.days[1].model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    qtbot.waitUntil(lambda: name in view.days[1].model.names())
    # The user's choice is kept; a less urgent entry of the full week is carried over in its place.
    assert view.days[1].capacity.text() == "2 / 2" and name not in view.carried_over.model.names()
    assert name in [e.display_name for e in build_plan(db, WEEK, today=TODAY).days[1].entries]


def test_save_pdf_holds_the_days_and_names(view, tmp_path):
    path = tmp_path / "plan.pdf"
    view.save_pdf(path)
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    for heading in ("Week 48 · 23–29 November 2026", "Monday 23 November", "Friday 27 November"):
        assert heading in pdf_text
    for name in ("王芳", "张伟", "Ana García", "Birthday"):
        assert name in pdf_text
    assert "Carried over to next week's plan (week 49)" in pdf_text


def test_print_opens_a_preview(qtbot, view):
    pages = []

    def look(dialog: PlanPrintPreview) -> None:
        pages.append(dialog.pages)  # the compact layout, painted for the preview
        dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("daily"))
        pages.append(dialog.pages)  # repainted a page a day
        dialog.reject()

    seen = answer_modal(qtbot, PlanPrintPreview, look, timeout=10000)
    view.print_button.click()
    assert seen and seen[0].sheet.days[0].heading == "Monday 23 November"
    assert pages == [1, 5]


def test_models_follow_qt_rules(qtmodeltester, view):
    qtmodeltester.check(view.days[0].model)
    qtmodeltester.check(view.carried_over.model)
    qtmodeltester.check(PlanDayModel(MONDAY))


def test_a_drop_on_a_days_list_moves_the_entry(qtbot, view, db):
    """What the mouse does at the end of a drag: enter, move over the list, drop."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    source, target = view.days[0], view.days[2]
    name = source.model.names()[0]
    mime = source.model.mimeData([source.model.index(0)])
    viewport = target.view.viewport()
    where = QPointF(viewport.rect().center())
    move, buttons, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(where, move, mime, buttons, keys),
                  QDragMoveEvent(where, move, mime, buttons, keys)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(where, move, mime, buttons, keys))
    qtbot.waitUntil(lambda: name in view.days[2].model.names())
    wait_idle(qtbot, view)
    assert name in [e.display_name for e in build_plan(db, WEEK, today=TODAY).days[2].entries]


def test_mid_week_it_shows_the_days_left_and_on_saturday_the_next_week(qtbot, db, week):
    thursday = MONDAY + timedelta(days=3)
    widget = PlanView(db, today=thursday)
    qtbot.addWidget(widget)
    wait_idle(qtbot, widget)
    assert widget.plan.week == WEEK
    assert [c.title.text() for c in widget.days] == ["<b>Thursday 26 Nov</b> · today", "<b>Friday 27 Nov</b>"]
    assert widget.summary.text().startswith("From Thursday 26 Nov: the days before are over.")
    widget._step(-1)  # last week: over
    wait_idle(qtbot, widget)
    assert widget.plan.week == "2026-W47" and widget.days == [] and "is over" in widget.summary.text()
    assert not widget.pdf_button.isEnabled() and not widget.carried_over.isVisibleTo(widget)
    widget.set_today(MONDAY + timedelta(days=5))  # Saturday: "This week" is the coming one
    wait_idle(qtbot, widget)
    assert widget.plan.week == "2026-W49" and len(widget.days) == 5 and widget.pdf_button.isEnabled()


def test_visits_lead_each_day_numbered_in_order_then_calls(view, db, week):
    """Tier A visits every 30 days (never visited, an address): visits, numbered 1, 2…; tier C: calls.
    A customer due for a visit without an address is planned as a call and flagged."""
    seen_visit = False
    for column in view.days:
        model = column.model
        kinds = [model.index(row).data(PlanRole.Entry).kind for row in range(model.rowCount())]
        assert kinds == sorted(kinds, key=lambda k: k != "visit")  # visits first
        stops = [model.index(row).data(PlanRole.Stop) for row in range(model.rowCount())]
        assert stops == [n + 1 if k == "visit" else None for n, k in enumerate(kinds)]
        seen_visit |= "visit" in kinds
        for row in range(model.rowCount()):
            entry = model.index(row).data(PlanRole.Entry)
            assert (entry.kind == "visit") == (entry.tier == "A")
    assert seen_visit

    with db.begin() as s:
        from app.models import Address

        s.query(Address).filter(Address.contact_id == week["王芳"]).delete()
    plan = build_plan(db, WEEK, today=TODAY)
    [wang] = [e for d in plan.days for e in d.entries if e.display_name == "王芳"]
    assert wang.kind == "call" and wang.extra.get("needs_address")
    assert "visit due, no address" in place(wang)


def test_export_to_calendar_writes_the_week_shown(view, tmp_path):
    from icalendar import Calendar

    path = tmp_path / "plan.ics"
    assert view.calendar_button.isEnabled()
    count = view.export_calendar(path)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert count == len(events) == view.plan.planned
    assert {str(e["SUMMARY"]).split(": ", 1)[1] for e in events} == {
        e.display_name for d in view.plan.days for e in d.entries}
