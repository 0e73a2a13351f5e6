"""`rapport --version` and shell completion (bash, zsh, fish), answered as a shell asks for it."""
from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

RAPPORT = [sys.executable, "-m", "app.cli"]
ROOT = Path(__file__).resolve().parents[1]


def test_version(run):
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"rapport {version('rapport')}"


@pytest.mark.parametrize("shell, registers", [
    ("bash", "complete -o nospace -o default -o bashdefault -F _python_argcomplete rapport"),
    ("zsh", "compdef _python_argcomplete rapport"),
    ("fish", "complete --command rapport"),
])
def test_completion_prints_the_shells_code(run, tmp_path, shell, registers):
    store = tmp_path / "cli.db"  # on SQLite the fixture's fresh store (a copy of the migrated template)
    written = lambda: store.stat().st_mtime_ns if store.exists() else None  # noqa: E731
    before = written()
    code, out, err = run("completion", shell)
    assert code == 0 and registers in out, err
    assert written() == before and not Path(f"{store}-wal").exists()  # printing shell code opens no store


def test_completion_needs_a_known_shell(run):
    code, _, err = run("completion", "powershell")
    assert code == 2 and "invalid choice" in err


def _complete(line: str, tmp_path: Path) -> list[str]:
    """What the shell gets back for `line` with the cursor at its end, via argcomplete's protocol."""
    answer = tmp_path / "answer"
    env = {**os.environ, "_ARGCOMPLETE": "1", "COMP_LINE": line, "COMP_POINT": str(len(line)),
           "_ARGCOMPLETE_STDOUT_FILENAME": str(answer), "_ARGCOMPLETE_IFS": "\n"}
    subprocess.run(RAPPORT, env=env, cwd=ROOT, check=True, timeout=60)
    return answer.read_text("utf-8").split("\n")


@pytest.mark.sqlite_only("checks completion leaves the SQLite file untouched")
def test_completion_of_commands_options_and_contact_names(run, tmp_path):
    for name in ("Ana García", "Anabel Ruiz", "Bob", "张伟"):
        assert run("add", name)[0] == 0
    db = tmp_path / "cli.db"
    before = db.stat().st_mtime_ns
    assert _complete("rapport bu", tmp_path) == ["buy "]
    assert "--referred-by" in _complete(f"rapport --db {db} set 1 --ref", tmp_path)[0]
    assert _complete(f"rapport --db {db} show An", tmp_path) == [r"Ana\ García", r"Anabel\ Ruiz"]
    assert _complete(f"rapport --db {db} set 1 2 张", tmp_path) == ["张伟 "]
    assert _complete(f"rapport --db {tmp_path / 'none.db'} show A", tmp_path) == [""]  # no store: no names
    assert not (tmp_path / "none.db").exists() and db.stat().st_mtime_ns == before  # nothing was written
