"""What has not happened yet is not recorded as if it had (issue 14, item 16): a call dated next
year would hide a tier-A customer from the call list for weeks. Refused in the services, so the
window and the command line both get it."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from app.services import contacts, interactions, lifecycle, purchases
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.value import stages

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 15, 30)


@pytest.fixture
def ana(db):
    return contacts.create_contact(db, NewContact(display_name="Ana", tier="A"))


def test_an_interaction_after_now_is_refused_and_the_message_says_plan_a_follow_up(db, ana):
    with pytest.raises(InvalidValue, match="after now.*follow-up"):
        interactions.log_interaction(db, ana, "call", when=datetime(2026, 11, 20, 16, 0), now=NOW)
    assert interactions.history(db, ana) == []
    interactions.log_interaction(db, ana, "call", when=datetime(2026, 11, 20, 15, 0), now=NOW)  # earlier today
    assert len(interactions.history(db, ana)) == 1


def test_a_purchase_after_today_is_refused(db, ana):
    with pytest.raises(InvalidValue, match="purchase date: 2026-11-21 is after today"):
        purchases.PurchaseData(product="Printer", purchased_on=date(2026, 11, 21)).cleaned(today=TODAY)
    assert purchases.PurchaseData(product="Printer", purchased_on=TODAY).cleaned(today=TODAY)["product"] == "Printer"


def test_a_purchase_dated_next_year_is_refused_by_the_service(db, ana):
    with pytest.raises(InvalidValue, match="purchase date"):
        purchases.add_purchase(db, ana, purchases.PurchaseData(product="Printer", purchased_on=date(2999, 1, 1)))
    assert purchases.list_purchases(db, ana) == []


def test_a_stage_change_after_today_is_refused(db, ana):
    with pytest.raises(InvalidValue, match="2026-11-21 is after today"):
        stages.move_stage(db, ana, "customer", datetime(2026, 11, 21, 9, 0), today=TODAY)
    assert stages.stage_history(db, ana) == []
    assert stages.move_stage(db, ana, "customer", datetime(2026, 11, 20, 9, 0), today=TODAY)


def test_lost_on_after_today_is_refused(db, ana):
    with pytest.raises(InvalidValue, match="lost on: 2026-12-01 is after today"):
        lifecycle.mark_lost(db, ana, "price", date(2026, 12, 1), today=TODAY)
    assert contacts.get_contact(db, ana).status == "active"


def test_a_birthday_after_today_is_refused_but_one_without_a_year_is_kept(db):
    with pytest.raises(InvalidValue, match="birthday: 2026-11-21 is after today"):
        contacts.clean_fields({"birthday": "2026-11-21"}, today=TODAY)
    assert contacts.clean_fields({"birthday": "--11-21"}, today=TODAY) == {"birthday": "--11-21"}
    assert contacts.clean_fields({"birthday": "1980-11-21"}, today=TODAY) == {"birthday": "1980-11-21"}


def test_the_command_line_says_a_planned_call_is_a_follow_up(run):
    run("add", "Ana", "--tier", "A")
    code, _, err = run("log", "Ana", "call", "--date", "2999-01-01")
    assert code == 1 and "follow-up" in err and "unexpected" not in err
    assert json.loads(run("show", "Ana", "--json")[1])["last_contact"] is None  # nothing was logged
