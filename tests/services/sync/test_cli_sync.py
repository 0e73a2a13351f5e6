"""`rapport sync add / sync / sync status / sync remove` against a live Radicale."""
from __future__ import annotations

import json

from .conftest import card, person


def test_add_sync_status_and_remove_from_the_command_line(run, radicale, phone):
    radicale.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(3)})
    code, out, err = run("sync", "add", radicale.root, "--username", "user", "--name", "Phone")
    assert code == 0, err
    assert f"linked 'Phone': {radicale.book_url}" in out  # found the book through the principal
    assert "no system keyring here" in out
    code, out, err = run("sync")
    assert (code, out.splitlines()[0]) == (0, "Phone: 3 down, 0 up, 0 deleted here, 0 deleted there, 0 conflicts merged")
    code, out, err = run("add", "Ana", "--phone", "+1 415 2000099")
    code, out, err = run("sync")
    assert out.splitlines()[0] == "Phone: 0 down, 1 up, 0 deleted here, 0 deleted there, 0 conflicts merged"
    assert len(phone.cards()) == 4
    code, out, err = run("sync", "status", "--json")
    books = json.loads(out)["books"]
    assert [(b["label"], b["cards"], b["last_report"]["up"]) for b in books] == [("Phone", 4, 1)]
    assert "secret" not in out
    code, out, err = run("sync", "remove", "Phone")
    assert code == 0 and "no contact and no card was deleted" in out
    code, out, err = run("list", "--json")
    assert len(json.loads(out)) == 4  # unlinking kept every contact
    assert len(phone.cards()) == 4


def test_a_wrong_password_is_one_line_and_exit_1(run, radicale, monkeypatch):
    monkeypatch.setenv("RAPPORT_CARDDAV_PASSWORD", "wrong")
    code, out, err = run("sync", "add", radicale.book_url, "--username", "user")
    assert code == 1 and err.strip() == f"rapport: {radicale.root[7:-1]}: the user name or password was refused"
