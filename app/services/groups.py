"""Groups: create, rename, colour, delete, and put contacts in or out of them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models import Contact, Group, contact_groups

from .bulk import bulk_writer
from .contacts import group_by_name
from .errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound


@dataclass(frozen=True)
class GroupInfo:
    id: int
    name: str
    colour: Optional[str]
    count: int  # contacts in the group, trash not counted


def list_groups(db: sessionmaker[Session]) -> list[GroupInfo]:
    with db() as session:
        live = (
            select(contact_groups.c.group_id, func.count().label("n"))
            .join(Contact, Contact.id == contact_groups.c.contact_id)
            .where(Contact.deleted_at.is_(None))
            .group_by(contact_groups.c.group_id)
            .subquery()
        )
        rows = session.execute(
            select(Group.id, Group.name, Group.colour, func.coalesce(live.c.n, 0))
            .outerjoin(live, live.c.group_id == Group.id)
            .order_by(func.lower(Group.name))
        )
        return [GroupInfo(*row) for row in rows]


def create_group(db: sessionmaker[Session], name: str, colour: Optional[str] = None) -> int:
    name = name.strip()
    if not name:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "group: the name cannot be empty"))
    try:
        with db.begin() as session:
            group = Group(name=name, colour=colour)
            session.add(group)
            session.flush()
            return group.id
    except IntegrityError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "group '{name}': a group with that name exists already"),
                           name=name) from None


def rename_group(db: sessionmaker[Session], group_id: int, new_name: str) -> None:
    new_name = new_name.strip()
    if not new_name:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "group: the name cannot be empty"))
    try:
        with db.begin() as session:
            _get(session, group_id).name = new_name
    except IntegrityError:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "group '{name}': a group with that name exists already"),
                           name=new_name) from None


def set_group_colour(db: sessionmaker[Session], group_id: int, colour: Optional[str]) -> None:
    with db.begin() as session:
        _get(session, group_id).colour = colour


def delete_group(db: sessionmaker[Session], group_id: int) -> None:
    """Deletes the group, never its contacts."""
    with db.begin() as session:
        session.delete(_get(session, group_id))


def add_to_group(db: sessionmaker[Session], contact_ids: Iterable[int], name: str, *, create: bool = True) -> int:
    """Put contacts in a group (made if needed); returns how many were not in it yet."""
    ids = set(contact_ids)
    with db.begin() as session:
        group = group_by_name(session, name, create=create)
        already = set(
            session.scalars(
                select(contact_groups.c.contact_id).where(
                    contact_groups.c.group_id == group.id, contact_groups.c.contact_id.in_(ids)
                )
            )
        )
        new = sorted(ids - already)
        if new:
            session.execute(insert(contact_groups), [{"contact_id": cid, "group_id": group.id} for cid in new])
            _versions_move(session, new)
        return len(new)


def remove_from_group(db: sessionmaker[Session], contact_ids: Iterable[int], group_id: int) -> int:
    with db.begin() as session:
        members = list(session.scalars(
            delete(contact_groups).where(
                contact_groups.c.group_id == group_id, contact_groups.c.contact_id.in_(list(contact_ids))
            ).returning(contact_groups.c.contact_id)
        ))
        _versions_move(session, members)
        return len(members)


def _versions_move(session: Session, contact_ids: list[int]) -> None:
    """A contact put in or taken out of a group was changed: its version moves (team/versions.py), so
    someone who opened it before is told. The links are Core rows the ORM's flush never sees."""
    bulk_writer(session.connection()).changed(Contact.__table__, contact_ids)


def _get(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("services", "group {id}: no such group"), id=group_id)
    return group
