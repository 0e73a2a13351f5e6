"""Sending up what changed here: edited contacts (If-Match), new ones (If-None-Match: *), and the
deletion of contacts put in the trash here, when the user's setting or answer says so.

Each card written updates its status row at once, so a sync cut off here loses nothing and sends
nothing twice. A 412 means the card changed on the server since it was read: it is read again,
merged into the contact and sent again.
"""
from __future__ import annotations

import hashlib
import re
import uuid
from typing import Optional

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, SyncBook, SyncItem

from . import local
from .cards import BadCard, read_card, write_card
from .client import CardDavClient, PreconditionFailed
from .davxml import path_of
from .engine import Item, _merge_changed, card_hash, link, load_items
from .fields import to_json
from .report import Progress, SyncReport

ATTEMPTS = 3  # a card changing on the server again and again between our read and our write
_SAFE_NAME = re.compile(r"[A-Za-z0-9._@-]{1,100}")


# Status rows are written every STATUS_BATCH cards, not one transaction per card: a sync cut off
# before a batch landed sends those cards again next time, and If-Match / If-None-Match turn that
# into a 412 that links or merges them instead of a copy.
STATUS_BATCH = 50


def push(db: sessionmaker[Session], client: CardDavClient, book: SyncBook, region: str, report: SyncReport,
         progress: Progress) -> None:
    with db() as session:
        items = load_items(session, book.id)
        # Fingerprints first, fields after: an edit made in between is seen as a change next time.
        marks = local.fingerprints(session)
        linked = {item.contact_id: item for item in items.values() if item.contact_id is not None}
        changed = [item for cid, item in linked.items() if cid in marks and marks[cid] != item.local_hash]
        fresh = [cid for cid in marks if cid not in linked]
        mine = local.read_contacts(session, [item.contact_id for item in changed] + fresh)
    total = len(changed) + len(fresh)
    done = 0
    pending: list[dict] = []
    for item in changed:
        _send_changed(db, client, book, item, region, report, mine[item.contact_id], marks[item.contact_id], pending)
        done += 1
        if len(pending) >= STATUS_BATCH or done == len(changed):
            _save(db, pending)
            progress(total + done, total * 2)
            if progress.cancelled():
                return
    uids = _give_uids(db, fresh, {item.uid for item in items.values()})
    for contact_id in fresh:
        _send_new(db, client, book, contact_id, uids[contact_id], mine[contact_id], marks[contact_id], region, report,
                  pending)
        done += 1
        if len(pending) >= STATUS_BATCH:
            _save(db, pending)
            progress(total + done, total * 2)
            if progress.cancelled():
                return
    _save(db, pending)


def _save(db, pending: list[dict]) -> None:
    """Status rows of cards sent: new ones (no "id") and updated ones."""
    if not pending:
        return
    with db.begin() as session:
        for row in pending:
            if "id" in row:
                session.execute(update(SyncItem).where(SyncItem.id == row["id"])
                                .values({k: v for k, v in row.items() if k != "id"}))
            else:
                session.add(SyncItem(**row))
    pending.clear()


def _give_uids(db, contact_ids: list[int], taken: set[str]) -> dict[int, str]:
    """Each new contact's UID, written before any card is sent: the href is made from it, so a sync
    killed after a PUT sends to the same href next time, gets 412, and links the card it sent."""
    uids: dict[int, str] = {}
    with db.begin() as session:
        for start in range(0, len(contact_ids), 500):
            chunk = contact_ids[start : start + 500]
            for cid, uid in session.execute(select(Contact.id, Contact.uid).where(Contact.id.in_(chunk))):
                if uid is None or uid in taken:
                    uid = str(uuid.uuid4()).upper()
                    session.execute(update(Contact).where(Contact.id == cid).values(uid=uid))
                taken.add(uid)
                uids[cid] = uid
    return uids


