"""Shared fixtures. Qt runs headless here, whoever runs the tests.

Two databases: the service, model and command-line suites (tests/services, tests/models,
tests/test_cli*.py) run every test that uses the `db` or `run` fixture once on SQLite and once on
PostgreSQL (ids `[sqlite]`, `[postgresql]`), in one run. Choose with

    pytest --db-backend=sqlite|postgresql|both

The default is `both` when PostgreSQL's binaries are found (on PATH or /usr/lib/postgresql/N/bin),
else `sqlite`; with RAPPORT_TEST_POSTGRES=required (.ci/run) a missing PostgreSQL is an error, never
a skip. The cluster is started once per session (tests/pg_cluster.py) and each test gets a database
of its own holding a fresh store (copied from a migrated template, emptied and reused); on SQLite
each test's store is a copy of a file migrated once per session (sqlite_template). A test about the SQLite file itself (the lock file,
quick_check, file backups, clean close) says so with `@pytest.mark.sqlite_only("why")`; a test that
asks for `db_path` (the store's file) is SQLite-only by nature. The window's tests (tests/ui) run on SQLite.
For a store of the same backend inside a test, use `store_at` (a fresh store each call).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fix_qt_system_locale() -> None:
    """Qt reads the system's locale from the environment once per process, the first time it is asked,
    and keeps it. Asked first by a test's command (a PDF's QGuiApplication, under the en_US that
    _isolated_home sets) it was en_US and the printed plan's dates "November 23-29, 2026"; asked first
    at collection (tests/ui/conftest.py's QApplication, under the shell's LANG) it was whatever the
    shell had. Fixed here to C, before any test, whoever runs which tests in which order."""
    from PySide6.QtCore import QLocale

    saved = {name: os.environ.pop(name) for name in QT_LOCALE_VARIABLES if name in os.environ}
    os.environ["LANG"] = "C.UTF-8"
    try:
        QLocale.system()
    finally:
        os.environ.pop("LANG")
        os.environ.update(saved)


QT_LOCALE_VARIABLES = ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LC_MONETARY", "LC_MESSAGES", "LANGUAGE", "LANG")
_fix_qt_system_locale()

import pytest  # noqa: E402

from app.models.db import open_store  # noqa: E402

from .pg_cluster import Cluster, find_binaries  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
# The suites run on both databases; the window's tests stay on SQLite (the same services underneath).
BOTH_DATABASES = ("tests/services/", "tests/models/", "tests/test_cli")
DEFAULT_WHEN_INSTALLED = "both"


def pytest_addoption(parser):
    parser.addoption("--db-backend", choices=("sqlite", "postgresql", "both"), default=None,
                     help="the database the service, model and command-line tests run on (default: both when "
                          "PostgreSQL is installed, else sqlite; RAPPORT_TEST_POSTGRES=required makes a missing "
                          "PostgreSQL an error)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): the test is about the SQLite file itself "
                                       "(lock file, quick_check, file backups); it runs on SQLite only")
    chosen = config.getoption("--db-backend")
    required = os.environ.get("RAPPORT_TEST_POSTGRES") == "required"
    binaries = find_binaries()
    if chosen is None:
        chosen = "both" if required else DEFAULT_WHEN_INSTALLED if binaries else "sqlite"
    if chosen != "sqlite" and binaries is None:
        raise pytest.UsageError("PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin); "
                                "install it (apt-get install postgresql) or run with --db-backend=sqlite")
    config.rapport_backends = BACKENDS if chosen == "both" else (chosen,)
    config.rapport_pg_binaries = binaries


def pytest_generate_tests(metafunc):
    if "db_backend" not in metafunc.fixturenames:
        return
    where = Path(metafunc.definition.path).relative_to(metafunc.config.rootpath).as_posix()
    backends = metafunc.config.rapport_backends
    on_file = ("db_path" in metafunc.definition._fixtureinfo.argnames  # the test looks at the file
               or metafunc.definition.get_closest_marker("sqlite_only") is not None
               or not where.startswith(BOTH_DATABASES))
    if on_file:
        backends = ("sqlite",) if "sqlite" in backends else ()
        if not backends:  # --db-backend=postgresql: a SQLite-only test has nothing to run
            metafunc.parametrize("db_backend", [pytest.param("sqlite", marks=pytest.mark.skip(
                reason="SQLite only, and --db-backend=postgresql"))])
            return
    metafunc.parametrize("db_backend", backends)


@pytest.fixture(scope="session")
def pg_cluster(request):
    if "postgresql" not in request.config.rapport_backends:
        pytest.skip("PostgreSQL not chosen (--db-backend=sqlite)")
    cluster = Cluster(request.config.rapport_pg_binaries).start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite store migrated once per session; each test's store is a copy of the file. Running every
    migration costs 0.3-0.8 s a store on this machine, copying the closed file 0.01 s (the migrations
    themselves are tested in tests/models, on fresh files)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_store(path).kw["bind"].dispose()  # closed: the WAL is checkpointed into the file and removed
    assert not Path(f"{path}-wal").exists()
    return path


def fresh_sqlite_store(template: Path, path: Path) -> Path:
    """`path` holding a fresh, migrated, empty store (unless the test already put a file there)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, path)
    return path


@pytest.fixture
def store_at(request, tmp_path, db_backend):
    """store_at(name) -> the --db text of a fresh, migrated store of this test's backend: a file
    tmp_path/name on SQLite, a database of its own on PostgreSQL (emptied after the test for the next)."""
    made: list[str] = []

    def _make(name: str = "rapport.db") -> str:
        if db_backend == "sqlite":
            return str(fresh_sqlite_store(request.getfixturevalue("sqlite_template"), tmp_path / name))
        cluster = request.getfixturevalue("pg_cluster")
        made.append(cluster.take())
        return cluster.url(made[-1])

    yield _make
    if made:
        cluster = request.getfixturevalue("pg_cluster")
        for name in made:
            cluster.give_back(name)


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
def db(request, db_path, db_backend, store_at):
    """A fresh store on this test's backend (see the top of this file)."""
    if db_backend == "sqlite":
        fresh_sqlite_store(request.getfixturevalue("sqlite_template"), db_path)
    factory = open_store(db_path if db_backend == "sqlite" else store_at())
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def run(store_at, capsys):
    """Run `rapport --db <store> ARGS…` in-process; returns (exit code, stdout, stderr). The store is
    tmp_path/cli.db on SQLite, a fresh database on PostgreSQL."""
    from app.cli import main

    db = store_at("cli.db")

    def _run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db, *args])
        except SystemExit as exit_info:  # argparse: usage errors and --help
            code = exit_info.code
        out, err = capsys.readouterr()
        return code, out, err

    _run.store = db  # the --db text, for a test that opens the same store itself
    return _run
