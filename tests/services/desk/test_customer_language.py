"""Each customer is greeted in their own language, addressed as is customary in it, whatever the window's."""
from __future__ import annotations

import json
from datetime import date

import pytest

from app.services import calllist, contacts, settings
from app.services.contacts import NewContact
from app.services.desk.address_form import Person, address
from app.services.desk.language import guess_language
from app.services.errors import InvalidValue

TODAY = date(2026, 11, 20)


def customer(db, name: str, phones=(), **fields) -> int:
    return contacts.create_contact(db, NewContact(display_name=name, fields=fields, phones=[(p, None) for p in phones]), region="US")


@pytest.mark.parametrize("window", ["en", "zh_CN", "es"])
def test_each_customer_is_greeted_in_their_language_whatever_the_windows(db, window, monkeypatch):
    monkeypatch.setenv("RAPPORT_LANGUAGE", window)
    customer(db, "张伟", family_name="张", title="总经理", birthday="--11-21")
    customer(db, "José García", given_name="José", family_name="García", gender="male", birthday="--11-22")
    customer(db, "Mary Jones", given_name="Mary", family_name="Jones", birthday="--11-23")
    customer(db, "Li Na", phones=["+86 138 0013 8000"], gender="female", birthday="--11-24")
    settings.put(db, "language", window)
    texts = {e.display_name: (e.extra["language"], e.detail)
             for e in calllist.today_list(db, TODAY, days_ahead=7, language=window) if e.reason == "birthday"}
    assert texts["张伟"] == ("zh", "张总，生日快乐！祝您新的一年身体健康，万事如意。")
    assert texts["José García"] == ("es", "Estimado Sr. García: ¡feliz cumpleaños! Le deseo un año estupendo.")
    assert texts["Mary Jones"] == ("en", "Happy birthday, Mary! Wishing you a wonderful year ahead.")
    assert texts["Li Na"][0] == "zh" and texts["Li Na"][1].startswith("Li Na，生日快乐")  # no Chinese family name


def test_today_json_carries_the_greetings_language(run):
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN")
    assert run("set", "王芳", "--title", "销售经理", "--birthday=--11-21")[0] == 0
    code, out, _ = run("today", "--date", TODAY.isoformat(), "--json")
    entry = next(e for e in json.loads(out) if e["reason"] == "birthday")
    assert (entry["language"], entry["detail"][:5]) == ("zh", "王经理，生")


@pytest.mark.parametrize("person, language, expected", [
    (Person("张伟", family_name="张", title="总经理"), "zh", "张总"),
    (Person("张伟", title="财务总监"), "zh", "张总"),
    (Person("刘强", title="董事长"), "zh", "刘总"),
    (Person("王芳", family_name="王", title="区域销售经理"), "zh", "王经理"),
    (Person("欧阳娜娜", title="工程师", gender="female"), "zh", "欧阳女士"),
    (Person("李明", title="工程师", gender="男"), "zh", "李先生"),
    (Person("李明", title="工程师"), "zh", "李明"),  # no gender: never a guessed 先生
    (Person("José García", "José", "García", gender="M"), "es", "Estimado Sr. García"),
    (Person("María Martínez", gender="female"), "es", "Estimada Sra. Martínez"),
    (Person("María Martínez"), "es", "María Martínez"),
    (Person("Mary Jones", "Mary", "Jones", title="CEO"), "en", "Mary"),
    (Person("Bob Smith"), "en", "Bob"),
])
def test_honorifics_from_family_name_title_and_gender(person, language, expected):
    assert address(person, language) == expected


@pytest.mark.parametrize("names, numbers, countries, expected", [
    (["张伟"], [], [], "zh"),
    (["Wei Zhang"], ["+8613800138000"], [], "zh"),
    (["Wei Zhang"], ["+85291234567"], [], "zh"),
    (["Wei Zhang"], [], ["中国"], "zh"),
    (["Ana Pérez"], [], [], "es"),
    (["Ana Perez"], ["+34600123456"], [], "es"),
    (["Ana Perez"], [], ["México"], "es"),
    (["Ana Perez"], ["+14155550100"], ["USA"], "en"),
])
def test_language_guessed_from_script_number_and_country(names, numbers, countries, expected):
    assert guess_language(names, numbers, countries) == expected


def test_import_guesses_the_language_and_set_corrects_it(db, tmp_path, run):
    card = tmp_path / "c.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carlos Ruiz\r\nN:Ruiz;Carlos;;;\r\nTEL:+34 600 123 456\r\n"
                    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:陈静\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Lee\r\nADR:;;1 Road;Shenzhen;;;China\r\nEND:VCARD\r\n", "utf-8")
    assert run("import", str(card))[0] == 0
    code, out, _ = run("export", "--format", "json")
    assert {c["display_name"]: c["language"] for c in json.loads(out)["contacts"]} == {
        "Carlos Ruiz": "es", "陈静": "zh", "Tom Lee": "zh"}
    assert run("set", "Tom Lee", "--language", "en")[0] == 0
    code, _, err = run("set", "Tom Lee", "--language", "fr")
    assert code != 0 and "language" in err and "fr" in err
    code, out, _ = run("show", "Tom Lee")
    assert "greets in" in out and "en" in out


def test_a_language_is_refused_unless_zh_es_or_en(db):
    cid = customer(db, "Ana")
    with pytest.raises(InvalidValue):
        contacts.update_contact(db, cid, {"language": "klingon"})
    contacts.update_contact(db, cid, {"language": "Español"})
    assert contacts.get_contact(db, cid).language == "es"


@pytest.mark.parametrize("window", ["en", "zh_CN", "es"])
def test_warranty_reorder_and_thanks_are_written_in_the_customers_language(db, window):
    from datetime import timedelta

    from app.services.purchases import PurchaseData, add_purchase

    settings.put(db, "language", window)
    zhang = customer(db, "张伟", family_name="张", title="总经理")
    jose = customer(db, "José García", given_name="José", family_name="García", gender="male", language="es")
    mary = customer(db, "Mary Jones", given_name="Mary")
    tom = customer(db, "Tom Lee", given_name="Tom")
    contacts.set_referrer(db, tom, jose)
    add_purchase(db, tom, PurchaseData("Toner", TODAY - timedelta(days=5)), today=TODAY)
    add_purchase(db, zhang, PurchaseData("打印机", TODAY - timedelta(days=340), warranty_until=TODAY + timedelta(days=10)),
                 today=TODAY)
    for days_ago in (116, 86, 56, 26):
        add_purchase(db, mary, PurchaseData("Toner", TODAY - timedelta(days=days_ago)), today=TODAY)
    found = {(e.reason, e.display_name): (e.extra.get("language"), e.detail)
             for e in calllist.today_list(db, TODAY, days_ahead=7)}
    assert found["warranty", "张伟"] == ("zh", f"张总您好，您的打印机保修将于{TODAY + timedelta(days=10)}到期，"
                                               "需要我们上门检查一下吗？")
    assert found["reorder", "Mary Jones"] == ("en", "Hello Mary, it is about 26 days since your last Toner. "
                                                    "Shall I put your next order in?")
    assert found["thank_referrer", "José García"] == (
        "es", "Estimado Sr. García: muchas gracias por presentarnos a Tom Lee. Lo valoramos mucho.")
