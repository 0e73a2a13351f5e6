"""A small CardDAV client (RFC 6352, RFC 6578) on httpx: discovery, listing, fetching, writing.

No maintained Python CardDAV client exists (the `caldav` package speaks CalDAV only), so this
is the few requests a sync needs. Every failure a person could meet (server down, wrong
password, a TLS problem, an answer that is not XML) becomes one SyncFailed line naming the server.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional
from urllib.parse import quote, urljoin, urlsplit

import httpx

from ..errors import QT_TRANSLATE_NOOP, ServiceError
from . import davxml
from .davxml import CARD, DAV, NotXml

MULTIGET_BATCH = 500  # cards per addressbook-multiget: large enough to be quick, small enough to stream
# A big book on a server with a cold cache (Radicale parses every card once) can take a minute to list.
TIMEOUT = httpx.Timeout(120.0, connect=10.0)
USER_AGENT = "Rapport-CardDAV/1"
_PATH_SAFE = "/~@!$&'()*+,;=:"


class SyncFailed(ServiceError):
    """The sync could not be done; nothing was changed in the store. The message names the server or card."""


class PreconditionFailed(Exception):
    """412: the card changed on the server since we read it (or already exists)."""


class InvalidSyncToken(Exception):
    """The server forgot our sync token: list everything instead."""


@dataclass
class Book:
    url: str
    name: str


def server_of(url: str) -> str:
    return urlsplit(url).netloc or url


class CardDavClient:
    def __init__(self, url: str, username: str = "", password: str = "", *, verify: bool = True) -> None:
        self.url = url
        self.server = server_of(url)
        auth = httpx.BasicAuth(username, password) if username else None
        self.http = httpx.Client(auth=auth, timeout=TIMEOUT, follow_redirects=True, verify=verify,
                                 headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> "CardDavClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------------

    def request(self, method: str, url: str, *, body: Optional[bytes] = None, headers: Optional[dict] = None,
                ok: tuple[int, ...] = (200, 201, 204, 207)) -> httpx.Response:
        headers = dict(headers or {})
        if body is not None and "Content-Type" not in headers:
            headers["Content-Type"] = "application/xml; charset=utf-8"
        try:
            response = self.http.request(method, url, content=body, headers=headers)
        except httpx.ConnectError as exc:
            reason = str(exc)
            if "SSL" in reason or "CERTIFICATE" in reason.upper() or "TLS" in reason:
                raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the secure (TLS) connection failed "
                                                               "({reason})"),
                                 server=self.server, reason=_short(reason)) from None
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: cannot reach the server ({reason})"),
                             server=self.server, reason=_short(reason)) from None
        except httpx.TimeoutException:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the server did not answer in time"),
                             server=self.server) from None
        except httpx.HTTPError as exc:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: cannot reach the server ({reason})"),
                             server=self.server, reason=_short(str(exc) or type(exc).__name__)) from None
        if response.status_code == 401:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the user name or password was refused"),
                             server=self.server)
        if response.status_code == 412:
            raise PreconditionFailed(url)
        if response.status_code not in ok:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the server answered {status} to {method} "
                                                           "{path}"),
                             server=self.server, status=response.status_code, method=method,
                             path=urlsplit(url).path)
        return response

    def multistatus(self, method: str, url: str, body: bytes, depth: str) -> davxml.Multistatus:
        response = self.request(method, url, body=body, headers={"Depth": depth})
        try:
            return davxml.parse_multistatus(response.content)
        except NotXml:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the answer to {method} {path} is not "
                                                           "WebDAV XML; is this a CardDAV address?"),
                             server=self.server, method=method, path=urlsplit(url).path) from None

    def absolute(self, href: str) -> str:
        """The URL of an href as davxml keeps it (a decoded path)."""
        return urljoin(self.url, quote(href, safe=_PATH_SAFE))

    # -- discovery ---------------------------------------------------------------------------------

    def discover(self) -> list[Book]:
        """The address books at `self.url`: the book itself, or those of the user found through
        /.well-known/carddav, current-user-principal and addressbook-home-set (RFC 6764, RFC 6352)."""
        probe = davxml.propfind("d:resourcetype", "d:displayname", "d:current-user-principal",
                                "c:addressbook-home-set")
        found = self._books_at(self.url, probe)
        if found is not None:
            return found
        here = self.multistatus("PROPFIND", self.url, probe, "0").responses
        principal = here[0].child_href(f"{DAV}current-user-principal") if here else None
        if principal is None:
            try:
                well_known = self.multistatus("PROPFIND", urljoin(self.url, "/.well-known/carddav"), probe, "0")
                principal = next((r.child_href(f"{DAV}current-user-principal") for r in well_known.responses
                                  if r.child_href(f"{DAV}current-user-principal")), None)
            except SyncFailed:
                principal = None
        if principal is None:
            return []
        home_answer = self.multistatus("PROPFIND", self.absolute(principal), probe, "0").responses
        home = home_answer[0].child_href(f"{CARD}addressbook-home-set") if home_answer else None
        if home is None:
            return []
        return self._books_at(self.absolute(home), probe, depth="1") or []

    def _books_at(self, url: str, probe: bytes, depth: str = "0") -> Optional[list[Book]]:
        answer = self.multistatus("PROPFIND", url, probe, depth).responses
        books = [Book(self.absolute(r.href if r.href.endswith("/") else r.href + "/"),
                      r.text(f"{DAV}displayname") or r.href.rstrip("/").rsplit("/", 1)[-1])
                 for r in answer if r.is_addressbook()]
        return books or None

    def make_addressbook(self, url: str, name: str) -> None:
        self.request("MKCOL", url, body=davxml.mkcol_addressbook(name))

    # -- listing -----------------------------------------------------------------------------------

    def changes_since(self, book_url: str, token: Optional[str]) -> tuple[dict[str, str], set[str], Optional[str]]:
        """(changed href → ETag, deleted hrefs, new token) by sync-collection; with no token, every card.
        Raises InvalidSyncToken when the server no longer knows `token`."""
        try:
            response = self.request("REPORT", book_url, body=davxml.sync_collection(token), headers={"Depth": "0"},
                                    ok=(207,))
        except SyncFailed as exc:
            if exc.params.get("status") in (403, 409, 400):
                raise InvalidSyncToken() from None
            raise
        except PreconditionFailed:
            raise InvalidSyncToken() from None
        try:
            answer = davxml.parse_multistatus(response.content)
        except NotXml:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "{server}: the answer to {method} {path} is not "
                                                           "WebDAV XML; is this a CardDAV address?"),
                             server=self.server, method="REPORT", path=urlsplit(book_url).path) from None
        book_path = davxml.path_of(book_url)
        changed, deleted = {}, set()
        for r in answer.responses:
            if r.href.rstrip("/") == book_path.rstrip("/") or r.href.endswith("/"):
                continue
            if r.status == 404:
                deleted.add(r.href)
            elif r.text(f"{DAV}getetag"):
                changed[r.href] = r.text(f"{DAV}getetag")
        return changed, deleted, answer.sync_token

    def list_etags(self, book_url: str) -> dict[str, str]:
        """Every card in the book and its ETag (PROPFIND, for servers without sync-collection)."""
        answer = self.multistatus("PROPFIND", book_url, davxml.propfind("d:resourcetype", "d:getetag"), "1")
        book_path = davxml.path_of(book_url).rstrip("/")
        return {r.href: r.text(f"{DAV}getetag") or "" for r in answer.responses
                if r.href.rstrip("/") != book_path and not r.is_collection()}

    def fetch(self, book_url: str, hrefs: list[str]) -> Iterator[tuple[str, str, str]]:
        """(href, ETag, card text) of each card, by addressbook-multiget in batches; gone ones are left out."""
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            chunk = hrefs[start : start + MULTIGET_BATCH]
            answer = self.multistatus("REPORT", book_url,
                                      davxml.addressbook_multiget([quote(h, safe=_PATH_SAFE) for h in chunk]), "1")
            for r in answer.responses:
                data = r.text(f"{CARD}address-data")
                if r.status // 100 == 2 and data is not None:
                    yield r.href, r.text(f"{DAV}getetag") or "", data

    # -- writing -----------------------------------------------------------------------------------

    def put(self, href: str, card: str, etag: Optional[str]) -> Optional[str]:
        """Write a card: over `etag` (If-Match), or new (If-None-Match: *). The new ETag, when the server says."""
        condition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        response = self.request("PUT", self.absolute(href), body=card.encode("utf-8"),
                                headers={"Content-Type": "text/vcard; charset=utf-8", **condition})
        return response.headers.get("ETag")

    def delete(self, href: str, etag: Optional[str]) -> None:
        """Delete a card; one already gone is fine."""
        headers = {"If-Match": etag} if etag else {}
        self.request("DELETE", self.absolute(href), headers=headers, ok=(200, 204, 404))


def _short(reason: str) -> str:
    return (reason.splitlines() or [""])[0][:160]
