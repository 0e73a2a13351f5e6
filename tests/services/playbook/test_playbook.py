"""The playbook: entries tagged by stage, product and tier; what fits a customer, filled in; search;
a folder of Markdown files in and out."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import contacts, notes, tiers
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.playbook import entries, fit, folder
from app.services.playbook.entries import EntryData
from app.services.purchases import PurchaseData, add_purchase
from app.services.value import stages


@pytest.fixture
def book(db):
    add = lambda **kw: entries.add_entry(db, EntryData(**kw))  # noqa: E731
    return {
        "price": add(title="Price is too high", kind="objection", body="I hear you, {given_name}. Per page, {product} "
                     "costs less than the cheap one.", stages=["negotiating"], products=["Toner"]),
        "open": add(title="Opening call", kind="talk track", body="Hello {given_name}, this is about your {product}.",
                    stages=["first contact"]),
        "vip": add(title="A-tier thank you", kind="template", body="<p>Dear <b>{given_name}</b></p>", html=True,
                   tiers=["a"]),
        "any": add(title="How we saved 华通 30%", kind="case", body="华通贸易 cut printing costs by 30% (价格 story)."),
    }


@pytest.fixture
def wei(db):
    cid = contacts.create_contact(db, NewContact(display_name="张伟", fields={"given_name": "伟", "family_name": "张"}))
    add_purchase(db, cid, PurchaseData("Toner", date(2026, 1, 5), model="TN-2420"))
    add_purchase(db, cid, PurchaseData("Paper", date(2026, 2, 5)))
    stages.move_stage(db, cid, "negotiating")
    return cid


def titles(rows):
    return [e.title for e in rows]


def test_the_customer_file_gets_the_entries_of_their_stage_products_and_tier(db, book, wei):
    assert titles(fit.entries_for(db, wei)) == ["Price is too high", "How we saved 华通 30%"]
    tiers.set_tier(db, [wei], "A")
    stages.move_stage(db, wei, "first contact")
    assert titles(fit.entries_for(db, wei)) == ["A-tier thank you", "Opening call", "How we saved 华通 30%"]


def test_an_entry_is_filled_with_the_customers_fields_and_the_product_it_is_about(db, book, wei):
    text, fmt = fit.filled(db, book["price"], wei)
    assert (text, fmt) == ("I hear you, 伟. Per page, Toner TN-2420 costs less than the cheap one.", "plain")
    text, _ = fit.filled(db, book["open"], wei)
    assert text == "Hello 伟, this is about your Paper."  # the newest purchase, when the entry names no product
    nobody = contacts.create_contact(db, NewContact(display_name="Ana <b>"))
    assert fit.filled(db, book["vip"], nobody) == ("<p>Dear <b>Ana &lt;b&gt;</b></p>", "html")
    assert fit.filled(db, book["open"], nobody)[0] == "Hello Ana <b>, this is about your {product}."  # a gap shows


def test_inserting_an_entry_makes_a_note_on_the_customer(db, book, wei):
    fit.insert_into_note(db, book["vip"], wei)
    [note] = notes.list_notes(db, wei)
    assert (note.format, note.body) == ("html", "<p>Dear <b>伟</b></p>")


def test_search_finds_words_anywhere_and_chinese_by_pinyin(db, book):
    assert titles(entries.list_entries(db, query="cheap toner")) == ["Price is too high"]
    assert titles(entries.list_entries(db, query="jiage")) == ["How we saved 华通 30%"]
    assert titles(entries.list_entries(db, query="huatong")) == ["How we saved 华通 30%"]
    assert titles(entries.list_entries(db, kind="template")) == ["A-tier thank you"]


def test_rich_text_is_cleaned_as_notes_are(db):
    eid = entries.add_entry(db, EntryData(title="x", kind="case", html=True,
                                          body='<p onclick="steal()">Hi<script>alert(1)</script></p>'))
    assert entries.get_entry(db, eid).body == "<p>Hi</p>"


@pytest.mark.parametrize("data, message", [
    (EntryData(title="", kind="case", body="x"), "needs a title"),
    (EntryData(title="t", kind="poem", body="x"), "'poem' is not a kind of playbook entry"),
    (EntryData(title="t", kind="case", body="  "), "has no text"),
    (EntryData(title="t", kind="case", body="x", stages=["dreaming"]), "'dreaming' is not a sales stage"),
])
def test_bad_entries_are_refused_naming_the_field(db, data, message):
    with pytest.raises(InvalidValue, match=message):
        entries.add_entry(db, data)


def test_a_folder_round_trip_keeps_every_entry_and_a_second_import_updates(db, book, tmp_path):
    written = folder.export_folder(db, tmp_path / "shared")
    assert sorted(p.name for p in written) == ["a-tier-thank-you.md", "how-we-saved-华通-30.md", "opening-call.md",
                                               "price-is-too-high.md"]
    text = (tmp_path / "shared" / "price-is-too-high.md").read_text("utf-8")
    assert text.startswith("---\ntitle: Price is too high\nkind: objection\nstages: [negotiating]\nproducts: [Toner]\n")
    (tmp_path / "shared" / "price-is-too-high.md").write_text(text.replace("cheap one", "bargain one"), "utf-8")
    (tmp_path / "shared" / "new.md").write_text(
        "---\ntitle: Toner, black or colour\nkind: talk track\nproducts: [\"Toner, black\", Paper]\n---\nAsk first.\n",
        "utf-8")
    report = folder.import_folder(db, tmp_path / "shared")
    assert (len(report.added), len(report.updated)) == (1, 4)
    assert "bargain one" in entries.get_entry(db, book["price"]).body
    new = entries.get_entry(db, entries.resolve_entry(db, "new"))
    assert entries.tags(new) == ([], ["Toner, black", "Paper"], [])


def test_a_bad_file_names_itself_and_its_line_and_nothing_is_imported(db, tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Good\nkind: case\n---\nFine.\n", "utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Bad\nkind: case\ncolour: red\n---\nText.\n", "utf-8")
    with pytest.raises(InvalidValue, match=r"b\.md: 'colour' is not one of title, kind"):
        folder.import_folder(db, tmp_path)
    assert entries.list_entries(db) == []
    (tmp_path / "b.md").write_bytes(b"---\ntitle: \xff\xfe\n---\n")
    with pytest.raises(InvalidValue, match=r"b\.md: not UTF-8 text"):
        folder.import_folder(db, tmp_path)
    (tmp_path / "b.md").write_text("---\ntitle: Bad\nkind: [case\n---\nText.\n", "utf-8")
    with pytest.raises(InvalidValue, match=r"b\.md, line 3: "):
        folder.import_folder(db, tmp_path)
    assert entries.list_entries(db) == []


def test_front_matter_lists_as_yaml_writes_them_and_values_stay_text(db, tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: 'Price: too high'\nkind: objection\ntiers:\n  - A\n  - NO\n"
                                   "products: Toner, Paper\n---\nPer page…\n", "utf-8")
    folder.import_folder(db, tmp_path)
    [entry] = entries.list_entries(db)
    assert (entry.title, entries.tags(entry)) == ("Price: too high", ([], ["Toner", "Paper"], ["A", "NO"]))
    assert folder.to_markdown(entry).startswith("---\ntitle: 'Price: too high'\nkind: objection\n")
