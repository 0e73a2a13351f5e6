"""Hostile inputs for the importer, made to a size (the big ones are never committed), and the
benign files of the same size they are timed against (bench/hostile_bench.py, and the tests in
tests/services/importing/test_outsiders.py at sizes that take seconds).

Each maker returns bytes of at least `size` bytes (the last unit is not cut).
"""
from __future__ import annotations

CRLF = "\r\n"


def _fill(head: str, unit, tail: str, size: int) -> bytes:
    parts, total, n = [head], len(head) + len(tail), 0
    while total < size:
        piece = unit(n)
        parts.append(piece)
        total += len(piece)
        n += 1
    parts.append(tail)
    return "".join(parts).encode("ascii")


def qp_soft_breaks(size: int) -> bytes:
    """A vCard 2.1 card whose quoted-printable NOTE runs over `size` bytes of soft line breaks
    (issue 14: 12 MB took 17 minutes in a quadratic unfolder)."""
    return _fill("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Breaks;Soft\r\nNOTE;ENCODING=QUOTED-PRINTABLE:",
                 lambda n: "=41=42=43=44=45=46=47=48=49=4A=4B=4C=4D=4E=4F=50=51=52=53=54=\r\n",
                 "Z\r\nEND:VCARD\r\n", size)


def folded_note(size: int) -> bytes:
    """The same card with a plain note folded the 3.0 way: what the QP file is timed against."""
    return _fill("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Breaks;Soft\r\nNOTE:",
                 lambda n: "ABCDEFGHIJKLMNOPQRSTABCDEFGHIJKLMNOPQRSTABCDEFGHIJKLMNOPQRST\r\n ",
                 "Z\r\nEND:VCARD\r\n", size)


def ordinary_vcards(size: int) -> bytes:
    """A phone's address book: ordinary 2.1 cards with a name, a number, an e-mail and a note."""
    return _fill("", lambda n: (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee{n};Ann\r\nFN:Ann Lee{n}\r\n"
                                f"TEL;CELL:+1 415 555 {n % 10000:04d}\r\nEMAIL;INTERNET:ann{n}@example.com\r\n"
                                f"NOTE:Met at the trade fair, wants a quote in spring\r\nEND:VCARD\r\n"), "", size)


def many_categories(count: int) -> bytes:
    """One card in `count` categories (issue 14: 100,000 took minutes)."""
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Groups\r\nCATEGORIES:"
            + ",".join(f"group {n}" for n in range(count)) + "\r\nEND:VCARD\r\n").encode("ascii")


def wide_csv(columns: int) -> bytes:
    """A header of `columns` columns and one row (issue 14: 10,000 made a contact named "Name")."""
    header = ["Name"] + [f"Field {n}" for n in range(1, columns)]
    row = ["Ann Lee"] + [str(n) for n in range(1, columns)]
    return (",".join(header) + CRLF + ",".join(row) + CRLF).encode("ascii")


def big_quoted_cell(size: int) -> bytes:
    """One quoted cell of `size` bytes full of line breaks (issue 14: 100 MB made 100,000 contacts)."""
    return _fill('Name,Notes\r\nAnn Lee,"', lambda n: f"line {n}\r\n", '"\r\nBo Chan,hello\r\n', size)


def ordinary_csv(size: int) -> bytes:
    """A plain contact list: name, phone, e-mail, note."""
    return _fill("Name,Phone,Email,Notes\r\n",
                 lambda n: f"Ann Lee{n},+1 415 555 {n % 10000:04d},ann{n}@example.com,Met at the trade fair\r\n",
                 "", size)


def long_notes_csv(size: int) -> bytes:
    """A contact list whose rows carry 100 KB notes (legal cells): the benign file for a huge cell."""
    note = "Visited the plant, talked about the spring order. " * 2_000
    return _fill("Name,Phone,Notes\r\n", lambda n: f'Ann Lee{n},+1 415 555 {n % 10000:04d},"{note}"\r\n', "", size)


def junk_lines_card(size: int) -> bytes:
    """One card of `size` bytes of short lines that are not properties (a problem each, and a list
    entry each, before they were capped)."""
    return _fill("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Junk Lines\r\n", lambda n: "a b\r\n" * 1000, "END:VCARD\r\n", size)


def empty_lines_csv(size: int) -> bytes:
    """A contact list of two rows with `size` bytes of empty lines between them."""
    return _fill("Name,Phone\r\nAnn Lee,+1 415 555 0101\r\n", lambda n: "\r\n" * 1000, "Bo Chan,+1 415 555 0102\r\n",
                 size)
