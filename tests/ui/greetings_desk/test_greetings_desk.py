"""The greetings desk as a user drives it: pick an occasion and recipients, read every message in the
customer's own language (whatever the window's), edit one, copy, open an sms: link, mark sent (the
next due date moves), export the CSV, edit a template."""
from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.services import contacts, settings
from app.services.desk import templates
from app.ui.greetings_desk import GreetingsDesk
from app.ui.greetings_desk.greetings_model import DAY, LANGUAGE, MESSAGE, STATUS
from app.ui.greetings_desk.template_dialog import TemplateDialog
from app.ui.worker import Worker

from ..conftest import closed_down, make_contact, shown, wait_idle

TODAY = date(2026, 9, 20)  # a Sunday; Mid-Autumn is Friday 25 September
NOW = datetime(2026, 9, 20, 10, 30)


@pytest.fixture
def people(db):
    settings.put(db, "language", "zh_CN")  # a Chinese window: greetings still follow each customer
    return {
        "张伟": make_contact(db, "张伟", title="总经理", tier="A", phones=["+86 138 1234 5678"], language="zh"),
        "王芳": make_contact(db, "王芳", title="销售经理", tier="B", lunar_birthday="08-15", language="zh"),
        "José García": make_contact(db, "José García", given_name="José", family_name="García", gender="male",
                                    tier="A", phones=["+34 600 123 456"], birthday="--09-22"),
        "Mary Jones": make_contact(db, "Mary Jones", given_name="Mary", tier="C"),
    }


@pytest.fixture
def desk(qtbot, db, people):
    widget = shown(qtbot, GreetingsDesk(db, Worker(), today=lambda: TODAY, now=lambda: NOW), 1200, 700)
    yield widget
    closed_down(qtbot, widget)


def rows(desk) -> dict[str, dict]:
    m = desk.model
    return {m.greeting(r).display_name: {c: m.index(r, c).data() for c in (DAY, LANGUAGE, MESSAGE, STATUS)}
            for r in range(m.rowCount())}


def choose(qtbot, desk, key: str, day: date | None = None, **filters) -> None:
    desk.open_for(key, day)
    if filters:
        desk.recipients.choose(**filters)
    wait_idle(qtbot, desk)


def test_every_customer_is_greeted_in_their_language_whatever_the_windows(qtbot, desk, qtmodeltester):
    choose(qtbot, desk, "mid_autumn")
    qtmodeltester.check(desk.model)
    assert desk.occasion_bar.current_day() == date(2026, 9, 25)
    found = rows(desk)
    assert found["张伟"][MESSAGE].startswith("张总，中秋快乐！") and found["张伟"][LANGUAGE] == "中文"
    assert found["王芳"][MESSAGE].startswith("王经理，中秋快乐！")
    assert found["José García"][MESSAGE].startswith("Estimado Sr. García: ¡feliz Festival del Medio Otoño!")
    assert found["Mary Jones"][MESSAGE].startswith("Happy Mid-Autumn Festival, Mary!")
    assert desk.count.text() == "4 customers"
    assert desk.table.isColumnHidden(DAY)  # a festival has one day: no column of days


def test_recipients_by_tier_and_birthdays_of_the_week_with_lunar_ones_on_this_years_day(qtbot, desk):
    choose(qtbot, desk, "christmas", tier="A")
    assert set(rows(desk)) == {"张伟", "José García"}
    desk.recipients.tier.setCurrentIndex(0)  # any tier
    choose(qtbot, desk, "birthday", TODAY)  # a birthday greets this week's birthdays
    found = rows(desk)
    assert list(found) == ["José García", "王芳"]  # by day: 22 September, then 八月十五 on the 25th
    assert found["王芳"][DAY].startswith("农历八月十五 · ") and "25" in found["王芳"][DAY]
    assert found["王芳"][MESSAGE].startswith("王经理，生日快乐！")
    assert not desk.recipients.birthdays.isEnabled()  # a birthday greeting goes to birthdays only
    assert not desk.table.isColumnHidden(DAY)


