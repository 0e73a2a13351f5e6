"""The error log: tracebacks of what went wrong unexpectedly, kept for a bug report.

A traceback can quote a customer's name or a note, so the log is the owner's only.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from .private_files import open_private, private_folder
from .store_paths import log_dir


def write_error_log(text: str) -> Optional[Path]:
    """Append `text` to error.log in the log folder; None when that cannot be written."""
    try:
        folder = log_dir()
        private_folder(folder)
        path = folder / "error.log"
        with open_private(path, "a", encoding="utf-8") as log:
            log.write(text + "\n")
        return path
    except OSError:
        return None
