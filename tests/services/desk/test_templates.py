"""Greeting templates: fields filled per customer, unknown ones refused by name, empty ones leaving no trace,
the user's edits kept per occasion and language, and occasions of the user's own."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import contacts, settings
from app.services.contacts import NewContact
from app.services.desk import occasions, templates
from app.services.desk.compose import compose
from app.services.desk.template_text import fill
from app.services.errors import InvalidValue
from app.services.purchases import PurchaseData, add_purchase


def customer(db, name, **fields) -> int:
    return contacts.create_contact(db, NewContact(display_name=name, fields=fields), region="US")


def test_every_field_is_filled_from_the_customer_in_their_language(db):
    zhang = customer(db, "张伟", title="总经理", organization="华通贸易", language="zh")
    jose = customer(db, "José García", given_name="José", family_name="García", gender="male",
                    organization="Olivos SL")
    add_purchase(db, zhang, PurchaseData("打印机", date(2026, 1, 5)), today=date(2026, 6, 1))
    add_purchase(db, zhang, PurchaseData("硒鼓", date(2026, 5, 2)), today=date(2026, 6, 1))
    settings.put(db, "greeting_sender", "小李")
    every = "{given_name}|{honorific}|{family_name}|{company}|{last_product}|{occasion}|{sender}"
    found = compose(db, "mid_autumn", [jose, zhang], template={"zh": every, "es": every})
    assert [g.contact_id for g in found] == [jose, zhang]  # the order asked for
    assert found[1].text == "伟|张总|张|华通贸易|硒鼓|中秋节|小李"  # the newest purchase
    assert found[0].text == "José|Estimado Sr. García|García|Olivos SL||Festival del Medio Otoño|小李"
    assert (found[0].language, found[1].language) == ("es", "zh")


def test_the_defaults_greet_with_the_honorific_and_sign_with_the_sender(db):
    zhang = customer(db, "张伟", title="总经理")
    mary = customer(db, "Mary Jones", given_name="Mary")
    settings.put(db, "greeting_sender", "Ana")
    texts = {g.contact_id: g.text for g in compose(db, "spring_festival", [zhang, mary])}
    assert texts[zhang] == "张总，新春快乐！祝您新的一年身体健康，生意兴隆，万事如意。—— Ana"
    assert texts[mary] == "Happy Spring Festival, Mary! Wishing you health and prosperity in the new year. — Ana"
    settings.put(db, "greeting_sender", "")
    assert compose(db, "spring_festival", [mary])[0].text.endswith("in the new year.")  # no dangling "—"


@pytest.mark.parametrize("template, values, expected", [
    ("Happy birthday, {given_name}! — {sender}", {}, "Happy birthday!"),
    ("{honorific}，生日快乐！—— {sender}", {"sender": "小李"}, "生日快乐！—— 小李"),
    ("{honorific}: ¡feliz cumpleaños!", {}, "¡Feliz cumpleaños!"),
    ("Hi {given_name}, thanks[ for your {last_product}].", {"given_name": "Bo"}, "Hi Bo, thanks."),
    ("Hi {given_name}, thanks[ for your {last_product}].", {"given_name": "Bo", "last_product": "toner"},
     "Hi Bo, thanks for your toner."),
    ("Dear {honorific} {family_name}, hello", {"honorific": "Dr."}, "Dear Dr., hello"),
    ("Hello {given_name} and welcome", {}, "Hello and welcome"),
    ("{given_name}", {"given_name": None}, ""),
])
def test_an_empty_field_leaves_no_none_and_no_dangling_punctuation(template, values, expected):
    assert fill(template, values) == expected
    assert "None" not in fill(template, values)


@pytest.mark.parametrize("template, named", [
    ("Hello {nmae}!", "{nmae}"),
    ("Hello {given_name.__class__}", "given_name.__class__"),
    ("Hello {given_name!r}", "given_name!r"),
    ("Hello {given_name", "'{'"),
])
def test_an_unknown_or_broken_field_is_refused_in_one_line_naming_it(db, template, named):
    with pytest.raises(InvalidValue) as refused:
        templates.save(db, "birthday", "en", template)
    assert named in str(refused.value) and "\n" not in str(refused.value)
    assert templates.texts(db, "birthday")["en"][1] is False  # nothing kept


def test_an_edited_template_is_kept_per_occasion_and_language_and_reset_to_the_default(db):
    mary = customer(db, "Mary Jones", given_name="Mary")
    zhang = customer(db, "张伟", title="总经理")
    templates.save(db, "christmas", "en", "Season's greetings, {given_name} from {company}!")
    assert compose(db, "christmas", [mary])[0].text == "Season's greetings, Mary from!"  # no company: as written
    templates.save(db, "christmas", "en", "Season's greetings, {given_name}!")
    assert compose(db, "christmas", [mary])[0].text == "Season's greetings, Mary!"
    assert compose(db, "christmas", [zhang])[0].text.startswith("张总，圣诞快乐")  # Chinese untouched
    assert templates.texts(db, "christmas")["en"] == ("Season's greetings, {given_name}!", True)
    templates.save(db, "christmas", "en", "")
    assert compose(db, "christmas", [mary])[0].text.startswith("Merry Christmas, Mary!")
    assert templates.texts(db, "christmas")["en"][1] is False


def test_an_invitation_takes_the_events_fields(db):
    zhang = customer(db, "张伟", title="总经理")
    found = compose(db, "invitation", [zhang], extra={"event": "新品发布会", "event_date": "12月18日", "place": ""})
    assert found[0].text.startswith("张总您好！诚邀您参加新品发布会，时间：12月18日。")
    with pytest.raises(InvalidValue, match="event"):
        templates.save(db, "birthday", "zh", "{event}")  # a birthday has no event


def test_an_occasion_of_the_users_own_with_a_day_every_year_or_none(db):
    ana = customer(db, "Ana Pérez", gender="female")
    shop = occasions.add(db, "Aniversario de la tienda", "--05-20")
    assert occasions.find(db, "aniversario de la tienda") == shop
    assert shop.next_day(date(2026, 6, 1)) == date(2027, 5, 20)
    assert occasions.add(db, "Member day").next_day(date(2026, 6, 1)) is None
    assert compose(db, shop, [ana])[0].text.startswith("Estimada Sra. Pérez: ¡feliz Aniversario de la tienda!")
    templates.save(db, shop.key, "es", "{honorific}: ¡{occasion}!")
    assert compose(db, shop, [ana])[0].text == "Estimada Sra. Pérez: ¡Aniversario de la tienda!"
    for taken in ("Member day", "member DAY", "Navidad", "mid_autumn", ""):
        with pytest.raises(InvalidValue):
            occasions.add(db, taken)
    occasions.remove(db, shop.key)
    assert templates.texts(db, shop.key)["es"][1] is False
    with pytest.raises(InvalidValue):
        occasions.find(db, "Aniversario de la tienda")


def test_the_festivals_days_follow_the_lunar_calendar():
    assert occasions.built_in("mid_autumn").next_day(date(2026, 1, 1)) == date(2026, 9, 25)
    assert occasions.built_in("spring_festival").next_day(date(2026, 3, 1)) == date(2027, 2, 6)
    assert occasions.built_in("dragon_boat").next_day(date(2026, 1, 1)) == date(2026, 6, 19)
    assert occasions.built_in("christmas").next_day(date(2026, 12, 26)) == date(2027, 12, 25)
    assert occasions.built_in("birthday").next_day(date(2026, 1, 1)) is None
