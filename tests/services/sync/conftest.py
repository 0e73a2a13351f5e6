"""A live CardDAV server per test (Radicale, or Xandikos too where the test says so), a store linked to it,
and a phone's view of the server: plain HTTP requests, as another client would make them."""
from __future__ import annotations

import pytest

from bench.dav_servers import STARTERS, DavServer
from app.services.sync import add_book


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    """The tests never read or write the user's keyring; the password comes from the environment."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("RAPPORT_CARDDAV_PASSWORD", "secret")


def _start(kind: str, tmp_path) -> DavServer:
    return STARTERS[kind](tmp_path / kind)


@pytest.fixture
def radicale(tmp_path):
    server = _start("radicale", tmp_path)
    yield server
    server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def any_server(request, tmp_path):
    server = _start(request.param, tmp_path)
    yield server
    server.stop()


class Phone:
    """What a phone does to the address book on the server."""

    def __init__(self, server: DavServer) -> None:
        self.server = server
        self.http = server.http()

    def put(self, uid: str, card: str, etag: str | None = None) -> str:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        response = self.http.put(f"{self.server.book_url}{uid}.vcf", content=card.encode(), headers=headers)
        response.raise_for_status()
        return response.headers.get("ETag", "")

    def get(self, href_or_uid: str) -> str:
        url = href_or_uid if href_or_uid.startswith("/") else f"{self.server.book_url}{href_or_uid}.vcf"
        response = self.http.get(self.server.root.rstrip("/") + url if url.startswith("/") else url)
        response.raise_for_status()
        return response.text

    def delete(self, uid: str) -> None:
        self.http.delete(f"{self.server.book_url}{uid}.vcf").raise_for_status()

    def cards(self) -> dict[str, str]:
        """href → card text of every card in the book."""
        from app.services.sync.client import CardDavClient

        with CardDavClient(self.server.book_url, self.server.username, self.server.password) as client:
            hrefs = list(client.list_etags(self.server.book_url))
            return {href: text for href, _etag, text in client.fetch(self.server.book_url, hrefs)}

    def uids(self) -> list[str]:
        return [line.split(":", 1)[1].strip() for text in self.cards().values() for line in text.splitlines()
                if line.upper().startswith("UID:")]


def card(uid: str, given: str, family: str, phone: str, email: str | None = None, extra: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{given} {family}", f"N:{family};{given};;;",
             f"TEL;TYPE=CELL:{phone}"]
    if email:
        lines.append(f"EMAIL;TYPE=WORK:{email}")
    lines += [line for line in extra.splitlines() if line]
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def person(n: int) -> tuple[str, str, str, str]:
    """(given, family, phone, email) of the n-th test person: a valid US number each."""
    return f"Given{n}", f"Family{n}", f"+1 415 {2000000 + n:07d}", f"p{n}@example.com"


@pytest.fixture
def phone(radicale):
    return Phone(radicale)


def link(db, server: DavServer, label: str = "Phone") -> str:
    add_book(db, server.book_url, server.username, server.password, label)
    return label
