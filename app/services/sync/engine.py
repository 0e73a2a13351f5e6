"""One sync of one address book: what changed on the server comes down, then what changed here goes up.

The order makes a failed or killed sync harmless. (1) Everything is read from the server first:
a server that is down, refuses the password or answers nonsense stops the sync before the store
is touched. (2) What came down is written in one transaction, with the status rows and the new
sync token: it lands whole or not at all. (3) Each card sent up updates its status row at once;
a new card's href is made from the contact's UID, written before the card is sent, so a sync
killed between the PUT and its status row finds the card again next time (If-None-Match: * → 412)
and links it instead of sending a second one.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, SyncBook, SyncItem

from ..errors import QT_TRANSLATE_NOOP
from . import local
from .cards import BadCard, RemoteCard, read_card, read_cards
from .client import CardDavClient, InvalidSyncToken, SyncFailed
from .fields import FIELD_NAMES, FieldSet, from_json, to_json
from .linking import create_contacts, find_matches
from .merge import Conflict, merge
from .report import Progress, SyncReport


class SyncCancelled(Exception):
    """The user stopped the sync before anything was written."""


@dataclass
class Item:
    """A status row, as read at the start of a sync."""

    id: int
    contact_id: Optional[int]  # None: deleted for good here
    uid: str
    href: str
    etag: Optional[str]
    remote_hash: str
    local_hash: str
    # The two large texts are read for the few cards a sync merges or sends, not for all 10,000.
    local_fields: Optional[str] = None
    card: Optional[str] = None

    def texts(self, session: Session) -> "Item":
        if self.card is None:
            self.local_fields, self.card = session.execute(
                select(SyncItem.local_fields, SyncItem.card).where(SyncItem.id == self.id)).one()
        return self


def card_hash(text: str) -> str:
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def load_items(session: Session, book_id: int) -> dict[str, Item]:
    rows = session.execute(select(SyncItem.id, SyncItem.contact_id, SyncItem.uid, SyncItem.href, SyncItem.etag,
                                  SyncItem.remote_hash, SyncItem.local_hash).where(SyncItem.book_id == book_id))
    return {row.href: Item(*row) for row in rows}


def server_changes(client: CardDavClient, book: SyncBook, items: dict[str, Item], report: SyncReport
                   ) -> tuple[dict[str, str], set[str], Optional[str]]:
    """(href → ETag of cards to read, hrefs deleted on the server, the new sync token)."""
    if book.sync_token:
        try:
            changed, deleted, token = client.changes_since(book.url, book.sync_token)
            changed = {h: e for h, e in changed.items() if h not in items or items[h].etag != e}
            return changed, deleted & set(items), token
        except InvalidSyncToken:
            pass
    report.full_listing = True
    try:
        listing, _, token = client.changes_since(book.url, None)
    except InvalidSyncToken:  # no sync-collection at all: PROPFIND and compare ETags
        listing, token = client.list_etags(book.url), None
    changed = {h: e for h, e in listing.items() if h not in items or items[h].etag != e}
    return changed, set(items) - set(listing), token


def read_remote(client: CardDavClient, book: SyncBook, hrefs: list[str], region: str, report: SyncReport,
                progress: Progress) -> list[tuple[str, str, RemoteCard]]:
    fetched: list[tuple[str, str, str]] = []
    for n, answer in enumerate(client.fetch(book.url, hrefs)):
        fetched.append(answer)
        if n % 500 == 0:
            progress(n, len(hrefs) * 2)
            if progress.cancelled():
                raise SyncCancelled()
    cards = []
    for (href, etag, _text), card in zip(fetched, read_cards([(href, text) for href, _, text in fetched], region)):
        if isinstance(card, BadCard):
            report.problems.append(str(card))
            continue
        card.uid = card.uid or href.rstrip("/").rsplit("/", 1)[-1]  # a card without UID: its name stands in
        cards.append((href, etag, card))
    return cards


def apply_down(session: Session, book: SyncBook, items: dict[str, Item], cards: list[tuple[str, str, RemoteCard]],
               deleted: set[str], region: str, report: SyncReport) -> None:
    """Everything that came from the server, written in the caller's one transaction."""
    by_uid = {item.uid: item for item in items.values()}
    new_cards: list[tuple[str, str, RemoteCard]] = []
    groups: list[RemoteCard] = []
    for href, etag, card in cards:
        if card.group_name is not None:
            groups.append(card)
            continue
        item = items.get(href) or (by_uid.get(card.uid) if card.uid else None)
        if item is None:
            new_cards.append((href, etag, card))
        elif card_hash(card.text) == item.remote_hash or item.contact_id is None:
            # Only the ETag moved: no change (vdirsyncer #257). Or nothing here to merge into any more.
            session.execute(update(SyncItem).where(SyncItem.id == item.id).values(etag=etag, href=href))
        else:
            _merge_changed(session, book, item, href, etag, card, region, report)
    new_cards = _one_card_per_uid(new_cards, report)
    if new_cards:
        linked = {item.contact_id for item in items.values()}
        matches = find_matches(session, [card for _, _, card in new_cards], linked)
        fresh = []
        for (href, etag, card), contact_id in zip(new_cards, matches):
            if contact_id is None:
                fresh.append((href, etag, card))
            else:
                report.linked += 1
                link(session, book, contact_id, href, etag, card, region, report)
        created = create_contacts(session, book.label, [card for _, _, card in fresh])
        marks = local.fingerprints(session, created)
        after = local.read_contacts(session, created)
        rows = [_item_row(book.id, contact_id, card.uid, href, etag, card.text, after[contact_id], marks[contact_id])
                for (href, etag, card), contact_id in zip(fresh, created)]
        for start in range(0, len(rows), 5000):
            session.execute(insert(SyncItem), rows[start : start + 5000])
        report.added += len(created)
        report.down += len(created)
    gone = [items[href] for href in deleted if href in items]
    report.deleted_here += local.trash(session, [item.contact_id for item in gone if item.contact_id is not None])
    if gone:
        session.execute(delete(SyncItem).where(SyncItem.id.in_([item.id for item in gone])))
    if groups:
        uids = local.uids(session)
        for card in groups:
            local.group_members(session, uids, card.group_name or "", card.members)


