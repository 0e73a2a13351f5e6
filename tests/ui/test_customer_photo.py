"""The photo in the customer file's header: initials until there is one, a picture chosen from disk, removed again."""
from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from app.services import contacts
from app.ui.customer_file.photo import PHOTO_SIZE, initials

from .conftest import answer_modal, make_contact, wait_idle
from .test_customer_file import _open


def test_initials_follow_how_the_name_is_written():
    assert initials("Ana García") == "AG"
    assert initials("王芳") == "王"
    assert initials("madonna") == "M"
    assert initials("  ") == "?"


def test_a_chosen_picture_is_scaled_shown_and_removed(qtbot, window, db, tmp_path):
    cid = make_contact(db, "Ana García", tier="A")
    _open(qtbot, window, cid)
    photo = window.customer.photo
    assert not photo.has_photo and not photo.pixmap().isNull()  # the initials on the tier's colour
    big = QImage(2000, 1000, QImage.Format.Format_RGB32)
    big.fill(QColor("#2e86c1"))
    path = tmp_path / "ana.png"
    assert big.save(str(path))

    photo.set_from_file(path)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: photo.has_photo)
    stored = contacts.get_contact(db, cid).photo
    kept = QImage.fromData(stored.data)
    assert stored.mime == "image/jpeg" and (kept.width(), kept.height()) == (PHOTO_SIZE, PHOTO_SIZE // 2)

    photo.remove()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not photo.has_photo)
    assert contacts.get_contact(db, cid).photo is None


def test_a_file_that_is_no_picture_is_named_in_the_message(qtbot, window, db, tmp_path):
    cid = make_contact(db, "Ana García")
    _open(qtbot, window, cid)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    told: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (told.append(box.text()), box.accept()))
    window.customer.photo.set_from_file(notes)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(told))
    assert "notes.txt" in told[0] and "not a picture" in told[0]
    assert contacts.get_contact(db, cid).photo is None
