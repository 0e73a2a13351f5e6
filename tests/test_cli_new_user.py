"""One-line messages a new user reads at the command line: a wrong option points at the help of the
command it was given to, counts read as numbers do ("1 pair"), and a command that finds nothing
says so instead of printing nothing."""
from __future__ import annotations

import re


def test_an_option_the_command_does_not_have_points_at_that_commands_help(run):
    code, _out, err = run("log", "Ana", "--kind", "call")
    assert code == 2
    assert err.strip() == "rapport: unrecognized arguments: --kind (see 'rapport log --help')"


def test_one_pair_of_duplicates_is_one_pair(run):
    run("add", "王芳", "--phone", "+86 138 1234 5678")
    run("add", "张伟", "--phone", "+86 138 1234 5678")
    code, out, _err = run("duplicates")
    assert code == 0 and re.search(r"^1 pair\. Merge one", out, re.M), out


def test_birthday_greetings_with_no_birthday_in_the_week_say_so(run):
    assert run("add", "Ana García", "--birthday", "1980-03-01")[0] == 0
    code, out, err = run("greet", "birthday", "--date", "2026-12-05")
    assert code == 0 and out == ""
    assert err.strip() == "nobody has a birthday in the 7 days from 2026-12-05"
    code, out, err = run("greet", "birthday", "--date", "2026-02-27", "--log")
    assert "Ana García" in out and "logged 1 greeting as a message" in out


def test_greetings_to_nobody_say_why(run):
    run("add", "Ana García")
    code, out, err = run("greet", "christmas", "--tier", "A")
    assert (code, out, err.strip()) == (0, "", "nobody to greet: no customer matches")


def test_a_snooze_to_a_day_that_has_passed_says_it_snoozes_nothing(run):
    run("add", "Ana García")
    code, out, _err = run("snooze", "Ana García", "--until", "2020-01-01")  # 2020 for 2027, say
    assert (code, out.strip()) == (0, "1: 2020-01-01 has passed, so not snoozed: listed when due, as before")
    code, out, _err = run("snooze", "Ana García", "--until", "2999-01-01")
    assert out.strip() == "1: snoozed until 2999-01-01"


def test_emptying_an_empty_trash_says_so_and_one_contact_is_one(run):
    assert run("empty-trash")[1].strip() == "the trash is empty: nothing deleted"
    run("add", "Ana García")
    run("trash", "Ana García")
    assert run("empty-trash")[1].startswith("deleted 1 contact for good. ")
