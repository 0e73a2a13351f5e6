"""Tables on the terminal: CJK characters take two columns, and the columns line up."""
from __future__ import annotations

import io
import unicodedata

import pytest

from app.cli.output import NARROW_BLOCKS, WIDE_BLOCKS, table, width


@pytest.mark.parametrize("first, last", WIDE_BLOCKS)
def test_every_character_of_a_wide_block_is_wide(first, last):
    assert all(unicodedata.east_asian_width(chr(c)) in "WF" for c in range(first, last + 1))


@pytest.mark.parametrize("first, last", NARROW_BLOCKS)
def test_every_character_of_a_narrow_block_is_narrow(first, last):
    assert not any(unicodedata.east_asian_width(chr(c)) in "WF" for c in range(first, last + 1))


@pytest.mark.parametrize("text", ["Ana García", "张伟", "王 Fang ①", "ｶﾀｶﾅ and カタカナ", "한국어", "Ω≈ç√", "😀 x", "", "reorder: 魏鹏英您好，距您上次购买…", "Müller — “ok”…", "é😀ü"])
def test_width_is_unicodes_east_asian_width(text):
    assert width(text) == sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_columns_line_up_with_chinese_names():
    out = io.StringIO()
    table(("ID", "NAME", "CITY"), [(1, "张伟", "北京"), (22, "Ana García", None)], out)
    lines = out.getvalue().splitlines()
    assert lines == ["ID  NAME        CITY", "1   张伟        北京", "22  Ana García"]
