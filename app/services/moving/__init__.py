"""Moving a whole store between databases (SQLite ↔ PostgreSQL), checked by counts and checksums."""
from .move import MoveError, MoveReport, TableCheck, move_store

__all__ = ["MoveError", "MoveReport", "TableCheck", "move_store"]
