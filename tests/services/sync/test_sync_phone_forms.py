"""Numbers that arrive by sync, first or edited on the phone, carry their display forms too."""
from __future__ import annotations

from app.services.sync import sync_book
from tests.services.test_phone_forms import assert_every_number_has_its_forms

from .conftest import card, link, person


def test_numbers_synced_down_carry_their_display_forms(db, radicale, phone):
    phone.server.upload({f"card-{n}": card(f"card-{n}", *person(n)) for n in range(3)})
    link(db, radicale)
    sync_book(db, "Phone")
    given, family, number, email = person(1)
    phone.put("card-1", card("card-1", given, family, number, email, "TEL;TYPE=WORK:+34 612 34 56 78"))
    sync_book(db, "Phone")
    assert assert_every_number_has_its_forms(db) == 4
