"""`rapport edit`: the customer file as YAML in $EDITOR (here a script that rewrites it), saved all or nothing."""
from __future__ import annotations

import json
import sys
import textwrap

import pytest

from app.cli import edit_cmd

EDITOR = textwrap.dedent("""\
    import json, os, sys
    path = sys.argv[1]
    text = open(path, encoding="utf-8").read()
    runs = os.environ["EDIT_RUNS"]
    n = int(open(runs).read()) if os.path.exists(runs) else 0
    open(runs, "w").write(str(n + 1))
    open(os.environ["EDIT_SEEN"], "w", encoding="utf-8").write(text)
    steps = json.loads(os.environ["EDIT_STEPS"])
    for old, new in steps[min(n, len(steps) - 1)]:
        assert old in text, old
        text = text.replace(old, new, 1)
    open(path, "w", encoding="utf-8").write(text)
""")


@pytest.fixture
def editor(tmp_path, monkeypatch):
    """Set $EDITOR to a script that makes the given replacements: one list per opening of the editor."""
    script = tmp_path / "editor.py"
    script.write_text(EDITOR, encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDIT_RUNS", str(tmp_path / "runs"))
    monkeypatch.setenv("EDIT_SEEN", str(tmp_path / "seen.yaml"))

    def steps(*replacements):
        monkeypatch.setenv("EDIT_STEPS", json.dumps(replacements))
    steps.seen = lambda: (tmp_path / "seen.yaml").read_text("utf-8")
    steps.runs = lambda: int((tmp_path / "runs").read_text())
    return steps


def _file(run, ref="1"):
    data = json.loads(run("show", ref, "--json")[1])
    data.pop("updated_at")
    return data


@pytest.fixture
def ana(run):
    run("add", "Ana García", "--phone", "+34 612 345 678", "--email", "ana@acme.es", "--tier", "A", "--group", "VIP")
    run("add", "Bob Smith")
    run("set", "1", "--referred-by", "Bob Smith", "--custom", "Car=Tesla", "--address", "street=Calle Mayor 5",
        "city=Madrid", "postal_code=01234", "--needs", "a dishwasher")
    return 1


def test_edit_saves_what_changed(run, editor, ana):
    editor([
        ["nickname:\n", "nickname: Anita\n"], ["birthday:\n", "birthday: --04-12\n"],
        ["\ntier: A\n", "\ntier: B\n"], ["cadence_days:\n", "cadence_days: 10\n"],
        ["sales_stage:\n", "sales_stage: negotiating\n"], ["referred_by: Bob Smith (2)", "referred_by:"],
        ["groups:\n- VIP", "groups:\n- Golf"],
        ["- number: +34 612 345 678\n  label:", "- number: +34 699 111 222\n  label: work"],
        ["emails:\n", "emails:\n- address: ana@home.es\n  label: home\n"],
        ["postal_code: 01234", "postal_code: 08001"],
        ["websites: []", "websites:\n- https://acme.es"],
        ["needs: a dishwasher", "needs: |\n  a quiet dishwasher\n  before June"],
        ["  Car: Tesla", "  Car: BYD\n  Shoe size: '38'"],
    ])
    code, out, err = run("edit", "Ana García")
    assert code == 0 and out.strip() == "1: saved", err
    assert "display_name: Ana García" in editor.seen() and "postal_code: 01234" in editor.seen()
    d = _file(run)
    assert (d["nickname"], d["birthday"], d["tier"], d["cadence_days"], d["sales_stage"], d["referred_by"]) == \
        ("Anita", "--04-12", "B", 10, "negotiating", None)
    assert d["groups"] == ["Golf"]
    assert [(p["raw"], p["label"]) for p in d["phones"]] == [("+34 699 111 222", "work")]
    assert d["emails"] == [{"address": "ana@acme.es", "label": None}, {"address": "ana@home.es", "label": "home"}]
    assert d["addresses"][0]["postal_code"] == "08001" and d["addresses"][0]["street"] == "Calle Mayor 5"
    assert d["websites"] == [{"url": "https://acme.es", "label": None}]
    assert d["needs"] == "a quiet dishwasher\nbefore June"
    assert sorted((f["name"], f["value"]) for f in d["custom"]) == [("Car", "BYD"), ("Shoe size", "38")]
    editor([])
    assert run("edit", "1")[1].strip() == "1: no change"  # opened again: the text is what was saved
    assert "nickname: Anita" in editor.seen() and "- number: +34 699 111 222\n  label: work" in editor.seen()


def test_edit_without_change_saves_nothing(run, editor, ana):
    editor([])
    before = _file(run)
    code, out, _ = run("edit", "1")
    assert code == 0 and out.strip() == "1: no change"
    assert _file(run) == before


@pytest.mark.parametrize("replacements, message", [
    ([["\ntier: A\n", "\ntier: B\n"], ["- address: ana@acme.es", "- address: ana at acme"]],
     "email: 'ana at acme' is not an email address"),
    ([["\ntier: A\n", "\ntier: Q\n"]], "tier: 'Q' is not a tier"),
    ([["nickname:\n", "nickname: N\n"], ["birthday:\n", "birthday: 1990-02-30\n"]], "birthday"),
    ([["nickname:\n", "nickname: N\n"], ["display_name: Ana García", "display_name:"]], "name cannot be empty"),
    ([["nickname:\n", "nickname: N\n"], ["sales_stage:\n", "sales_stage: dreaming\n"]], "not a sales stage"),
    ([["nickname:\n", "nickname: N\n"], ["cadence_days:\n", "cadence_days: often\n"]],
     "cadence_days: 'often' is not a number of days"),
    ([["nickname:\n", "nickname: N\n"], ["\nstatus: active", "\nstatus: lost"]], "reason: say why the customer was lost"),
    ([["nickname:\n", "nickname: N\n"], ["referred_by: Bob Smith (2)", "referred_by: Ana García (1)"]],
     "cannot refer themselves"),
    ([["nickname:\n", "nickname: N\n"], ["prefix:\n", "prefix:\nshoe: 38\n"]], "shoe: not a field of the customer file"),
    ([["nickname:\n", "nickname: N\n"], ["title:\n", "title: [a\n"]], "line 23"),
    ([["groups:\n- VIP", "groups: VIP"]], "groups: write a list"),
    ([["phones:\n", "phones:\n- number: 138\n  colour: red\n"]], "phones: 'colour' is not part of one"),
])
def test_a_bad_edit_saves_nothing_and_names_the_field(run, editor, ana, replacements, message):
    editor(replacements)
    before = _file(run)
    code, out, err = run("edit", "1")
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1, err
    assert _file(run) == before


def test_at_a_terminal_a_bad_edit_opens_the_editor_again(run, editor, ana, monkeypatch):
    editor([["- address: ana@acme.es", "- address: ana at acme"]],
           [["- address: ana at acme", "- address: ana@acme.cn"]])
    monkeypatch.setattr(edit_cmd, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    code, out, err = run("edit", "1")
    assert code == 0 and "is not an email address" in err and editor.runs() == 2
    assert editor.seen().startswith("# NOT SAVED: email: 'ana at acme' is not an email address")
    assert _file(run)["emails"] == [{"address": "ana@acme.cn", "label": None}]


def test_at_a_terminal_declining_to_edit_again_saves_nothing(run, editor, ana, monkeypatch):
    editor([["- address: ana@acme.es", "- address: ana at acme"]])
    monkeypatch.setattr(edit_cmd, "_interactive", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    before = _file(run)
    assert run("edit", "1")[0] == 1 and editor.runs() == 1
    assert _file(run) == before


def test_an_editor_that_cannot_run_or_fails(run, ana, monkeypatch):
    monkeypatch.setenv("EDITOR", "no-such-editor-here")
    code, _, err = run("edit", "1")
    assert code == 1 and "editor: 'no-such-editor-here' cannot be run" in err
    monkeypatch.setenv("EDITOR", "false")
    code, _, err = run("edit", "1")
    assert code == 1 and "stopped with code 1; nothing saved" in err


def test_edit_marks_lost_and_back(run, editor, ana):
    editor([["\nstatus: active\nlost_reason:", "\nstatus: lost\nlost_reason: price"]])
    assert run("edit", "1")[0] == 0
    d = _file(run)
    assert (d["status"], d["lost_reason"]) == ("lost", "price")
    editor([["\nstatus: lost", "\nstatus: active"]])
    assert run("edit", "1")[0] == 0
    assert _file(run)["status"] == "active"


def test_edit_carries_the_greetings_language_and_the_lunar_birthday(run, editor, ana):
    assert run("set", "1", "--lunar-birthday", "08-15")[0] == 0
    editor([["language: es", "language: zh"], ["lunar_birthday: 08-15", "lunar_birthday: 04-18"],
            ["lunar_leap: no", "lunar_leap: yes"]])
    code, out, err = run("edit", "1")
    assert code == 0 and out.strip() == "1: saved", err
    assert "language: es" in editor.seen() and "lunar_birthday: 08-15" in editor.seen()
    d = _file(run)
    assert (d["language"], d["lunar_birthday"], d["lunar_leap"]) == ("zh", "04-18", True)
    editor([["lunar_leap: yes", "lunar_leap: maybe"]])
    code, out, err = run("edit", "1")
    assert code == 1 and "lunar_leap: 'maybe'" in err, (out, err, editor.seen())
    editor([["language: zh", "language: fr"]])
    code, _, err = run("edit", "1")
    assert code == 1 and "language: 'fr'" in err and _file(run)["language"] == "zh"
