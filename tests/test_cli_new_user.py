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
