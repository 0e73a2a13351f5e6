"""The lines of a CSV text, kept as offsets into it rather than as a list of strings.

A list costs about 55 bytes a line besides the text: 100 MB of short lines (a quoted cell full of
line breaks, a flood of empty lines) made tens of millions of strings and over a gigabyte. Here a
line costs 4 bytes, and a line's text is cut from the whole only when it is read.
Lines end at CR, LF or CRLF, which stay on the line (as `io.StringIO(text, newline="")` splits).
"""
from __future__ import annotations

import re
from array import array
from typing import Iterator, Union, overload

_LINE_END_RE = re.compile(r"\r\n|\r|\n")


class Lines:
    def __init__(self, text: str):
        self.text = text
        kind = "I" if len(text) < 2**32 else "q"  # 4 bytes an offset below 4 GB (files stop at 512 MB)
        self._ends = array(kind, (match.end() for match in _LINE_END_RE.finditer(text)))
        if text and (not self._ends or self._ends[-1] != len(text)):
            self._ends.append(len(text))  # a last line without a line break

    def __len__(self) -> int:
        return len(self._ends)

    def _start(self, index: int) -> int:
        return self._ends[index - 1] if index > 0 else 0

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[str, list[str]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.text[self._start(index):self._ends[index]]

    def __iter__(self) -> Iterator[str]:
        return self.iter_from(0)

    def iter_from(self, first: int) -> Iterator[str]:
        """The lines from `first` on, one at a time (the csv reader restarts mid-file)."""
        text, ends = self.text, self._ends
        start = self._start(first) if first < len(ends) else len(text)
        for index in range(first, len(ends)):
            end = ends[index]
            yield text[start:end]
            start = end

    def joined(self, first: int, stop: int) -> str:
        """Lines first..stop-1 as one text."""
        stop = min(stop, len(self))
        return self.text[self._start(first):self._start(stop)] if first < stop else ""
