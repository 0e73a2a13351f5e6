"""`rapport list` and `rapport show` print the same bytes from the read-only path as through the ORM,
for every option, on the demo store and on a store imported from the corpus; a store the read path
cannot serve (an older schema) is answered the usual way."""
from __future__ import annotations

import shutil

import pytest

from app.cli import main, read_path
from app.models.db import create_store_engine, upgrade
from app.services import clean_close
from app.services.demo import ensure_demo_data
from app.services.reading import open_file_for_reading
from app.services.store import close_store, open_for_use
from app.services.team.identity import my_name
from tests.corpus import CORPUS

pytestmark = pytest.mark.sqlite_only("the read path reads SQLite files")

# Everything `rapport list` takes, alone and together (the sort orders in text and JSON).
LIST_OPTIONS = [
    [], ["--json"], *(["--sort", key] for key in ("name", "organization", "tier", "last_contact", "next_due", "city")),
    *(["--sort", key, "--json"] for key in ("organization", "tier", "last_contact", "next_due", "city")),
    ["--tier", "A"], ["--tier", "b", "--json"], ["--tier", "none"], ["--tier", "Z"], ["--group", "VIP"],
    ["--group", "VIP", "--json"], ["--group", "No such group"], ["--search", "wang"], ["--search", "li", "--json"],
    ["--search", "138 1234"], ["--search", "garcia"], ["--search", "%_\\"], ["--search", "  "], ["--trash"],
    ["--trash", "--json"], ["--mine"], ["--mine", "--json"], ["--owner", "  Ana   Ruiz "], ["--owner", "nobody"],
    ["--tier", "A", "--sort", "city", "--search", "a", "--json"], ["--search", "zzzzzz"], ["--search", "zzzz", "--json"],
]


def _answer(path, args, capsys, *, usual: bool):
    """(exit code, stdout, stderr) of `rapport --db path ARGS`, the usual way or the read path's."""
    real = read_path.answer
    served = []

    def spied(parsed):
        try:
            result = None if usual else real(parsed)
        except Exception:  # the reader's own answer (a wrong tier, no such contact): served, as an error
            served.append(True)
            raise
        served.append(result is not None)
        return result

    read_path.answer = spied
    try:
        code = main(["--db", str(path), *args])
    except SystemExit as exit_info:
        code = exit_info.code
    finally:
        read_path.answer = real
    out, err = capsys.readouterr()
    return code, out, err, served


def _ready(path) -> None:
    """As a user leaves a store: closed cleanly (and checked), so the read path may serve it."""
    clean_close.record_check(path)
    conn = open_file_for_reading(path)
    assert conn is not None
    conn.close()


def _cli(path, *args: str) -> None:
    assert main(["--db", str(path), *args]) == 0, args


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_for_use(path)
    ensure_demo_data(db)
    close_store(db, path)
    me = my_name()
    for args in (["set", "5", "--owner", me], ["set", "6", "--owner", me], ["set", "7", "--owner", "Ana Ruiz"],
                 ["set", "8", "--referred-by", "9"], ["set", "10", "--status", "lost", "--reason", "price"],
                 ["note", "11", "<p>Likes <b>tea</b></p>", "--html", "--pin"], ["note", "11", "second\nline"],
                 ["buy", "12", "Widget", "--price", "12.5", "--currency", "EUR", "--date", "2026-01-05"],
                 ["buy", "12", "Gadget", "--price", "0", "--date", "2026-01-06", "--model", "X1"],
                 ["trash", "13", "14"], ["add", "Zoë Martín", "--phone", "+34 612 34 56 78", "--tier", "A"],
                 ["add", "Twin", "--phone", "555 0100"], ["add", "twin", "--force"],
                 ["set", "15", "--phone", "138 1234 5678", "Mobile", "--phone", "+1 415 555 0100 ext. 12", "--region", "CN"],
                 ["set", "16", "--lunar-birthday", "08-15", "--leap", "--custom", "Size=XL",
                  "--website", "https://example.com", "shop", "--group", "VIP", "--cadence", "9"],
                 ["log", "16", "call", "--date", "2026-02-01T09:30", "--summary", "asked", "--outcome", "yes"]):
        _cli(path, *args)
    _ready(path)
    return path


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    _cli(path, "import", str(CORPUS), "--region", "US")
    _ready(path)
    return path


