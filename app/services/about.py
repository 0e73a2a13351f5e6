"""What Rapport says about itself: its version (for `rapport --version` and Help → About)."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def rapport_version() -> str:
    try:
        return version("rapport")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"
