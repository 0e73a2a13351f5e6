"""The call list's rules, pinned with dated fixtures ("today" is always a parameter)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.models import Address, Contact, Purchase
from app.services import calllist, contacts, interactions, lifecycle, tiers
from app.services.contacts import NewContact
from app.services.errors import InvalidValue
from app.services.purchases import PurchaseData, add_purchase

TODAY = date(2026, 11, 20)  # a Friday


def person(db, name: str, *, tier: str | None = None, tiered_on: date | None = None, last_call: date | None = None,
           phones=(), **fields) -> int:
    cid = contacts.create_contact(db, NewContact(display_name=name, fields=fields, phones=list(phones)), region="CN")
    if tier:
        tiers.set_tier(db, [cid], tier)
        with db.begin() as s:  # the day the tier was given, as if it happened then
            s.get(Contact, cid).cadence_since = datetime.combine(tiered_on or TODAY - timedelta(days=400), datetime.min.time())
        from app.services.derived import refresh_contact_dates
        with db.begin() as s:
            refresh_contact_dates(s, [cid])
    if last_call:
        interactions.log_interaction(db, cid, "call", when=datetime.combine(last_call, datetime.min.time()),
                                     now=datetime.combine(last_call, datetime.max.time()))  # logged that day
    return cid


def names(entries, reason=None):
    return [e.display_name for e in entries if reason is None or e.reason == reason]


def test_due_when_today_reaches_last_contact_plus_cadence(db):
    person(db, "A due today", tier="A", last_call=TODAY - timedelta(days=7))
    person(db, "A not yet", tier="A", last_call=TODAY - timedelta(days=6))
    person(db, "C overdue", tier="C", last_call=TODAY - timedelta(days=45))
    person(db, "No tier", last_call=TODAY - timedelta(days=400))
    entries = calllist.today_list(db, TODAY)
    assert sorted(names(entries, "cadence")) == ["A due today", "C overdue"]
    by_name = {e.display_name: e for e in entries}
    assert by_name["C overdue"].days_overdue == 15 and by_name["C overdue"].due_date == TODAY - timedelta(days=15)
    assert by_name["A due today"].days_overdue == 0


def test_order_is_cycles_overdue_then_tier_then_name(db):
    person(db, "Zed B 14 over", tier="B", last_call=TODAY - timedelta(days=28))  # 1.0 cycle
    person(db, "Amy A 7 over", tier="A", last_call=TODAY - timedelta(days=14))  # 1.0 cycle, tier A first
    person(db, "Bob A 7 over", tier="A", last_call=TODAY - timedelta(days=14))  # same, by name
    person(db, "Cat D 60 over", tier="D", last_call=TODAY - timedelta(days=150))  # 0.67 cycle
    person(db, "Dan C 60 over", tier="C", last_call=TODAY - timedelta(days=90))  # 2.0 cycles
    assert names(calllist.today_list(db, TODAY), "cadence") == [
        "Dan C 60 over", "Amy A 7 over", "Bob A 7 over", "Zed B 14 over", "Cat D 60 over"]


def test_never_contacted_counts_from_when_the_tier_was_given(db):
    person(db, "Tiered long ago", tier="B", tiered_on=TODAY - timedelta(days=20))
    person(db, "Tiered yesterday", tier="B", tiered_on=TODAY - timedelta(days=1))
    assert names(calllist.today_list(db, TODAY), "cadence") == ["Tiered long ago"]


def test_personal_cadence_overrides_the_tier(db):
    cid = person(db, "Weekly", tier="D", last_call=TODAY - timedelta(days=8))
    assert names(calllist.today_list(db, TODAY)) == []
    tiers.set_cadence(db, cid, 7)
    [entry] = calllist.today_list(db, TODAY)
    assert entry.cadence_days == 7 and entry.days_overdue == 1


def test_logging_a_call_takes_the_contact_off_and_moves_the_due_date(db):
    cid = person(db, "Due", tier="A", last_call=TODAY - timedelta(days=10))
    assert names(calllist.today_list(db, TODAY)) == ["Due"]
    interactions.log_interaction(db, cid, "gift", when=datetime.combine(TODAY, datetime.min.time()))
    assert names(calllist.today_list(db, TODAY)) == ["Due"]  # a gift is not contact
    interactions.log_interaction(db, cid, "call", when=datetime.combine(TODAY, datetime.min.time()))
    assert calllist.today_list(db, TODAY) == []
    assert contacts.get_contact(db, cid).next_due == TODAY + timedelta(days=7)


def test_lost_and_trashed_contacts_never_appear(db):
    lost = person(db, "Lost", tier="A", last_call=TODAY - timedelta(days=30), birthday="1980-11-21")
    gone = person(db, "Trashed", tier="A", last_call=TODAY - timedelta(days=30))
    lifecycle.mark_lost(db, lost, "competitor")
    lifecycle.trash(db, [gone])
    assert calllist.today_list(db, TODAY) == []


def test_birthdays_and_anniversaries_within_the_window_with_a_greeting(db):
    person(db, "张伟", birthday="--11-23")
    person(db, "Ana", anniversary="2010-11-27")
    person(db, "Too far", birthday="1990-11-28")
    person(db, "Passed", birthday="1990-11-19")
    entries = calllist.today_list(db, TODAY, days_ahead=7, language="zh_CN")
    assert [(e.display_name, e.reason, e.due_date) for e in entries] == [
        ("张伟", "birthday", date(2026, 11, 23)), ("Ana", "anniversary", date(2026, 11, 27))]
    assert "张伟，生日快乐" in entries[0].detail


def test_birthday_window_crosses_the_new_year_and_feb_29_is_greeted_on_feb_28(db):
    person(db, "New year", birthday="--01-02")
    person(db, "Leapling", birthday="1988-02-29")
    assert names(calllist.today_list(db, date(2026, 12, 30), days_ahead=7), "birthday") == ["New year"]
    [entry] = [e for e in calllist.today_list(db, date(2027, 2, 25), days_ahead=7) if e.reason == "birthday"]
    assert entry.display_name == "Leapling" and entry.due_date == date(2027, 2, 28)


def test_follow_ups_appear_on_their_day_and_a_call_fulfils_them(db):
    cid = person(db, "Call back Friday")
    calllist.schedule_follow_up(db, cid, TODAY, "send the quote")
    calllist.schedule_follow_up(db, cid, TODAY + timedelta(days=3), "next week")
    [entry] = calllist.today_list(db, TODAY)
    assert (entry.reason, entry.detail) == ("follow_up", "send the quote")
    interactions.log_interaction(db, cid, "call", when=datetime.combine(TODAY, datetime.min.time()))
    assert calllist.today_list(db, TODAY) == []
    assert names(calllist.today_list(db, TODAY + timedelta(days=3))) == ["Call back Friday"]


def test_a_call_logged_with_a_next_follow_up_brings_the_contact_back_on_that_day(db):
    cid = person(db, "Call back Friday")
    calllist.schedule_follow_up(db, cid, TODAY, "send the quote")
    noon = datetime.combine(TODAY, datetime.min.time()).replace(hour=12)
    interactions.log_interaction(db, cid, "call", when=noon, summary="quote sent", outcome="wants a demo",
                                 follow_up_on=TODAY + timedelta(days=7))
    assert calllist.today_list(db, TODAY) == []  # today's follow-up is done by the call
    [entry] = calllist.today_list(db, TODAY + timedelta(days=7))
    assert (entry.reason, entry.detail) == ("follow_up", "wants a demo")
    with pytest.raises(InvalidValue, match="before the interaction"):  # and nothing is logged
        interactions.log_interaction(db, cid, "visit", when=noon, follow_up_on=TODAY - timedelta(days=1))
    assert [i.kind for i in contacts.get_contact(db, cid).interactions] == ["call"]


def test_warranty_ending_within_30_days_asks_for_an_after_sale_call(db):
    cid = person(db, "Buyer")
    add_purchase(db, cid, PurchaseData(product="Purifier", model="WP-200", purchased_on=date(2024, 12, 10),
                                       warranty_until=TODAY + timedelta(days=20)))
    add_purchase(db, cid, PurchaseData(product="Filter", purchased_on=date(2026, 1, 1),
                                       warranty_until=TODAY + timedelta(days=60)))
    [entry] = calllist.today_list(db, TODAY)
    assert entry.reason == "warranty" and "Purifier WP-200" in entry.detail
    interactions.log_interaction(db, cid, "call", when=datetime.combine(TODAY, datetime.min.time()))
    assert calllist.today_list(db, TODAY) == []


def test_thank_the_referrer_when_the_referred_contact_first_buys(db):
    referrer = person(db, "Referrer", last_call=TODAY - timedelta(days=40))
    referred = person(db, "New customer")
    contacts.set_referrer(db, referred, referrer)
    assert calllist.today_list(db, TODAY) == []
    add_purchase(db, referred, PurchaseData(product="Dishwasher", purchased_on=TODAY - timedelta(days=2)))
    [entry] = calllist.today_list(db, TODAY)
    assert (entry.display_name, entry.reason) == ("Referrer", "thank_referrer") and "New customer" in entry.detail
    interactions.log_interaction(db, referrer, "call", when=datetime.combine(TODAY, datetime.min.time()))
    assert calllist.today_list(db, TODAY) == []


def test_a_customer_buying_again_is_no_first_purchase_to_thank_for(db):
    referrer = person(db, "Referrer", last_call=TODAY - timedelta(days=40))
    referred = person(db, "Old customer")
    contacts.set_referrer(db, referred, referrer)
    add_purchase(db, referred, PurchaseData(product="Kettle", purchased_on=TODAY - timedelta(days=90)))
    add_purchase(db, referred, PurchaseData(product="Dishwasher", purchased_on=TODAY - timedelta(days=2)))
    assert names(calllist.today_list(db, TODAY), "thank_referrer") == []
    # Thirty days after the first purchase there is nothing left to thank for.
    other = person(db, "Newer customer")
    contacts.set_referrer(db, other, referrer)
    add_purchase(db, other, PurchaseData(product="Oven", purchased_on=TODAY - timedelta(days=31)))
    assert names(calllist.today_list(db, TODAY), "thank_referrer") == []
    assert names(calllist.today_list(db, TODAY - timedelta(days=1)), "thank_referrer") == ["Referrer"]


def test_snooze_hides_an_entry_until_the_date_without_logging(db):
    cid = person(db, "Snoozed", tier="A", last_call=TODAY - timedelta(days=10))
    calllist.snooze(db, cid, TODAY + timedelta(days=2))
    assert calllist.today_list(db, TODAY) == []
    assert names(calllist.today_list(db, TODAY + timedelta(days=2))) == ["Snoozed"]
    assert contacts.get_contact(db, cid).last_contact_at.date() == TODAY - timedelta(days=10)


def test_best_number_is_the_mobile(db):
    cid = person(db, "Phones", tier="A", last_call=TODAY - timedelta(days=8),
                 phones=[("010 6552 9988", "Work"), ("138 1234 5678", "Mobile")])
    [entry] = calllist.today_list(db, TODAY)
    assert entry.phone == "+8613812345678" and entry.contact_id == cid


@pytest.mark.parametrize("region, today, language, expected", [
    ("CN", date(2026, 2, 15), "zh_CN", "春节"),  # Spring Festival 2026-02-17, lunar calendar
    ("CN", date(2027, 9, 13), "zh_CN", "中秋节"),  # Mid-Autumn 2027-09-15
    ("ES", date(2026, 1, 4), "es", "Día de los Reyes"),
    ("GB", date(2026, 12, 23), "en", "Christmas"),
])
def test_holidays_put_one_greet_your_best_customers_entry_a_few_days_ahead(db, region, today, language, expected):
    from app.services import settings

    settings.put(db, "phone_region", region)
    person(db, "Top", tier="A", last_call=today)
    person(db, "Good", tier="B", last_call=today)
    person(db, "Other", tier="C", last_call=today)
    [entry] = [e for e in calllist.today_list(db, today, language=language) if e.reason == "holiday"]
    assert entry.display_name == expected and entry.contact_id is None and entry.extra["customers"] == 2
    assert "2" in entry.detail and expected in entry.detail
    assert [e for e in calllist.today_list(db, today - timedelta(days=5), language=language)
            if e.reason == "holiday"] == []


def test_entries_carry_the_newest_note_line_and_address(db):
    from app.services import notes

    cid = person(db, "Noted", tier="A", last_call=TODAY - timedelta(days=8))
    notes.add_note(db, cid, "Old news")
    picture = "data:image/png;base64," + "A" * 50_000
    notes.add_note(db, cid, f'<p><img src="{picture}"></p><p><b>Wants</b> the blue model</p><p>second line</p>', html=True)
    with db.begin() as s:
        s.add(Address(contact_id=cid, street="1 Main St", city="Valencia", region="VC"))
    [entry] = calllist.today_list(db, TODAY)
    assert entry.note == "Wants the blue model"
    assert (entry.city, entry.address) == ("Valencia", "1 Main St, Valencia, VC")


def test_details_can_wait_for_the_rows_on_screen(db):
    cid = person(db, "Later", tier="A", last_call=TODAY - timedelta(days=8), phones=[("138 1234 5678", "Mobile")])
    [entry] = calllist.today_list(db, TODAY, details=False)
    assert entry.contact_id == cid and entry.phone is None and not entry.filled
    [filled] = calllist.fill_details(db, [entry])
    assert filled.phone == "+8613812345678" and filled.filled


def test_a_birthday_greeting_comes_from_the_desks_template_as_the_user_edited_it(db):
    """Today's "Copy greeting" copies the entry's greeting: after the user rewrote the birthday
    template in the greetings desk (and signed it), it is that text, as the desk shows it."""
    from app.services import settings
    from app.services.desk import templates
    from app.services.desk.compose import compose

    zhang = person(db, "张伟", birthday="--11-23", title="经理")
    ana = person(db, "Ana García", birthday="1980-11-24", language="es")
    lunar = person(db, "王芳", lunar_birthday="10-15")  # 2026-11-23 in the Gregorian calendar
    templates.save(db, "birthday", "zh", "{honorific}，生日快乐！下次来店里喝茶。—— {sender}")
    templates.save(db, "birthday", "es", "¡Muchas felicidades, {given_name}! — {sender}")
    settings.put(db, "greeting_sender", "小李")

    entries = {e.contact_id: e for e in calllist.today_list(db, TODAY, days_ahead=7, language="en")
               if e.reason == "birthday"}
    assert entries[zhang].detail == "张经理，生日快乐！下次来店里喝茶。—— 小李"
    assert entries[ana].detail == "¡Muchas felicidades, Ana! — 小李"
    assert entries[lunar].detail.endswith("生日快乐！下次来店里喝茶。—— 小李")
    desk = {g.contact_id: g.text for g in compose(db, "birthday", [zhang, ana, lunar])}
    assert {cid: e.detail for cid, e in entries.items()} == desk
