"""PostgreSQL's own client programs (pg_dump, pg_restore): found, checked against the server's
version, and handed the connection without its password on the command line.

A program older than the server refuses to dump it (or dumps it wrongly), and its own message
comes after the connection is made; saying so first, in one line, spares the user the guess. The
password goes in PGPASSWORD (or comes from libpq's ~/.pgpass or service file): a command line is
readable by every user of the machine through `ps`.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Optional, Sequence

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from ..backup import BackupError
from ..errors import QT_TRANSLATE_NOOP

# Debian and Ubuntu keep every installed major version here; PATH may hold only a wrapper or none.
VERSIONED_BINS = Path("/usr/lib/postgresql")
ENV_BIN = "RAPPORT_PG_BIN"  # the folder holding pg_dump and pg_restore, when they are elsewhere
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?")


def find_tool(name: str) -> Optional[Path]:
    """`name` from $RAPPORT_PG_BIN (a folder), else PATH, else the newest of Debian's versioned folders:
    a newer pg_dump dumps an older server, never the other way round."""
    folder = os.environ.get(ENV_BIN)
    if folder:
        candidate = Path(folder).expanduser() / name
        return candidate if candidate.is_file() else None
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    found = []
    if VERSIONED_BINS.is_dir():
        for version in VERSIONED_BINS.iterdir():
            candidate = version / "bin" / name
            if candidate.is_file() and version.name.isdigit():
                found.append((int(version.name), candidate))
    return max(found)[1] if found else None


def tool_major(tool: Path) -> Optional[int]:
    try:
        out = subprocess.run([str(tool), "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = _VERSION.search(out)
    return int(match.group(1)) if match else None


def server_major(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("SHOW server_version_num").scalar()) // 10000


def checked_tool(name: str, engine: Engine) -> Path:
    """`name`, there and not older than the server, or a one-line BackupError saying what to install."""
    tool = find_tool(name)
    server = server_major(engine)
    if tool is None:
        raise BackupError(QT_TRANSLATE_NOOP("services", "{tool} was not found: install PostgreSQL's client programs, "
                                                        "version {server} or newer (apt install "
                                                        "postgresql-client-{server}), or put {tool} on PATH"),
                          tool=name, server=server)
    major = tool_major(tool)
    if major is None or major < server:
        raise BackupError(QT_TRANSLATE_NOOP("services", "{path} is version {version}, older than the server "
                                                        "(PostgreSQL {server}); install version {server} or newer of "
                                                        "PostgreSQL's client programs"),
                          path=tool, version=major or "?", server=server)
    return tool


def connection_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """`--dbname=<conninfo>` without the password, and the environment that carries it."""
    from psycopg.conninfo import make_conninfo

    params = {key: value for key, value in {"host": url.host, "port": url.port, "user": url.username,
                                            "dbname": url.database}.items() if value}
    params.update({key: (value if isinstance(value, str) else value[-1]) for key, value in url.query.items()})
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return [f"--dbname={make_conninfo(**params)}"], env


def run(tool: Path, args: Sequence[str], env: Optional[dict[str, str]] = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(tool), *args], capture_output=True, text=True, env=env)


def first_error(process: subprocess.CompletedProcess) -> str:
    """The line of the tool's stderr that says what went wrong (it may warn first)."""
    lines = [line.strip() for line in (process.stderr or "").splitlines() if line.strip()]
    for line in lines:
        if "error" in line.lower() or "fatal" in line.lower():
            return line
    return lines[0] if lines else f"exit status {process.returncode}"
