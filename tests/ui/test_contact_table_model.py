"""app/ui/contact_table_model.py: ids only, display rows fetched a page at a time."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert

from app.models import Contact
from app.services import directory
from app.ui import contact_table_model
from app.ui.contact_table_model import PAGE_SIZE, ContactTableModel, ids_from_mime

from .conftest import TODAY, make_contact


def _bulk(db, n: int) -> None:
    with db.begin() as session:
        session.execute(insert(Contact), [
            {"display_name": f"Customer {i:05d}", "search_text": f"customer {i:05d}", "organization": f"Org {i % 97}"}
            for i in range(n)
        ])


def test_the_model_passes_the_model_tester(qtmodeltester, qapp, db):
    make_contact(db, "王伟", organization="华通贸易有限公司", tier="A")
    make_contact(db, "Ana Díaz", tier="C")
    make_contact(db, "Zoe")
    model = ContactTableModel(db, lambda: TODAY)
    model.set_ids(directory.contact_ids(db))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    shown = [model.index(r, 0).data() for r in range(3)]
    assert sorted(shown) == ["Ana Díaz", "Zoe", "王伟"]  # in the store's name order
    wang = shown.index("王伟")
    assert model.index(wang, 1).data() == "华通贸易有限公司"
    assert model.index(wang, 2).data() == "A"
    assert model.index(wang, 2).data(Qt.ItemDataRole.DecorationRole) is not None  # the tier's colour


def test_twenty_thousand_contacts_are_read_a_page_at_a_time(qapp, db, monkeypatch):
    _bulk(db, 20_000)
    asked: list[int] = []
    real_rows = directory.rows

    def counting_rows(db_, ids):
        asked.append(len(ids))
        return real_rows(db_, ids)

    monkeypatch.setattr(directory, "rows", counting_rows)  # the model imports it when it reads
    model = ContactTableModel(db, lambda: TODAY)
    model.set_ids(directory.contact_ids(db))
    assert model.rowCount() == 20_000
    assert asked == []  # nothing read before something is shown

    assert model.index(0, 0).data() == "Customer 00000"
    assert model.index(PAGE_SIZE - 1, 1).data() == f"Org {(PAGE_SIZE - 1) % 97}"
    assert asked == [PAGE_SIZE]  # the first screenful: one page, one query

    assert model.index(15_000, 0).data() == "Customer 15000"
    assert asked == [PAGE_SIZE, PAGE_SIZE]
    assert model.loaded_row_count() == 2 * PAGE_SIZE

    for row in range(0, 20_000, PAGE_SIZE):  # scrolling through everything keeps a bounded cache
        model.index(row, 0).data()
    assert model.loaded_row_count() <= contact_table_model.MAX_PAGES * PAGE_SIZE


def test_sorting_asks_the_store_and_dragging_carries_ids(db, qtbot):
    ids = [make_contact(db, name) for name in ("B", "A", "C")]
    model = ContactTableModel(db, lambda: TODAY)
    model.set_ids(directory.contact_ids(db))
    with qtbot.waitSignal(model.sortRequested) as blocker:
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert blocker.args == ["name", True]
    mime = model.mimeData([model.index(0, 0), model.index(0, 3), model.index(2, 0)])
    assert sorted(ids_from_mime(mime)) == sorted([ids[1], ids[2]])


def test_an_edited_row_is_read_again(qapp, db):
    cid = make_contact(db, "Old name")
    model = ContactTableModel(db, lambda: TODAY)
    model.set_ids([cid])
    assert model.index(0, 0).data() == "Old name"
    from app.services.contacts import update_contact

    update_contact(db, cid, {"display_name": "New name"})
    assert model.index(0, 0).data() == "Old name"  # cached until told
    model.refresh_contacts([cid])
    assert model.index(0, 0).data() == "New name"


def test_a_contact_deleted_since_the_ids_were_read_shows_empty(qapp, db):
    from app.services import lifecycle

    cid = make_contact(db, "Soon gone")
    model = ContactTableModel(db, lambda: TODAY)
    model.set_ids([cid])
    lifecycle.purge(db, [cid])
    assert model.index(0, 0).data() is None
