"""`rapport set`: every field of the customer file, for one contact or several, all or nothing."""
from __future__ import annotations

import json

import pytest


def _file(run, ref="1"):
    code, out, err = run("show", ref, "--json")
    assert code == 0, err
    return json.loads(out)


def test_set_changes_every_field_of_the_customer_file(run):
    run("add", "Ana García", "--phone", "+34 612 345 678")
    run("add", "Bob Smith")
    code, out, err = run(
        "set", "Ana García", "--display-name", "Ana García López", "--given", "Ana", "--family", "García",
        "--middle", "María", "--prefix", "Dra.", "--suffix", "PhD", "--nickname", "Anita",
        "--phonetic-given", "AH-nah", "--phonetic-family", "gar-SEE-ah", "--org", "ACME", "--department", "Sales",
        "--title", "Buyer", "--gender", "female", "--birthday=--04-12", "--anniversary", "2010-06-01",
        "--source", "trade fair", "--referred-by", "Bob Smith", "--stage", "needs identified",
        "--needs", "a quiet dishwasher", "--pain-points", "noise", "--family-details", "two children",
        "--hobbies", "golf", "--personality", "calm", "--preferences", "mornings, WeChat",
        "--tier", "b", "--cadence", "10", "--group", "VIP",
        "--phone", "+34 699 111 222", "work", "--email", "ana@acme.es", "work", "--website", "https://acme.es",
        "--address", "street=Calle Mayor 5", "city=Madrid", "postal_code=28013", "country=Spain", "label=work",
        "--custom", "Car=Tesla")
    assert code == 0, err
    d = _file(run)
    expected = {
        "display_name": "Ana García López", "given_name": "Ana", "family_name": "García", "middle_name": "María",
        "prefix": "Dra.", "suffix": "PhD", "nickname": "Anita", "phonetic_given_name": "AH-nah",
        "phonetic_family_name": "gar-SEE-ah", "organization": "ACME", "department": "Sales", "title": "Buyer",
        "gender": "female", "birthday": "--04-12", "anniversary": "2010-06-01", "source_channel": "trade fair",
        "referred_by": 2, "sales_stage": "needs identified", "needs": "a quiet dishwasher", "pain_points": "noise",
        "family": "two children", "hobbies": "golf", "personality": "calm", "preferences": "mornings, WeChat",
        "tier": "B", "cadence_days": 10, "groups": ["VIP"],
    }
    assert {k: d[k] for k in expected} == expected
    assert [(p["raw"], p["label"]) for p in d["phones"]] == [("+34 612 345 678", None), ("+34 699 111 222", "work")]
    assert d["emails"] == [{"address": "ana@acme.es", "label": "work"}]
    assert d["websites"] == [{"url": "https://acme.es", "label": None}]
    assert d["addresses"] == [{"label": "work", "street": "Calle Mayor 5", "city": "Madrid", "region": None,
                               "postal_code": "28013", "country": "Spain"}]
    assert [(f["name"], f["value"]) for f in d["custom"]] == [("Car", "Tesla")]
    assert "referred by:    Bob Smith (2)" in run("show", "1")[1]
    # the stage move is dated, as the window's is
    assert "needs identified" in run("value", "stages", "1")[1]

    code, out, err = run(
        "set", "1", "--nickname", "", "--birthday", "none", "--referred-by", "none", "--cadence", "none",
        "--remove-group", "VIP", "--remove-phone", "+34612345678", "--remove-email", "ANA@acme.es",
        "--remove-website", "https://acme.es", "--remove-address", "Calle Mayor 5, Madrid, 28013, Spain",
        "--custom", "Car=")
    assert code == 0, err
    d = _file(run)
    assert (d["nickname"], d["birthday"], d["referred_by"], d["cadence_days"], d["groups"]) == (None, None, None,
                                                                                               None, [])
    assert [p["raw"] for p in d["phones"]] == ["+34 699 111 222"]
    assert d["emails"] == d["websites"] == d["addresses"] == d["custom"] == []


def test_set_several_contacts_at_once_and_by_search(run):
    for name in ("Ana García", "Bob Smith", "Chen Jing", "Ana Ruiz"):
        run("add", name)
    code, out, _ = run("set", "Ana García", "2", "Chen Jing", "--tier", "A", "--group", "Golf")
    assert code == 0 and out.startswith("3 contacts (1, 2, 3): tier A, group Golf")
    assert [c["display_name"] for c in json.loads(run("list", "--tier", "A", "--json")[1])] == \
        ["Ana García", "Bob Smith", "Chen Jing"]
    code, out, _ = run("set", "--search", "Ana", "--source", "fair", "--status", "lost", "--reason", "price")
    assert code == 0 and out.startswith("2 contacts (1, 4)")
    assert [(_file(run, i)["source_channel"], _file(run, i)["status"]) for i in "1234"] == \
        [("fair", "lost"), (None, "active"), (None, "active"), ("fair", "lost")]
    code, _, err = run("set", "--search", "nobody at all", "--tier", "B")
    assert code == 1 and "no contact matches" in err
    code, _, err = run("set", "1", "2", "--given", "Ana")
    assert code == 1 and "give one contact" in err


def test_a_refused_value_changes_nothing_on_any_contact(run):
    run("add", "Ana García", "--phone", "+34 612 345 678")
    run("add", "Bob Smith")
    before = [_file(run, i) for i in "12"]
    for args, message in [
        (("1", "2", "--tier", "A", "--group", "VIP", "--email", "not an email"), "is not an email address"),
        (("1", "2", "--tier", "A", "--stage", "dreaming"), "'dreaming' is not a sales stage"),
        (("1", "--nickname", "N", "--remove-phone", "999"), "'999' is not one of Ana García's"),
        (("1", "--nickname", "N", "--phone", "+34 612 345 678"), "already one of Ana García's numbers"),
        (("1", "--nickname", "N", "--referred-by", "1"), "cannot refer themselves"),
        (("1", "--nickname", "N", "--anniversary", "2010-02-30"), "not a real date"),
        (("1", "--nickname", "N", "--address", "city="), "fill in at least one of"),
        (("1", "--nickname", "N", "--address", "town=Madrid"), "should be KEY=VALUE"),
        (("1", "--nickname", "N", "--custom", "Car"), "should be NAME=VALUE"),
        (("1", "--nickname", "N", "--website", "http://a b"), "has a space"),
        (("1", "--nickname", "N", "--remove-group", "Nope"), "group 'Nope': no such group"),
        (("1", "--display-name", ""), "name cannot be empty"),
    ]:
        code, out, err = run("set", *args)
        assert code == 1 and message in err and len(err.strip().splitlines()) == 1, (args, err)
    after = [_file(run, i) for i in "12"]
    for b, a in zip(before, after):
        b.pop("updated_at"), a.pop("updated_at")
        assert a == b


@pytest.mark.parametrize("args", [("--phone", "138", "1234", "5678"), ()])
def test_set_usage_mistakes(run, args):
    run("add", "Ana García")
    code, out, err = run("set", "1", *args)
    if args:
        assert code == 1 and "quote a value with spaces" in err
    else:
        assert code == 0 and "nothing to change" in out
