"""Phone normalisation: the batch in worker processes gives exactly what one-by-one does."""
from __future__ import annotations

import concurrent.futures
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models import Phone
from app.services import phones
from app.services.importing.pipeline import import_files
from app.services.phones import NormalisedPhone, normalise, normalise_many
from bench.generate import phone_export_v21

NUMBERS = [
    ("138 1234 5678", None), ("+86 138-1234-5678", None), ("010-6552 9988 转 123", None),
    ("tel:+1-202-555-0175;ext=12", None), ("+1 202 555 0175", "44"), ("555 0100 ext. 12", None),
    ("not a number", None), ("12", None), ("+34 91 123 45 67", None), ("0034 612 345 678", None),
    ("138 1234 5678", None),  # twice: one result
] + [(f"+86 139 {n:04d} {n * 7 % 10000:04d}", None) for n in range(300)]


def test_the_batch_in_worker_processes_equals_one_by_one():
    serial = {key: normalise(key[0], "CN", key[1]) for key in NUMBERS}
    parallel = normalise_many(NUMBERS, "CN", workers=2, parallel_from=1)
    assert parallel == serial
    assert all(isinstance(value, NormalisedPhone) for value in parallel.values())
    assert parallel[("010-6552 9988 转 123", None)].extension == "123"
    assert parallel[("not a number", None)].e164 is None


def test_small_batches_stay_in_this_process(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a few numbers")

    monkeypatch.setattr(phones, "ProcessPoolExecutor", no_pool)
    assert normalise_many(NUMBERS[:5], "CN", workers=2) == {k: normalise(k[0], "CN", k[1]) for k in NUMBERS[:5]}


@pytest.mark.parametrize("failure", [OSError("no processes here"),
                                     concurrent.futures.process.BrokenProcessPool("a worker died")])
def test_a_failing_pool_falls_back_to_serial_with_the_same_results(monkeypatch, failure):
    class FailingPool:
        def __init__(self, *args, **kwargs):
            raise failure

    monkeypatch.setattr(phones, "ProcessPoolExecutor", FailingPool)
    assert normalise_many(NUMBERS, "CN", workers=2, parallel_from=1) == {
        key: normalise(key[0], "CN", key[1]) for key in NUMBERS}


def _stored_phones(db) -> list[tuple]:
    with db() as session:
        return [(p.contact_id, p.raw, p.e164, p.extension, p.label) for p in session.query(Phone).order_by(Phone.id)]


def test_an_import_stores_the_same_numbers_with_and_without_worker_processes(tmp_path, monkeypatch):
    from app.models.db import open_store

    source = tmp_path / "phone.vcf"
    source.write_bytes(phone_export_v21(300))
    stored = []
    for parallel_from in (10**9, 1):  # serial, then every import through the pool
        monkeypatch.setattr(phones, "PARALLEL_FROM", parallel_from)
        db = open_store(tmp_path / f"store-{parallel_from}.db")
        report = import_files(db, [source], region="CN")
        assert report.added > 250
        stored.append((report.added, report.merged, [str(p) for p in report.problems], _stored_phones(db)))
        db.kw["bind"].dispose()
    assert stored[0] == stored[1]


_KILLED_MID_IMPORT = """
import sys
from app.services import phones
if __name__ == "__main__":
    keys = [(f"+86 138 {i:04d} {i % 9999:04d}", None) for i in range(400_000)]
    phones.normalise_many(keys, "CN", workers=2, parallel_from=1)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_workers_leave_when_the_app_is_killed_mid_import(tmp_path):
    script = tmp_path / "killed.py"
    script.write_text(_KILLED_MID_IMPORT)
    app = subprocess.Popen([sys.executable, str(script)], cwd=Path(__file__).resolve().parents[2])
    try:
        workers = _wait_for(lambda: _spawned_children(app.pid), timeout=60)
        assert workers, "the import never started its workers"
    finally:
        app.kill()  # the app dies mid-import, as when the user kills it
        app.wait()
    assert _wait_for(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers), timeout=30)


def _spawned_children(parent: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            cmdline = (status.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(parent) and b"spawn_main" in cmdline:
            found.append(int(status.parent.name))
    return found


def _wait_for(condition, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    return condition()


def test_a_plain_international_number_is_read_as_phonenumbers_parse_reads_it():
    """'+CC …' in digits and plain separators skips phonenumbers.parse (phones._international); on numbers of
    every country code, valid, one digit off, too long, too short, with a leading zero, the answer is parse's."""
    import random

    import phonenumbers

    from app.services.phones import _UNSURE, _international

    rng = random.Random(18)
    decided = 0
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        region = phonenumbers.region_code_for_country_code(code)
        examples = [phonenumbers.example_number_for_type(region, kind) for kind in
                    (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)]
        for example in [e for e in examples if e is not None] or [None]:
            base = str(example.national_number) if example else "2345678"
            for variant in (base, base[:-1], base + "5", "0" + base, base[:-2] + str(rng.randint(0, 99)).zfill(2),
                            str(rng.randint(1, 9)) + base[1:], base[:3]):
                separator = rng.choice([" ", "-", ".", ""])
                text = f"+{code}{separator}{variant[:3]}{separator}{variant[3:]}".rstrip(separator)
                got = _international(text)
                if got is _UNSURE:
                    continue
                decided += 1
                try:
                    parsed = phonenumbers.parse(text, rng.choice(["CN", "US", "ES", "GB"]))
                    want = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) \
                        if phonenumbers.is_valid_number(parsed) else None
                except phonenumbers.NumberParseException:
                    want = None
                assert got == want, text
    assert decided > 1000  # the fast path is taken, not skipped


def test_a_plain_national_number_is_read_as_phonenumbers_parse_reads_it():
    """A number in a region's national form, digits and plain separators, skips phonenumbers.parse
    (phones._national); on numbers of every region, valid, one digit off, too long, too short, after
    the country code, the international or a national prefix, the answer is parse's."""
    import random

    import phonenumbers

    from app.services.phones import _UNSURE, _national

    rng = random.Random(18)
    decided = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS) + ["cn", "ZZ"]:
        code = str(phonenumbers.country_code_for_region(region.upper()))
        examples = [phonenumbers.example_number_for_type(region.upper(), kind) for kind in
                    (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)]
        for example in [e for e in examples if e is not None] or [None]:
            base = str(example.national_number) if example else "2345678"
            for variant in (base, base[:-1], base + "5", code + base, "00" + base, "011" + base, "810" + base,
                            "1" + base, "17951" + base, base[:-2] + str(rng.randint(0, 99)).zfill(2),
                            str(rng.randint(1, 9)) + base[1:], base[:3], base[:1], base * 3):
                separator = rng.choice([" ", "-", ".", ""])
                text = f"{variant[:3]}{separator}{variant[3:]}".rstrip(separator)
                got = _national(text, region)
                if got is _UNSURE:
                    continue
                decided += 1
                try:
                    parsed = phonenumbers.parse(text, region)
                    want = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) \
                        if phonenumbers.is_valid_number(parsed) else None
                except phonenumbers.NumberParseException:
                    want = None
                assert got == want, (text, region)
    assert decided > 1000  # the fast path is taken, not skipped
