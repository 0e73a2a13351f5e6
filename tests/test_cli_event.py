"""`rapport event …`: add, list, invite (by name and by the desk's filters), status, attend, report."""
from __future__ import annotations

import json
from datetime import date, timedelta


def test_an_event_from_adding_it_to_its_report(run):
    run("add", "张伟", "--phone", "138 1234 5678", "--tier", "A")
    run("add", "John Smith", "--phone", "+1 415 555 0101")
    past = (date.today() - timedelta(days=3)).isoformat()
    assert run("event", "add", "Member day", "--date", f"{past}T14:00", "--kind", "member_day", "--place", "Shop",
               "--capacity", "1")[0] == 0
    code, out, err = run("event", "invite", "member day", "--tier", "A", "--json")
    assert code == 0 and json.loads(out)[0]["language"] == "zh" and "Member day" in json.loads(out)[0]["text"]
    code, out, err = run("event", "invite", "1", "John Smith")
    assert code == 0 and "2 guests for 1 places" in err  # a warning, the invitation is made
    assert run("event", "status", "1", "张伟", "--to", "accepted")[0] == 0
    code, _, err = run("event", "status", "1", "John Smith", "--to", "accepted")
    assert code == 1 and err.strip() == "rapport: event 'Member day': 1 of 1 places are taken; 1 more cannot accept"
    assert run("event", "attend", "1", "张伟")[0] == 0
    code, out, _ = run("event", "status", "1", "--json")
    assert {g["display_name"]: g["status"] for g in json.loads(out)} == {"张伟": "attended", "John Smith": "invited"}
    code, out, _ = run("show", "张伟", "--json")
    assert json.loads(out)["last_contact"].startswith(past)
    code, out, _ = run("event", "list", "--json")
    assert json.loads(out)[0]["statuses"] == {"attended": 1, "invited": 1}
    code, out, _ = run("event", "report", "1")
    assert "Attendees: 1 guests, 0 bought" in out and "A     0        0         0         1" in out
    code, out, _ = run("event", "report", "Member day", "--json")
    assert json.loads(out)["totals"]["attended"] == 1


def test_an_unknown_event_or_kind_is_one_line(run):
    code, _, err = run("event", "report", "Nothing")
    assert code == 1 and err.count("\n") == 1 and "Nothing" in err
    code, _, err = run("event", "add", "X", "--date", "tomorrow")
    assert code == 1 and "is not a date" in err
