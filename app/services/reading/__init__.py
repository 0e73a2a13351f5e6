"""Reading the store without the ORM: commands and first looks that only read (issue 18).

`rapport show`, `rapport list`, `rapport today` and the window's first fill answer from a plain
sqlite3 connection opened read-only (`open_for_reading`), skipping SQLAlchemy's import, the
models and Alembic. It serves only a SQLite store that is exactly as the ORM path would leave it
(the newest schema, derived columns up to date, closed cleanly); otherwise it answers None and
the caller takes its usual ORM path, which checks, migrates or recomputes first. Nothing here
imports SQLAlchemy, Qt, phonenumbers or pypinyin (tests/services/reading/ checks).
"""
from .opening import file_to_read, open_file_for_reading, open_for_reading, schema_is_current, setting

__all__ = ["file_to_read", "open_file_for_reading", "open_for_reading", "schema_is_current", "setting"]
