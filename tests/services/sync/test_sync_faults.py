"""Bad servers and faults: one line naming the server or card, and nothing changed here; a sync killed
with SIGKILL is finished by the next one without a duplicate on either side."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select

from app.models import Contact, SyncItem
from app.services.importing.pipeline import import_files
from app.services.sync import SyncFailed, discover, sync_book
from bench.dav_servers import free_port

from .conftest import card, link, person


def _state(db):
    with db() as s:
        return (s.scalar(select(func.count()).select_from(Contact)),
                s.scalar(select(func.count()).select_from(SyncItem)))


def test_an_unreachable_server_is_named(db):
    port = free_port()
    with pytest.raises(SyncFailed) as failure:
        discover(f"http://127.0.0.1:{port}/", "user", "secret")
    assert str(failure.value).startswith(f"127.0.0.1:{port}: cannot reach the server")
    assert "\n" not in str(failure.value)


def test_a_wrong_password_is_refused_with_one_line_and_changes_nothing(db, radicale, phone, monkeypatch):
    given, family, number, email = person(1)
    phone.server.upload({"card-1": card("card-1", given, family, number, email)})
    link(db, radicale)
    sync_book(db, "Phone")
    phone.server.upload({"card-2": card("card-2", "Other", "Person", "+1 415 2000002")})
    before = _state(db)
    with pytest.raises(SyncFailed) as failure:
        sync_book(db, "Phone", password="wrong")
    assert str(failure.value) == f"{radicale.root[7:-1]}: the user name or password was refused"
    assert _state(db) == before


def test_tls_to_a_plain_server_is_a_tls_error(radicale):
    with pytest.raises(SyncFailed) as failure:
        discover(radicale.root.replace("http://", "https://"), "user", "secret")
    assert "secure (TLS) connection failed" in str(failure.value)


class _NotDav(BaseHTTPRequestHandler):
    def _html(self):
        body = b"<html><body>Welcome to my blog</body>"
        self.send_response(207)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PROPFIND = do_REPORT = do_GET = _html

    def log_message(self, *args):
        pass


def test_an_answer_that_is_not_xml_is_named(db):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _NotDav)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(SyncFailed) as failure:
            discover(f"http://127.0.0.1:{server.server_port}/dav/")
        assert "is not WebDAV XML" in str(failure.value) and f"127.0.0.1:{server.server_port}" in str(failure.value)
    finally:
        server.shutdown()


def test_a_card_that_is_not_a_vcard_is_named_and_the_others_sync(db, radicale, phone):
    given, family, number, email = person(1)
    phone.put("card-1", card("card-1", given, family, number, email))
    phone.put("empty", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:empty\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n")  # no one
    link(db, radicale)
    report = sync_book(db, "Phone")
    assert report.added == 1
    assert report.problems == ["card /user/contacts/empty.vcf: not a vCard; left as it is on the server"]


def test_a_sync_killed_mid_way_is_finished_by_the_next_without_duplicates(db, db_path, radicale, phone, tmp_path):
    phone.server.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(20)})
    link(db, radicale)
    sync_book(db, "Phone")
    here = tmp_path / "here.vcf"  # 150 contacts come into the store from a file, to go up
    here.write_text("".join(card(f"file-{n}", *person(n)).replace(f"UID:file-{n}\r\n", "") for n in range(1000, 1150)))
    import_files(db, [here])
    folder = radicale.storage / "collection-root" / "user" / "contacts"
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", str(db_path), "sync"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(list(folder.glob("*.vcf"))) < 45 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # A PUT the server had read before the kill is still written after it: count once the folder is still.
    sent, settled = len(list(folder.glob("*.vcf"))), time.monotonic() + 10
    while time.monotonic() < settled:
        time.sleep(0.3)
        now = len(list(folder.glob("*.vcf")))
        if now == sent:
            break
        sent = now
    assert process.returncode == -signal.SIGKILL and 20 < sent < 170, f"the kill missed the upload ({sent} cards)"

    report = sync_book(db, "Phone")
    assert report.up == 170 - sent
    uids = phone.uids()
    assert len(uids) == 170 == len(set(uids))
    with db() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 170
        assert s.scalar(select(func.count(func.distinct(SyncItem.contact_id)))) == 170
    assert sync_book(db, "Phone").line() == "Phone: 0 down, 0 up, 0 deleted here, 0 deleted there, 0 conflicts merged"