def _send_changed(db, client: CardDavClient, book: SyncBook, item: Item, region: str, report: SyncReport,
                  fields, mark: Optional[str], pending: list[dict]) -> None:
    for _attempt in range(ATTEMPTS):
        with db() as session:
            if fields is None:
                mark = local.fingerprints(session, [item.contact_id])[item.contact_id]
                fields = local.read_contacts(session, [item.contact_id])[item.contact_id]
            photo = local.photo_of(session, item.contact_id) if fields.photo else None
            item.texts(session)
        text = write_card(fields, item.uid, item.card, photo)
        try:
            etag = client.put(item.href, text, item.etag)
        except PreconditionFailed:
            _save(db, pending)
            if not _merge_again(db, client, book, item, region, report):
                return  # deleted on the server meanwhile: the next sync puts it in the trash
            with db() as session:
                item = next(i for i in load_items(session, book.id).values() if i.id == item.id)
            fields = None
            continue
        pending.append({"id": item.id, "etag": etag, "card": text, "remote_hash": card_hash(text),
                        "local_fields": to_json(fields), "local_hash": mark})
        report.up += 1
        return


def _merge_again(db, client: CardDavClient, book: SyncBook, item: Item, region: str, report: SyncReport) -> bool:
    fresh = list(client.fetch(book.url, [item.href]))
    if not fresh:
        return False
    href, etag, text = fresh[0]
    try:
        card = read_card(text, href, region)
    except BadCard as exc:
        report.problems.append(str(exc))
        return False
    with db.begin() as session:
        _merge_changed(session, book, item, href, etag, card, region, report)
    return True


def _send_new(db, client: CardDavClient, book: SyncBook, contact_id: int, uid: str, fields, mark: str, region: str,
              report: SyncReport, pending: list[dict]) -> None:
    name = uid if _SAFE_NAME.fullmatch(uid) else hashlib.sha1(uid.encode()).hexdigest()
    href = path_of(book.url).rstrip("/") + f"/{name}.vcf"
    photo = None
    if fields.photo:
        with db() as session:
            photo = local.photo_of(session, contact_id)
    text = write_card(fields, uid, None, photo)
    try:
        etag = client.put(href, text, None)
    except PreconditionFailed:
        _save(db, pending)
        _link_existing(db, client, book, contact_id, href, region, report)
        return
    pending.append({"book_id": book.id, "contact_id": contact_id, "uid": uid, "href": href, "etag": etag,
                    "card": text, "remote_hash": card_hash(text), "local_fields": to_json(fields),
                    "local_hash": mark})
    report.up += 1


def _link_existing(db, client: CardDavClient, book: SyncBook, contact_id: int, href: str, region: str,
                   report: SyncReport) -> None:
    """The card is there already (sent by a sync that was cut off): link it, then send what differs."""
    fresh = list(client.fetch(book.url, [href]))
    if not fresh:
        return
    href, etag, text = fresh[0]
    try:
        card = read_card(text, href, region)
    except BadCard as exc:
        report.problems.append(str(exc))
        return
    with db.begin() as session:
        link(session, book, contact_id, href, etag, card, region, report)
        item = load_items(session, book.id)[href]
    if item.local_hash == "":
        pending: list[dict] = []
        _send_changed(db, client, book, item, region, report, None, None, pending)
        _save(db, pending)


def delete_trashed(db: sessionmaker[Session], client: CardDavClient, book: SyncBook, policy: str,
                   confirmed: Optional[bool], report: SyncReport) -> None:
    """Cards of contacts in the trash here (or deleted for good): deleted on the server when the
    setting is "always", or "ask" and the user said yes; listed as waiting otherwise."""
    with db() as session:
        rows = session.execute(
            select(SyncItem.id, SyncItem.href, SyncItem.etag, SyncItem.contact_id, Contact.display_name)
            .outerjoin(Contact, Contact.id == SyncItem.contact_id)
            .where(SyncItem.book_id == book.id, (SyncItem.contact_id.is_(None)) | (Contact.deleted_at.is_not(None)))
        ).all()
    if not rows:
        return
    if policy == "never" or (policy == "ask" and not confirmed):
        if policy == "ask":
            report.waiting_deletions = [(row.contact_id, row.display_name or row.href) for row in rows]
        return
    for row in rows:
        try:
            client.delete(row.href, row.etag)
        except PreconditionFailed:
            report.problems.append(f"{row.display_name or row.href}: changed on the phone since the last sync; "
                                   f"not deleted there")
            continue
        with db.begin() as session:
            session.execute(delete(SyncItem).where(SyncItem.id == row.id))
        report.deleted_there += 1
