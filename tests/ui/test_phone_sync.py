"""File → Sync with phone…: link a live Radicale, sync on the worker with progress, read the report;
the automatic sync; trashed customers are deleted on the phone only after the user says yes."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from app.models import Contact
from app.services import lifecycle
from tests.services.sync.conftest import Phone, _no_real_keyring, card, person, radicale  # noqa: F401 (fixtures)

from .conftest import wait_idle


def _contacts(db) -> int:
    with db() as s:
        return s.scalar(select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None)))


def test_link_test_and_sync_from_the_window(qtbot, window, db, radicale):  # noqa: F811
    radicale.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(3)})
    dialog = window.phone_sync.open_dialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(radicale.root)
    dialog.username.setText("user")
    dialog.password.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "refused" in dialog.found.text(), timeout=10000)
    dialog.password.setText("secret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.found.text() == "Connected. Address books found: Contacts", timeout=10000)
    dialog.label.setText("Phone")
    dialog.link_button.click()
    qtbot.waitUntil(lambda: "(0 cards)" in dialog.linked.text(), timeout=10000)
    assert dialog.linked.text().startswith("Phone: " + radicale.book_url)

    with qtbot.waitSignal(window.phone_sync.finished, timeout=20000):
        dialog.sync_button.click()
        assert window.phone_sync.progress.isVisible()
    wait_idle(qtbot, window)
    assert dialog.report.toPlainText() == "Phone: 3 down, 0 up, 0 deleted here, 0 deleted there, 0 conflicts merged"
    assert not window.phone_sync.progress.isVisible()
    assert _contacts(db) == 3
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3, timeout=10000)


def test_automatic_sync_and_asking_before_deleting_on_the_phone(qtbot, window, db, radicale, monkeypatch):  # noqa: F811
    from app.services.sync import add_book

    radicale.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(2)})
    add_book(db, radicale.book_url, "user", "secret", "Phone")
    window.phone_sync.apply_interval(1)
    assert window.phone_sync.timer.isActive() and window.phone_sync.timer.interval() == 60_000
    with qtbot.waitSignal(window.phone_sync.finished, timeout=20000):
        window.phone_sync.timer.timeout.emit()  # as a minute going by would
    wait_idle(qtbot, window)
    assert _contacts(db) == 2

    with db() as s:
        first = s.scalars(select(Contact.id).order_by(Contact.id)).first()
    lifecycle.trash(db, [first])
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.phone_sync.finished, timeout=20000):
        window.phone_sync.sync_action.trigger()
    qtbot.waitUntil(lambda: not window.worker.busy() and window.phone_sync.task is None, timeout=20000)
    assert asked and "still on the phone" in asked[0]
    qtbot.waitUntil(lambda: len(Phone(radicale).cards()) == 1, timeout=20000)
