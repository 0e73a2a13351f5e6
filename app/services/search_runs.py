"""The search index's shortcut: runs of one kind of character, and the contacts holding them.

A term of ASCII letters only ("zw", "mart") can be found in a text only inside a run of letters,
a term of digits only ("1381234") only inside a run of digits, a term of Chinese (any non-ASCII)
only inside a run of those. So the texts' runs answer such a term without scanning every text:
- letters and Chinese: every distinct run once ("zhang", "fgy", "华通贸易有限公司": 64,000 at
  100,000 contacts, names repeat), each with the contacts holding it; a term is looked for in the
  runs alone, then their contacts are joined.
- digits: each text's digit runs in one string (phone numbers hardly repeat, so distinct runs
  would not be fewer), looked through once in C with the contacts found by their offsets.
A term of several kinds ("c4517@") is looked up by its longest run and checked in the texts.

Building is C loops but for one pass over the (contact, run) pairs of letters and Chinese. A term
found in too many runs or texts ("a", "13") is left to the scan (search_index.py): listing every
one of them would cost more than looking.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from itertools import accumulate, chain, compress, repeat
from operator import contains
from typing import Iterable, Optional, Sequence

_RUN = re.compile(r"[a-z]+|[0-9]+|[^\x00-\x7f]+")
_ASCII = re.compile(r"[\x01-\x7f]+")  # what lies between wide runs ("\0" is kept: it ends a text)
_LETTERS_ONLY = str.maketrans({c: " " for c in range(1, 128) if not chr(c).islower()})
_DIGITS_ONLY = str.maketrans({c: " " for c in range(1, 128) if not chr(c).isdigit()})
_SINGLE = "abcdefghijklmnopqrstuvwxyz0123456789"
_CHUNK = 4_096  # texts cut into runs at once: a few milliseconds of C
_FEW_WORDS = 1_000  # a term in fewer distinct runs: the runs found one by one, else all tested at once
_MOST_WORDS = 6_000  # in more: scanned for in the texts (search_index.py), as quick as joining the runs'
_MOST_TEXTS = 3_000  # digits met more often than this: scanned for, as quick as placing each one


class RunIndex:
    """Looks up terms by their runs; answers positions in the texts' list (sorted)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self._size = len(texts)
        holders: dict[str, list[int]] = {}
        digits: list[str] = []
        single = {c: bytearray() for c in _SINGLE}
        for start in range(0, len(texts), _CHUNK):
            chunk = _Chunk(texts[start:start + _CHUNK])
            get = holders.get
            for runs in (chunk.letters(), chunk.wide()):
                for n, words in enumerate(runs, start):
                    for word in words:
                        found = get(word)
                        if found is None:
                            holders[word] = [n]
                        elif found[-1] != n:  # a run met again in the same text
                            found.append(n)
            digits += chunk.digits()
            for c, flags in single.items():
                flags += bytes(map(contains, chunk.ascii, repeat(c)))
        most = len(texts) // 2  # half the contacts or more: a scan lists them as fast as the runs
        self._letters = _Words([w for w in holders if w.isascii()], holders, most)
        self._wide = _Words([w for w in holders if not w.isascii()], holders, most)
        self._digits = _Segments(digits, sample=8)  # a segment a text, in name order: a sample counts fairly
        # one letter or digit ("z", "w") is in too many runs to join them quickly: a byte a text
        # says whether it holds it (3.6 MB at 100,000 contacts)
        self._single = {c: bytes(flags) for c, flags in single.items()}

    def candidates(self, term: str) -> Optional[tuple[list[int], bool]]:
        """The texts that may hold `term` (sorted positions), and whether they all do (the term
        is a single run); None when none of its runs can be looked up cheaply."""
        if term.split() != [term]:
            return None  # a space of any kind cuts runs (search_terms splits queries on them)
        runs = _RUN.findall(term)
        exact = len(runs) == 1 and runs[0] == term
        for run in sorted(set(runs), key=len, reverse=True):
            if run in self._single:
                found = list(compress(range(self._size), self._single[run]))
            elif run.isascii() and run[0] <= "9":
                found = self._digits.holding(run) if self._digits.count(run) <= _MOST_TEXTS else None
            else:
                found = (self._letters if run.isascii() else self._wide).holding(run)
            if found is not None:
                return found, exact
        return None


class _Chunk:
    """Some texts' runs, cut out in C: with "\\0" between the texts, every character not of a kind
    becomes a space, and a text's runs are its words. A chunk at a time, so that no call holds
    the interpreter long (the index is read on the worker while the user may be typing)."""

    def __init__(self, texts: Sequence[str]) -> None:
        joined = "\0".join(texts)
        if joined.count("\0") != max(len(texts) - 1, 0):  # a text holding "\0" (no run holds it)
            joined = "\0".join(text.replace("\0", " ") for text in texts)
        self._joined = joined
        self._ascii = joined.encode("ascii", "replace").decode("ascii")  # a wide character → "?"
        self.ascii = self._ascii.split("\0")

    def letters(self) -> Iterable[list[str]]:
        """Each text's runs of letters."""
        return map(str.split, self._ascii.translate(_LETTERS_ONLY).split("\0"))

    def wide(self) -> Iterable[list[str]]:
        """Each text's runs of wide characters."""
        return map(str.split, _ASCII.sub(" ", self._joined).split("\0"))

    def digits(self) -> list[str]:
        """Each text's runs of digits, a space between."""
        return list(map(" ".join, map(str.split, self._ascii.translate(_DIGITS_ONLY).split("\0"))))


class _Words:
    """Distinct runs, each with the texts holding it (in one array: a list each was twice the memory)."""

    def __init__(self, words: list[str], holders: dict[str, list[int]], most: int) -> None:
        self._words = words
        self._segments = _Segments(words)  # a segment a run
        self._holders = array("i", chain.from_iterable(map(holders.__getitem__, words)))
        self._starts = array("q", accumulate(map(len, map(holders.__getitem__, words)), initial=0))
        self._most = most

    def holding(self, term: str) -> Optional[list[int]]:
        met = self._segments.count(term)
        if met > _MOST_WORDS:
            return None
        if met <= _FEW_WORDS:
            words: Iterable[int] = self._segments.holding(term)  # found one by one
        else:  # every run tested in C: a flat ~40 ns a distinct run
            words = compress(range(len(self._words)), map(contains, self._words, repeat(term)))
        holders, starts = self._holders, self._starts
        found = [holders[starts[word]:starts[word + 1]] for word in words]
        if sum(map(len, found)) > self._most:
            return None
        return found[0].tolist() if len(found) == 1 else sorted(set(chain.from_iterable(found)))


class _Segments:
    """Strings in one ("\\0" between: no run holds it), looked through in C; a match is placed in
    its segment by the segments' offsets."""

    def __init__(self, segments: list[str], sample: int = 1) -> None:
        self._text = "\0".join(segments)
        self._starts = array("q", accumulate((len(s) + 1 for s in segments), initial=0))  # and one past the end
        self._sample = len(self._text) // sample  # how much of the text `count` reads

    def count(self, term: str) -> int:
        """How often `term` is met, estimated from a sample for a long text (counting costs a scan)."""
        return self._text.count(term, 0, self._sample) * len(self._text) // max(self._sample, 1)

    def holding(self, term: str) -> list[int]:
        """The segments holding `term`, in order."""
        text, starts, found = self._text, self._starts, []
        at = text.find(term)
        while at >= 0:
            segment = bisect_right(starts, at) - 1
            found.append(segment)
            at = text.find(term, starts[segment + 1])  # on from the next segment: this one is counted
        return found
