"""The smart-list filters of app/services/directory.py: due, birthdays, never contacted."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import update

from app.models import Contact
from app.services import directory, interactions
from app.services.contacts import NewContact, create_contact
from app.services.directory import ContactFilter, birthday_keys


def _make(db, name: str, **fields) -> int:
    return create_contact(db, NewContact(display_name=name, fields=fields))


def _names(db, filt: ContactFilter) -> list[str]:
    return [row.display_name for row in directory.list_contacts(db, filt)]


def test_due_by_lists_contacts_due_on_or_before_the_day(db):
    overdue, today_due, later, none = (_make(db, n) for n in ("Overdue", "Today", "Later", "No cadence"))
    with db.begin() as session:
        for cid, due in ((overdue, date(2026, 3, 1)), (today_due, date(2026, 3, 10)), (later, date(2026, 3, 11))):
            session.execute(update(Contact).where(Contact.id == cid).values(next_due=due))
    assert _names(db, ContactFilter(due_by=date(2026, 3, 10))) == ["Overdue", "Today"]
    assert directory.count(db, ContactFilter(due_by=date(2026, 3, 10))) == 2


def test_birthdays_in_the_coming_days_ignore_the_year(db):
    _make(db, "Ana", birthday="1980-03-12")
    _make(db, "Bo", birthday="--03-16")
    _make(db, "Cy", birthday="1990-03-17")  # one day too late
    _make(db, "Di")
    assert _names(db, ContactFilter(birthdays_from=date(2026, 3, 10), birthday_days=7)) == ["Ana", "Bo"]


def test_birthdays_across_new_year_and_leap_day():
    assert birthday_keys(date(2026, 12, 30), 3) == ["12-30", "12-31", "01-01"]
    assert "02-29" in birthday_keys(date(2027, 2, 27), 2)  # not a leap year: celebrated on the 28th
    assert birthday_keys(date(2028, 2, 28), 2) == ["02-28", "02-29"]


def test_never_contacted(db):
    called = _make(db, "Called")
    _make(db, "Silent")
    interactions.log_interaction(db, called, "call", when=datetime(2026, 3, 1, 10, 0))
    assert _names(db, ContactFilter(never_contacted=True)) == ["Silent"]
