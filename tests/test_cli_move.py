"""rapport move-store: the table of counts and checksums, progress on stderr, one-line refusals."""
from __future__ import annotations

from app.models.db import open_store
from app.services.demo import fill_demo

from .services.moving.full_store import TODAY


def test_move_store_prints_every_table_checked(tmp_path, run):
    run("list")  # makes the store
    db = open_store(tmp_path / "cli.db")
    fill_demo(db, count=20, today=TODAY)
    db.kw["bind"].dispose()
    code, out, err = run("move-store", "--to", str(tmp_path / "new.db"))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["TABLE", "ROWS", "COPIED"]
    contacts = next(line.split() for line in lines if line.startswith("contacts "))
    assert contacts[1] == contacts[2] == "20" and contacts[3] == contacts[4] and contacts[5] == "ok"
    assert "every count and checksum agrees" in lines[-1]
    assert "copied contacts: 20 rows" in err
    code, out, _ = run("--db", str(tmp_path / "new.db"), "list")  # the copy opens as a store of its own
    assert code == 0 and len(out.strip().splitlines()) == 21


def test_move_store_into_a_used_store_is_one_line(tmp_path, run):
    run("add", "Ana García", "--phone", "+34 612 345 678")
    other = tmp_path / "other.db"
    code, _, _ = run("--db", str(other), "add", "Li Wei", "--phone", "+86 138 1234 5678")
    code, out, err = run("move-store", "--to", str(other))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"rapport: {other}: not empty (table 'contacts' holds 1 rows); move-store "
                                        "copies only into a new, empty database"]
