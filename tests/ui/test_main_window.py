"""The main window as a user meets it: search, lists, bulk tiering, trash and restore."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from sqlalchemy import update

from app.models import Contact
from app.services import contacts, directory, groups, interactions
from app.services.directory import ContactFilter
from app.ui.sidebar_model import CountRole

from .conftest import answer_modal, make_contact, wait_idle


def type_by_input_method(widget, text: str) -> None:
    """Chinese is typed through an input method, which commits whole words (QTest types ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _names(win) -> list[str]:
    model = win.contacts.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _fill(db):
    ids = {
        "ana": make_contact(db, "Ana Díaz", organization="Ferretería Central", phones=["+34 612 345 678"], tier="C"),
        "wang": make_contact(db, "王伟", organization="华通贸易有限公司", tier="A"),
        "james": make_contact(db, "James Smith", organization="Northwind Traders", groups=["Wholesale"]),
        "li": make_contact(db, "李娜", birthday="1985-03-12"),
    }
    return ids


def _select(win, *ids: int) -> None:
    table, model = win.contacts.table, win.contacts.model
    table.clearSelection()
    for cid in ids:
        table.selectionModel().select(
            model.index(model.row_of(cid), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def _sidebar_count(win, key: str) -> int:
    model = win.sidebar_model
    return model.index(model.row_of(key), 0).data(CountRole)


def test_typing_in_the_search_box_filters_the_table(qtbot, window, db):
    _fill(db)
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)
    type_by_input_method(window.contacts.search, "华通")
    qtbot.waitUntil(lambda: _names(window) == ["王伟"])
    window.contacts.search.clear()
    qtbot.keyClicks(window.contacts.search, "612 345")  # a phone number as people type it
    qtbot.waitUntil(lambda: _names(window) == ["Ana Díaz"])
    assert window.contacts.status.text() == "1 contact"
    window.contacts.search.clear()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)


def test_the_sidebar_counts_and_filters(qtbot, window, db):
    ids = _fill(db)
    with db.begin() as session:
        session.execute(update(Contact).where(Contact.id == ids["wang"]).values(next_due=date(2026, 3, 1)))
    interactions.log_interaction(db, ids["james"], "call", when=datetime(2026, 3, 1, 9, 0))
    window.refresh()
    wait_idle(qtbot, window)
    assert _sidebar_count(window, "smart:all") == 4
    assert _sidebar_count(window, "smart:due") == 1
    assert _sidebar_count(window, "smart:birthdays") == 1  # 12 March, two days after "today"
    assert _sidebar_count(window, "smart:never") == 3
    assert _sidebar_count(window, "tier:A") == 1
    group_id = groups.list_groups(db)[0].id
    assert _sidebar_count(window, f"group:{group_id}") == 1

    window.sidebar.choose("smart:due")
    qtbot.waitUntil(lambda: _names(window) == ["王伟"])
    window.sidebar.choose("smart:birthdays")
    qtbot.waitUntil(lambda: _names(window) == ["李娜"])
    window.sidebar.choose(f"group:{group_id}")
    qtbot.waitUntil(lambda: _names(window) == ["James Smith"])
    window.sidebar.choose("smart:all")
    qtbot.waitUntil(lambda: len(_names(window)) == 4)


def test_the_sidebar_model_passes_the_model_tester(qtmodeltester, window, db):
    _fill(db)
    qtmodeltester.check(window.sidebar_model)


def test_bulk_tiering_of_selected_contacts(qtbot, window, db):
    ids = _fill(db)
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)
    _select(window, ids["james"], ids["li"])
    assert window.contacts.selected_ids() == sorted([ids["james"], ids["li"]], key=window.contacts.model.row_of)
    window.actions._fill_tier_menu()
    b_action = next(a for a in window.actions.tier_menu.actions() if a.text().startswith("B"))
    b_action.trigger()
    wait_idle(qtbot, window)
    assert directory.count(db, ContactFilter(tier="B")) == 2
    model = window.contacts.model
    qtbot.waitUntil(lambda: model.index(model.row_of(ids["li"]), 2).data() == "B")
    assert _sidebar_count(window, "tier:B") == 2


def test_add_selected_to_a_group_and_drop_on_a_group(qtbot, window, db, monkeypatch):
    ids = _fill(db)
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)
    _select(window, ids["ana"])
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("Retail", True)))
    window.actions.add_to_group.trigger()
    wait_idle(qtbot, window)
    assert directory.count(db, ContactFilter(group="Retail")) == 1

    # Dragging rows onto the "Wholesale" group in the sidebar.
    model = window.contacts.model
    mime = model.mimeData([model.index(model.row_of(ids["wang"]), 0), model.index(model.row_of(ids["li"]), 0)])
    wholesale = next(g for g in groups.list_groups(db) if g.name == "Wholesale")
    target = window.sidebar_model.index(window.sidebar_model.row_of(f"group:{wholesale.id}"), 0)
    assert window.sidebar_model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    not_a_group = window.sidebar_model.index(window.sidebar_model.row_of("smart:due"), 0)
    assert not window.sidebar_model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, not_a_group)
    window.sidebar_model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    wait_idle(qtbot, window)
    assert directory.count(db, ContactFilter(group="Wholesale")) == 3
    qtbot.waitUntil(lambda: _sidebar_count(window, f"group:{wholesale.id}") == 3)


