"""`rapport import`, `export`, `undo-import` and `imports` from the command line."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]


def test_import_prints_a_summary_and_a_second_import_adds_nothing(run):
    path = str(CORPUS / "ez-vcard" / "gmail-list.vcf")
    code, out, _ = run("import", path, "--group", "Gmail", "--region", "US")
    assert code == 0
    assert "added 3, merged 0, unchanged 0" in out and "undo with: rapport undo-import 1" in out
    code, out, _ = run("import", path)
    assert code == 0 and "added 0, merged 0, unchanged 3" in out
    listed = json.loads(run("list", "--group", "Gmail", "--json")[1])
    assert len(listed) == 3


def test_problems_name_file_line_and_record_but_the_import_succeeds(run):
    code, out, _ = run("import", str(CORPUS / "khard" / "unparsable.vcf"), str(CORPUS / "ez-vcard" / "John_Doe_ANDROID.vcf"))
    assert code == 0
    assert "problems (" in out and "John_Doe_ANDROID.vcf, line 36, record 5, field PHOTO" in out


def test_dry_run_changes_nothing(run):
    code, out, _ = run("import", str(CORPUS / "roundcube" / "apple.vcf"), "--dry-run")
    assert code == 0 and "would import 1 records: added 1" in out
    assert run("list")[1].strip() == "no contacts"


def test_unreadable_file_is_one_line_and_nonzero(run, tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    for args, expected in ((("import", str(binary)), "photo.jpg: this is not a contacts file"),
                           (("import", str(tmp_path / "missing.vcf")), "missing.vcf: no such file")):
        code, _, err = run(*args)
        assert code == 1 and err.strip().splitlines() == [f"rapport: {err.strip().split('rapport: ')[1]}"]
        assert expected in err
    assert run("import", "x.vcf", "--region", "Mars")[0] == 1


def test_export_formats_and_undo(run, tmp_path):
    run("import", str(CORPUS / "roundcube" / "apple.vcf"))
    run("import", str(CORPUS / "ez-vcard" / "gmail-list.vcf"))
    for fmt, marker in (("vcf", "BEGIN:VCARD"), ("csv", "First Name"), ("json", '"contacts"')):
        target = tmp_path / f"all.{fmt}"
        code, _, err = run("export", "--format", fmt, "-o", str(target))
        assert code == 0 and "exported 4 contacts" in err
        assert marker in target.read_text("utf-8-sig")
    code, out, _ = run("export", "--format", "vcf", "--version", "4.0")
    assert out.count("VERSION:4.0") == 4
    code, out, _ = run("imports")
    assert "apple.vcf" in out and "gmail-list.vcf" in out
    code, out, _ = run("undo-import")
    assert code == 0 and "removed 3 added contacts" in out
    assert len(json.loads(run("list", "--json")[1])) == 1
    code, _, err = run("undo-import", "2")
    assert code == 1 and "already undone" in err
    code, _, err = run("undo-import", "99")
    assert code == 1 and "no such import" in err


def _cards(n: int) -> bytes:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:客户 {i}\r\nN:{i};客户;;;\r\nTEL;TYPE=CELL:+86 138 {i // 10000:04d} {i % 10000:04d}\r\n"
        f"EMAIL:c{i}@example.cn\r\nNOTE:Bought model {i % 7}, call back\\, maybe\r\nEND:VCARD\r\n" for i in range(n)
    ).encode("utf-8")


CRASH_CARDS = 60_000  # a big phone book: parsing, numbers and the write each take seconds


def _start_import(tmp_path, big: Path) -> tuple[Path, subprocess.Popen]:
    db = tmp_path / "crash.db"
    seed = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "add", "Before Import"],
                          capture_output=True, timeout=120)
    assert seed.returncode == 0
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(big)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    return db, proc


@pytest.fixture(scope="module")
def crash_import(tmp_path_factory) -> tuple[Path, float]:
    """The file, and how long a whole import of it takes here (the kills are placed within that)."""
    folder = tmp_path_factory.mktemp("crash")
    big = folder / "big.vcf"
    big.write_bytes(_cards(CRASH_CARDS))
    started = time.monotonic()
    db, proc = _start_import(folder, big)
    assert proc.wait(timeout=600) == 0
    return big, time.monotonic() - started


@pytest.mark.parametrize("moment", [0.1, 0.4, 0.7, "writing"])
def test_a_killed_import_leaves_the_store_all_or_nothing(tmp_path, crash_import, moment):
    """SIGKILL while reading, matching and writing (`writing`: once rows reach the WAL file); the store
    is intact every time and holds all of the import or none of it."""
    big, duration = crash_import
    # The kills are placed by the calibration import's time; a loaded machine can make a later
    # import quicker than that one, so a kill that came too late is tried again earlier.
    for attempt in range(4):
        folder = tmp_path / f"try-{attempt}"
        folder.mkdir()
        db, proc = _start_import(folder, big)
        if _reached(proc, Path(f"{db}-wal"), moment, duration * 0.5 ** attempt):
            break
        proc.wait(timeout=600)
    assert proc.poll() is None, "the import ended before every kill: the test would prove nothing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the import sets indexes aside until its end (an empty store, 60,000 cards): they are all there
        assert _indexes(conn) == _indexes_of_a_new_store(tmp_path)
        count = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        phones = conn.execute("SELECT count(*) FROM phones").fetchone()[0]
    assert (count, phones) in ((1, 0), (CRASH_CARDS + 1, CRASH_CARDS))


def _reached(proc, wal: Path, moment, duration: float) -> bool:
    """Wait for the kill's moment; False when the import ended first."""
    if moment == "writing":
        deadline = time.monotonic() + 3 * duration

        def written() -> int:
            try:
                return wal.stat().st_size
            except FileNotFoundError:
                return 0

        while proc.poll() is None and written() < (1 << 20) and time.monotonic() < deadline:
            time.sleep(0.005)
    else:
        time.sleep(duration * moment)
    return proc.poll() is None


