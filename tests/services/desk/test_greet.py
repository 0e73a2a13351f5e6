"""rapport greet: one greeting per chosen customer in their language; logging one counts as contact."""
from __future__ import annotations

import csv
import json
from datetime import date, timedelta


def test_greet_writes_each_customer_in_their_language_and_logging_moves_the_next_due(run, tmp_path):
    run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN", "--tier", "A")
    run("add", "José García", "--phone", "+34 600 123 456", "--tier", "A")
    run("add", "Mary Jones", "--tier", "B")
    run("set", "张伟", "--title", "总经理")
    run("set", "José García", "--family", "García", "--given", "José", "--gender", "male")
    code, out, _ = run("greet", "mid_autumn", "--date", "2026-09-25", "--tier", "A", "--json")
    found = {g["display_name"]: g for g in json.loads(out)}
    assert set(found) == {"张伟", "José García"}
    assert (found["张伟"]["language"], found["张伟"]["channel"]) == ("zh", "wechat")
    assert found["张伟"]["text"].startswith("张总，中秋快乐")
    assert found["José García"]["text"].startswith("Estimado Sr. García: ¡feliz Festival del Medio Otoño!")
    assert set(found["张伟"]) == {"contact_id", "display_name", "language", "channel", "text"}
    sheet = tmp_path / "sms.csv"
    assert run("greet", "christmas", "--date", "2026-12-20", "--csv", str(sheet))[0] == 0
    rows = {r["display_name"]: r for r in csv.DictReader(sheet.open(encoding="utf-8-sig"))}
    assert rows["Mary Jones"]["text"].startswith("Merry Christmas, Mary!") and rows["张伟"]["phone"] == "+8613812345678"
    before = json.loads(run("show", "张伟", "--json")[1])["next_due"]
    assert run("greet", "mid_autumn", "--date", "2026-09-25", "--group", "nobody-here")[1] == ""
    code, out, _ = run("greet", "mid_autumn", "--date", "2026-09-25", "--tier", "A", "--log")
    assert code == 0 and "logged 2" in out
    after = json.loads(run("show", "张伟", "--json")[1])
    every = {t["code"]: t for t in json.loads(run("tiers", "--json")[1])}["A"]
    assert after["last_contact"] == "2026-09-25" and after["next_due"] != before
    assert after["next_due"] == (date(2026, 9, 25) + timedelta(days=every["call_every"])).isoformat()
    assert after["interactions"][0]["summary"].startswith("张总，中秋快乐")


def test_greet_birthday_takes_the_week_and_refuses_an_unknown_occasion(run):
    run("add", "Ana Pérez", "--phone", "+34 600 000 001")
    run("set", "Ana Pérez", "--birthday=--03-04", "--gender", "female")
    run("add", "Later", "--phone", "+1 415 555 0100")
    run("set", "Later", "--birthday=--03-20")
    code, out, _ = run("greet", "birthday", "--date", "2026-03-01", "--json")
    assert [(g["display_name"], g["language"]) for g in json.loads(out)] == [("Ana Pérez", "es")]
    assert json.loads(out)[0]["text"].startswith("Estimada Sra. Pérez: ¡feliz cumpleaños!")
    code, _, err = run("greet", "halloween")
    assert code != 0 and "halloween" in err


def test_greet_birthday_takes_lunar_birthdays_on_this_years_day(run):
    run("add", "王芳", "--phone", "138 1234 5678", "--region", "CN")
    run("set", "王芳", "--lunar-birthday", "08-15", "--title", "销售经理")
    run("add", "Bob Smith", "--phone", "+1 415 555 0100")
    run("set", "Bob Smith", "--birthday=--09-27")
    code, out, _ = run("greet", "birthday", "--date", "2026-09-23")
    lines = out.splitlines()
    assert [line.split("\t")[1:3] for line in lines] == [["王芳", "农历八月十五 · 25 Sep"], ["Bob Smith", "27 Sep"]]
    assert lines[0].endswith("王经理，生日快乐！祝您新的一年身体健康，万事如意。")
    code, out, _ = run("greet", "birthday", "--date", "2027-09-10", "--json")  # 八月十五 is 15 Sep in 2027
    assert [g["display_name"] for g in json.loads(out)] == ["王芳"]
    assert run("greet", "birthday", "--date", "2026-09-26", "--json")[1].count("王芳") == 0


def test_greet_picks_by_city_and_stage_and_its_csv_is_private_and_formula_safe(run, tmp_path):
    run("add", "Ana Pérez", "--phone", "+34 600 000 001")
    run("set", "Ana Pérez", "--address", "city=Madrid", "--stage", "customer", "--gender", "female")
    run("add", "Luis Gómez", "--phone", "+34 600 000 002")
    run("set", "Luis Gómez", "--address", "city=Sevilla", "--stage", "customer")
    code, out, _ = run("greet", "christmas", "--city", "madrid", "--stage", "customer", "--json")
    assert [g["display_name"] for g in json.loads(out)] == ["Ana Pérez"]
    code, _, err = run("greet", "christmas", "--stage", "sleeping")
    assert code != 0 and "sleeping" in err
    run("add", "=HYPERLINK(1)", "--email", "x@example.com")
    sheet = tmp_path / "sms.csv"
    assert run("greet", "christmas", "--csv", str(sheet))[0] == 0
    assert sheet.stat().st_mode & 0o777 == 0o600
    rows = {r["contact_id"]: r for r in csv.DictReader(sheet.open(encoding="utf-8-sig"))}
    assert {r["display_name"] for r in rows.values()} == {"Ana Pérez", "Luis Gómez", "'=HYPERLINK(1)"}
    assert {r["phone"] for r in rows.values()} == {"+34600000001", "+34600000002", ""}


def test_the_commands_occasions_are_the_services():
    from app.cli.greet_cmd import OCCASIONS
    from app.services.desk.greet import OCCASIONS as SERVICE

    assert OCCASIONS.split(", ") == list(SERVICE)


def test_greet_an_occasion_of_ones_own_by_its_name(run):
    from app.models.db import open_store
    from app.services.desk import occasions, templates

    run("add", "张伟", "--phone", "138 1234 5678", "--region", "CN")
    run("set", "张伟", "--title", "总经理")
    db = open_store(run.store)  # the command line's store, on either database
    shop = occasions.add(db, "店庆", "--10-18")
    templates.save(db, shop.key, "zh", "{honorific}，{occasion}快乐！[感谢您选购{last_product}。]")
    db.kw["bind"].dispose()
    code, out, _ = run("greet", "店庆", "--json")
    assert code == 0 and json.loads(out)[0]["text"] == "张总，店庆快乐！"
    code, _, err = run("greet", "店庆二")
    assert code != 0 and "店庆二" in err and "店庆" in err
