"""What several people sharing one store need from the data layer: who is writing, and a marker
that moves with every write so an open window can tell that someone else changed something.

Who is writing is a name the services hand in (app/services/team/identity.py): the models use it as
the default of `created_by` and `updated_by`, so every insert and update records it without each
service passing it along, and rows written in bulk get it too.

The change marker is one row, `store_revision`, bumped in the same transaction as the write. It is
bumped once per commit, just before it, so a transaction takes its lock last and holds it briefly
(two writers never wait for each other in opposite orders). A window polls this one integer
(app/ui/store_watch.py) instead of comparing tables.
"""
from __future__ import annotations

import weakref
from typing import Optional

from sqlalchemy import Engine, event, update
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column

from app.authorship import current_author, use_author  # noqa: F401 - the models' defaults read it

from .base import Base

class StoreRevision(Base):
    """One row: a number that grows with every committed write."""

    __tablename__ = "store_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(default=0, server_default="0")


_counted: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def count_writes(engine: Engine) -> None:
    """Bump `store_revision` with every commit that wrote something through a session on `engine`
    (opened by open_store: a store at the newest schema, so the row is there)."""
    _counted.add(engine)


def _engine_of(session: Session) -> Optional[Engine]:
    bind = session.bind
    if bind is None:
        return None
    return bind if isinstance(bind, Engine) else bind.engine


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete or _is_text_write(state):
        state.session.info["wrote"] = True


def _is_text_write(state: ORMExecuteState) -> bool:
    text = getattr(state.statement, "text", None)
    return isinstance(text, str) and text.lstrip()[:6].upper() in ("UPDATE", "INSERT", "DELETE")


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, _context) -> None:
    session.info["wrote"] = True


@event.listens_for(Session, "before_commit")
def _bump(session: Session) -> None:
    wrote = session.info.pop("wrote", False) or session.new or session.dirty or session.deleted
    if wrote and _engine_of(session) in _counted:
        session.execute(update(StoreRevision).values(revision=StoreRevision.revision + 1))
        session.info.pop("wrote", None)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous) -> None:
    session.info.pop("wrote", None)
