"""Shared fixtures. Qt runs headless here, whoever runs the tests."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.models.db import open_store  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test ever reads or writes the real user's data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("RAPPORT_DB", raising=False)
    # The phone region comes from the locale when the store has none: the same for whoever runs the tests.
    for name in ("LC_ALL", "LC_TELEPHONE", "LC_ADDRESS", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    from app.services.team import identity

    identity.forget_cached()  # who I am is read from this home's config folder, not the last test's
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "rapport.db"


@pytest.fixture
def db(db_path):
    factory = open_store(db_path)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def run(tmp_path, capsys):
    """Run `rapport --db <tmp> ARGS…` in-process; returns (exit code, stdout, stderr)."""
    from app.cli import main

    db = str(tmp_path / "cli.db")

    def _run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db, *args])
        except SystemExit as exit_info:  # argparse: usage errors and --help
            code = exit_info.code
        out, err = capsys.readouterr()
        return code, out, err

    return _run
