"""Files holding other people's personal data are the owner's only, whatever the umask (issue 14, item 13)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.services import contacts
from app.services.contacts import NewContact
from app.services.export import export_to_file


@pytest.fixture
def open_umask():
    old = os.umask(0o022)  # the usual default: new files readable by everyone
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("fmt", ["csv", "vcf", "json"])
def test_exports_are_private(db, tmp_path, open_umask, fmt):
    contacts.create_contact(db, NewContact(display_name="李娜"))
    out = tmp_path / f"out.{fmt}"
    out.write_text("an old export, once readable by all")
    out.chmod(0o644)
    export_to_file(db, out, fmt)
    assert _mode(out) == 0o600


def test_the_printed_plan_is_private(run, tmp_path, open_umask):
    run("add", "Ana", "--tier", "A")
    pdf = tmp_path / "plan.pdf"
    code, _, err = run("plan", "--date", "2026-11-20", "--pdf", str(pdf))
    assert code == 0, err
    assert _mode(pdf) == 0o600


def test_the_error_log_is_private(run, monkeypatch, open_umask):
    from app.cli import contacts_cmd

    def broken(db, args):
        raise RuntimeError("Ana García's note")
    monkeypatch.setattr(contacts_cmd, "cmd_list", broken)  # the parser is built anew on each run
    code, _, err = run("list")
    assert code == 1 and "error.log" in err
    log = Path(err.split("details in ")[1].rstrip(")\n"))
    assert log.name == "error.log" and _mode(log) == 0o600
