"""WebDAV/CardDAV XML: the request bodies we send and the multistatus answers we read.

A server's XML is untrusted input: it is parsed with defusedxml (no entity expansion, no
external entities), and anything missing or odd in it is skipped rather than trusted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

DAV = "{DAV:}"
CARD = "{urn:ietf:params:xml:ns:carddav}"
_NS = 'xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"'


class NotXml(Exception):
    """The answer is not (safe) XML."""


@dataclass
class DavResponse:
    href: str  # an absolute path, percent-decoded, as the identity of a resource
    status: int = 200  # of the response as a whole (a deleted member in a sync report: 404)
    props: dict[str, Element] = field(default_factory=dict)  # found (200) properties by Clark name

    def text(self, name: str) -> Optional[str]:
        element = self.props.get(name)
        return element.text if element is not None and element.text is not None else None

    def child_href(self, name: str) -> Optional[str]:
        element = self.props.get(name)
        found = element.find(f"{DAV}href") if element is not None else None
        return found.text.strip() if found is not None and found.text else None

    def is_addressbook(self) -> bool:
        kind = self.props.get(f"{DAV}resourcetype")
        return kind is not None and kind.find(f"{CARD}addressbook") is not None

    def is_collection(self) -> bool:
        kind = self.props.get(f"{DAV}resourcetype")
        return kind is not None and kind.find(f"{DAV}collection") is not None


@dataclass
class Multistatus:
    responses: list[DavResponse]
    sync_token: Optional[str] = None


def path_of(href: str) -> str:
    """The percent-decoded path of an href, whether the server wrote it absolute or as a path."""
    return unquote(urlsplit(href.strip()).path)


def _status_code(element: Optional[Element]) -> Optional[int]:
    if element is None or not element.text:
        return None
    parts = element.text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def parse_multistatus(body: bytes) -> Multistatus:
    try:
        root = ElementTree.fromstring(body)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise NotXml(str(exc)) from None
    if root.tag != f"{DAV}multistatus":
        raise NotXml(f"expected a DAV multistatus, got {root.tag}")
    responses = []
    for item in root.findall(f"{DAV}response"):
        href = item.find(f"{DAV}href")
        if href is None or not href.text:
            continue
        response = DavResponse(path_of(href.text), _status_code(item.find(f"{DAV}status")) or 200)
        for propstat in item.findall(f"{DAV}propstat"):
            if (_status_code(propstat.find(f"{DAV}status")) or 200) // 100 != 2:
                continue
            prop = propstat.find(f"{DAV}prop")
            for element in prop if prop is not None else ():
                response.props[element.tag] = element
        responses.append(response)
    token = root.find(f"{DAV}sync-token")
    return Multistatus(responses, token.text.strip() if token is not None and token.text else None)


def propfind(*props: str) -> bytes:
    """A PROPFIND body asking for `props`, written "d:getetag" or "c:addressbook-home-set"."""
    inner = "".join(f"<{p}/>" for p in props)
    return f'<?xml version="1.0" encoding="utf-8"?><d:propfind {_NS}><d:prop>{inner}</d:prop></d:propfind>'.encode()


def sync_collection(token: Optional[str]) -> bytes:
    """RFC 6578: what changed since `token` (all members when None), with their ETags."""
    token_xml = f"<d:sync-token>{escape(token)}</d:sync-token>" if token else "<d:sync-token/>"
    return (f'<?xml version="1.0" encoding="utf-8"?><d:sync-collection {_NS}>{token_xml}'
            f'<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>').encode()


def addressbook_multiget(hrefs: list[str]) -> bytes:
    """RFC 6352 8.7: these cards, with ETag and data, in one request."""
    inner = "".join(f"<d:href>{escape(h)}</d:href>" for h in hrefs)
    return (f'<?xml version="1.0" encoding="utf-8"?><c:addressbook-multiget {_NS}>'
            f'<d:prop><d:getetag/><c:address-data/></d:prop>{inner}</c:addressbook-multiget>').encode()


def mkcol_addressbook(name: str) -> bytes:
    """RFC 5689 extended MKCOL making an address book (for tests, benchmarks and `sync add` on an empty home)."""
    return (f'<?xml version="1.0" encoding="utf-8"?><d:mkcol {_NS}><d:set><d:prop>'
            f'<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>'
            f'<d:displayname>{escape(name)}</d:displayname></d:prop></d:set></d:mkcol>').encode()


def is_invalid_sync_token(body: bytes) -> bool:
    """The server no longer knows our token (RFC 6578 3.2: 403 with DAV:valid-sync-token)."""
    return b"valid-sync-token" in body
