"""The command line builds the parser of the command it is given, importing that command's module only."""
from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from app.cli import build_parser, commands


def _registered(module: str) -> tuple[str, ...]:
    sub = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(f"app.cli.{module}").register(sub)
    return tuple(sub.choices)


@pytest.mark.parametrize("module", sorted(commands.MODULES))
def test_the_table_names_what_each_module_registers(module):
    assert commands.MODULES[module] == _registered(module)


def test_help_lists_every_command_in_order():
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert tuple(sub.choices) == tuple(c for names in commands.MODULES.values() for c in names)


@pytest.mark.parametrize("argv, word", [
    (["today"], "today"), (["--db", "today", "show", "1"], "show"), (["--db=x.db", "list", "--json"], "list"),
    (["--demo", "--", "today"], None), (["--version"], None), ([], None),
])
def test_the_command_word_skips_options_and_their_values(argv, word):
    assert commands.command_word(argv) == word


@pytest.mark.parametrize("argv", [["completion", "bash"], ["--version"]])
def test_a_command_that_needs_no_store_imports_neither_the_orm_nor_qt_nor_the_other_commands(argv):
    # Who is writing lives in app/authorship.py, so app.services' import brings no ORM with it.
    script = (f"import sys\nfrom app.cli import main\ntry:\n    code = main({argv!r})\n"
              "except SystemExit as done:  # argparse's --version\n    code = done.code\n"
              "heavy = [m for m in ('sqlalchemy', 'app.models', 'app.cli.contacts_cmd', 'app.services.calllist', "
              "'PySide6') if m in sys.modules]; print(heavy, file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip()  # the completion script, the version
    assert done.stderr.strip() == "[]"


def test_a_mistyped_command_still_lists_every_command(capsys):
    from app.cli import main

    with pytest.raises(SystemExit):
        main(["--db", "x.db", "todya"])
    err = capsys.readouterr().err
    assert "invalid choice: 'todya'" in err and "'greet'" in err and "'add'" in err


@pytest.mark.parametrize("command", [["show", "1"], ["show", "Ana", "--json"], ["list"], ["list", "--json", "--search", "an", "--sort", "city"]])
def test_a_command_that_only_reads_loads_no_orm_qt_or_phone_library(tmp_path, command):
    from app.services import clean_close, contacts
    from app.services.store import close_store, open_for_use

    path = tmp_path / "rapport.db"
    db = open_for_use(path)
    contacts.create_contact(db, contacts.NewContact(display_name="Ana", phones=[("+34 612 34 56 78", None)]))
    close_store(db, path)
    clean_close.record_check(path)  # closed cleanly: nothing to check, migrate or recompute on the way
    script = ("import sys; from app.cli import main; code = main(sys.argv[1:]); "
              "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6', "
              "'phonenumbers', 'pypinyin'}); print(heavy, file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, "--db", str(path), *command], capture_output=True, text=True)
    assert done.returncode == 0 and "Ana" in done.stdout
    assert done.stderr.strip() == "[]"
