"""The main window's views: Today first, then Customers and the Week plan, kept in step."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from app.services import contacts, interactions, tiers
from app.services.contacts import NewContact
from tests.ui.conftest import NOW, TODAY, wait_idle


def test_today_is_the_default_view_and_an_entry_opens_the_customer_file(qtbot, db, db_path):
    from app.ui.main_window import MainWindow

    cid = contacts.create_contact(db, NewContact(display_name="王芳", phones=[("138 1234 5678", "Mobile")]),
                                  region="CN")
    tiers.set_tier(db, [cid], "A")
    interactions.log_interaction(db, cid, "call", when=datetime.combine(TODAY - timedelta(days=10), datetime.min.time()))
    win = MainWindow(db, Path(db_path), today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    assert win.views.currentWidget() is win.today_pane
    qtbot.waitUntil(lambda: win.today_pane.model.rowCount() > 0, timeout=5000)
    win.today_pane.contactActivated.emit(cid)
    wait_idle(qtbot, win)
    assert win.views.currentIndex() == 1
    qtbot.waitUntil(lambda: win.customer.contact_id() == cid, timeout=5000)
    win.views.setCurrentWidget(win.plan_view)
    wait_idle(qtbot, win)
    win.worker.wait_for_done()
