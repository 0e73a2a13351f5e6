"""A note cannot freeze the window by nesting (issue 14, item 7): the sanitiser bounds how deep
tables, lists and quotes go, in one linear pass, keeps every word, and says when it cut."""
from __future__ import annotations

import subprocess
import sys

from app.services import contacts, notes
from app.services.contacts import NewContact
from app.services.html_nesting import MAX_NESTED
from app.services.sanitise import sanitise_note


def _depth(html: str, tag: str) -> int:
    depth = deepest = 0
    for piece in html.split("<")[1:]:
        if piece.startswith(tag + ">") or piece.startswith(tag + " "):
            depth += 1
            deepest = max(deepest, depth)
        elif piece.startswith(f"/{tag}>"):
            depth -= 1
    return deepest


def test_100000_nested_blockquotes_do_not_hang_the_sanitiser():
    """A hang detector, not a timing: before, this ran for hours (nh3 walks its open elements on
    every tag); linear now, it takes a second or two (python -m bench has no note case to compare)."""
    script = ("from app.services.sanitise import sanitise_note; n = 100_000; "
              "r = sanitise_note('<blockquote>' * n + 'deep down' + '</blockquote>' * n); "
              "assert r.cut and 'deep down' in r.html, r.html[:200]")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_nesting_is_bounded_per_kind_and_every_word_kept():
    for tag, inner in (("table", "<tr><td>"), ("ul", "<li>"), ("ol", "<li>"), ("blockquote", "")):
        words = [f"w{i}" for i in range(30)]
        html = "".join(f"<{tag}>{inner}{w} " for w in words)
        result = sanitise_note(html)
        assert result.cut
        assert _depth(result.html, tag) == MAX_NESTED[tag], result.html
        assert all(w in result.html for w in words)


def test_ordinary_html_is_not_cut_and_unclosed_items_stay_siblings():
    result = sanitise_note("<ul>" + "<li>item" * 200 + "</ul><p>one<p>two<table><tr><td>a<td>b<tr><td>c</table>")
    assert not result.cut
    assert result.html.count("<li>") == 200 and _depth(result.html, "li") == 1
    assert _depth(result.html, "td") == 1 and _depth(result.html, "p") == 1


def test_a_note_that_needed_cutting_says_so(db):
    cid = contacts.create_contact(db, NewContact(display_name="Ana"))
    saved = notes.add_note(db, cid, "<table><tr><td>" * 22 + "the quote" + "</td></tr></table>" * 22, html=True)
    assert saved.flattened is not None and "flattened" in str(saved.flattened)
    [note] = notes.list_notes(db, cid)
    assert "the quote" in note.body and _depth(note.body, "table") == MAX_NESTED["table"]
    assert notes.add_note(db, cid, "<ul><li><b>fine</b></li></ul>", html=True).flattened is None


def test_the_command_line_warns_that_the_note_was_flattened(run):
    run("add", "Ana")
    code, out, err = run("note", "Ana", "<blockquote>" * 40 + "hi", "--html")
    assert code == 0 and "note added" in out
    assert "warning" in err and "flattened" in err and len(err.strip().splitlines()) == 1
