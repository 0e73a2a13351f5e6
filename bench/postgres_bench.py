"""The same Rapport on PostgreSQL beside SQLite, in one run: the 100k import, the move of a 100k
store into PostgreSQL (move-store), and today's list at 100k contacts.

The server is a throwaway cluster started here as the tests start theirs (tests/pg_cluster.py),
then restarted with fsync and synchronous commits on: SQLite runs with synchronous=FULL, and a
server that does not sync would flatter itself. Client and server share this machine's cores, so
PostgreSQL's figures include its server processes' time as SQLite's include the library's.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from sqlalchemy.exc import DBAPIError

from app.models.db import open_store
from app.services import calllist
from app.services.errors import ServiceError
from app.services.importing.pipeline import import_files
from app.services.moving import move_store
from app.services.server_backup.tools import tool_major

from .generate_store import TODAY
from .import_bench import REGION, clear_caches, rapport_import
from .timing import Area, Result, median_seconds

DURABLE = "-c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=50"


def start_cluster():
    """A throwaway PostgreSQL cluster that syncs as a real server does, or None when none is installed."""
    from tests.pg_cluster import Cluster, find_binaries

    binaries = find_binaries()
    if binaries is None:
        return None
    cluster = Cluster(binaries).start()
    options = f"-p {cluster.port} -c listen_addresses=127.0.0.1 -k {cluster.folder} {DURABLE}"
    cluster._run(str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.data), "-o", options,
                 "-l", str(cluster.folder / "server.log"), "-w", "-t", "60", "restart")  # -l: or pg_ctl's pipe stays open
    return cluster


def _pg_import(cluster, book: Path) -> int:
    name = cluster.new_database("imp")
    try:
        db = open_store(cluster.url(name))
        try:
            return import_files(db, [book], region=REGION).added
        finally:
            db.kw["bind"].dispose()
    finally:
        cluster.drop(name)


def _today(db) -> int:
    return len(calllist.today_list(db, TODAY, days_ahead=7, language="en"))


def run(book: Path, store: Path, runs: int) -> Optional[Area]:
    area = Area("postgres")
    cluster = start_cluster()
    if cluster is None:
        area.details.append("PostgreSQL is not installed (no initdb): nothing measured.")
        return area
    load = os.getloadavg()
    try:
        n = rapport_import(book)
        base = f"import {book.name} into SQLite"
        sqlite_import = median_seconds(lambda: rapport_import(book), runs, clear_caches)
        area.results.append(Result("postgres", base, n, "contacts", sqlite_import))
        try:
            pg_import = median_seconds(lambda: _pg_import(cluster, book), runs, clear_caches)
            area.results.append(Result("postgres", f"import {book.name} into PostgreSQL", n, "contacts", pg_import,
                                       base, sqlite_import))
        except (ServiceError, DBAPIError) as failed:  # said in the results, not hidden: a SQLite-only step
            area.details.append(f"import {book.name} into PostgreSQL: failed ({_first_line(failed)})")
        source = open_store(store)
        target = cluster.new_database("moved")
        try:
            moved = {}

            def move() -> None:
                cluster.drop(target)
                cluster.admin(f"CREATE DATABASE {target}")
                moved["report"] = move_store(source, cluster.url(target))

            seconds = median_seconds(move, 1)
            report = moved["report"]
            assert report.ok, "move-store's copy differs from the store"
            area.results.append(Result("postgres", f"move-store {store.name} → PostgreSQL (copy, then count and "
                                                   "checksum both sides)", report.rows, "rows", seconds))
            server = open_store(cluster.url(target))
            try:
                base = f"today's list, {store.name} on SQLite"
                entries = _today(source)
                sqlite_today = median_seconds(lambda: _today(source), max(runs, 5))
                area.results.append(Result("postgres", base, entries, "entries", sqlite_today))
                try:
                    if _today(server) != entries:
                        raise AssertionError("today's list differs between SQLite and PostgreSQL")
                    area.results.append(Result("postgres", "today's list, the same store on PostgreSQL", entries,
                                               "entries", median_seconds(lambda: _today(server), max(runs, 5)),
                                               base, sqlite_today))
                except DBAPIError as failed:  # a SQLite-only query left: said in the results, not hidden
                    area.details.append(f"today's list on PostgreSQL: failed ({_first_line(failed)})")
            finally:
                server.kw["bind"].dispose()
        finally:
            source.kw["bind"].dispose()
    finally:
        cluster.stop()
    after = os.getloadavg()
    version = tool_major(cluster.bin_dir / "postgres")
    area.details.append(f"PostgreSQL {version} on 127.0.0.1 with fsync and synchronous commit "
                        f"on; load average {load[0]:.1f} before, {after[0]:.1f} after (1 min), on "
                        f"{len(os.sched_getaffinity(0))} cores.")
    return area


def _first_line(error: Exception) -> str:
    return (str(getattr(error, "orig", None) or error).splitlines() or [""])[0]
