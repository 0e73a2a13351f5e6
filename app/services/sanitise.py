"""An allowlist for rich notes, through nh3 (the Rust `ammonia` sanitiser).

Notes may hold bold, lists, links and pasted pictures. Pictures live inside the
note as data: URIs (never file paths) and are kept by their bytes (PNG, JPEG, GIF,
WebP: never an SVG), links are http, https or mailto only, and nothing else
survives: no scripts, styles, event handlers or remote images.
"""
from __future__ import annotations

import nh3

from .errors import InvalidValue
from .html_nesting import Bounded, bound_nesting
from .images import clean_data_uri, data_uri_format

MAX_PICTURE_BYTES = 5 * 1024 * 1024  # per embedded picture, as base64 text

TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "hr", "i", "img", "li", "ol", "p",
    "pre", "s", "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"}}
_LINK_SCHEMES = ("http://", "https://", "mailto:")
_PICTURE_PREFIXES = ("data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,",
                     "data:image/webp;base64,")


def _filter(tag: str, attribute: str, value: str) -> str | None:
    """Shown notes: a picture whose bytes are not what the four kinds start with goes (an SVG labelled PNG)."""
    lowered = value.strip().lower()
    if tag == "a" and attribute == "href":
        return value if lowered.startswith(_LINK_SCHEMES) else None
    if tag == "img" and attribute == "src":
        if lowered.startswith(_PICTURE_PREFIXES) and len(value) <= MAX_PICTURE_BYTES * 4 // 3 + 64 \
                and data_uri_format(value.strip()) is not None:
            return value
        return None
    return value


def _filter_and_redraw(tag: str, attribute: str, value: str) -> str | None:
    """Saved notes: each picture is also decoded and written anew (see images.py)."""
    kept = _filter(tag, attribute, value)
    if kept is None or tag != "img" or attribute != "src":
        return kept
    try:
        return clean_data_uri(kept.strip())
    except InvalidValue:
        return None


def sanitise_html(html: str) -> str:
    return sanitise_note(html).html


def sanitise_note(html: str, *, redraw_pictures: bool = False) -> Bounded:
    """The note cleaned, and whether it nested too deep and was flattened (see html_nesting).
    `redraw_pictures` when the note is being saved: its pictures are decoded and written anew."""
    bounded = bound_nesting(html, TAGS, ATTRIBUTES)
    return Bounded(_clean(bounded.html, _filter_and_redraw if redraw_pictures else _filter), bounded.cut)


def _clean(html: str, attribute_filter) -> str:
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "data"},
        attribute_filter=attribute_filter,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
