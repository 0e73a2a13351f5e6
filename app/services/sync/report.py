"""What one sync of one address book did, for the command line's line and the window's report."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Callable, Optional

ProgressCallback = Callable[[int, int], None]  # (done, total)


@dataclass
class SyncReport:
    label: str
    down: int = 0  # contacts changed or added here from the server
    up: int = 0  # cards written to the server
    deleted_here: int = 0  # deleted on the server: put in the trash here
    deleted_there: int = 0  # in the trash here: deleted on the server
    conflicts: int = 0  # contacts changed on both sides, merged
    added: int = 0  # of `down`: new contacts
    linked: int = 0  # cards found to be contacts already in the store (first sync)
    full_listing: bool = False  # no usable sync token: every card was listed
    conflict_lines: list[str] = field(default_factory=list)  # "Ann Lee: title: kept 'CEO'; the phone had 'CTO'"
    problems: list[str] = field(default_factory=list)  # cards that could not be read, one line each
    waiting_deletions: list[tuple[int, str]] = field(default_factory=list)  # trashed here, on the server still

    def line(self) -> str:
        return (f"{self.label}: {self.down} down, {self.up} up, {self.deleted_here} deleted here, "
                f"{self.deleted_there} deleted there, {self.conflicts} conflicts merged")

    def as_dict(self) -> dict:
        return asdict(self)


class Progress:
    """Steps of a sync as one count for a progress bar."""

    def __init__(self, callback: Optional[ProgressCallback], is_cancelled: Optional[Callable[[], bool]]) -> None:
        self.callback = callback
        self.is_cancelled = is_cancelled

    def __call__(self, done: int, total: int) -> None:
        if self.callback:
            self.callback(done, max(total, 1))

    def cancelled(self) -> bool:
        return bool(self.is_cancelled and self.is_cancelled())
