"""Bounding how deep a rich note nests, in one linear pass, before the sanitiser sees it.

nh3's HTML parser walks the stack of open elements on every tag, so 100,000 nested
<blockquote>s take hours, and Qt lays out nested tables in time that grows about threefold
per level (22 levels: a minute). This pass reads the tags itself and writes the note back
in a plain form in which every "<" is a tag it read: a parser can then find no nesting this
pass did not count. Tags beyond the bounds are dropped and their text kept (nothing the
user wrote is lost, only the boxes around it), and the caller is told a cut was made.

Only the sanitiser's allowlist survives here (other tags go, their text stays; script and
style go whole, as nh3 does), with the attributes the allowlist can keep; nh3 then checks
what is left as before.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_DEPTH = 32  # elements open at once, of any kind
# Per kind, as counted on the stack. Qt's table layout grows about 3× per nested level: 4 lays out at once.
MAX_NESTED = {"table": 4, "ul": 8, "ol": 8, "blockquote": 8}
_LIST_KINDS = {"ul": "ul", "ol": "ul", "table": "table", "blockquote": "blockquote"}  # ol and ul count together

VOID = {"br", "hr", "img"}
_SKIP_CONTENT = {"script", "style"}
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_PLAIN_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\s*>")  # most tags of a note: read in one step
# One attribute: its name, then an optional value (quoted, or up to whitespace or '>').
_ATTRIBUTE = re.compile(r"""[\s/]*([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?""")
_TAG_END = re.compile(r"[\s/]*>")
# A new item closes the open one, as HTML has it (<li>a<li>b is two items, not one inside the other):
# tag -> (the open tags it closes, the tags that end the search for them).
_CLOSES = {
    "li": ({"li"}, {"ul", "ol", "table"}),
    "p": ({"p"}, {"table", "td", "th", "li", "blockquote", "div", "ul", "ol"}),
    "td": ({"td", "th"}, {"table", "tr"}),
    "th": ({"td", "th"}, {"table", "tr"}),
    "tr": ({"tr"}, {"table"}),
}


@dataclass(frozen=True)
class Bounded:
    html: str
    cut: bool  # tags were dropped to keep within the bounds


def bound_nesting(text: str, allowed_tags: set[str], allowed_attributes: dict[str, set[str]]) -> Bounded:
    out: list[str] = []
    stack: list[str] = []
    open_count: dict[str, int] = {}  # per tag name, how many are on the stack (membership in O(1))
    kind_count: dict[str, int] = {}
    dropped: dict[str, int] = {}  # opening tags dropped, whose closing tags must go too
    cut = False
    pos, end = 0, len(text)
    while pos < end:
        lt = text.find("<", pos)
        if lt < 0:
            out.append(text[pos:])
            break
        out.append(text[pos:lt])
        tag = _PLAIN_TAG.match(text, lt)
        if tag is not None:
            closing, name, attributes, pos = tag.group(1) == "/", tag.group(2).lower(), [], tag.end()
        else:
            tag = _TAG_START.match(text, lt)
            if tag is None:
                pos = _skip_markup(text, lt, out)
                continue
            closing, name = tag.group(1) == "/", tag.group(2).lower()
            attributes, pos, complete = _read_attributes(text, tag.end())
            if not complete:  # a tag running to the end of the note is no tag (as in HTML)
                break
        if name in _SKIP_CONTENT and not closing:
            close = re.compile(rf"</{name}\s*>", re.I).search(text, pos)
            pos = close.end() if close else end
            continue
        if name not in allowed_tags:
            continue
        if closing:
            if open_count.get(name):
                while _pop(stack, open_count, kind_count, out) != name:
                    pass
            elif dropped.get(name):
                dropped[name] -= 1
            continue
        kept = {k: v for k, v in attributes if k in allowed_attributes.get(name, ())}
        rendered = "<" + name + "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in kept.items()) + ">"
        if name in VOID:
            out.append(rendered)
            continue
        if name in _CLOSES:
            _close_open_item(name, stack, open_count, kind_count, out)
        kind = _LIST_KINDS.get(name)
        if len(stack) >= MAX_DEPTH or (kind and kind_count.get(kind, 0) >= MAX_NESTED[kind]):
            dropped[name] = dropped.get(name, 0) + 1
            cut = True
            continue
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if kind:
            kind_count[kind] = kind_count.get(kind, 0) + 1
        out.append(rendered)
    out.extend(f"</{name}>" for name in reversed(stack))
    return Bounded("".join(out), cut)


def _pop(stack: list[str], open_count: dict[str, int], kind_count: dict[str, int], out: list[str]) -> str:
    top = stack.pop()
    open_count[top] -= 1
    if top in _LIST_KINDS:
        kind_count[_LIST_KINDS[top]] -= 1
    out.append(f"</{top}>")
    return top


def _close_open_item(name: str, stack: list[str], open_count: dict[str, int], kind_count: dict[str, int],
                     out: list[str]) -> None:
    """Close the item `name` ends, if one is open below the nearest boundary (at most MAX_DEPTH steps)."""
    closes, boundaries = _CLOSES[name]
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] in closes:
            while len(stack) > i:
                _pop(stack, open_count, kind_count, out)
            return
        if stack[i] in boundaries:
            return


def _read_attributes(text: str, pos: int) -> tuple[list[tuple[str, str]], int, bool]:
    """The attributes from `pos` to the tag's '>', the position after it, and whether a '>' came."""
    attributes = []
    while True:
        close = _TAG_END.match(text, pos)
        if close:
            return attributes, close.end(), True
        attribute = _ATTRIBUTE.match(text, pos)
        if attribute is None or attribute.end() == pos:
            return attributes, len(text), False
        value = next((v for v in attribute.group(2, 3, 4) if v is not None), "")
        attributes.append((attribute.group(1).lower(), html.unescape(value)))
        pos = attribute.end()
        if pos >= len(text):
            return attributes, pos, False


def _skip_markup(text: str, lt: int, out: list[str]) -> int:
    """A '<' that opens no tag: a comment, a declaration (both dropped), or plain text."""
    if text.startswith("<!--", lt):
        close = text.find("-->", lt + 4)
        return len(text) if close < 0 else close + 3
    if text.startswith(("<!", "<?", "</"), lt):
        close = text.find(">", lt)
        return len(text) if close < 0 else close + 1
    out.append("&lt;")
    return lt + 1