def _same(path, args, capsys):
    usual = _answer(path, args, capsys, usual=True)
    read = _answer(path, args, capsys, usual=False)
    assert read[3] == [True], "the read path did not serve it"
    assert read[:3] == usual[:3]
    return usual


@pytest.mark.parametrize("args", LIST_OPTIONS, ids=" ".join)
def test_list_prints_the_same_on_the_demo_store(demo_store, args, capsys):
    code, out, err, _ = _same(demo_store, ["list", *args], capsys)
    assert code == (1 if args[:2] in (["--tier", "Z"], ["--group", "No such group"]) else 0)


@pytest.mark.parametrize("args", LIST_OPTIONS[:10] + [["--search", "john"], ["--search", "+1"]], ids=" ".join)
def test_list_prints_the_same_on_the_corpus(corpus_store, args, capsys):
    _same(corpus_store, ["list", *args], capsys)


SHOW_REFS = ["1", "5", "8", "10", "11", "12", "13", "15", "16", "Zoë Martín", "zoë martín", "Twin", "TWIN", "301",
             "999999", "99999999999999999999", "nobody at all", " 16 "]


@pytest.mark.parametrize("ref", SHOW_REFS)
@pytest.mark.parametrize("as_json", [False, True])
def test_show_prints_the_same_on_the_demo_store(demo_store, ref, as_json, capsys):
    _same(demo_store, ["show", ref, *(["--json"] if as_json else [])], capsys)


def test_show_prints_every_corpus_contact_the_same(corpus_store, capsys):
    """Every contact the corpus made, in text and JSON: each command's own code, on one store opened
    each way (opening per command is what the tests above cover)."""
    from types import SimpleNamespace

    from app.cli.contacts_cmd import cmd_show
    from app.cli.contacts_read import read_show

    db = open_for_use(corpus_store)
    conn = open_file_for_reading(corpus_store)
    try:
        ids = [row[0] for row in conn.execute("SELECT id FROM contacts ORDER BY id")]
        assert len(ids) > 100
        for contact_id in ids:
            for as_json in (False, True):
                args = SimpleNamespace(contact=str(contact_id), json=as_json)
                cmd_show(db, args)
                usual = capsys.readouterr()
                read_show(conn, args)
                assert capsys.readouterr() == usual, (contact_id, as_json)
    finally:
        conn.close()
        close_store(db, corpus_store)


def test_a_store_of_an_older_schema_is_answered_the_usual_way_and_migrated(tmp_path, demo_store, capsys):
    path = tmp_path / "old.db"
    engine = create_store_engine(path)
    upgrade(engine, "0020")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO contacts (id, display_name, status, search_text, sort_name, created_at, "
                             "updated_at) VALUES (7, '李娜', 'active', '李娜', 'li na', '2025-01-01 00:00:00', "
                             "'2025-01-01 00:00:00')")
        conn.exec_driver_sql("INSERT INTO phones (contact_id, raw, e164) VALUES (7, '139 0000 1111', '+8613900001111')")
    engine.dispose()
    clean_close.record_check(path)
    assert open_file_for_reading(path) is None
    code, out, err, served = _answer(path, ["show", "7"], capsys, usual=False)
    assert (code, served) == (0, [False])
    assert "phone:          +86 139 0000 1111" in out  # migrated, its number's forms filled in on the way
    _ready(path)  # now current: the read path serves it, with the same answer
    assert _answer(path, ["show", "7"], capsys, usual=False)[:4] == (0, out, err, [True])


def test_a_long_json_list_is_written_while_it_is_read():
    """`list --json` of 100k contacts: the first rows are out before the rest are read, and the
    list is never held whole; the bytes are those of json over the whole list, one item a line."""
    import json

    from app.cli.output import dump_json_items

    read: list[int] = []

    def rows():
        for n in range(5000):
            read.append(n)
            yield {"id": n, "display_name": f"张{n}", "tier": None}

    written: list[tuple[int, str]] = []

    class Terminal:
        def write(self, text: str) -> None:
            written.append((len(read), text))

    dump_json_items(rows(), Terminal())
    assert written[0][0] < 200 and len(written) > 5  # out at once, and a batch at a time
    text = "".join(part for _n, part in written)
    rows_again = [{"id": n, "display_name": f"张{n}", "tier": None} for n in range(5000)]
    assert text == "[\n" + ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows_again) + "\n]\n"
    assert json.loads(text) == rows_again
