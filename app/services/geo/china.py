"""Chinese addresses to a district, city or province, with coordinates, from resources/geo/cn_districts.tsv.

The table is cpca's (see tools/build_geo_tables.py); the matching follows cpca's idea without
its code (which needs pkg_resources and pandas): find every province, city and district name in
the text, the longest at each place, and keep the deepest one whose parents the text also names.
Provinces and cities also match without their 省/市/自治区 ("广东", "深圳"), as people write them;
districts only in full (区/县 dropped, 2,800 short names would match inside street names).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Optional

TABLE = Path(__file__).resolve().parents[3] / "resources" / "geo" / "cn_districts.tsv"
_SUFFIX = re.compile(r"(省|市|特别行政区|自治区)$")
_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏", "新疆维吾尔自治区": "新疆",
          "宁夏回族自治区": "宁夏"}
# Province-level codes that are one city (Beijing, Tianjin, Shanghai, Chongqing, Hong Kong, Macao):
# naming them places the address at city level, not somewhere in a province.
_CITY_PROVINCES = {"11", "12", "31", "50", "81", "82"}


@dataclass(frozen=True, slots=True)
class Division:
    adcode: str  # six digits: province (PP0000), city (PPCC00) or district (PPCCDD)
    name: str
    lon: float
    lat: float

    @property
    def rank(self) -> int:
        return 0 if self.adcode.endswith("0000") else 1 if self.adcode.endswith("00") else 2

    @property
    def level(self) -> str:
        if self.rank == 0:
            return "city" if self.adcode[:2] in _CITY_PROVINCES else "region"
        return "city" if self.rank == 1 else "district"

    def is_within(self, other: "Division") -> bool:
        return other.rank < self.rank and self.adcode.startswith(other.adcode[: 2 * (other.rank + 1)])


@dataclass(frozen=True)
class _Index:
    by_name: dict[str, tuple[Division, ...]]
    by_code: dict[str, Division]
    lengths: dict[str, tuple[int, ...]]  # first character -> the name lengths to try there, longest first


@cache
def _index() -> _Index:
    by_name: dict[str, list[Division]] = {}
    by_code: dict[str, Division] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            continue
        adcode, name, lon, lat = line.split("\t")
        division = Division(adcode, name, float(lon), float(lat))
        by_code[adcode] = division
        names = {name}
        if division.rank < 2 or name.endswith("市"):  # county-level cities are written without 市 too
            short = _SHORT.get(name) or _SUFFIX.sub("", name)
            if len(short) >= 2:
                names.add(short)
        for n in names:
            by_name.setdefault(n, []).append(division)
    lengths: dict[str, set[int]] = {}
    for n in by_name:
        lengths.setdefault(n[0], set()).add(len(n))
    return _Index({k: tuple(v) for k, v in by_name.items()}, by_code,
                  {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})


def _matches(text: str, index: _Index) -> list[tuple[Division, ...]]:
    found = []
    i = 0
    while i < len(text):
        for length in index.lengths.get(text[i], ()):
            hit = index.by_name.get(text[i : i + length])
            if hit:
                found.append(hit)
                i += length
                break
        else:
            i += 1
    return found


def locate(text: str) -> Optional[Division]:
    """The most precise division `text` names, or None when it names none.

    Ranked by how many of its parents the text also names, then by not contradicting a division
    named before it (the address's city comes before its street: "上海市南京东路" is in Shanghai,
    not Nanjing), then by depth; on a tie the first named wins.
    """
    index = _index()
    matches = _matches(text, index)
    named = [d for hit in matches for d in hit]
    best: Optional[Division] = None
    best_key: tuple[int, int, int] = (-1, -1, -1)
    earlier: list[Division] = []
    for hit in matches:
        for division in hit:
            contradicted = sum(1 for other in earlier if other.adcode != division.adcode
                               and not (division.is_within(other) or other.is_within(division)))
            key = (sum(1 for other in named if division.is_within(other)), -contradicted, division.rank)
            if key > best_key:
                best, best_key = division, key
        earlier.extend(hit)
    return best


def parents(division: Division) -> list[Division]:
    """Its city and province, largest first, for a name people recognise ("上海市 徐汇区")."""
    codes = [division.adcode[:2] + "0000", division.adcode[:4] + "00"][: division.rank]
    index = _index()
    return [index.by_code[c] for c in codes if c in index.by_code]
