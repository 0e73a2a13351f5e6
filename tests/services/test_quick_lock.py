"""app/services/quick_lock.py: the fast start's bare flock and store.writer_lock's filelock exclude each other."""
from __future__ import annotations

import subprocess
import sys

import pytest
from filelock import FileLock, Timeout

from app.services import quick_lock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX's (Windows takes filelock's)")


def test_a_bare_flock_and_filelock_exclude_each_other(tmp_path):
    path = str(tmp_path / "rapport.db.lock")
    lock = quick_lock.take(path)
    assert isinstance(lock, quick_lock.Flock) and lock.is_locked
    with pytest.raises(Timeout):
        FileLock(path, timeout=0).acquire()
    assert quick_lock.take(path) is None  # a second window of this process
    lock.release()
    other = FileLock(path, timeout=0)
    other.acquire()
    assert quick_lock.take(path) is None and not lock.is_locked
    other.release()
    again = quick_lock.take(path)
    assert again is not None
    again.release()


def test_another_process_holding_the_lock_refuses_it(tmp_path):
    path = str(tmp_path / "rapport.db.lock")
    holder = subprocess.Popen([sys.executable, "-c", "import sys\nfrom filelock import FileLock\n"
                               f"lock = FileLock({path!r}, timeout=0)\nlock.acquire()\nprint('held', flush=True)\n"
                               "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert quick_lock.take(path) is None
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    lock = quick_lock.take(path)  # let go with its process
    assert lock is not None
    lock.release()
