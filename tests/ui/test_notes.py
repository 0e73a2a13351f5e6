"""Notes in the customer file: written, shown, and shown safely whatever they hold."""
from __future__ import annotations

import base64

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from app.services import notes
from app.ui.customer_file.notes_tab import NotesTab
from app.ui.notes.note_editor import NoteDialog, NoteEditor
from app.ui.notes.note_html import image_to_data_uri
from app.ui.notes.note_view import NoteView

from .conftest import answer_modal, make_contact, wait_idle

HOSTILE = (
    '<p>Call back <b>Friday</b></p>'
    '<img src="file:///etc/passwd">'
    '<img src="http://tracker.example.com/pixel.gif">'
    '<a href="javascript:alert(1)">click me</a>'
    '<a href="https://example.com/catalogue">catalogue</a>'
    '<script>alert(2)</script>'
)


def _red_square() -> QImage:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def _open_notes(qtbot, window, cid: int) -> NotesTab:
    window.refresh()
    qtbot.waitUntil(lambda: window.contacts.model.row_of(cid) is not None)
    window.contacts.select_row(window.contacts.model.row_of(cid))
    qtbot.waitUntil(lambda: window.customer.contact_id() == cid)  # the file is read on the worker
    wait_idle(qtbot, window)
    window.customer.tabs.setCurrentWidget(window.customer.notes)
    return window.customer.notes


def test_a_rich_note_is_added_and_shown(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz")
    tab = _open_notes(qtbot, window, cid)
    assert tab.model.rowCount() == 0

    def write(dialog: NoteDialog) -> None:
        editor = dialog.editor
        assert editor.rich and editor.toolbar.isVisible()
        editor.edit.setFocus()
        editor.bold.trigger()
        qtbot.keyClicks(editor.edit, "Prefers calls after 6pm")
        editor.bold.trigger()
        qtbot.keyClicks(editor.edit, " and likes tea")
        editor.bullets()
        dialog.accept()

    answer_modal(qtbot, NoteDialog, write)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    stored = notes.list_notes(db, cid)
    assert len(stored) == 1 and stored[0].format == "html"
    assert stored[0].body == "<ul><li><b>Prefers calls after 6pm</b> and likes tea</li></ul>"
    assert tab.model.rowCount() == 1
    assert "Prefers calls after 6pm and likes tea" in tab.model.index(0).data()
    assert "Prefers calls after 6pm" in tab.view.toPlainText()


def test_a_plain_note_and_pinning(qtbot, window, db):
    cid = make_contact(db, "Ana Díaz")
    notes.add_note(db, cid, "Older note")
    tab = _open_notes(qtbot, window, cid)
    tab.add("Line one\n<not a tag>", rich=False)
    wait_idle(qtbot, window)
    assert tab.model.rowCount() == 2
    tab.list.setCurrentIndex(tab.model.index(1))  # newest first: "Older note" is second
    tab.toggle_pin()
    wait_idle(qtbot, window)
    assert "Pinned" in tab.model.index(0).data() and "Older note" in tab.model.index(0).data()
    tab.list.setCurrentIndex(tab.model.index(1))
    assert tab.view.toPlainText() == "Line one\n<not a tag>"  # plain text stays text


def test_a_hostile_note_loads_nothing_and_opens_nothing(qtbot, window, db, monkeypatch):
    cid = make_contact(db, "Ana Díaz")
    notes.add_note(db, cid, HOSTILE, html=True)
    tab = _open_notes(qtbot, window, cid)
    stored = notes.list_notes(db, cid)[0].body
    assert "file:" not in stored and "http://tracker" not in stored and "javascript:" not in stored
    assert "<script" not in stored

    view = tab.view
    view.grab()  # laid out and painted, as on screen
    # The sanitiser left the two pictures without a source: the view asks for "", and gets a blank.
    assert {url for url in view.safe_document.requested if not url.startswith("data:")} <= {""}
    assert "Call back Friday" in view.toPlainText()

    view.show_note(HOSTILE + '<img src="/etc/hostname">', "html")  # even unsanitised, nothing is fetched
    view.grab()
    asked = [url for url in view.safe_document.requested if not url.startswith("data:")]
    assert set(asked) >= {"file:///etc/passwd", "http://tracker.example.com/pixel.gif", "/etc/hostname"}
    assert set(asked) <= set(view.safe_document.refused)
    blank = view.safe_document.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("/etc/hostname"))
    assert (blank.width(), blank.height()) == (1, 1)  # a stand-in, so Qt does not read the file itself

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())))
    answer_modal(qtbot, QMessageBox, lambda box: box.accept())
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))  # refused with a message, not asked about
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    view.anchorClicked.emit(QUrl("https://example.com/catalogue"))  # asked, and the user said no
    assert opened == []
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.anchorClicked.emit(QUrl("https://example.com/catalogue"))
    assert opened == ["https://example.com/catalogue"]
    assert not view.openLinks() and not view.openExternalLinks()