def _one_card_per_uid(cards: list[tuple[str, str, RemoteCard]], report: SyncReport) -> list[tuple[str, str, RemoteCard]]:
    """Two cards with one UID are one contact written twice on the server (vdirsyncer #1093): the first
    is synced, the other named in the report and left alone, never merged or doubled silently."""
    seen: dict[str, str] = {}
    kept = []
    for href, etag, card in cards:
        if card.uid in seen:
            report.problems.append(f"card {href}: same UID as {seen[card.uid]}; left as it is on the server")
            continue
        seen[card.uid] = href
        kept.append((href, etag, card))
    return kept


def _merge_changed(session: Session, book: SyncBook, item: Item, href: str, etag: str, card: RemoteCard,
                   region: str, report: SyncReport) -> None:
    item.texts(session)
    base_local = from_json(item.local_fields)
    try:
        base_remote = read_card(item.card, href, region).fields
    except BadCard:
        base_remote = None
    mine = local.read_contacts(session, [item.contact_id]).get(item.contact_id, FieldSet())
    merged, conflicts = merge(mine, base_local, card.fields, base_remote,
                              remote_is_newer=_remote_is_newer(session, item.contact_id, card))
    if local.apply(session, item.contact_id, mine, merged, region):
        report.down += 1
    _note_conflicts(session, book, item.contact_id, conflicts, report, mine)
    fingerprint = local.fingerprints(session, [item.contact_id])[item.contact_id]
    after = local.read_contacts(session, [item.contact_id])[item.contact_id]
    session.execute(update(SyncItem).where(SyncItem.id == item.id).values(
        href=href, etag=etag, card=card.text, remote_hash=card_hash(card.text), local_fields=to_json(after),
        local_hash=fingerprint if _same(merged, card.fields) else ""))


def link(session: Session, book: SyncBook, contact_id: int, href: str, etag: str, card: RemoteCard, region: str,
         report: SyncReport) -> None:
    """A card found to be a contact already here: merged into it (nothing typed here is overwritten)."""
    mine = local.read_contacts(session, [contact_id])[contact_id]
    merged, conflicts = merge(mine, None, card.fields, None, remote_is_newer=False)
    if local.apply(session, contact_id, mine, merged, region):
        report.down += 1
    _note_conflicts(session, book, contact_id, conflicts, report, mine)
    fingerprint = local.fingerprints(session, [contact_id])[contact_id]
    after = local.read_contacts(session, [contact_id])[contact_id]
    uid = card.uid or href.rsplit("/", 1)[-1]
    session.execute(update(Contact).where(Contact.id == contact_id, Contact.uid.is_(None)).values(uid=uid))
    _insert_item(session, book.id, contact_id, uid, href, etag, card.text, after,
                 fingerprint if _same(merged, card.fields) else "")


def _insert_item(session: Session, book_id: int, contact_id: int, uid: Optional[str], href: str, etag: str,
                 text: str, fields: FieldSet, local_hash: str) -> None:
    session.execute(insert(SyncItem), [_item_row(book_id, contact_id, uid, href, etag, text, fields, local_hash)])


def _item_row(book_id: int, contact_id: int, uid: Optional[str], href: str, etag: str, text: str, fields: FieldSet,
              local_hash: str) -> dict:
    """A status row. `local_hash`: the contact's fingerprint when the server holds what the contact holds,
    "" when the contact is to be sent up."""
    return {"book_id": book_id, "contact_id": contact_id, "uid": uid or href.rsplit("/", 1)[-1], "href": href,
            "etag": etag, "card": text, "remote_hash": card_hash(text), "local_fields": to_json(fields),
            "local_hash": local_hash}


def _same(merged: FieldSet, remote: FieldSet) -> bool:
    """True when the server already holds the merged fields (nothing to send up)."""
    a, b = merged.canonical(), remote.canonical()
    a.pop("photo"), b.pop("photo")
    return a == b and not merged.photo_up


def _remote_is_newer(session: Session, contact_id: int, card: RemoteCard) -> bool:
    if card.revised is None:
        return True  # a phone that writes no REV: its change is the one just seen
    updated = session.scalar(select(Contact.updated_at).where(Contact.id == contact_id))
    return updated is None or card.revised >= updated


def _note_conflicts(session: Session, book: SyncBook, contact_id: int, conflicts: list[Conflict],
                    report: SyncReport, mine: FieldSet) -> None:
    if not conflicts:
        return
    report.conflicts += 1
    local.record_conflicts(session, contact_id, book.label, conflicts)
    name = mine.scalars.get("display_name") or str(contact_id)
    for c in conflicts:
        other = "the phone had" if c.other_side == "server" else "Rapport had"
        report.conflict_lines.append(f"{name}: {FIELD_NAMES.get(c.field, c.field)}: kept '{c.kept or ''}'; "
                                     f"{other} '{c.other or ''}' (in the history)")


def fail_if_missing(book: Optional[SyncBook], label: str) -> SyncBook:
    if book is None:
        raise SyncFailed(QT_TRANSLATE_NOOP("services", "address book '{label}': no such linked address book"),
                         label=label)
    return book
