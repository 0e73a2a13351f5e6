"""One writer per store, whatever name the store is reached by (issue 14, item 4)."""
from __future__ import annotations

import os

import pytest

from app.services.store import StoreBusy, StoreError, open_for_use, writer_lock


def test_a_symlink_to_a_store_in_use_finds_it_locked(tmp_path):
    real = tmp_path / "rapport.db"
    open_for_use(real).kw["bind"].dispose()
    (tmp_path / "elsewhere").mkdir()
    alias = tmp_path / "elsewhere" / "shop.db"
    alias.symlink_to(real)
    lock = writer_lock(real)
    try:
        with pytest.raises(StoreBusy, match="another Rapport"):
            writer_lock(alias)
    finally:
        lock.release()


@pytest.mark.sqlite_only("hard links are a file's")
def test_a_store_with_a_hard_link_is_refused_by_either_name(tmp_path, run):
    real = tmp_path / "cli.db"
    assert run("add", "Ana")[0] == 0
    other = tmp_path / "copy.db"
    os.link(real, other)
    for name in (real, other):
        with pytest.raises(StoreError, match="hard links"):
            writer_lock(name)
        with pytest.raises(StoreError, match="hard links"):
            open_for_use(name)
    code, _, err = run("list")  # read-only commands too: a second -wal damages the store either way
    assert code == 1 and "hard links" in err and len(err.strip().splitlines()) == 1
