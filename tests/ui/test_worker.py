"""app/ui/worker.py: calls run off the GUI thread and answer on it."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from app.services.errors import InvalidValue
from app.ui.worker import Worker


def test_result_and_error_arrive_on_the_gui_thread(qtbot):
    worker = Worker()
    gui = QThread.currentThread()
    answers = []

    def remember(result, error):
        answers.append((result, error, QThread.currentThread() is gui))

    ran_on = []
    worker.read(lambda: ran_on.append(threading.current_thread().name) or 42, remember)
    worker.write(lambda: (_ for _ in ()).throw(InvalidValue("name: cannot be empty")), remember)
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert ran_on and ran_on[0] != threading.main_thread().name
    results = {r for r, e, _ in answers if e is None}
    errors = [str(e) for r, e, _ in answers if e is not None]
    assert results == {42}
    assert errors == ["name: cannot be empty"]
    assert all(on_gui for _, _, on_gui in answers)
    assert not worker.busy()


def test_writes_run_one_after_another(qtbot):
    worker = Worker()
    running = []
    overlaps = []
    done = []

    def write(n):
        running.append(n)
        if len(running) > 1:
            overlaps.append(list(running))
        time.sleep(0.01)
        running.remove(n)
        return n

    for n in range(5):
        worker.write(lambda n=n: write(n), lambda r, e: done.append(r))
    qtbot.waitUntil(lambda: len(done) == 5)
    assert overlaps == []
    assert done == [0, 1, 2, 3, 4]


def test_progress_and_cancel_reach_the_call(qtbot):
    worker = Worker()
    steps = []
    answers = []
    started = threading.Event()

    def long_call(*, progress, is_cancelled):
        for n in range(1000):
            progress(n, 1000)
            started.set()
            if is_cancelled():
                raise RuntimeError("cancelled")
            time.sleep(0.002)
        return "finished"

    task = worker.write(long_call, lambda r, e: answers.append((r, e)), progress=lambda d, t: steps.append((d, t)))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(answers))
    assert answers[0][0] is None and str(answers[0][1]) == "cancelled"
    assert steps and steps[0] == (0, 1000)


def test_a_worker_closed_with_its_window_has_nothing_pending(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    worker = Worker(window)
    answers = []
    worker.read(lambda: time.sleep(0.2) or 1, lambda result, error: answers.append(result))
    assert worker.busy()
    window.deleteLater()  # the window goes while the call runs: its answer has nowhere to go
    qtbot.waitUntil(lambda: not worker.busy(), timeout=3000)
    assert answers == []
