"""A store on a PostgreSQL server, named by a URL: what a user meets when it works and when it cannot.

The commands themselves run on PostgreSQL throughout the CLI suite (the `run` fixture's
[postgresql] half); these tests are about the URL: where it is read from, and the one-line
messages for a server that cannot be used.
"""
from __future__ import annotations

import json
import socket

import pytest

from app.cli import main
from app.models.backend import ServerStore, location_of
from app.services.store import writer_lock

from .pg_cluster import PASSWORD, PASSWORD_USER


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_rapport_db_names_a_server_for_every_command(pg_cluster, monkeypatch, capsys):
    name = pg_cluster.take()
    try:
        monkeypatch.setenv("RAPPORT_DB", pg_cluster.url(name))
        assert _cli(capsys, "add", "张伟", "--phone", "138 1234 5678", "--region", "CN")[0] == 0
        code, out, _ = _cli(capsys, "list", "--search", "张", "--json")
        assert code == 0
        assert [c["display_name"] for c in json.loads(out)] == ["张伟"]
    finally:
        pg_cluster.give_back(name)


def test_a_server_that_does_not_answer_is_one_line_naming_host_and_database(capsys):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = _cli(capsys, "--db", f"postgresql+psycopg://rapport@127.0.0.1:{port}/team", "list")
    line = _one_line(err)
    assert code == 1
    assert f"127.0.0.1:{port}/team" in line and "cannot use the PostgreSQL server" in line


def test_a_database_that_is_not_there_is_named(pg_cluster, capsys):
    code, _, err = _cli(capsys, "--db", pg_cluster.url("no_such_store"), "today")
    line = _one_line(err)
    assert code == 1
    assert "has no database named no_such_store" in line and "createdb no_such_store" in line


def test_a_wrong_password_is_refused_and_never_shown(pg_cluster, capsys):
    url = f"postgresql+psycopg://{PASSWORD_USER}:not-{PASSWORD}@127.0.0.1:{pg_cluster.port}/postgres"
    code, _, err = _cli(capsys, "--db", url, "list")
    line = _one_line(err)
    assert code == 1
    assert f"refused the log-in of user {PASSWORD_USER}" in line
    assert PASSWORD not in line and "127.0.0.1" in line


def test_a_new_database_of_a_user_with_a_password_is_made_a_store(pg_cluster, capsys):
    """The README's way: the administrator runs `createdb -O anna rapport`; anna's Rapport makes the schema
    (pg_trgm included: a trusted extension, which a database's owner may create)."""
    name = pg_cluster.new_empty_database()
    try:
        pg_cluster.admin(f"ALTER DATABASE {name} OWNER TO {PASSWORD_USER}")
        url = f"postgresql+psycopg://{PASSWORD_USER}:{PASSWORD}@127.0.0.1:{pg_cluster.port}/{name}"
        code, _, err = _cli(capsys, "--db", url, "add", "Ana García", "--phone", "+34 612 345 678")
        assert code == 0, err
        code, out, _ = _cli(capsys, "--db", url, "list", "--search", "gar")
        assert "Ana García" in out
    finally:
        pg_cluster.drop(name)


def test_a_server_store_is_shown_without_its_password_and_has_no_lock_file(tmp_path):
    store = location_of("postgresql+psycopg://anna:hunter2@db.example.com:5433/team")
    assert isinstance(store, ServerStore)
    assert "hunter2" not in str(store) and store.where == "db.example.com:5433/team" and store.name == "team"
    first, second = writer_lock(store), writer_lock(store)  # two Rapports write to one server store
    first.release(), second.release()
    assert location_of(str(tmp_path / "a.db")) == tmp_path / "a.db"  # a path is still a SQLite file


@pytest.mark.parametrize("url", ["postgresql://u@h/db", "postgresql+psycopg://u@h/db"])
def test_both_spellings_of_a_postgresql_url_use_psycopg(url):
    assert location_of(url).url.drivername == "postgresql+psycopg"