def _indexes(conn) -> list[tuple]:
    return sorted(conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"))


def _indexes_of_a_new_store(tmp_path) -> list[tuple]:
    db = tmp_path / "new.db"
    assert subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "list"], capture_output=True,
                          timeout=120).returncode == 0
    with closing(sqlite3.connect(db)) as conn:
        return _indexes(conn)


def test_a_folder_of_many_cards_is_summed_up_not_listed_file_by_file(run, tmp_path):
    folder = tmp_path / "phone"
    folder.mkdir()
    for i in range(60):
        (folder / f"c{i:02d}.vcf").write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:Card {i}\nEND:VCARD\n")
    (folder / "more.csv").write_text("Name,E-mail Address\nBob Smith,bob@example.com\n")
    code, out, _ = run("import", str(folder))
    assert code == 0 and "read 61 files: 60 vcard, utf-8, 1 csv, utf-8" in out
    assert "added 61" in out and len(out.splitlines()) < 10


PHONE_CARDS = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=AD=94;=E8=B6=85;;;\r\n"
               "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=AD=94=E8=B6=85\r\nTEL;CELL:13770329669\r\nEND:VCARD\r\n"
               "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Emma;;;\r\n"
               "TEL;WORK:0300-9377905\r\nEND:VCARD\r\n")
# What a phone's export into an up-to-date store does not need: migrations, the window, pypinyin's
# own start (the pinyin table answers), vobject (only quoted parameters need it), CSV and export code.
NOT_NEEDED = ("alembic", "PySide6", "pypinyin", "vobject", "app.services.importing.csv_reader",
              "app.services.export_json", "lunardate")


def test_a_phones_export_into_a_current_store_starts_nothing_it_does_not_need(store_at, tmp_path):
    from app.models.db import open_store

    store = store_at("cli.db")
    open_store(store).kw["bind"].dispose()  # made and migrated beforehand: this start finds it current
    cards = tmp_path / "phone.vcf"
    cards.write_bytes(PHONE_CARDS.encode("ascii"))
    probe = ("import sys; from app.cli import main; code = main(sys.argv[1:]); "
             f"print([m for m in sys.modules if m.split('.')[0] in {NOT_NEEDED!r} or m in {NOT_NEEDED!r}], "
             "file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, "--db", store, "import", "--region", "CN", str(cards)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "added 2, merged 0" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
    shown = subprocess.run([sys.executable, "-m", "app.cli", "--db", store, "list", "--search", "kc", "--json"],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    assert [c["display_name"] for c in json.loads(shown.stdout)] == ["孔超"]  # found by its pinyin initials


@pytest.mark.sqlite_only
def test_a_phones_export_into_a_store_rapport_left_does_not_load_sqlalchemy(tmp_path):
    """A store Rapport has used (migrated, derived columns stamped, closed cleanly): the import runs on
    plain sqlite3 (app/services/importing/quick.py), and is undone, listed and searched as any other."""
    from app.services import clean_close
    from app.services.store import close_store, open_for_use

    store = tmp_path / "cli.db"
    close_store(open_for_use(store), store)
    clean_close.record_check(store)
    cards = tmp_path / "phone.vcf"
    cards.write_bytes(PHONE_CARDS.encode("ascii"))
    unwanted = (*NOT_NEEDED, "sqlalchemy", "app.models")
    probe = ("import sys; from app.cli import main; code = main(sys.argv[1:]); "
             f"print([m for m in sys.modules if m.split('.')[0] in {unwanted!r} or m in {unwanted!r}], "
             "file=sys.stderr); sys.exit(code)")

    def rapport(*words: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", probe, "--db", str(store), *words], capture_output=True,
                              text=True, cwd=ROOT, check=check)

    done = rapport("import", "--region", "CN", "--group", "phone", str(cards))
    assert "added 2, merged 0" in done.stdout and "undo with: rapport undo-import 1" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert not clean_close.needs_check(store)  # closed cleanly: the next start skips the check
    assert len(list((tmp_path / "backups" / "cli").glob("*-auto.db"))) == 1  # the automatic backup
    shown = json.loads(rapport("list", "--group", "phone", "--search", "kc", "--json").stdout)
    assert [c["display_name"] for c in shown] == ["孔超"]
    again = rapport("import", "--region", "CN", str(cards))  # seen before: the full path says so
    assert "added 0, merged 0, unchanged 2" in again.stdout
    assert "undid import 1" in rapport("undo-import", "1").stdout
    assert json.loads(rapport("list", "--json").stdout) == []
