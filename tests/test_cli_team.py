"""Several people on one store from the command line: owners, `--mine`, who logged what, and a save
refused because another process saved the contact first."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.models.db import open_store
from app.services import contacts
from app.services.team import identity
from app.services.team.versions import ContactConflict


@pytest.fixture
def me():
    identity.set_my_name("Zhang Wei")
    yield "Zhang Wei"
    identity.forget_cached()


def test_owner_set_listed_mine_and_cleared(run, me):
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN")
    run("add", "Ana García")
    assert run("set", "王芳", "--owner", "Zhang Wei")[0] == 0
    assert run("set", "Ana García", "--owner", "  Li   Na ")[0] == 0
    code, out, _ = run("list", "--mine", "--json")
    assert code == 0 and [r["display_name"] for r in json.loads(out)] == ["王芳"]
    code, out, _ = run("list", "--owner", "Li Na", "--json")
    assert [r["display_name"] for r in json.loads(out)] == ["Ana García"]
    _code, out, _ = run("show", "Ana García")
    assert "owner:" in out and "Li Na" in out
    assert run("set", "Ana García", "--owner", "none")[0] == 0
    assert json.loads(run("list", "--owner", "Li Na", "--json")[1]) == []
    assert json.loads(run("show", "Ana García", "--json")[1])["owner"] is None


def test_show_says_who_logged_each_call_note_and_purchase(run, me):
    run("add", "Chen")
    run("log", "Chen", "call", "--date", "2026-03-02T10:00", "--summary", "price list")
    run("note", "Chen", "likes green tea")
    run("buy", "Chen", "Kettle", "--price", "30", "--date", "2026-03-02")
    identity.set_my_name("Li Na")
    run("log", "Chen", "visit", "--date", "2026-03-03T10:00")
    code, out, _ = run("show", "Chen")
    assert code == 0
    assert "price list (by Zhang Wei)" in out
    assert "visit" in out and "(by Li Na)" in out
    assert "(by Zhang Wei):" in out  # the note
    assert "Kettle" in out and out.count("(by Zhang Wei)") == 3
    data = json.loads(run("show", "Chen", "--json")[1])
    assert [i["by"] for i in data["interactions"]] == ["Zhang Wei", "Li Na"]
    assert data["notes"][0]["by"] == "Zhang Wei" and data["purchases"][0]["by"] == "Zhang Wei"


def test_the_name_defaults_to_the_system_user(run):
    identity.forget_cached()
    run("add", "Dora")
    run("note", "Dora", "hello")
    data = json.loads(run("show", "Dora", "--json")[1])
    assert data["notes"][0]["by"] == identity.system_user() != ""


def test_a_save_after_another_process_saved_is_refused_with_both_values(tmp_path, me, store_at):
    """The window's path, with the other person a real second process running `rapport set`."""
    store = store_at("team.db")
    db = open_store(store)
    cid = contacts.create_contact(db, contacts.NewContact(display_name="Ming", fields={"title": "Buyer"}))
    loaded = contacts.get_contact(db, cid)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "other-person")}
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(store), "set", str(cid),
                           "--title", "Head of purchasing"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    with pytest.raises(ContactConflict) as refused:
        contacts.update_contact(db, cid, {"title": "Owner"}, version=loaded.version_id, was={"title": "Buyer"})
    assert [(c.mine, c.theirs) for c in refused.value.conflicts] == [("Owner", "Head of purchasing")]
    assert refused.value.changed_by not in (None, "Zhang Wei")  # the other process's user
    assert contacts.get_contact(db, cid).title == "Head of purchasing"
    db.kw["bind"].dispose()


def test_rapport_edit_refuses_a_field_changed_meanwhile_and_keeps_the_others_change(run, tmp_path, me, monkeypatch):
    run("add", "Olga")
    db = open_store(run.store)
    cid = contacts.resolve(db, "Olga")
    import app.cli.edit_cmd as edit_cmd

    def editor_while_someone_saves(text: str) -> str:
        contacts.update_contact(db, cid, {"title": "CFO", "hobbies": "sailing"})  # someone else, meanwhile
        return text.replace("title: ''", "title: CEO").replace("title:\n", "title: CEO\n")

    monkeypatch.setattr(edit_cmd, "run_editor", editor_while_someone_saves)
    code, _out, err = run("edit", "Olga")
    assert code != 0 and "CEO" in err and "CFO" in err
    stored = contacts.get_contact(db, cid)
    assert (stored.title, stored.hobbies) == ("CFO", "sailing")  # nothing of theirs reverted
    db.kw["bind"].dispose()


def test_rapport_edit_refuses_a_phone_changed_meanwhile_and_keeps_the_others_number(run, me, monkeypatch):
    run("add", "Pavel", "--phone", "+7 912 345 6789")
    db = open_store(run.store)
    cid = contacts.resolve(db, "Pavel")
    import app.cli.edit_cmd as edit_cmd
    from app.services import reach

    def editor_while_someone_saves(text: str) -> str:
        phone = contacts.get_contact(db, cid).phones[0].id
        identity.set_my_name("Li Na")
        reach.update_phone(db, phone, "+7 912 000 0000")  # someone else, meanwhile
        identity.set_my_name("Zhang Wei")
        assert "+7 912 345 6789" in text
        return text.replace("+7 912 345 6789", "+7 999 111 2233")

    monkeypatch.setattr(edit_cmd, "run_editor", editor_while_someone_saves)
    code, _out, err = run("edit", "Pavel")
    assert code != 0 and "+7 999 111 2233" in err and "+7 912 000 0000" in err and "Li Na" in err
    assert [p.raw for p in contacts.get_contact(db, cid).phones] == ["+7 912 000 0000"]  # theirs stays
    db.kw["bind"].dispose()
