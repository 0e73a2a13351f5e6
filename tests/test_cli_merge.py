"""`rapport duplicates` and `rapport merge`."""
from __future__ import annotations

import pytest

import json

from app.services.store import writer_lock


def _store(run) -> None:
    for args in (("Ana García", "--phone", "+34 612 345 678", "--org", "Acme", "--tier", "B"),
                 ("Ana Garcia", "--phone", "612345678", "--email", "ana@x.es", "--tier", "A"),
                 ("Pedro Ruiz", "--phone", "+34 699 111 222"),
                 ("Lucía Ruiz", "--phone", "+34 699 111 222"),
                 ("王芳",), ("Wang Fang",)):
        assert run("add", *args, "--region", "ES")[0] == 0


def test_duplicates_lists_pairs_with_ids_and_reasons_strongest_first(run):
    _store(run)
    code, out, _ = run("duplicates")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["ID", "NAME", "ORGANISATION", "ID", "NAME", "ORGANISATION", "WHY"]
    assert lines[1].split() == ["1", "Ana", "García", "Acme", "2", "Ana", "Garcia", "same", "phone",
                                "+34", "612", "34", "56", "78;", "same", "name"]
    assert "Pedro Ruiz" in lines[2] and lines[2].endswith("same phone +34 699 11 12 22; names differ")
    assert "王芳" in lines[3] and lines[3].endswith("same name")
    assert "3 pairs" in out and "rapport merge KEEP OTHER" in out
    code, out, _ = run("duplicates", "--json", "--limit", "1")
    [pair] = json.loads(out)
    assert (pair["a"]["id"], pair["b"]["id"], pair["names_agree"]) == (1, 2, True)
    assert pair["reasons"] == ["same phone +34 612 34 56 78", "same name"] and pair["b"]["emails"] == ["ana@x.es"]


def test_dismiss_hides_a_pair_by_id_or_name(run):
    _store(run)
    code, out, _ = run("duplicates", "--dismiss", "Pedro Ruiz", "4")
    assert code == 0 and out.strip() == "3 and 4: not the same person; no longer listed as duplicates"
    code, out, _ = run("duplicates", "--json")
    assert [(p["a"]["id"], p["b"]["id"]) for p in json.loads(out)] == [(1, 2), (5, 6)]
    code, _, err = run("duplicates", "--dismiss", "3", "3")
    assert code == 1 and err.strip() == "rapport: not the same person: 3 and 3 are one contact; give two different ids"


@pytest.mark.sqlite_only("the one-writer lock is SQLite's")
def test_listing_reads_only_and_dismissing_writes(run, tmp_path):
    _store(run)
    lock = writer_lock(tmp_path / "cli.db")
    try:
        assert run("duplicates")[0] == 0  # another Rapport may be open
        code, _, err = run("duplicates", "--dismiss", "3", "4")
        assert code == 1 and "another Rapport is using this store" in err
    finally:
        lock.release()


def test_merge_moves_everything_and_says_what(run, tmp_path, db_backend):
    _store(run)
    assert run("note", "2", "likes tea")[0] == 0
    assert run("log", "2", "call", "--date", "2026-01-05")[0] == 0
    code, out, _ = run("merge", "Ana García", "2", "--dry-run")
    assert code == 0 and out.splitlines()[:3] == ["would merge 2 Ana Garcia into 1 Ana García",
                                                  "  + emails: ana@x.es", "  + 1 note, 1 interaction"]
    code, out, _ = run("merge", "1", "Ana Garcia")
    assert code == 0 and out.startswith("merged 2 Ana Garcia into 1 Ana García\n")
    assert "  tier: A\n" in out
    assert ("the store as it was is saved in" in out) == (db_backend == "sqlite")  # a server's backups are pg_dump's
    code, out, _ = run("show", "1", "--json")
    ana = json.loads(out)
    assert ana["tier"] == "A" and [e["address"] for e in ana["emails"]] == ["ana@x.es"]
    assert ana["last_contact"] == "2026-01-05" and [n["text"] for n in ana["notes"]] == ["likes tea"]
    code, _, err = run("show", "2")
    assert code == 1 and "no contact has that id or name" in err
    code, out, _ = run("duplicates", "--json")
    assert [(p["a"]["id"], p["b"]["id"]) for p in json.loads(out)] == [(3, 4), (5, 6)]


def test_merge_errors_are_one_line_naming_the_ids(run):
    _store(run)
    code, _, err = run("merge", "1", "1")
    assert code == 1 and err == "rapport: merge: 1 and 1 are the same contact; choose two different contacts\n"
    code, _, err = run("merge", "1", "99")
    assert code == 1 and err == "rapport: contact '99': no contact has that id or name\n"
    code, _, err = run("merge", "1")
    assert code == 2 and "the following arguments are required: other" in err


def test_merge_carries_the_lunar_birthday_and_keeps_the_kept_ones_language(run):
    _store(run)
    assert run("set", "2", "--lunar-birthday", "04-18", "--leap", "--language", "en")[0] == 0
    code, out, _ = run("merge", "1", "2")
    assert code == 0 and "lunar birthday" in out
    ana = json.loads(run("show", "1", "--json")[1])
    assert (ana["lunar_birthday"], ana["lunar_leap"], ana["language"]) == ("04-18", True, "es")
