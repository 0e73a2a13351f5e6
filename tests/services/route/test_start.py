"""The start address in Settings: placed when saved, refused with a message when it names no place."""
from __future__ import annotations

import pytest

from app.services import settings
from app.services.errors import InvalidValue
from app.services.route import get_start, set_start


def test_the_start_is_placed_when_saved_and_cleared_when_empty(db):
    settings.put(db, "phone_region", "ES")
    start = set_start(db, "  Calle Mayor 5,   Valencia ")
    assert start.address == "Calle Mayor 5, Valencia" and start.place == "Valencia, ES"
    assert get_start(db) == start
    assert set_start(db, "上海市徐汇区漕溪北路88号").place == "上海市 徐汇区"
    assert set_start(db, "") is None and get_start(db) is None


def test_a_start_naming_no_city_is_refused_and_the_old_one_kept(db):
    kept = set_start(db, "Sevilla")
    with pytest.raises(InvalidValue, match="start address: 'my office' names no city or district"):
        set_start(db, "my office")
    with pytest.raises(InvalidValue):
        set_start(db, "浙江省")  # a province is too coarse to start a route from
    assert get_start(db) == kept
