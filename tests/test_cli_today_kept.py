"""`rapport today` in a new process answers from the list kept in the store, without loading the ORM,
and prints what the full computation prints; when the kept list is not current it takes the full way."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

SAME_DAY = "2026-11-20"
# The command as a new process, then what it loaded: the ORM, Qt, phonenumbers.
_CHILD = ("import sys\nfrom app.cli import main\ncode = main(sys.argv[1:])\nsys.stdout.flush()\n"
          "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'PySide6', 'phonenumbers'})\n"
          "print('LOADED', ','.join(heavy), file=sys.stderr)\nsys.exit(code)\n")


def _rapport(store: str, *args: str) -> tuple[str, set[str]]:
    done = subprocess.run([sys.executable, "-c", _CHILD, "--db", store, *args], capture_output=True, text=True,
                          env=os.environ | {"PYTHONDONTWRITEBYTECODE": "1"}, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = done.stderr.rsplit("LOADED", 1)[1].strip()
    return done.stdout, set(loaded.split(",")) - {""}


def _setup(run):
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN", "--org", "华通贸易", "--tier", "A")
    run("add", "Ana García", "--phone", "+34 612 345 678", "--tier", "B")
    run("log", "王芳", "call", "--date", "2026-11-10")
    run("add", "Bob Smith", "--birthday", "1980-11-24")
    run("followup", "Ana García", "--on", "2026-11-19", "--summary", "send the quote")
    run("note", "Ana García", "prefers mornings")


@pytest.mark.sqlite_only
def test_a_new_process_prints_the_kept_list_without_the_orm(run):
    _setup(run)
    full_text = run("today", "--date", SAME_DAY)[1]  # computed the full way, and kept
    full_json = run("today", "--date", SAME_DAY, "--json")[1]
    assert "follow up: send the quote" in full_text and "王芳" in full_text

    text, loaded = _rapport(run.store, "today", "--date", SAME_DAY)
    assert (text, loaded) == (full_text, set())
    out, loaded = _rapport(run.store, "today", "--date", SAME_DAY, "--json")
    assert (out, loaded) == (full_json, set())
    assert json.loads(out)[1]["note"] == "prefers mornings"

    # A write through Rapport (another process) keeps the list current: still no ORM, and the new entry.
    run("followup", "Bob Smith", "--on", "2026-11-18", "--summary", "the catalogue")
    text, loaded = _rapport(run.store, "today", "--date", SAME_DAY)
    assert loaded == set() and "follow up: the catalogue" in text
    assert text == run("today", "--date", SAME_DAY)[1]


@pytest.mark.sqlite_only
def test_a_write_behind_rapports_back_is_computed_the_full_way(run):
    _setup(run)
    run("today", "--date", SAME_DAY)
    with sqlite3.connect(run.store) as other:  # another program renames a customer
        other.execute("UPDATE contacts SET display_name = 'Wang Fang' WHERE display_name = '王芳'")
    other.close()
    text, loaded = _rapport(run.store, "today", "--date", SAME_DAY)
    assert "Wang Fang" in text and "王芳" not in text
    assert "sqlalchemy" in loaded  # it computed the list, and kept it again
    again, loaded = _rapport(run.store, "today", "--date", SAME_DAY)
    assert (again, loaded) == (text, set())


def test_today_the_same_from_the_kept_list_and_computed(run):
    """On both databases: the second look prints what the first computed (kept on SQLite, computed
    again on PostgreSQL, where a team writes the store and nothing is kept)."""
    _setup(run)
    first = run("today", "--date", SAME_DAY), run("today", "--date", SAME_DAY, "--json")
    run("log", "Ana García", "call", "--date", SAME_DAY)  # fulfils her follow-up
    after = run("today", "--date", SAME_DAY)
    assert first[0][0] == 0 and "send the quote" in first[0][1] and "send the quote" not in after[1]
    assert run("today", "--date", SAME_DAY) == after


@pytest.mark.sqlite_only
def test_a_store_of_another_schema_is_opened_the_full_way(run):
    _setup(run)
    run("today", "--date", SAME_DAY)
    with sqlite3.connect(run.store) as store:  # as if a newer Rapport had migrated the store since
        store.execute("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    code, out, err = run("today", "--date", SAME_DAY)
    assert (code, out) == (1, "") and "newer version of Rapport" in err  # not the kept list
