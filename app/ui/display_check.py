"""Before Qt starts: can the window be shown here? If not, one line saying what is missing and how
to install it, instead of Qt's plugin message and an abort (exit 134).

Runs before PySide6's Qt libraries are loaded, so it imports no Qt module. On Linux, Qt's xcb
plugin needs a dozen system libraries that a bare machine or a container lacks (libxcb-cursor0,
libxcb-icccm4, …); loading the plugin ourselves tells whether they are there, and `ldd` names
every one that is not.
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"^(lib[\w+.-]*?)\.so\.(\d+)")


def display_problem(environ: Optional[dict] = None, plugin: Optional[Path] = None) -> Optional[str]:
    """None when the window can start (or this is not Linux's xcb), else what to do, in one line."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: chosen on purpose
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None  # Qt takes Wayland there
    if not env.get("DISPLAY"):
        return ("no display to open the window on (DISPLAY is not set): start Rapport from a desktop session; "
                "the command line works without one (rapport --help)")
    plugin = plugin or _xcb_plugin()
    if plugin is None or not plugin.exists():
        return None  # a build without it: let Qt say what it has
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY)  # Qt loads it next anyway; nothing is loaded twice
    except OSError as exc:
        missing = missing_libraries(plugin) or _first_missing(str(exc))
        return missing_message(missing)
    return None


def _xcb_plugin() -> Optional[Path]:
    try:
        import PySide6  # the package only: its Qt libraries load with the first Qt module
    except ImportError:
        return None
    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def missing_libraries(plugin: Path) -> list[str]:
    """Every library the plugin needs that the system lacks, by `ldd` (empty when ldd is absent)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_NOT_FOUND.findall(out)))


def _first_missing(error: str) -> list[str]:
    """dlopen's "libxcb-cursor.so.0: cannot open shared object file": the one it stopped at."""
    match = re.match(r"^(lib\S+\.so[.\d]*)\s*:", error)
    return [match.group(1)] if match else []


def package_of(soname: str) -> str:
    """The Debian/Ubuntu package of a library: libxcb-cursor.so.0 → libxcb-cursor0,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0, libX11-xcb.so.1 → libx11-xcb1."""
    match = _SONAME.match(soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_message(missing: list[str]) -> str:
    if not missing:
        return ("the window cannot start: Qt's xcb plugin does not load; see the README for the system "
                "libraries it needs")
    qt = [name for name in missing if name.startswith("libQt6")]
    if qt:
        return f"the window cannot start: {', '.join(qt)} missing from PySide6; reinstall it: pip install --force-reinstall PySide6"
    return (f"the window cannot start: Qt needs {', '.join(missing)}; install with: "
            f"sudo apt install {' '.join(package_of(name) for name in missing)}")
