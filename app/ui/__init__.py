"""The desktop app (PySide6). Importing it first protects the interpreter from a
reference-count bug in the PySide6 build (see pyside_guard)."""
from .pyside_guard import protect_singletons

protect_singletons()