def test_an_edited_greeting_marked_sent_is_logged_with_its_text_and_moves_the_next_due(qtbot, desk, db, people):
    choose(qtbot, desk, "mid_autumn", tier="A")
    before = contacts.get_contact(db, people["张伟"]).next_due
    row = desk.model.row_of(people["张伟"])
    desk.table.selectRow(row)
    desk.editor.setPlainText("张总，中秋快乐！月饼已寄出，请查收。")
    assert desk.model.index(row, MESSAGE).data() == "张总，中秋快乐！月饼已寄出，请查收。"
    with qtbot.waitSignal(desk.storeChanged) as sent:
        desk.send.sent_button.click()
    assert sent.args == [[people["张伟"]]]
    assert desk.model.index(row, STATUS).data() == "Sent" and not desk.send.sent_button.isEnabled()
    zhang = contacts.get_contact(db, people["张伟"])
    assert zhang.last_contact_at == NOW and zhang.next_due != before
    assert zhang.next_due == date(2026, 9, 27)  # tier A: every 7 days from the greeting
    assert [i.summary for i in zhang.interactions if i.kind == "message"] == ["张总，中秋快乐！月饼已寄出，请查收。"]


def test_copy_and_the_sms_link_carry_the_message(qtbot, desk, people):
    choose(qtbot, desk, "christmas", tier="A")
    desk.table.selectRow(desk.model.row_of(people["José García"]))
    QGuiApplication.clipboard().clear()
    desk.send.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Estimado Sr. García: ¡feliz Navidad!")
    assert "José García" in desk.status.text()

    class Phone(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def send(self, url: QUrl) -> None:
            self.urls.append(url)

    phone = Phone()
    QDesktopServices.setUrlHandler("sms", phone, "send")
    try:
        desk.send.sms_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("sms")
    [url] = phone.urls
    assert url.scheme() == "sms" and url.path() == "+34600123456"
    assert url.query(QUrl.ComponentFormattingOption.FullyDecoded).startswith("body=Estimado Sr. García: ¡feliz")
    assert not desk.send.mail_button.isEnabled()  # no email for him


def test_export_all_as_a_private_csv(qtbot, desk, tmp_path):
    choose(qtbot, desk, "spring_festival")
    path = tmp_path / "sms.csv"
    desk.send.export_to(path)
    wait_idle(qtbot, desk)
    assert path.stat().st_mode & 0o777 == 0o600 and "4" in desk.status.text()
    with path.open(encoding="utf-8-sig") as f:
        sheet = {r["display_name"]: r for r in csv.DictReader(f)}
    assert sheet["张伟"]["phone"] == "+8613812345678" and sheet["张伟"]["text"].startswith("张总，新春快乐！")


def test_a_template_with_an_unknown_field_is_refused_and_a_good_one_rewrites_the_list(qtbot, desk, db):
    choose(qtbot, desk, "new_year")
    dialog: TemplateDialog = desk.open_templates()
    wait_idle(qtbot, desk)
    dialog.show_language("en")
    assert dialog.editors["en"].toPlainText() == templates.default_text("new_year", "en")
    dialog.editors["en"].setPlainText("Happy New Year, {given_nme}!")
    dialog.save()
    wait_idle(qtbot, desk)
    assert dialog.isVisible() and "{given_nme}" in dialog.error.text()
    dialog.editors["en"].setPlainText("")
    dialog._insert("{given_name}")
    dialog.editors["en"].insertPlainText(", happy New Year from all of us!")
    dialog.save()
    wait_idle(qtbot, desk)
    assert not dialog.isVisible()
    assert rows(desk)["Mary Jones"][MESSAGE] == "Mary, happy New Year from all of us!"
    assert rows(desk)["张伟"][MESSAGE].startswith("张总，元旦快乐")  # the Chinese text untouched


def test_a_new_occasion_of_ones_own(qtbot, desk):
    desk.add_occasion("店庆", "--10-18")
    wait_idle(qtbot, desk)
    wait_idle(qtbot, desk)
    assert desk.occasion_bar.current().name == "店庆"
    assert desk.occasion_bar.current_day() == date(2026, 10, 18)
    assert rows(desk)["张伟"][MESSAGE].startswith("张总，店庆快乐！")
    desk.add_occasion("店庆", None)
    wait_idle(qtbot, desk)
    assert "already exists" in desk.status.text()


@pytest.fixture
def main_window(qtbot, db, db_path, people):
    from pathlib import Path

    from app.ui.main_window import MainWindow

    settings.put(db, "phone_region", "CN")  # Today lists China's festivals: Mid-Autumn on the 25th
    win = MainWindow(db, Path(db_path), today=lambda: date(2026, 9, 23), now=lambda: datetime(2026, 9, 23, 9))
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, win)
    yield win
    win.worker.wait_for_done()
    wait_idle(qtbot, win)


