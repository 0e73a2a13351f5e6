"""A throwaway PostgreSQL cluster for the tests: one per test session, on 127.0.0.1 at a free port,
torn down at the end. Each test gets a database of its own, as a fresh store: one copied from a
migrated template (`CREATE DATABASE … TEMPLATE`), emptied after the test and handed to the next
one. Measured on this machine under load: copying a database costs 0.23 s and dropping it 0.05 s,
TRUNCATE of every table 0.2 s; emptying by DELETE and putting back the rows the migrations seed
(tiers, interaction kinds…) 0.07 s, so a database is copied only when a test needs a second.

initdb refuses to run as root, so as root (CI, this machine) the cluster runs as `nobody` through
`setpriv`, in a folder under /tmp that it owns. The server runs without fsync: it holds only test data.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

TEMPLATE = "rapport_template"
USER = "rapport"
PASSWORD_USER, PASSWORD = "anna", "s3cret-pw"  # a user who logs in with a password


def find_binaries() -> Optional[Path]:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/N/bin (newest)."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]), reverse=True)
    return Path(found[0]).parent if found else None


class Cluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="rapport-pg-"))
        self.data = self.folder / "data"
        self.port = 0
        self._names = itertools.count(1)
        self._free: list[str] = []  # emptied databases, ready for the next test
        self._reset_sql = ""
        self._seeds: dict[str, tuple[str, list[tuple]]] = {}
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse root
            shutil.chown(self.folder, "nobody", "nogroup")
            self._as_user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as_user, *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> "Cluster":
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # One user must give a password (the rest are trusted): the tests of a refused log-in.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        for _attempt in range(5):  # a free port can be taken between asking and listening
            self.port = _free_port()
            options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            try:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options,
                          "-l", str(self.folder / "server.log"), "-w", "-t", "30", "start")
                break
            except RuntimeError:
                if _attempt == 4:
                    raise RuntimeError("PostgreSQL did not start: "
                                       + (self.folder / "server.log").read_text(errors="replace")[-2000:])
        atexit.register(self.stop)  # a test run cut short leaves no server behind
        self._make_template()
        return self

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def _connect(self, database: str, autocommit: bool = True):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname=database, autocommit=autocommit)

    def _make_template(self) -> None:
        from app.models.db import open_store

        self.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
        self.admin(f"CREATE DATABASE {TEMPLATE}")
        open_store(self.url(TEMPLATE)).kw["bind"].dispose()  # migrated once; every test copies it
        with self._connect(TEMPLATE) as conn:
            self._template_version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            tables = [t for (t,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
            for table in tables:
                cursor = conn.execute(f'SELECT * FROM "{table}"')
                rows = cursor.fetchall()
                if rows:
                    columns = ", ".join(f'"{d.name}"' for d in cursor.description)
                    marks = ", ".join(["%s"] * len(cursor.description))
                    self._seeds[table] = (f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)
            sequences = conn.execute(
                "SELECT t.relname, a.attname, pg_get_serial_sequence(quote_ident(t.relname), a.attname) "
                "FROM pg_class t JOIN pg_attribute a ON a.attrelid = t.oid JOIN pg_namespace n ON n.oid = t.relnamespace "
                "WHERE n.nspname = 'public' AND t.relkind = 'r' AND a.attnum > 0 "
                "AND pg_get_serial_sequence(quote_ident(t.relname), a.attname) IS NOT NULL").fetchall()
        # Emptying: foreign keys off for the DELETEs (the test user owns the cluster), sequences back to
        # where a fresh store has them, so ids start at 1 as in a new SQLite file.
        self._reset_sql = "SET session_replication_role = replica;\n" + "".join(
            f'DELETE FROM "{t}";\n' for t in tables)
        self._sequences = "".join(
            f"SELECT setval('{seq}', coalesce((SELECT max(\"{col}\") FROM \"{t}\"), 0) + 1, false);\n"
            for t, col, seq in sequences)

    def take(self) -> str:
        """A database holding a fresh, migrated, empty store."""
        return self._free.pop() if self._free else self.new_database()

    def give_back(self, name: str) -> None:
        """Empty the database the test used and keep it for the next test; dropped if it will not empty."""
        try:
            with self._connect(name, autocommit=False) as conn:
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND pid <> pg_backend_pid()")
                version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
                with conn.cursor() as cursor:
                    cursor.execute(self._reset_sql)
                    for insert, rows in self._seeds.values():
                        cursor.executemany(insert, rows)
                    cursor.execute("SET session_replication_role = DEFAULT;\n" + self._sequences)
                if version != self._template_version:
                    raise RuntimeError("the test changed the schema")
        except Exception:
            self.drop(name)  # a test that changed the schema, or left it unusable: not reused
            return
        self._free.append(name)

    def new_database(self, prefix: str = "t") -> str:
        """A fresh, migrated, empty store's database name."""
        name = f"{prefix}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} STRATEGY FILE_COPY")
        return name

    def new_empty_database(self, prefix: str = "e") -> str:
        """A database with no schema at all (what a team's administrator hands out)."""
        name = f"{prefix}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name}")
        return name

    def drop(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except RuntimeError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]

