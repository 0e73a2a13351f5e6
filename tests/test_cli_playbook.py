"""`rapport playbook add|list|show|search|import|export`."""
from __future__ import annotations

import json


def test_playbook_from_the_command_line(run, tmp_path):
    run("add", "Ana García", "--tier", "A")
    code, out, err = run("playbook", "add", "Thank you", "--kind", "template", "--tier", "A",
                         "--text", "Gracias, {given_name}, for choosing {product}!")
    assert (code, out.strip()) == (0, "added playbook entry 1: thank-you"), err
    code, _, err = run("playbook", "add", "Price", "--kind", "objection", "--stage", "negotiating", "--text", "Per page…")
    assert code == 0, err
    code, out, _ = run("playbook", "list", "--for", "Ana García", "--json")
    assert [e["title"] for e in json.loads(out)] == ["Thank you"]  # Ana is not negotiating
    code, out, _ = run("playbook", "show", "thank-you", "--for", "Ana García")
    assert out.strip() == "Gracias, Ana García, for choosing {product}!"
    code, out, _ = run("playbook", "search", "page")
    assert "Price" in out and "Thank you" not in out
    code, out, _ = run("playbook", "export", str(tmp_path / "team"))
    assert out.strip() == f"{tmp_path / 'team'}: 2 entries written"
    code, out, _ = run("playbook", "import", str(tmp_path / "team"))
    assert out.strip() == f"{tmp_path / 'team'}: 0 added, 2 updated"


def test_playbook_mistakes_are_one_line(run, tmp_path):
    code, _, err = run("playbook", "add", "X", "--kind", "poem", "--text", "y")
    assert code == 1 and "'poem' is not a kind of playbook entry" in err and len(err.strip().splitlines()) == 1
    code, _, err = run("playbook", "import", str(tmp_path / "nowhere"))
    assert code == 1 and "no such folder" in err
    code, _, err = run("playbook", "add", "X", "--kind", "case", "--file", str(tmp_path / "missing.txt"))
    assert code == 1 and "missing.txt: cannot read it" in err and "Traceback" not in err
