"""Sales stages: where each contact stands, when they got there, and how the pipeline flows.

A move records the day the contact entered the new stage (`stage_changes`),
sets Contact.sales_stage and logs an interaction ("Stage: X → Y", kind "other",
which does not reset the cadence). Moving back is allowed; moving to a day
before the contact's previous move is not, so time in a stage is never negative.

The report, per month a stage was entered:
- entered: entries into the stage that month;
- moved on: of those, how many later entered a stage further along (stages may
  be skipped), and conversion = moved on / entered;
- average days: over the stays that have ended (the next move, whichever way),
  next move minus entry; stays still open are counted as still in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Optional

from sqlalchemy import case, func, select, true
from sqlalchemy.orm import Session, sessionmaker

from app.models import STATUS_ACTIVE, Contact, StageChange
from app.models.portable import days_between, year_month

from ..contacts import load
from ..dates import local_now, refuse_after_today
from ..errors import QT_TRANSLATE_NOOP, InvalidValue
from ..team.versions import refuse_stale
from . import journal

STAGES = ("prospect", "first contact", "needs identified", "negotiating", "customer", "after-sale")
OTHER = "other"  # a stage typed in before this list existed


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


_BY_KEY = {_key(stage): stage for stage in STAGES}


def parse_stage(text: str) -> str:
    """"First_Contact", "first contact" and "after sale" are all fine."""
    stage = _BY_KEY.get(_key(text or ""))
    if stage is None:
        raise InvalidValue(QT_TRANSLATE_NOOP("services", "stage: '{text}' is not a sales stage (use one of "
                                                         "{stages})"), text=text, stages=', '.join(STAGES))
    return stage


@dataclass
class BoardEntry:
    contact_id: int
    display_name: str
    stage: str  # as stored: one of STAGES, or older free text
    since: Optional[date]  # None: set before stages had a history
    days: Optional[int]


@dataclass
class StageMonth:
    month: str  # "2026-11", or "all" for the whole period
    stage: str
    next_stage: Optional[str]
    entered: int
    moved_on: int
    still_in: int
    average_days: Optional[float]

    @property
    def conversion(self) -> Optional[float]:
        """% of entries that moved further along; None for the last stage."""
        if self.next_stage is None or not self.entered:
            return None
        return 100.0 * self.moved_on / self.entered

    def as_json(self) -> dict:
        conversion = self.conversion
        return {"month": self.month, "stage": self.stage, "next_stage": self.next_stage, "entered": self.entered,
                "moved_on": self.moved_on, "conversion": round(conversion, 1) if conversion is not None else None,
                "still_in": self.still_in,
                "average_days": round(self.average_days, 1) if self.average_days is not None else None}


@refuse_stale
def move_stage(db: sessionmaker[Session], contact_id: int, stage: str, when: Optional[datetime] = None,
               today: Optional[date] = None) -> bool:
    """Move a contact to `stage` (any spelling parse_stage takes); False when already there."""
    new = parse_stage(stage)
    when = when or local_now()
    refuse_after_today(when.date(), field=QT_TRANSLATE_NOOP("services", "date"), today=today)
    with db.begin() as session:
        contact = load(session, contact_id)
        old = contact.sales_stage
        if old == new:
            return False
        last = session.scalar(select(func.max(StageChange.entered_on)).where(StageChange.contact_id == contact_id))
        if last is not None and when.date() < last:
            raise InvalidValue(QT_TRANSLATE_NOOP("services", "date: {day} is before this contact's last stage move "
                                                             "({last})"),
                               day=when.date().isoformat(), last=last.isoformat())
        session.add(StageChange(contact_id=contact_id, from_stage=old, stage=new, entered_on=when.date()))
        contact.sales_stage = new
        journal.log(session, contact_id, "other", when, f"Stage: {old or 'none'} → {new}")
        return True


def stage_history(db: sessionmaker[Session], contact_id: int) -> list[StageChange]:
    """Oldest first."""
    with db() as session:
        load(session, contact_id)
        return list(session.scalars(select(StageChange).where(StageChange.contact_id == contact_id)
                                    .order_by(StageChange.entered_on, StageChange.id)))


def board(db: sessionmaker[Session], today: date) -> dict[str, list[BoardEntry]]:
    """Stage -> active contacts in it, longest there first. Stages outside the list go under OTHER."""
    since = (select(func.max(StageChange.entered_on))
             .where(StageChange.contact_id == Contact.id, StageChange.stage == Contact.sales_stage)
             .scalar_subquery())
    rows = _session_rows(db, select(Contact.id, Contact.display_name, Contact.sales_stage, since)
                         .where(Contact.deleted_at.is_(None), Contact.status == STATUS_ACTIVE,
                                Contact.sales_stage.is_not(None))
                         .order_by(since.is_(None), since, Contact.sort_name, Contact.id))
    columns: dict[str, list[BoardEntry]] = {stage: [] for stage in STAGES + (OTHER,)}
    for cid, name, stage, entered in rows:
        days = (today - entered).days if entered else None
        columns[stage if stage in STAGES else OTHER].append(BoardEntry(cid, name, stage, entered, days))
    return columns


def stage_report(db: sessionmaker[Session], today: date, since: Optional[date] = None) -> list[StageMonth]:
    """Per month (from `since`, default everything) and stage, then the whole period as month "all"."""
    rank = case({stage: i for i, stage in enumerate(STAGES)}, value=StageChange.stage)
    order = (StageChange.entered_on, StageChange.id)
    moves = (
        select(StageChange.stage, StageChange.entered_on, rank.label("rank"),
               func.lead(StageChange.entered_on).over(partition_by=StageChange.contact_id, order_by=order)
               .label("left_on"),
               func.max(rank).over(partition_by=StageChange.contact_id, order_by=order, rows=(1, None))
               .label("furthest_later"))
        .join(Contact, Contact.id == StageChange.contact_id)
        .where(Contact.deleted_at.is_(None), StageChange.entered_on <= today, rank.is_not(None))
        .subquery("moves")
    )
    m = moves.c
    month = year_month(m.entered_on)
    measures = (func.count(), func.count().filter(m.furthest_later > m.rank), func.count().filter(m.left_on.is_(None)),
                func.avg(days_between(m.left_on, m.entered_on)))
    where = m.entered_on >= since if since else true()
    # A stage has one rank: min() names it for the ORDER BY, which PostgreSQL wants grouped or aggregated.
    per_month = _session_rows(db, select(month, m.stage, *measures).where(where).group_by(month, m.stage)
                              .order_by(month, func.min(m.rank)))
    overall = _session_rows(db, select(m.stage, *measures).where(where).group_by(m.stage).order_by(func.min(m.rank)))
    out = [_row(mo, stage, *rest) for mo, stage, *rest in per_month]
    out += [_row("all", stage, *rest) for stage, *rest in overall]
    return out


def _row(month: str, stage: str, entered: int, moved_on: int, still_in: int, average: Optional[float]) -> StageMonth:
    index = STAGES.index(stage)
    next_stage = STAGES[index + 1] if index + 1 < len(STAGES) else None
    return StageMonth(month, stage, next_stage, entered, moved_on, still_in, average)


def _session_rows(db: sessionmaker[Session], query) -> list:
    with db() as session:
        return list(session.execute(query).all())