def test_groups_are_made_renamed_and_deleted_from_the_sidebar(qtbot, window, db, monkeypatch):
    answers = iter([("Fair 2026", True), ("Spring fair", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    window.sidebar.new_group()
    wait_idle(qtbot, window)
    group = groups.list_groups(db)[0]
    assert group.name == "Fair 2026"
    qtbot.waitUntil(lambda: window.sidebar_model.row_of(f"group:{group.id}") is not None)
    window.sidebar.choose(f"group:{group.id}")
    window.sidebar.rename_group(group.id, group.name)
    wait_idle(qtbot, window)
    assert [g.name for g in groups.list_groups(db)] == ["Spring fair"]
    row = window.sidebar_model.row_of(f"group:{group.id}")
    qtbot.waitUntil(lambda: window.sidebar_model.index(row, 0).data() == "Spring fair")
    assert window.contacts.base_filter().group == "Spring fair"  # the list shown follows the new name

    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.sidebar.delete_group(group.id, "Spring fair")
    wait_idle(qtbot, window)
    assert groups.list_groups(db) == []
    qtbot.waitUntil(lambda: window.sidebar.current_key() == "smart:all")


def test_trash_restore_and_empty_trash(qtbot, window, db):
    ids = _fill(db)
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)
    _select(window, ids["ana"], ids["wang"])
    window.contacts.table.setFocus()
    qtbot.keyClick(window.contacts.table, Qt.Key.Key_Delete)  # the Delete key, on the table
    qtbot.waitUntil(lambda: sorted(_names(window)) == ["James Smith", "李娜"])
    qtbot.waitUntil(lambda: _sidebar_count(window, "smart:trash") == 2)

    window.sidebar.choose("smart:trash")
    qtbot.waitUntil(lambda: sorted(_names(window)) == ["Ana Díaz", "王伟"])
    assert window.actions.restore.isEnabled() is False  # nothing selected yet
    _select(window, ids["ana"])
    assert window.actions.restore.isEnabled() and not window.actions.trash.isEnabled()
    window.actions.restore.trigger()
    qtbot.waitUntil(lambda: _names(window) == ["王伟"])
    assert contacts.get_contact(db, ids["ana"]).deleted_at is None

    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.actions.empty_trash.trigger()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0)
    assert directory.count(db, ContactFilter(trash=True)) == 0
    assert directory.count(db) == 3


def test_the_current_customer_file_follows_the_table(qtbot, window, db):
    ids = _fill(db)
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 4)
    window.contacts.select_row(window.contacts.model.row_of(ids["wang"]))
    qtbot.waitUntil(lambda: window.customer.name.text() == "王伟")  # read on the worker
    assert window.customer.subtitle.text() == "华通贸易有限公司 · A: key customers"
    qtbot.keyClicks(window.contacts.search, "James")
    qtbot.waitUntil(lambda: _names(window) == ["James Smith"])
    qtbot.waitUntil(lambda: window.customer.contact is None)  # 王伟 is no longer listed


def test_ctrl_l_logs_for_what_the_current_view_has_chosen(qtbot, window, db):
    from datetime import timedelta

    from app.ui.today.log_call_dialog import LogCallDialog
    from app.ui.today.today_model import Role

    from .conftest import TODAY

    due = make_contact(db, "Dan Overdue", tier="A")
    interactions.log_interaction(db, due, "call", when=datetime.combine(TODAY - timedelta(days=9), datetime.min.time()))
    window.views.setCurrentWidget(window.today_pane)
    window.today_pane.reload()
    wait_idle(qtbot, window)
    pane = window.today_pane
    row = next(r for r in range(pane.model.rowCount()) if pane.model.index(r, 0).data(Role.ContactId) == due)
    pane.list.setCurrentIndex(pane.model.index(row, 0))
    asked: list[str] = []
    answer_modal(qtbot, LogCallDialog, lambda dialog: (asked.append(dialog.windowTitle()), dialog.accept()))
    window.log_call_action.trigger()
    qtbot.waitUntil(lambda: bool(asked))
    wait_idle(qtbot, window)
    assert asked == ["Log call with Dan Overdue"]
    assert interactions.history(db, due)[0].occurred_at.date() == TODAY


def test_log_call_with_nobody_chosen_says_what_to_choose(qtbot, window):
    window.views.setCurrentWidget(window.today_pane)
    window.log_call_action.trigger()
    assert "Choose whom first" in window.statusBar().currentMessage()
    window.views.setCurrentIndex(1)  # Customers, no customer open
    window.statusBar().clearMessage()
    window.log_visit_action.trigger()
    assert "Choose whom first" in window.statusBar().currentMessage()


def test_a_failed_automatic_backup_is_said_in_the_status_bar(qtbot, window, db, db_path):
    """Issue 14, item 5: the change is saved whatever the backup does, so it is a warning naming the folder."""
    from app.services import contacts
    from app.services.contacts import NewContact

    (db_path.parent / "backups").write_text("a file where the backups folder goes")
    contacts.create_contact(db, NewContact(display_name="Xavier"))
    window._auto_backup()
    wait_idle(qtbot, window)
    shown = window.statusBar().currentMessage()
    assert "backups" in shown and "not backed up" in shown
