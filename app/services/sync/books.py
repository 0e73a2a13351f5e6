"""Linked address books: link, unlink, list, and sync them (the seam the command line and window use)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, SyncBook, SyncItem, utcnow

from .. import settings
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from . import credentials
from .client import Book, CardDavClient, SyncFailed
from .engine import SyncCancelled, apply_down, fail_if_missing, load_items, read_remote, server_changes
from .report import Progress, ProgressCallback, SyncReport
from .upload import delete_trashed, push

DELETE_POLICIES = ("ask", "always", "never")


@dataclass
class BookStatus:
    label: str
    url: str
    username: str
    cards: int
    last_synced_at: Optional[datetime]
    last_report: Optional[dict]
    waiting_deletions: int


def discover(url: str, username: str = "", password: str = "") -> list[Book]:
    """The address books at `url` (a server or one book); raises SyncFailed naming the server."""
    with CardDavClient(_with_slash(url), username, password) as client:
        books = client.discover()
    if not books:
        raise SyncFailed(QT_TRANSLATE_NOOP("services", "{url}: no CardDAV address book found there; give the "
                                                       "address of the server or of one address book"), url=url)
    return books


def add_book(db: sessionmaker[Session], url: str, username: str = "", password: str = "",
             label: Optional[str] = None) -> tuple[str, Book, bool]:
    """Link the first address book found at `url`; (label, the book, whether the keyring kept the password)."""
    book = discover(url, username, password)[0]
    label = (label or book.name or "CardDAV").strip()
    with db.begin() as session:
        if session.scalar(select(SyncBook.id).where(SyncBook.label == label)) is not None:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "address book '{label}' is already linked; give "
                                                             "another name"), label=label)
        session.add(SyncBook(label=label, url=book.url, username=username))
    kept = credentials.save(book.url, username, password)
    return label, book, kept


def remove_book(db: sessionmaker[Session], label: str) -> int:
    """Unlink: forget the book and its status; no contact and no card is deleted. Returns the cards it had."""
    with db.begin() as session:
        book = fail_if_missing(session.scalars(select(SyncBook).where(SyncBook.label == label)).one_or_none(), label)
        cards = session.scalar(select(func.count()).select_from(SyncItem).where(SyncItem.book_id == book.id))
        url, username = book.url, book.username
        session.delete(book)
    credentials.forget(url, username)
    return cards or 0


def book_status(db: sessionmaker[Session]) -> list[BookStatus]:
    with db() as session:
        found = []
        for book in session.scalars(select(SyncBook).order_by(SyncBook.label)):
            cards = session.scalar(select(func.count()).select_from(SyncItem).where(SyncItem.book_id == book.id))
            waiting = session.scalar(
                select(func.count()).select_from(SyncItem).outerjoin(Contact, Contact.id == SyncItem.contact_id)
                .where(SyncItem.book_id == book.id,
                       SyncItem.contact_id.is_(None) | Contact.deleted_at.is_not(None)))
            found.append(BookStatus(book.label, book.url, book.username, cards or 0, book.last_synced_at,
                                    json.loads(book.last_report) if book.last_report else None, waiting or 0))
        return found


def labels(db: sessionmaker[Session]) -> list[str]:
    with db() as session:
        return list(session.scalars(select(SyncBook.label).order_by(SyncBook.label)))


def password_needed(db: sessionmaker[Session], label: str) -> bool:
    """True when neither the keyring nor $RAPPORT_CARDDAV_PASSWORD has it: the user must be asked."""
    with db() as session:
        book = fail_if_missing(session.scalars(select(SyncBook).where(SyncBook.label == label)).one_or_none(), label)
        return credentials.load(book.url, book.username) is None


def sync_book(db: sessionmaker[Session], label: str, *, password: Optional[str] = None,
              delete_on_server: Optional[bool] = None, progress: Optional[ProgressCallback] = None,
              is_cancelled: Optional[Callable[[], bool]] = None) -> SyncReport:
    """Sync one linked book both ways. `delete_on_server`: the user's answer when the setting is "ask"
    (None: not asked; the report then lists what waits). Raises SyncFailed with nothing changed here
    when the server cannot be read; SyncCancelled when cancelled before anything was written."""
    with db() as session:
        book = fail_if_missing(session.scalars(select(SyncBook).where(SyncBook.label == label)).one_or_none(), label)
        session.expunge(book)
        items = load_items(session, book.id)
    if password is None:
        password = credentials.load(book.url, book.username)
        if password is None:
            raise SyncFailed(QT_TRANSLATE_NOOP("services", "address book '{label}': no password in the keyring; "
                                                           "set RAPPORT_CARDDAV_PASSWORD or link it again"),
                             label=label)
    region = settings.phone_region(db)
    policy = settings.get(db, "sync_delete_on_server") or "ask"
    report = SyncReport(label)
    steps = Progress(progress, is_cancelled)
    with CardDavClient(book.url, book.username, password) as client:
        changed, deleted, token = server_changes(client, book, items, report)
        cards = read_remote(client, book, list(changed), region, report, steps)
        if steps.cancelled():
            raise SyncCancelled()
        with db.begin() as session:
            apply_down(session, book, items, cards, deleted, region, report)
            stored = session.get(SyncBook, book.id)
            stored.sync_token = token
        push(db, client, book, region, report, steps)
        delete_trashed(db, client, book, policy, delete_on_server, report)
    with db.begin() as session:
        stored = session.get(SyncBook, book.id)
        stored.last_synced_at = utcnow()
        stored.last_report = json.dumps(report.as_dict(), ensure_ascii=False)
    steps(1, 1)
    return report


def set_delete_policy(db: sessionmaker[Session], policy: str) -> None:
    if policy not in DELETE_POLICIES:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "delete on the server: '{value}' is not ask, always or "
                                                         "never"), value=policy)
    settings.put(db, "sync_delete_on_server", policy)


def _with_slash(url: str) -> str:
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    return url
