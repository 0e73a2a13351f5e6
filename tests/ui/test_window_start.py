"""What the window's start loads: the first screen's parts, not the other pages, dialogs or commands."""
from __future__ import annotations

import subprocess
import sys

from .conftest import make_contact, wait_idle


def test_the_window_starts_without_the_other_pages_dialogs_or_commands(tmp_path):
    script = (
        "import sys; from pathlib import Path; from app.cli import build_parser;"
        "build_parser(['--db', 'x.db', '--quit-when-ready']);"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from app.models.db import open_store; from app.ui.main_window import MainWindow;"
        f"w = MainWindow(open_store({str(tmp_path / 's.db')!r}), Path('s.db'));"
        "heavy = [m for m in ('app.cli.contacts_cmd', 'app.ui.plan', 'app.ui.value', 'app.ui.customer_file',"
        " 'app.ui.import_wizard', 'app.ui.greetings_desk.desk_window', 'app.ui.events.events_window', 'app.services.sync',"
        " 'icalendar', 'httpx', 'vobject') if m in sys.modules];"
        "print(heavy)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_other_pages_are_built_when_first_shown(qtbot, window, db):
    assert window._plan_page.built() is None and window._value_page.built() is None
    assert window._customer_page.built() is not None  # the Customers view is on screen (the fixture shows it)
    window.views.setCurrentIndex(2)
    assert window._plan_page.built() is not None and window.views.currentWidget() is window.plan_view
    window.views.setCurrentWidget(window.value_view)
    assert window.views.currentIndex() == 3
    cid = make_contact(db, "Ana García")
    window.store.announce()
    wait_idle(qtbot, window)
    window.open_customer(cid)
    wait_idle(qtbot, window)
    assert window.views.currentIndex() == 1 and window.customer.contact_id() == cid
