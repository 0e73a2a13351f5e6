"""Real CardDAV servers on 127.0.0.1 for the sync tests and benchmarks: Radicale and Xandikos,
started as subprocesses on a free port with their storage in a folder of ours, as python-caldav's
own tests do. Radicale asks for a password (htpasswd, plain) so a wrong one can be tried."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

USER, PASSWORD = "user", "secret"


@dataclass
class DavServer:
    kind: str
    root: str  # http://127.0.0.1:PORT/
    book_url: str  # an address book ready to sync
    username: str
    password: str
    storage: Path
    process: subprocess.Popen

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def upload(self, cards: dict[str, str]) -> None:
        """Put cards (name → text) in the book as a phone would have, quickly: Radicale's are written into
        its storage folder (it reads new files on the next request), Xandikos gets one PUT each."""
        if self.kind == "radicale":
            folder = self.storage / "collection-root" / self.username / "contacts"
            for name, text in cards.items():
                (folder / f"{name}.vcf").write_text(text, encoding="utf-8", newline="")
            return
        with self.http() as client:
            for name, text in cards.items():
                client.put(f"{self.book_url}{name}.vcf", content=text.encode(),
                           headers={"Content-Type": "text/vcard; charset=utf-8"}).raise_for_status()

    def http(self) -> httpx.Client:
        """A plain client, for a test to act as the phone on the other side."""
        auth = (self.username, self.password) if self.username else None
        return httpx.Client(auth=auth, timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, auth=None) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the CardDAV server stopped: {process.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            httpx.request("PROPFIND", url, auth=auth, headers={"Depth": "0"}, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the CardDAV server did not start in 30 s")


def start_radicale(folder: Path) -> DavServer:
    folder.mkdir(parents=True, exist_ok=True)
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder / "collections"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
         "--rights-type", "owner_only", "--logging-level", "error",
         # Validate the item cache by mtime and size, not by hashing every card at each request: what a
         # server holding thousands of cards is configured with (measured in bench/sync_bench.py).
         "--storage-use-mtime-and-size-for-item-cache", "True"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = f"http://127.0.0.1:{port}/"
    _wait(root, process, (USER, PASSWORD))
    book = f"{root}{USER}/contacts/"
    from app.services.sync.davxml import mkcol_addressbook

    httpx.request("MKCOL", book, content=mkcol_addressbook("Contacts"), auth=(USER, PASSWORD), timeout=30
                  ).raise_for_status()
    return DavServer("radicale", root, book, USER, PASSWORD, folder / "collections", process)


def start_xandikos(folder: Path) -> DavServer:
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "xandikos", "serve", "-d", str(folder / "data"), "--defaults", "-l", "127.0.0.1",
         "-p", str(port), "--state-dir", str(folder / "state")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = f"http://127.0.0.1:{port}/"
    _wait(root, process)
    return DavServer("xandikos", root, f"{root}user/contacts/addressbook/", "", "", folder / "data", process)


STARTERS = {"radicale": start_radicale, "xandikos": start_xandikos}