def test_todays_holiday_and_birthday_entries_open_the_desk_on_their_occasion(qtbot, main_window):
    from app.ui.today.today_model import Role

    pane = main_window.today_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0)
    model = pane.list.model()
    holiday = next(model.index(r, 0) for r in range(model.rowCount())
                   if getattr(model.index(r, 0).data(Role.Entry), "reason", None) == "holiday")
    pane.list.activated.emit(holiday)  # Enter or a double-click on "中秋节"
    desk = main_window.desk.desk
    qtbot.waitUntil(lambda: desk is not None and desk.isVisible())
    wait_idle(qtbot, main_window)
    assert desk.occasion_bar.current().key == "mid_autumn"
    assert desk.occasion_bar.current_day() == date(2026, 9, 25) and desk.model.rowCount() == 4
    birthday = next(e for e in pane.model.entries() if e.reason == "birthday" and e.display_name == "王芳")
    pane.open_desk(birthday)  # the entry's menu: "Greetings desk…"
    wait_idle(qtbot, main_window)
    assert desk.occasion_bar.current().key == "birthday" and list(rows(desk)) == ["王芳"]
    assert main_window.desk.action in main_window.menuBar().actions()[1].menu().actions()


def test_greetings_are_signed_as_the_user_says(qtbot, desk, db):
    choose(qtbot, desk, "dragon_boat")
    assert rows(desk)["张伟"][MESSAGE] == "张总，端午安康！祝您和家人身体健康。"  # unsigned: no dangling ——
    desk.sender.setText("小李")
    desk.sender.editingFinished.emit()
    wait_idle(qtbot, desk)
    wait_idle(qtbot, desk)
    assert rows(desk)["张伟"][MESSAGE].endswith("身体健康。—— 小李")
    assert rows(desk)["Mary Jones"][MESSAGE].endswith("Wishing you good health. — 小李")
    assert settings.get(db, "greeting_sender") == "小李"


def test_todays_copy_greeting_copies_the_birthday_template_as_edited_in_the_desk(qtbot, main_window):
    """The user rewrites the birthday greeting and signs it in the desk, goes back to Today and copies
    王芳's birthday greeting: it is the desk's text, not the built-in one."""
    from app.ui.today import entry_delegate as parts
    from tests.ui.today.test_today_pane import click

    pane = main_window.today_pane
    qtbot.waitUntil(lambda: any(e.reason == "birthday" and e.display_name == "王芳" for e in pane.model.entries()))
    birthday = next(e for e in pane.model.entries() if e.reason == "birthday" and e.display_name == "王芳")
    pane.open_desk(birthday)
    desk = main_window.desk.desk
    main_window.watch.timer.stop()  # Today shows the change at once, not when the store's marker is next read
    wait_idle(qtbot, main_window)
    dialog: TemplateDialog = desk.open_templates()
    wait_idle(qtbot, desk)
    dialog.editors["zh"].setPlainText("{honorific}，生日快乐！下次来店里喝茶。—— {sender}")
    dialog.save()
    desk.sender.setText("小李")
    desk.sender.editingFinished.emit()
    wait_idle(qtbot, main_window)
    wait_idle(qtbot, main_window)
    in_desk = rows(desk)["王芳"][MESSAGE]
    assert in_desk.endswith("生日快乐！下次来店里喝茶。—— 小李")

    QGuiApplication.clipboard().clear()
    qtbot.waitUntil(lambda: next(e for e in pane.model.entries() if e.display_name == "王芳").detail == in_desk)
    click(qtbot, pane, "王芳", parts.GREETING)
    assert QGuiApplication.clipboard().text() == in_desk
