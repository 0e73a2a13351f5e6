"""Return visits after a sale: each on its day on today's list, with its reason ("today" is a parameter)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.services import calllist, contacts, interactions, return_visits, settings
from app.services.catalogue import ProductData, add_product
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.purchases import PurchaseData, add_purchase, delete_purchase, update_purchase

BOUGHT = date(2026, 3, 2)


@pytest.fixture
def customer(db):
    settings.put(db, "language", "en")
    return contacts.create_contact(db, NewContact(display_name="Ana Ruiz"), region="ES")


def visits_on(db, day):
    return [e.detail for e in calllist.today_list(db, day, details=False)
            if e.reason == "follow_up" and e.due_date == day]


def test_each_default_visit_is_on_todays_list_on_its_day_and_not_before(db, customer):
    product = add_product(db, ProductData(name="Purifier", model="WP-200", warranty_months="12"))
    add_purchase(db, customer, PurchaseData(product="", product_id=product, purchased_on=BOUGHT), today=BOUGHT)

    assert visits_on(db, date(2026, 3, 4)) == []
    assert visits_on(db, date(2026, 3, 5)) == ["Return visit: is it working? (Purifier WP-200, bought 2026-03-02)"]
    assert visits_on(db, date(2026, 4, 1)) == ["Return visit: how is it going? (Purifier WP-200, bought 2026-03-02)"]
    # Warranty to 2027-03-02: the visit 30 days before.
    assert visits_on(db, date(2027, 1, 31)) == [
        "Return visit: the warranty ends on 2027-03-02 (Purifier WP-200, bought 2026-03-02)"]
    assert visits_on(db, date(2027, 1, 30)) == []


def test_a_call_on_the_day_fulfils_that_visit_and_leaves_the_later_ones(db, customer):
    add_purchase(db, customer, PurchaseData(product="Kettle", purchased_on=BOUGHT), today=BOUGHT)
    interactions.log_interaction(db, customer, "call", when=datetime(2026, 3, 5, 10), now=datetime(2026, 3, 5, 11))
    assert not any(e.reason == "follow_up" for e in calllist.today_list(db, date(2026, 3, 6), details=False))
    assert len(visits_on(db, date(2026, 4, 1))) == 1


def test_a_category_has_its_own_visits_and_others_keep_the_global_ones(db, customer):
    return_visits.set_schedule(db, return_visits.Schedule(
        (return_visits.parse_visit("7:filters fitted?"),), warranty_days=None), category="Water")
    water = add_product(db, ProductData(name="Filter", category="water", warranty_months="12"))
    add_purchase(db, customer, PurchaseData(product="", product_id=water, purchased_on=BOUGHT), today=BOUGHT)
    add_purchase(db, customer, PurchaseData(product="Kettle", purchased_on=BOUGHT), today=BOUGHT)
    assert visits_on(db, date(2026, 3, 9)) == ["Return visit: filters fitted? (Filter, bought 2026-03-02)"]
    assert visits_on(db, date(2026, 3, 5)) == ["Return visit: is it working? (Kettle, bought 2026-03-02)"]
    assert visits_on(db, date(2027, 1, 31)) == []  # no warranty visit for the category


def test_the_global_offsets_can_be_changed(db, customer):
    return_visits.set_schedule(db, return_visits.Schedule(
        (return_visits.parse_visit("2"), return_visits.parse_visit("60:time for a service?")), warranty_days=10))
    add_purchase(db, customer, PurchaseData(product="Oven", purchased_on=BOUGHT, warranty_until=date(2026, 9, 1)),
                 today=BOUGHT)
    assert visits_on(db, date(2026, 3, 4)) == ["Return visit: how is it going? (Oven, bought 2026-03-02)"]
    assert visits_on(db, date(2026, 3, 5)) == []
    assert visits_on(db, date(2026, 5, 1)) == ["Return visit: time for a service? (Oven, bought 2026-03-02)"]
    assert visits_on(db, date(2026, 8, 22)) == [
        "Return visit: the warranty ends on 2026-09-01 (Oven, bought 2026-03-02)"]


def test_editing_the_purchase_moves_its_pending_visits_and_deleting_removes_them(db, customer):
    typed = date(2026, 3, 9)
    purchase = add_purchase(db, customer, PurchaseData(product="Kettle", purchased_on=typed), today=typed)
    interactions.log_interaction(db, customer, "call", when=datetime(2026, 3, 12, 10), now=datetime(2026, 3, 12, 11))
    # The date was typed wrong: bought on the 2nd. The 3-day visit was made and stays made.
    update_purchase(db, purchase, PurchaseData(product="Kettle", purchased_on=BOUGHT), today=date(2026, 3, 13))
    assert visits_on(db, date(2026, 4, 8)) == []
    assert visits_on(db, date(2026, 4, 1)) == ["Return visit: how is it going? (Kettle, bought 2026-03-02)"]
    assert not any(e.reason == "follow_up" for e in calllist.today_list(db, date(2026, 3, 13), details=False))
    delete_purchase(db, purchase)
    assert visits_on(db, date(2026, 4, 1)) == []
    done = interactions.history(db, customer)
    assert len(done) == 1  # the call is kept


def test_a_purchase_typed_in_late_schedules_only_the_visits_still_ahead(db, customer):
    add_purchase(db, customer, PurchaseData(product="Kettle", purchased_on=BOUGHT), today=date(2026, 3, 20))
    entries = calllist.today_list(db, date(2026, 3, 20), details=False)
    assert not any(e.reason == "follow_up" for e in entries)  # the 3-day visit is not piled up as overdue
    assert len(visits_on(db, date(2026, 4, 1))) == 1


def test_the_default_reasons_are_in_the_users_language(db, customer):
    settings.put(db, "language", "zh_CN")
    add_purchase(db, customer, PurchaseData(product="净水器", purchased_on=BOUGHT), today=BOUGHT)
    assert visits_on(db, date(2026, 3, 5)) == ["回访：用得还好吗？（净水器，2026-03-02购买）"]


@pytest.mark.parametrize("text", ["0:too soon", "abc", "99999:later", ""])
def test_a_bad_offset_is_refused_with_one_line(text):
    with pytest.raises(InvalidValue, match="return visit"):
        return_visits.parse_visit(text)


def test_the_warranty_visit_is_listed_once_not_also_as_a_warranty_entry(db, customer):
    add_purchase(db, customer, PurchaseData(product="Oven", purchased_on=BOUGHT, warranty_until=date(2026, 9, 1)),
                 today=BOUGHT)
    entries = calllist.today_list(db, date(2026, 8, 2), details=False)
    mine = [(e.reason, e.due_date) for e in entries if e.contact_id == customer]
    assert ("follow_up", date(2026, 8, 2)) in mine and "warranty" not in [reason for reason, _ in mine]


def test_the_settings_dialogs_texts_replace_every_schedule_at_once(db, customer):
    from app.services.return_visits.schedule import parse_visits, replace_schedules, visits_text

    global_ = return_visits.Schedule(parse_visits("30: how is it going?; 5: all set?"), 15)
    assert visits_text(global_) == "5: all set?; 30: how is it going?"
    return_visits.set_schedule(db, return_visits.Schedule(parse_visits("7"), None), category="Old")
    replace_schedules(db, [global_, return_visits.Schedule(parse_visits("10: toner?"), None, "Toner")])
    assert [(s.category, visits_text(s), s.warranty_days) for s in return_visits.all_schedules(db)] == [
        (None, "5: all set?; 30: how is it going?", 15), ("Toner", "10: toner?", None)]
    with pytest.raises(InvalidValue, match="'x: y'"):
        parse_visits("3: ok; x: y")
