"""Migration 0009: a store of 0008 with free-text purchases upgrades to a catalogue, every purchase kept and linked."""
from __future__ import annotations

import sqlite3

from app.models.db import create_store_engine, open_store, upgrade

PURCHASES = (  # (id, contact, product as typed, model, price)
    (1, 1, "Toner", "TN-2420", "80"),
    (2, 1, "toner ", "tn-2420", "82"),
    (3, 2, "ＴＯＮＥＲ", "TN-2420", "80"),     # full-width: the same product
    (4, 2, "Toner", None, "70"),            # no model: another product
    (5, 2, "打印机", "HL-1210", "999"),
    (6, 1, "Toner", "TN-2420", None),
    (7, 1, "Paper  A4", None, "25"),
    (8, 2, "paper a4", "", "25"),            # an empty model is no model
)


def test_free_text_purchases_are_grouped_into_products_without_losing_any(tmp_path):
    path = tmp_path / "v8.db"
    engine = create_store_engine(path)
    upgrade(engine, "0008")
    with engine.begin() as conn:
        for cid in (1, 2):
            conn.exec_driver_sql(
                "INSERT INTO contacts (id, display_name, status, search_text, created_at, updated_at) "
                "VALUES (?, ?, 'active', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00')", (cid, f"C{cid}"))
        for pid, cid, product, model, price in PURCHASES:
            conn.exec_driver_sql(
                "INSERT INTO purchases (id, contact_id, product, model, quantity, unit_price, purchased_on, created_at) "
                "VALUES (?, ?, ?, ?, 1, ?, '2026-01-0' || ?, '2026-01-01 00:00:00')",
                (pid, cid, product, model, price, pid))
    engine.dispose()
    open_store(path).kw["bind"].dispose()  # the app upgrades on start

    with sqlite3.connect(path) as conn:
        kept = conn.execute("SELECT id, contact_id, product, model, unit_price FROM purchases ORDER BY id").fetchall()
        assert [(p, c, n, m) for p, c, n, m, _ in kept] == [(p, c, n, m) for p, c, n, m, _ in PURCHASES]
        linked = dict(conn.execute(
            "SELECT p.id, pr.name || '|' || coalesce(pr.model, '') FROM purchases p JOIN products pr "
            "ON pr.id = p.product_id").fetchall())
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert linked == {1: "Toner|TN-2420", 2: "Toner|TN-2420", 3: "Toner|TN-2420", 4: "Toner|",
                      5: "打印机|HL-1210", 6: "Toner|TN-2420", 7: "Paper  A4|", 8: "Paper  A4|"}
