"""The week plan shows a lunar birthday with both days: the lunar one the family keeps, and this year's."""
from __future__ import annotations

from datetime import date

from app.services import calllist, contacts
from app.services.contacts import NewContact
from app.ui.plan.day_model import why


def test_the_plan_says_the_lunar_day_and_this_years_gregorian_day(qapp, db):
    contacts.create_contact(db, NewContact(display_name="王芳", fields={"lunar_birthday": "08-15"}), region="CN")
    with db() as session:
        entries = calllist.date_entries(session, date(2026, 9, 21), 6, "en", start=date(2026, 9, 21))
    assert [e.due_date for e in entries] == [date(2026, 9, 25)]
    said = why(entries[0])
    assert said.startswith("Birthday 农历八月十五 · ") and "25" in said and "Sep" in said
