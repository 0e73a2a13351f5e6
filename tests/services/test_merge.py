"""Merging two contacts that are one person: nothing lost, nothing typed overwritten."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.models import (
    Contact, CustomField, FollowUp, ImportBatch, ImportSource, PlanPin, Snooze, StageChange, TierChange,
    TierChangeBatch,
)
from app.services import calllist, contacts, interactions, lifecycle, notes, photos, plan, settings
from app.services.backup import list_backups
from app.services.contacts import NewContact, create_contact, get_contact
from app.services.duplicates import DISMISSED_KEY, dismiss, find_duplicates
from app.services.errors import InvalidValue, NotFound
from app.services.importing.pipeline import import_files
from app.services.importing.undo import undo_import
from app.services.merge import compare, merge_contacts, plan_merge
from app.services.purchases import PurchaseData, add_purchase
from app.services.value import stages

from tests.pictures import GIF, PNG  # noqa: E402 - real pictures: a photo is decoded when set


def person(db, name: str, *, phones=(), emails=(), tier=None, group=(), **fields) -> int:
    return create_contact(db, NewContact(display_name=name, fields=fields, phones=[(p, None) for p in phones],
                                         emails=[(e, None) for e in emails], tier=tier, groups=list(group)),
                          region="ES")


def at(day: str) -> datetime:
    return datetime.fromisoformat(day)


def integrity(db_path) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_nothing_of_the_other_is_lost(db, db_path):
    keep = person(db, "Ana García", phones=["+34 612 345 678"], emails=["ana@x.es"], group=["Madrid"])
    other = person(db, "Ana Garcia", phones=["612345678", "+34 699 000 111"], emails=["ANA@x.es", "ana@work.es"],
                   group=["Madrid", "VIP"])
    notes.add_note(db, other, "Prefers calls after 6pm")
    interactions.log_interaction(db, other, "visit", when=at("2026-02-01T10:00"), summary="Showroom")
    interactions.log_interaction(db, keep, "call", when=at("2026-01-10T09:00"))
    add_purchase(db, other, PurchaseData("Fridge", date(2026, 2, 1), model="BCD-470"))
    calllist.schedule_follow_up(db, other, date(2026, 3, 20), "Send the quote")
    contacts.set_custom_field(db, other, "Shoe size", "38")

    result = merge_contacts(db, keep, other)

    ana = get_contact(db, keep)
    assert [p.number for p in ana.phones] == ["+34612345678", "+34699000111"]
    assert [e.address for e in ana.emails] == ["ana@x.es", "ana@work.es"]
    assert [n.body for n in ana.notes] == ["Prefers calls after 6pm"]
    assert "ana@work.es" in ana.search_text and "after 6pm" in ana.search_text
    assert [(i.kind, i.summary) for i in sorted(ana.interactions, key=lambda i: i.occurred_at)] == [
        ("call", None), ("visit", "Showroom")]
    assert [p.product for p in ana.purchases] == ["Fridge"]
    assert [g.name for g in ana.groups] == ["Madrid", "VIP"]
    assert [(f.name, f.value) for f in ana.custom_fields] == [("Shoe size", "38")]
    with db() as s:
        assert [f.summary for f in s.scalars(select(FollowUp).where(FollowUp.contact_id == keep))] == ["Send the quote"]
        assert s.get(Contact, other) is None
    plan_ = result.plan
    assert plan_.phones == ["+34 699 000 111"] and plan_.emails == ["ana@work.es"] and plan_.groups == ["VIP"]
    assert (plan_.notes, plan_.interactions, plan_.purchases, plan_.follow_ups) == (1, 1, 1, 1)
    assert result.backup.exists() and [b.reason for b in list_backups(db_path)] == ["merge"]
    integrity(db_path)


def test_last_contact_and_next_due_come_from_both_histories(db):
    keep = person(db, "Ana García", tier="A")
    other = person(db, "Ana Garcia")
    interactions.log_interaction(db, keep, "call", when=at("2026-01-10T09:00"))
    interactions.log_interaction(db, other, "visit", when=at("2026-02-01T10:00"))
    interactions.log_interaction(db, other, "gift", when=at("2026-02-20T10:00"))  # does not count as contact
    merge_contacts(db, keep, other)
    ana = get_contact(db, keep)
    assert ana.last_contact_at == at("2026-02-01T10:00")
    assert ana.next_due == date(2026, 2, 8)  # A: every 7 days


def test_filled_fields_are_never_overwritten_and_empty_ones_are_filled(db):
    keep = person(db, "Ana García", organization="Acme", birthday="--04-12", hobbies="golf")
    other = person(db, "Ana Garcia", organization="Northwind", birthday="1980-04-12", title="Buyer",
                   family="Two children", hobbies="tennis", given_name="Ana", family_name="Garcia")
    result = merge_contacts(db, keep, other)
    ana = get_contact(db, keep)
    assert (ana.display_name, ana.organization, ana.birthday, ana.hobbies) == ("Ana García", "Acme", "--04-12", "golf")
    assert (ana.title, ana.family, ana.given_name, ana.family_name) == ("Buyer", "Two children", "Ana", "Garcia")
    assert result.plan.filled == ["given_name", "family_name", "title", "family"]
    assert "buyer" in ana.search_text  # derived columns follow


def test_a_name_that_was_only_a_number_gives_way_to_a_real_one(db):
    keep = person(db, "+34 612 345 678", phones=["+34 612 345 678"])
    other = person(db, "Ana García", phones=["+34 612 345 678"])
    merge_contacts(db, keep, other)
    assert get_contact(db, keep).display_name == "Ana García"


def test_the_better_tier_stays_and_a_longer_personal_cadence_does_not_undo_it(db):
    keep = person(db, "Ana García", tier="C")
    other = person(db, "Ana Garcia", tier="A")
    with db.begin() as s:
        s.get(Contact, other).cadence_days = 60
    assert merge_contacts(db, keep, other).plan.tier == "A"
    ana = get_contact(db, keep)
    assert ana.tier.code == "A" and ana.cadence_days is None
    third = person(db, "Ana G.", tier="B")
    assert merge_contacts(db, keep, third).plan.tier is None
    assert get_contact(db, keep).tier.code == "A"


def test_same_custom_field_name_keeps_both_values_and_a_twin_is_kept_once(db):
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    contacts.set_custom_field(db, keep, "Size", "M")
    contacts.set_custom_field(db, keep, "Size (2)", "L")
    contacts.set_custom_field(db, keep, "Colour", "red")
    contacts.set_custom_field(db, other, "Size", "S")
    contacts.set_custom_field(db, other, "Colour", "red")
    assert merge_contacts(db, keep, other).plan.custom_fields == ["Size (3)"]
    assert sorted((f.name, f.value) for f in get_contact(db, keep).custom_fields) == [
        ("Colour", "red"), ("Size", "M"), ("Size (2)", "L"), ("Size (3)", "S")]


def test_the_photo_comes_over_only_when_the_kept_one_has_none(db):
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    photos.set_photo(db, other, PNG)
    stored = get_contact(db, other).photo.data  # decoded and written anew when set
    assert merge_contacts(db, keep, other).plan.photo
    assert get_contact(db, keep).photo.data == stored
    third = person(db, "Ana G.")
    photos.set_photo(db, third, GIF)
    assert not merge_contacts(db, keep, third).plan.photo
    assert get_contact(db, keep).photo.data == stored


def test_referrals_point_to_the_kept_contact_and_never_to_itself(db):
    boss = person(db, "Jefe")
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    friend = person(db, "Pablo Gil")
    contacts.set_referrer(db, friend, other)
    contacts.set_referrer(db, keep, other)  # the kept one was "referred" by its own duplicate
    contacts.set_referrer(db, other, boss)
    result = merge_contacts(db, keep, other)
    assert result.plan.referrals == 1 and result.plan.referrer == "Jefe"
    assert get_contact(db, friend).referred_by_id == keep
    assert get_contact(db, keep).referred_by_id == boss


def test_a_referral_circle_the_merge_would_close_is_broken(db):
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    middle = person(db, "Pablo Gil")
    contacts.set_referrer(db, keep, middle)  # other referred Pablo, who referred keep
    contacts.set_referrer(db, middle, other)
    merge_contacts(db, keep, other)
    assert get_contact(db, middle).referred_by_id == keep
    assert get_contact(db, keep).referred_by_id is None


def test_snoozes_plan_moves_and_import_records_follow(db, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Garcia\r\nTEL:+34 612 345 678\r\nEND:VCARD\r\n", "utf-8")
    import_files(db, [path], region="ES")
    with db() as s:
        other = s.scalar(select(Contact.id).where(Contact.display_name == "Ana Garcia"))
    keep = person(db, "Ana García", emails=["ana@x.es"])
    calllist.snooze(db, keep, date(2026, 3, 12), "cadence")
    calllist.snooze(db, other, date(2026, 3, 20), "cadence")
    calllist.snooze(db, other, date(2026, 3, 15), "birthday")
    plan.move_entry(db, "2026-W11", keep, "cadence", date(2026, 3, 11))
    plan.move_entry(db, "2026-W11", other, "cadence", date(2026, 3, 13))
    plan.move_entry(db, "2026-W12", other, "cadence", date(2026, 3, 17))
    merge_contacts(db, keep, other)
    with db() as s:
        assert sorted(s.execute(select(Snooze.reason, Snooze.until).where(Snooze.contact_id == keep)).all()) == [
            ("birthday", date(2026, 3, 15)), ("cadence", date(2026, 3, 20))]
        assert sorted(s.execute(select(PlanPin.week, PlanPin.day)).all()) == [
            ("2026-W11", date(2026, 3, 11)), ("2026-W12", date(2026, 3, 17))]
        assert set(s.scalars(select(ImportSource.contact_id))) == {keep}
    report = import_files(db, [path], region="ES")  # the same file again: the card is known, as the kept one
    assert report.added == 0 and find_duplicates(db) == []


def test_undoing_the_import_that_brought_the_other_keeps_the_merged_contact(db, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nTEL:+34 612 345 678\r\n"
                    "ORG:Acme\r\nEND:VCARD\r\n", "utf-8")
    import_files(db, [path], region="ES")
    with db() as s:
        imported = s.scalar(select(Contact.id))
    typed = person(db, "Ana Garcia", phones=["+34 612 345 678"], emails=["ana@x.es"])
    interactions.log_interaction(db, typed, "call", when=at("2026-02-01T10:00"))
    merge_contacts(db, imported, typed)  # the kept one came from the import
    undo_import(db)
    ana = get_contact(db, imported)  # still there, with what was typed by hand
    assert [e.address for e in ana.emails] == ["ana@x.es"] and len(ana.interactions) == 1
    assert [p.number for p in ana.phones] == ["+34612345678"]  # typed too: undo does not take it


def test_tier_log_and_stage_history_follow_only_what_the_kept_contact_took(db):
    keep = person(db, "Ana García", tier="C")
    other = person(db, "Ana Garcia", tier="A")
    stages.move_stage(db, other, "negotiating", at("2026-02-01T10:00"))
    with db.begin() as s:
        batch = TierChangeBatch(description="80/20")
        s.add(batch)
        s.flush()
        s.add(TierChange(batch_id=batch.id, contact_id=other, old_tier="B", new_tier="A"))
    merge_contacts(db, keep, other)
    ana = get_contact(db, keep)
    assert ana.sales_stage == "negotiating"
    with db() as s:
        assert [c.stage for c in s.scalars(select(StageChange).where(StageChange.contact_id == keep))] == ["negotiating"]
        assert [(c.contact_id, c.new_tier) for c in s.scalars(select(TierChange))] == [(keep, "A")]


def test_a_stage_the_kept_contact_has_is_kept_with_its_own_history(db):
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    stages.move_stage(db, keep, "customer", at("2026-01-01T10:00"))
    stages.move_stage(db, other, "prospect", at("2026-02-01T10:00"))
    merge_contacts(db, keep, other)
    assert get_contact(db, keep).sales_stage == "customer"
    with db() as s:
        assert [c.stage for c in s.scalars(select(StageChange))] == ["customer"]


def test_the_other_is_forgotten_by_the_dismissed_pairs(db):
    keep = person(db, "Ana García")
    other = person(db, "Ana Garcia")
    stranger = person(db, "Pablo Gil")
    dismiss(db, other, stranger)
    dismiss(db, keep, stranger)
    merge_contacts(db, keep, other)
    assert settings.get(db, DISMISSED_KEY) == [[keep, stranger]]


def test_merging_refuses_itself_a_missing_contact_and_the_trash_and_makes_no_backup(db, db_path):
    ana = person(db, "Ana García")
    gone = person(db, "Ana Garcia")
    lifecycle.trash(db, [gone])
    with pytest.raises(InvalidValue, match=f"{ana} and {ana} are the same contact"):
        merge_contacts(db, ana, ana)
    with pytest.raises(NotFound, match="contact 999: no such contact"):
        merge_contacts(db, ana, 999)
    with pytest.raises(NotFound, match="contact 999"):
        merge_contacts(db, 999, ana)
    with pytest.raises(InvalidValue, match=f"contact {gone} \\(Ana Garcia\\) is in the trash"):
        merge_contacts(db, ana, gone)
    assert list_backups(db_path) == []


def test_the_plan_changes_nothing_and_compare_suggests_the_richer_or_older(db):
    older = person(db, "Ana García")
    richer = person(db, "Ana Garcia", phones=["+34 612 345 678"], organization="Acme")
    plan_ = plan_merge(db, older, richer)
    assert plan_.phones == ["+34 612 345 678"] and plan_.filled == ["organization"]
    assert get_contact(db, richer).organization == "Acme"
    choice = compare(db, older, richer)
    assert choice.suggested_keep == richer and set(choice.plans) == {older, richer}
    assert choice.plans[richer].phones == []
    twin = person(db, "Ana G.", phones=["+34 612 345 678"], organization="Acme")
    assert compare(db, twin, richer).suggested_keep == richer  # as much data: the older
    with db() as s:
        assert s.scalars(select(CustomField)).all() == [] and s.scalars(select(ImportBatch)).all() == []


def test_a_loss_won_back_follows_the_kept_contact_and_a_loss_still_open_does_not(db):
    from app.services.value import lost

    keep, other = person(db, "Ana García"), person(db, "Ana Garcia")
    lifecycle.mark_lost(db, other, "price", date(2026, 1, 10))
    lost.win_back(db, other, at("2026-03-01"))
    lifecycle.mark_lost(db, other, "moved", date(2026, 6, 1))  # lost again, still lost
    merge_contacts(db, keep, other)
    report = lost.lost_report(db, date(2026, 12, 1))
    assert report.total.customers == 0 and get_contact(db, keep).status == "active"
    assert [(w.key, w.lost, w.won_back) for w in report.won_back] == [("price", 1, 1)]
