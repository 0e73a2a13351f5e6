"""CardDAV sync: the address books linked to the store, and one status row per synced card.

vdirsyncer's rule: per card, keep what each side held at the last sync (the server's href
and ETag, a hash of our own fields), and the card text last seen on the server. A changed
ETag alone is then no conflict, the last card is the base a field-by-field merge starts from,
and the properties Rapport does not model (X-…, IMPP, RELATED) go back up as they came.
"""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class SyncBook(Base):
    """A linked address book. The password is never here: it is in the system keyring."""

    __tablename__ = "sync_books"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(unique=True)
    url: Mapped[str]  # the address book collection itself, found by discovery
    username: Mapped[str] = mapped_column(default="")
    sync_token: Mapped[Optional[str]] = mapped_column(Text)  # RFC 6578; None: list everything next time
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_synced_at: Mapped[Optional[datetime]]
    last_report: Mapped[Optional[str]] = mapped_column(Text)  # JSON of the last sync's counts


class SyncItem(Base):
    """One card linked to one contact."""

    __tablename__ = "sync_items"
    __table_args__ = (UniqueConstraint("book_id", "uid", name="uq_sync_items_book_uid"),
                      UniqueConstraint("book_id", "href", name="uq_sync_items_book_href"))

    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("sync_books.id", ondelete="CASCADE"))
    # None once the contact was deleted for good here: the card is then handled like one in the trash
    # (deleted on the server as the user's setting says), never brought back as a new contact.
    contact_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    uid: Mapped[str]
    href: Mapped[str]
    etag: Mapped[Optional[str]] = mapped_column(String(200))
    remote_hash: Mapped[str] = mapped_column(String(64))  # of the card text last seen on the server
    local_hash: Mapped[str] = mapped_column(String(64))  # of the contact's synced fields; "" = to be sent up
    local_fields: Mapped[str] = mapped_column(Text)  # those fields (JSON): the contact's side of the merge base
    card: Mapped[str] = mapped_column(Text)  # the card as last synced: merge base, unknown properties
