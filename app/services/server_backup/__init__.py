"""Backups of a store on a PostgreSQL server: pg_dump to make them, pg_restore into an empty database."""
from .dump import dump_dir, list_dumps, make_dump, where
from .restore import RestoreRefused, restore_dump

__all__ = ["dump_dir", "list_dumps", "make_dump", "restore_dump", "RestoreRefused", "where"]
