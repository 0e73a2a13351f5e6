"""Every command of the `rapport` command line, including its error paths."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.services.team.identity import my_name

ROOT = Path(__file__).resolve().parents[1]


def _one_line_error(code: int, err: str) -> str:
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # one line, never a traceback
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.sqlite_only("a new path becomes a new SQLite file")
def test_list_on_a_new_path_creates_an_empty_store(tmp_path, run):
    code, out, _ = run("list")
    assert code == 0 and out.strip() == "no contacts"
    assert (tmp_path / "cli.db").exists()
    code, out, _ = run("list", "--json")
    assert json.loads(out) == []


def test_add_list_search_and_show(run):
    assert run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN", "--org", "华通贸易")[0] == 0
    assert run("add", "Ana García", "--phone", "+34 612 345 678", "--email", "ana@example.es", "--tier", "B")[0] == 0
    code, out, _ = run("list")
    assert "张伟" in out and "Ana García" in out and "+86 138 1234 5678" in out  # abroad: international form
    code, out, _ = run("list", "--search", "138 1234", "--json")
    assert [c["display_name"] for c in json.loads(out)] == ["张伟"]
    code, out, _ = run("list", "--tier", "B", "--json")
    assert [c["display_name"] for c in json.loads(out)] == ["Ana García"]
    code, out, _ = run("show", "张伟")
    assert "华通贸易" in out and "138 1234 5678" in out
    code, out, _ = run("show", "Ana García", "--json")
    assert json.loads(out)["emails"] == [{"address": "ana@example.es", "label": None}]


def test_set_tier_cadence_group_birthday_and_status(run):
    run("add", "Bob Smith")
    code, out, _ = run("set", "Bob Smith", "--tier", "a", "--cadence", "10", "--group", "Golf", "--group", "VIP",
                       "--birthday=--04-12")
    assert code == 0
    data = json.loads(run("show", "1", "--json")[1])
    assert data["tier"] == "A" and data["cadence_days"] == 10 and data["birthday"] == "--04-12"
    assert data["groups"] == ["Golf", "VIP"]
    assert run("list", "--group", "Golf", "--json")[1].count("Bob Smith") == 1
    assert run("set", "1", "--status", "lost", "--reason", "competitor")[0] == 0
    data = json.loads(run("show", "1", "--json")[1])
    assert data["status"] == "lost" and data["lost_reason"] == "competitor"
    assert run("set", "1", "--tier", "none", "--status", "active")[0] == 0
    data = json.loads(run("show", "1", "--json")[1])
    assert data["tier"] is None and data["status"] == "active" and data["lost_reason"] is None


def test_log_moves_last_contact_and_note_is_kept(run):
    run("add", "Chen Jing", "--tier", "C")
    assert run("log", "Chen Jing", "visit", "--date", "2026-10-02T15:30", "--summary", "Showed the new model")[0] == 0
    assert run("note", "Chen Jing", "<b>VIP</b><script>alert(1)</script>", "--html")[0] == 0
    data = json.loads(run("show", "Chen Jing", "--json")[1])
    assert data["last_contact"] == "2026-10-02" and data["next_due"] == "2026-11-01"
    assert data["interactions"][0]["summary"] == "Showed the new model"
    assert data["notes"] == [{"format": "html", "text": "<b>VIP</b>", "pinned": False,
                              "created_at": data["notes"][0]["created_at"], "by": my_name()}]  # who wrote it


def test_export_json_contract(run, tmp_path):
    run("add", "Wang Fang", "--phone", "+86 139 0000 1111", "--phone", "555 12", "--email", "w@example.cn",
        "--group", "Retail", "--birthday", "1988-02-29", "--tier", "A")
    run("log", "Wang Fang", "call", "--date", "2026-11-01")
    run("note", "Wang Fang", "Call Tuesday, not Monday")
    out_file = tmp_path / "out.json"
    code, _, err = run("export", "--format", "json", "-o", str(out_file))
    assert code == 0 and "1 contacts" in err
    contact = json.loads(out_file.read_text("utf-8"))["contacts"][0]
    for key in ("id", "display_name", "given_name", "family_name", "organization", "title", "birthday", "tier",
                "groups", "phones", "emails", "addresses", "notes", "last_contact", "has_photo"):
        assert key in contact
    assert contact["birthday"] == "1988-02-29" and contact["tier"] == "A" and contact["groups"] == ["Retail"]
    assert contact["phones"] == [
        {"number": "+8613900001111", "raw": "+86 139 0000 1111", "label": None, "extension": None},
        {"number": "555 12", "raw": "555 12", "label": None, "extension": None},
    ]
    assert contact["notes"][0]["format"] == "plain" and contact["notes"][0]["text"] == "Call Tuesday, not Monday"
    assert contact["last_contact"] == "2026-11-01" and contact["has_photo"] is False


def test_trash_hides_a_contact_and_restore_brings_it_back(run):
    run("add", "Temp Person")
    assert run("trash", "Temp Person")[0] == 0
    assert run("list")[1].strip() == "no contacts"
    assert "Temp Person" in run("list", "--trash")[1]
    assert json.loads(run("export")[1])["contacts"] == []  # the trash is not exported unless asked
    assert run("restore-contact", "1")[0] == 0
    assert "Temp Person" in run("list")[1]


@pytest.mark.parametrize("args, expected", [
    (("show", "Nobody"), "no contact has that id or name"),
    (("set", "1", "--tier", "Q"), "'Q' is not a tier"),
    (("set", "1", "--birthday", "1999-02-30"), "not a real date"),
    (("set", "1", "--birthday", "next week"), "is not a date"),
    (("set", "1", "--cadence", "often"), "not a number of days"),
    (("set", "1", "--status", "lost"), "needs --reason"),
    (("log", "1", "dance"), "'dance' is not a kind of interaction"),
    (("log", "1", "call", "--date", "yesterday"), "'yesterday' is not a date"),
    (("list", "--group", "Nope"), "group 'Nope': no such group"),
    (("add", "X", "--region", "ZZ"), "not a two-letter country code"),
    (("add", "X", "--email", "not-an-email"), "not an email address"),
    (("note", "1", "   "), "the note is empty"),
])
def test_bad_input_gets_one_line_and_nonzero_exit(run, args, expected):
    run("add", "Someone")
    code, _, err = run(*args)
    assert expected in _one_line_error(code, err)


def test_ambiguous_name_lists_the_matches(run):
    run("add", "Li Na", "--org", "Alpha")
    run("add", "Li Na", "--org", "Beta")
    code, _, err = run("show", "Li Na")
    line = _one_line_error(code, err)
    assert "2 contacts have that name" in line and "1 Li Na (Alpha)" in line and "2 Li Na (Beta)" in line


def test_usage_mistakes_are_one_line_too(run):
    code, _, err = run("set", "1", "--status", "gone")
    assert code == 2 and "invalid choice" in _one_line_error(code, err)
    code, _, err = run("frobnicate")
    assert code == 2 and "invalid choice" in _one_line_error(code, err)


def test_every_command_has_help(capsys):
    from app.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    assert {"list", "show", "set", "log", "note", "export"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exit_info:
            main([name, "--help"])
        assert exit_info.value.code == 0
        assert f"usage: rapport {name}" in capsys.readouterr().out


def test_unreadable_database_path_is_a_message_not_a_traceback(tmp_path, capsys):
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    code = main(["--db", str(folder), "list"])
    assert "is a folder" in _one_line_error(code, capsys.readouterr().err)


def _cli(*args: str, env: dict | None = None, script: str = "main.py") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / script), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120, cwd=ROOT)


def test_main_py_behaves_like_rapport_and_defaults_to_the_data_folder(_isolated_home):
    env = {"HOME": str(_isolated_home), "XDG_DATA_HOME": str(_isolated_home / "data")}
    env.pop("RAPPORT_DB", None)
    assert _cli("add", "Default Folder", env=env).returncode == 0
    listed = _cli("list", env=env)
    assert listed.returncode == 0 and "Default Folder" in listed.stdout
    assert (_isolated_home / "data" / "Rapport" / "rapport.db").exists()
    script = Path(sys.executable).parent / "rapport"  # the console script `pip install -e .` made
    via_script = subprocess.run([str(script), "list"], capture_output=True, text=True,
                                env={**os.environ, **env}, cwd=ROOT, timeout=120)
    assert via_script.stdout == listed.stdout


def test_rapport_db_environment_variable_points_elsewhere(tmp_path):
    target = tmp_path / "elsewhere.db"
    assert _cli("add", "Env Person", env={"RAPPORT_DB": str(target)}).returncode == 0
    assert target.exists()


def test_importing_the_cli_does_not_import_qt():
    code = "import sys, app.cli; print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "False"


def test_show_writes_a_chinese_name_family_first(run):
    run("add", "李娜", "--given", "娜", "--family", "李")
    code, out, _ = run("show", "李娜")
    assert code == 0 and "name:" in out and "李娜" in out.split("name:")[1].splitlines()[0]


def test_a_contact_in_the_trash_is_said_to_be_there(run):
    run("add", "Ana García")
    assert run("trash", "Ana García")[0] == 0
    code, _, err = run("log", "Ana García", "call")
    assert code == 1 and "contact 'Ana García': is in the trash (restore it first: rapport restore-contact 1)" in err
    code, _, err = run("show", "99")
    assert code == 1 and "no contact has that id or name" in err


def test_add_refuses_a_number_without_digits_and_names_the_contact_already_there(run):
    code, _, err = run("add", "Ana García", "--phone", "abc")
    assert _one_line_error(code, err) == "rapport: phone: 'abc' has no digits; type the number as you would dial it"
    assert run("list", "--json")[1].strip() == "[]"
    assert run("add", "Ana García", "--phone", "+34 612 345 678")[0] == 0
    code, _, err = run("add", "ana garcía", "--phone", "612 345 678", "--region", "ES")  # same number, other form
    assert "already in the store with this number: 1 Ana García" in _one_line_error(code, err)
    assert run("add", "Ana García", "--phone", "+34 612 345 679")[0] == 0  # another number: another Ana
    assert run("add", "Bob", "--phone", "+34 612 345 678")[0] == 0  # another name on the number: a switchboard
    code, out, _ = run("add", "Ana García", "--phone", "+34 612 345 678", "--force")
    assert code == 0 and out.startswith("added 4")
    assert len(json.loads(run("list", "--json")[1])) == 4
