"""rapport move-store and the server backups on the command line: the table of counts and checksums,
progress on stderr, asking before a restore, one-line refusals. On SQLite and on PostgreSQL."""
from __future__ import annotations

import pytest

from app.cli import main
from app.models.db import open_store
from app.services.demo import fill_demo

from .services.moving.full_store import TODAY


@pytest.fixture
def rapport(capsys):
    def _run(store: str, *args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", store, *args])
        except SystemExit as exit_info:
            code = exit_info.code
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def filled(store_at):
    store = store_at("source.db")
    db = open_store(store)
    fill_demo(db, count=20, today=TODAY)
    db.kw["bind"].dispose()
    return store


def test_move_store_prints_every_table_checked(filled, store_at, rapport):
    target = store_at("new.db")
    code, out, err = rapport(filled, "move-store", "--to", target)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["TABLE", "ROWS", "COPIED"]
    contacts = next(line.split() for line in lines if line.startswith("contacts "))
    assert contacts[1] == contacts[2] == "20" and contacts[3] == contacts[4] and contacts[5] == "ok"
    assert "every count and checksum agrees" in lines[-1]
    assert "copied contacts: 20 rows" in err
    code, out, _ = rapport(target, "list")  # the copy opens as a store of its own
    assert code == 0 and len(out.strip().splitlines()) == 21


def test_move_store_into_a_used_store_is_one_line(filled, store_at, rapport):
    other = store_at("other.db")
    rapport(other, "add", "Li Wei", "--phone", "+86 138 1234 5678")
    code, out, err = rapport(filled, "move-store", "--to", other)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"rapport: {other}: not empty (table 'contacts' holds 1 rows); move-store "
                                        "copies only into a new, empty database"]


def test_a_server_store_is_backed_up_listed_and_restored_after_asking(pg_cluster, rapport):
    store = pg_cluster.url(pg_cluster.new_database())
    db = open_store(store)
    fill_demo(db, count=20, today=TODAY)
    db.kw["bind"].dispose()
    code, out, err = rapport(store, "backup")
    assert code == 0, err
    made = out.strip().removeprefix("backed up to ")
    assert made.endswith("-manual.dump")
    code, out, _ = rapport(store, "backups")
    assert code == 0 and made in out and "manual" in out
    empty = pg_cluster.url(pg_cluster.new_database())
    code, out, err = rapport(empty, "restore", made)  # not at a terminal: nothing is restored without --yes
    assert code == 1 and err.strip().splitlines() == [
        f"rapport: Restore {made} into the empty database 127.0.0.1:{pg_cluster.port}/{empty.rsplit('/', 1)[1]}? "
        "Add --yes to restore without asking"]
    code, out, err = rapport(empty, "restore", made, "--yes")
    assert code == 0 and out.strip() == f"restored {made}", err
    code, out, _ = rapport(empty, "list")
    assert len(out.strip().splitlines()) == 21
    code, out, err = rapport(empty, "restore", made, "--yes")  # now it holds customers: refused
    assert code == 1 and "not empty (table" in err and len(err.strip().splitlines()) == 1
