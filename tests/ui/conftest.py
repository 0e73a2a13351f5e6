"""Fixtures for driving the real widgets: a main window on a fresh store, a fixed "today",
and a way to answer a modal dialog the way a user would (it is found on screen and clicked)."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable, Optional

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services.contacts import NewContact, create_contact

# The widget tests need a QApplication. Made here, at collection, because code run by
# earlier tests (app/printing/pdf.py, for the CLI's PDFs) creates a bare QGuiApplication
# when none exists, and after that no QWidget can be made in the same process.
QAPP = QApplication.instance() or QApplication([])

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 15, 30)


def make_contact(db, name: str, **fields) -> int:
    phones = fields.pop("phones", [])
    tier = fields.pop("tier", None)
    groups = fields.pop("groups", [])
    return create_contact(db, NewContact(display_name=name, fields=fields, phones=[(p, None) for p in phones],
                                         tier=tier, groups=groups))


@pytest.fixture(scope="session", autouse=True)
def english(qapp, tmp_path_factory):
    """English as an English-speaking user gets it: the plurals of rapport_en.ts ("1 contact", "3 contacts")."""
    from app.ui.i18n import install_translator

    install_translator(qapp, "en", cache=tmp_path_factory.mktemp("qm"))


@pytest.fixture(autouse=True)
def gc_on_gui_thread(qapp):
    """As in the app: no cycle collection on worker threads (see app/ui/worker.py)."""
    from app.ui.worker import GuiThreadGarbageCollector

    collector = GuiThreadGarbageCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def window(qtbot, db, db_path):
    from app.ui.main_window import MainWindow

    win = MainWindow(db, Path(db_path), today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    win.views.setCurrentIndex(1)  # the Customers view, which these tests drive (Today is the default)
    yield win
    win.worker.wait_for_done()
    qtbot.waitUntil(lambda: not win.worker.busy(), timeout=5000)


def wait_idle(qtbot, win) -> None:
    """Until every call on the worker has run and its answer was shown."""
    qtbot.waitUntil(lambda: not win.worker.busy(), timeout=10000)


def shown(qtbot, widget, width: int, height: int):
    """Show a view at a size, wait until it is on screen and its first loads answered."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    wait_idle(qtbot, widget)
    return widget


def closed_down(qtbot, widget) -> None:
    """Let the view's queued work finish before the test's store goes away."""
    widget.worker.wait_for_done()
    wait_idle(qtbot, widget)


def answer_modal(qtbot, kind: type, act: Callable[[QWidget], None], *, timeout: int = 5000) -> list:
    """Schedule `act(dialog)` for the next modal dialog of `kind` that opens; returns a list
    that holds the dialog once it was answered (for asserting that it did open)."""
    seen: list = []

    def poll(remaining: int = timeout) -> None:
        widget: Optional[QWidget] = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
        elif remaining > 0:
            QTimer.singleShot(20, lambda: poll(remaining - 20))

    QTimer.singleShot(0, poll)
    return seen
