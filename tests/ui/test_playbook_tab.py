"""The customer file's Playbook tab: the entries that fit the customer, filled in, copied or saved as a note."""
from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication

from app.services import notes
from app.services.playbook import entries
from app.services.playbook.entries import EntryData
from app.services.purchases import PurchaseData, add_purchase
from app.services.value import stages
from app.ui.playbook.playbook_model import PlaybookModel

from .conftest import make_contact, wait_idle
from .test_customer_file import _open


def _listed(tab) -> list[str]:
    return [tab.model.index(row).data() for row in range(tab.model.rowCount())]


def test_the_tab_lists_what_fits_and_copies_or_saves_it_filled_in(qtbot, window, db, qtmodeltester):
    cid = make_contact(db, "Ana Díaz", given_name="Ana")
    add_purchase(db, cid, PurchaseData("Toner", date(2026, 1, 5), model="TN-2420"))
    stages.move_stage(db, cid, "negotiating")
    entries.add_entry(db, EntryData(title="Price is too high", kind="objection", stages=["negotiating"],
                                    products=["Toner"], body="<p>I hear you, <b>{given_name}</b>: {product} lasts.</p>",
                                    html=True))
    entries.add_entry(db, EntryData(title="Welcome", kind="template", stages=["prospect"], body="Hi {given_name}"))
    entries.add_entry(db, EntryData(title="价格 story", kind="case", body="华通 saved 30%."))
    _open(qtbot, window, cid)
    tab = window.customer.playbook
    window.customer.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: _listed(tab) == ["Objection · Price is too high", "Case story · 价格 story"])
    qtmodeltester.check(tab.model)
    qtbot.waitUntil(lambda: tab.copy_button.isEnabled())
    assert "I hear you, Ana: Toner TN-2420 lasts." in tab.view.toPlainText()

    tab.copy_button.click()
    clip = QGuiApplication.clipboard().mimeData()
    assert clip.text() == "I hear you, Ana: Toner TN-2420 lasts." and "<b>Ana</b>" in clip.html()

    tab.note_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(notes.list_notes(db, cid)) == 1)
    assert notes.list_notes(db, cid)[0].body == "<p>I hear you, <b>Ana</b>: Toner TN-2420 lasts.</p>"

    tab.search.setText("jiage")  # pinyin of 价格
    qtbot.waitUntil(lambda: _listed(tab) == ["Case story · 价格 story"])
    tab.search.setText("nothing like this")
    qtbot.waitUntil(lambda: _listed(tab) == [] and tab.empty.isVisible())
    wait_idle(qtbot, window)


def test_the_model_follows_qt_rules_empty_and_full(qtmodeltester, db):
    model = PlaybookModel()
    qtmodeltester.check(model)
    entries.add_entry(db, EntryData(title="A", kind="case", body="x", tiers=["A"]))
    model.set_entries(entries.list_entries(db))
    qtmodeltester.check(model)
    assert model.index(0).data(0x0003) == "A"  # the tooltip names its tags
