"""Rich notes through the sanitiser: the nesting bound (one pass in Python) and nh3, beside nh3
alone on the same note, and a note nested as deep as an attacker likes beside a flat one of the
same size (the bound keeps it linear: before, 100,000 nested quotes ran for hours)."""
from __future__ import annotations

from app.services.sanitise import _clean, _filter, sanitise_note

from .timing import Area, Result, median_seconds

TYPICAL = ("<p>Called <b>Friday</b> about the <a href='https://example.com/x'>quote</a></p>"
           "<ul><li>toner</li><li>drum <i>unit</i></li></ul><table><tr><td>A4</td><td>200</td></tr></table>")


def run(nesting: int, runs: int) -> Area:
    typical = TYPICAL * 100  # 16 KB, about 2,200 tags: a long note
    deep = "<blockquote>" * nesting + "x" + "</blockquote>" * nesting
    flat = "<p>x</p>" * (len(deep) // 8)  # the same size, every tag at the top
    area = Area("notes", [])
    base = "nh3 alone, a 16 KB note"
    baseline = median_seconds(lambda: _clean(typical, _filter), runs)
    area.results.append(Result("notes", base, 1, "notes", baseline))
    area.results.append(Result("notes", "sanitise_note (bound + nh3), the same note", 1, "notes",
                               median_seconds(lambda: sanitise_note(typical), runs), base, baseline))
    flat_base = f"sanitise_note, flat paragraphs, {len(flat) // 1024:,} KB"
    flat_seconds = median_seconds(lambda: sanitise_note(flat), runs)
    area.results.append(Result("notes", flat_base, 1, "notes", flat_seconds))
    area.results.append(Result("notes", f"sanitise_note, {nesting:,} nested quotes, the same size", 1, "notes",
                               median_seconds(lambda: sanitise_note(deep), runs), flat_base, flat_seconds))
    return area