def test_pictures_are_embedded_as_data_uris(qtbot, db):
    editor = NoteEditor(rich=True)
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setImageData(_red_square())
    editor.edit.insertFromMimeData(mime)  # pasting a picture
    pasted_html = QMimeData()
    pasted_html.setHtml('<p>from the web <img src="http://example.com/x.png"></p>')
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.edit.insertFromMimeData(pasted_html)  # remote pictures never make it in
    body = editor.body()
    assert body.count("<img") == 1
    assert '<img src="data:image/png;base64,' in body
    assert "http://example.com" not in body
    assert {url for url in editor.edit.document().requested if not url.startswith("data:")} <= {""}
    cid = make_contact(db, "Ana Díaz")
    notes.add_note(db, cid, body, html=True)
    assert notes.list_notes(db, cid)[0].body.count('src="data:image/png;base64,') == 1

    view = NoteView()
    qtbot.addWidget(view)
    view.show_note(notes.list_notes(db, cid)[0].body, "html")
    view.grab()
    assert any(url.startswith("data:image/png") for url in view.safe_document.requested)


def test_a_huge_picture_is_scaled_down():
    image = QImage(4000, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    uri = image_to_data_uri(image)
    assert uri is not None
    decoded = QImage()
    decoded.loadFromData(base64.b64decode(uri.split(",", 1)[1]))
    assert decoded.width() == 1600


def test_the_notes_model_passes_the_model_tester(qtbot, qtmodeltester, window, db):
    cid = make_contact(db, "Ana Díaz")
    notes.add_note(db, cid, "one")
    notes.add_note(db, cid, f'<p><img src="{image_to_data_uri(_red_square())}"></p>', html=True)
    tab = _open_notes(qtbot, window, cid)
    qtmodeltester.check(tab.model)


def _deepest_table(frame, depth: int = 0) -> int:
    from PySide6.QtGui import QTextTable

    here = depth + isinstance(frame, QTextTable)
    return max([here] + [_deepest_table(child, here) for child in frame.childFrames()])


def test_a_note_of_22_nested_tables_is_shown_flattened(qtbot, db):
    """Stored before notes were bounded (straight into the table, as an old store holds it): shown
    through the sanitiser on the way out, at most 4 tables deep, which Qt lays out at once
    (22 levels took it 68 s)."""
    from sqlalchemy import text

    cid = make_contact(db, "Ana Díaz")
    deep = "<table><tr><td>" * 22 + "the quote" + "</td></tr></table>" * 22
    with db.begin() as session:
        session.execute(text("INSERT INTO notes (contact_id, format, body, pinned, created_at, updated_at) "
                             "VALUES (:cid, 'html', :body, 0, '2026-01-01', '2026-01-01')"), {"cid": cid, "body": deep})
    view = NoteView()
    qtbot.addWidget(view)
    view.show_note(notes.list_notes(db, cid)[0].body, "html")
    view.grab()  # laid out and painted
    assert "the quote" in view.toPlainText()
    assert _deepest_table(view.document().rootFrame()) == 4


def test_the_viewer_decodes_a_picture_as_its_bytes_say_and_never_as_svg(qtbot):
    """Even HTML that skipped the sanitiser: Qt is told the format, so its SVG reader (which opens the
    files an SVG names) never runs."""
    from app.ui.notes.note_html import image_from_data_uri

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>'
    labelled_png = "data:image/png;base64," + base64.b64encode(svg).decode()
    assert image_from_data_uri(labelled_png) is None
    assert image_from_data_uri(image_to_data_uri(_red_square())).width() == 8
    view = NoteView()
    qtbot.addWidget(view)
    view.show_note(f'<p>x</p><img src="{labelled_png}">', "html")
    view.grab()
    assert labelled_png in view.safe_document.refused
