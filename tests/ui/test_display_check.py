"""`rapport` without a display, or without the system libraries of Qt's xcb plugin: one line saying
what is missing and how to install it, not Qt's abort (issue 16, item 7)."""
from __future__ import annotations

import shutil
import sys

import pytest

from app.ui.display_check import _xcb_plugin, display_problem, missing_message, package_of

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


@pytest.mark.parametrize("soname, package", [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11-xcb.so.1", "libx11-xcb1"), ("libdbus-1.so.3", "libdbus-1-3"), ("libGL.so.1", "libgl1")])
def test_a_missing_library_is_named_with_its_package(soname, package):
    assert package_of(soname) == package


def test_the_message_is_one_line_with_the_install_command():
    text = missing_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "\n" not in text and text.endswith("sudo apt install libxcb-cursor0 libxcb-icccm4")


@linux
def test_no_display_is_said_in_one_line_and_the_exit_is_not_an_abort(run, monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run()  # `rapport`: the window
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("rapport: no display to open the window on")


@linux
def test_a_plugin_that_does_not_load_names_what_it_misses(tmp_path):
    plugin = _xcb_plugin()
    if plugin is None or not plugin.exists():
        pytest.skip("this PySide6 has no xcb plugin")
    lone = tmp_path / "libqxcb.so"  # away from PySide6's Qt libraries, which it finds beside itself
    shutil.copy(plugin, lone)
    problem = display_problem({"DISPLAY": ":99"}, lone)
    assert problem is not None and "\n" not in problem
    assert problem.startswith("the window cannot start: libQt6") and "pip install --force-reinstall PySide6" in problem


def test_offscreen_and_wayland_are_left_to_qt():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ""}) is None
