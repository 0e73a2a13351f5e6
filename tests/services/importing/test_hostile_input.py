"""Hostile input: truncated, binary, enormous, wrongly encoded and mangled files end with a message
and nothing changed. Fuzzing: corpus mutations (fixed seed; RAPPORT_FUZZ_ROUNDS=N for a longer run)
and hypothesis. Every file under tests/data/hostile/ is imported whole and mutated with the corpus
(issue 14); bench/hostile_bench.py times them and the ones too big to commit."""
from __future__ import annotations

import io
import json
import os
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.export import export_contacts
from app.services.importing.pipeline import ImportFailed, import_files, parse_bytes
from tests.corpus import corpus_files

SEED = 20261122
ROUNDS = int(os.environ.get("RAPPORT_FUZZ_ROUNDS", "8"))  # per corpus file: 8 × 137 files ≈ 1,100 inputs
HOSTILE_FILES = sorted(p for p in (Path(__file__).resolve().parents[2] / "data" / "hostile").iterdir()
                       if p.is_file() and p.name != "README.md")
FILES = [p for p in corpus_files() if p.suffix in (".vcf", ".csv") or p.name == "export.txt"] + HOSTILE_FILES


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of the ways files get mangled on their way from a phone to a laptop."""
    if not data:
        return data
    how = rng.randrange(8)
    cut = rng.randrange(len(data))
    if how == 0:  # truncated download
        return data[:cut]
    if how == 1:  # flipped bits
        out = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    if how == 2:  # random bytes dropped in
        return data[:cut] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[cut:]
    if how == 3:  # a chunk repeated (bad copy)
        end = min(len(data), cut + rng.randint(1, 400))
        return data[:end] + data[cut:end] * rng.randint(2, 5) + data[end:]
    if how == 4:  # line endings mangled
        return data.replace(b"\n", rng.choice([b"\r", b"\r\r\n", b"", b"\n\n"]))
    if how == 5:  # re-encoded wrongly
        try:
            return data.decode("utf-8").encode(rng.choice(["utf-16-le", "utf-16-be", "gb18030", "latin-1"]),
                                               errors="replace")
        except UnicodeDecodeError:
            return data.decode("latin-1").encode("utf-8")
    if how == 6:  # NUL bytes from a bad disk
        return data[:cut] + b"\x00" * rng.randint(1, 2000) + data[cut:]
    return bytes(reversed(data[:cut])) + data[cut:]  # scrambled


def test_over_a_thousand_mutated_corpus_files_parse_or_fail_with_a_message():
    rng = random.Random(SEED)
    inputs = 0
    for path in FILES:
        original = path.read_bytes()
        for _ in range(ROUNDS):
            data = mutate(original, rng)
            inputs += 1
            try:
                result = parse_bytes(data, path.name)
            except ImportFailed as exc:
                assert path.name in str(exc)
                continue
            for problem in result.problems:
                assert problem.source == path.name and str(problem)
    assert inputs >= 1000


def _snapshot(db) -> str:
    out = io.StringIO()
    export_contacts(db, out, "json", include_trash=True)
    return out.getvalue()


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.name)
def test_every_hostile_file_imports_or_ends_with_a_one_line_message(db, path):
    before = _snapshot(db)
    try:
        report = import_files(db, [path], region="US")
    except ImportFailed as exc:  # anything else is a traceback, and fails the test
        assert path.name in str(exc) and "\n" not in str(exc)
        assert _snapshot(db) == before
        return
    for problem in report.problems:
        assert problem.source == path.name and str(problem)


def test_the_hostile_files_are_there():
    names = {p.name for p in HOSTILE_FILES}
    assert {"csv-note-holds-a-card.csv", "vcf-missing-begin.vcf", "qp-soft-breaks.vcf"} <= names


def test_mutated_imports_land_whole_or_change_nothing(db, db_path, tmp_path):
    rng = random.Random(SEED + 1)
    for n in range(60):
        path = rng.choice(FILES)
        target = tmp_path / f"m{n}{path.suffix}"
        target.write_bytes(mutate(path.read_bytes(), rng))
        before = _snapshot(db)
        try:
            import_files(db, [target], region="US")
        except ImportFailed:
            assert _snapshot(db) == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("name, data, message", [
    ("huge-line.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + b"A" * 50_000_000 + b"\r\nEND:VCARD\r\n", "over 16 MB long"),
    ("huge-line.csv", b"Name,Phone\r\n" + b"B" * 50_000_000 + b"\r\n", "over 16 MB long"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 400, "not a contacts file"),
    ("archive.zip", b"PK\x03\x04" + bytes(range(256)) * 100, "not a contacts file"),
    ("empty.vcf", b"   \r\n\r\n", "empty"),
])
def test_hostile_files_end_with_a_message_and_nothing_changed(db, tmp_path, name, data, message):
    import_files(db, [corpus_files("apple.vcf")[0]], region="US")
    before = _snapshot(db)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=message) as info:
        import_files(db, [path], region="US")
    assert name in str(info.value)
    assert _snapshot(db) == before


def test_disk_full_during_an_import_changes_nothing_and_says_so(db, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import app.services.importing.pipeline as pipeline

    import_files(db, [corpus_files("apple.vcf")[0]], region="US")
    before = _snapshot(db)
    real_write = pipeline.write

    def write_then_fail(session, rows, batch_id, check_cancel):
        real_write(session, rows, batch_id, check_cancel)  # rows are in, uncommitted
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(pipeline, "write", write_then_fail)
    with pytest.raises(ImportFailed, match="disk is full.*nothing was changed"):
        import_files(db, [corpus_files("gmail-list.vcf")[0]], region="US")
    assert _snapshot(db) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_parse_or_fail_with_a_message(data):
    try:
        parse_bytes(data, "random.bin")
    except ImportFailed as exc:
        assert "random.bin" in str(exc)


_line = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
_prop = st.sampled_from(["FN", "N", "TEL;TYPE=CELL", "EMAIL", "ADR", "ORG", "NOTE;ENCODING=QUOTED-PRINTABLE",
                         "PHOTO;ENCODING=b", "BDAY", "item1.X-ABLabel", "CATEGORIES", "X-FOO;CHARSET=GBK"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_prop, _line), max_size=12), st.sampled_from(["2.1", "3.0", "4.0", ""]),
       st.booleans())
def test_vcard_shaped_garbage_parses_or_fails_with_a_message(props, version, close):
    text = "BEGIN:VCARD\r\n" + (f"VERSION:{version}\r\n" if version else "")
    text += "".join(f"{name}:{value}\r\n" for name, value in props) + ("END:VCARD\r\n" if close else "")
    try:
        result = parse_bytes(text.encode("utf-8"), "shaped.vcf")
        json.dumps([str(p) for p in result.problems])
    except ImportFailed as exc:
        assert "shaped.vcf" in str(exc)
