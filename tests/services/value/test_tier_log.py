"""Applying the 80/20 view's suggested tiers: one logged batch, undone as a whole, due dates re-derived."""
from __future__ import annotations

import pytest

from app.models import Contact, TierChange
from app.services import tiers
from app.services.errors import InvalidValue, NotFound
from app.services.value import tier_log

from .conftest import TODAY


def next_due(db, cid):
    with db() as s:
        return s.get(Contact, cid).next_due


def current_tiers(db, ids):
    with db() as s:
        return {name: (s.get(Contact, cid).tier.code if s.get(Contact, cid).tier else None) for name, cid in ids.items()}


def test_apply_all_logs_a_batch_and_undo_restores_tiers_and_due_dates(db, shop):
    tiers.set_tier(db, [shop["Ed"]], "A")
    tiers.set_tier(db, [shop["Cy"]], "D")
    before = current_tiers(db, shop)
    due_before = {name: next_due(db, cid) for name, cid in shop.items()}
    result = tier_log.apply_suggestions(db, TODAY)
    assert result.batch_id is not None and result.changed == 7 and result.unchanged == 0
    assert result.moves[("A", "C")] == 1 and result.moves[(None, "A")] == 2
    after = current_tiers(db, shop)
    assert after == {**before, "Ana": "A", "Bo": "A", "Cy": "A", "Fay": "B", "Ed": "C", "Di": "C", "Gus": "D"}
    assert next_due(db, shop["Bo"]) is not None and next_due(db, shop["Ed"]) != due_before["Ed"]
    with db() as s:
        logged = s.query(TierChange).filter_by(batch_id=result.batch_id, contact_id=shop["Ed"]).one()
        assert (logged.old_tier, logged.new_tier) == ("A", "C")
    undone = tier_log.undo(db)
    assert (undone.batch_id, undone.restored, undone.skipped) == (result.batch_id, 7, 0)
    assert current_tiers(db, shop) == before
    assert {name: next_due(db, cid) for name, cid in shop.items()} == due_before
    assert tier_log.history(db)[0].undone_at is not None


def test_apply_to_chosen_contacts_only(db, shop):
    result = tier_log.apply_suggestions(db, TODAY, [shop["Ana"], shop["Gus"]])
    assert result.changed == 2
    assert current_tiers(db, {"Ana": shop["Ana"], "Bo": shop["Bo"], "Gus": shop["Gus"]}) == {
        "Ana": "A", "Bo": None, "Gus": "D"}
    again = tier_log.apply_suggestions(db, TODAY, [shop["Ana"]])
    assert (again.batch_id, again.changed, again.unchanged) == (None, 0, 1)


def test_apply_refuses_contacts_the_view_does_not_rank(db, shop):
    with pytest.raises(NotFound, match=f"contact {shop['Hal']}: not ranked"):
        tier_log.apply_suggestions(db, TODAY, [shop["Ana"], shop["Hal"]])  # lost
    assert current_tiers(db, {"Ana": shop["Ana"]}) == {"Ana": None}  # nothing half-applied


def test_undo_leaves_contacts_changed_since_alone(db, shop):
    batch = tier_log.apply_suggestions(db, TODAY).batch_id
    tiers.set_tier(db, [shop["Gus"]], "B")
    undone = tier_log.undo(db, batch)
    assert (undone.restored, undone.skipped) == (6, 1)
    assert current_tiers(db, {"Gus": shop["Gus"], "Ana": shop["Ana"]}) == {"Gus": "B", "Ana": None}


def test_undo_errors(db, shop):
    with pytest.raises(NotFound, match="no applied tier changes to undo"):
        tier_log.undo(db)
    batch = tier_log.apply_suggestions(db, TODAY).batch_id
    tier_log.undo(db)
    with pytest.raises(InvalidValue, match=f"batch {batch}: already undone"):
        tier_log.undo(db, batch)
    with pytest.raises(NotFound, match="batch 99: no such batch"):
        tier_log.undo(db, 99)
